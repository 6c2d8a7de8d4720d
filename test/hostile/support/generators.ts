import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { constants, deflateRawSync } from 'node:zlib'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { StreamingZipWriter } from '../../../src/main/services/io/sheet/zip-writer'

/**
 * Hostile files, generated at test time (nothing binary is committed). Each reproduces an input that
 * issue 15 observed or one of its kind; the sizes are those of the issue where they matter (a bomb
 * must really inflate to gigabytes for the old code to fail), written by streaming deflate so
 * generating them stays quick and flat in memory.
 */

const SS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const MB = 1024 * 1024

function workbookParts(sheet: string, sharedStrings = false): Record<string, string> {
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SS}" xmlns:r="${REL}"><sheets><sheet name="Foglio1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SS}"><sheetData>${sheet}</sheetData></worksheet>`
  }
}

function writeSmallZip(file: string, entries: Record<string, string | Uint8Array>): string {
  const files: Zippable = {}
  for (const [name, data] of Object.entries(entries)) files[name] = typeof data === 'string' ? strToU8(data) : data
  writeFileSync(file, zipSync(files, { level: 9 }))
  return file
}

/** An .xlsx of about 1.3 KB whose only cells are A1 and XFD1048576 (issue 15: a loop over rows × columns). */
export function cornerCellsXlsx(dir: string): string {
  const sheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>Caso</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
  return writeSmallZip(join(dir, 'angoli.xlsx'), workbookParts(sheet))
}

/** A CSV of about 10 MB: a header of `columns` names and one row (issue 15: a million columns). */
export function wideCsv(dir: string, columns: number, name = 'larga.csv'): string {
  const file = join(dir, name)
  const fd = openSync(file, 'w')
  try {
    for (const row of [(i: number) => `c${i}`, (i: number) => String(i % 5)]) {
      const parts: string[] = []
      for (let i = 0; i < columns; i++) {
        parts.push(row(i))
        if (parts.length === 65536 || i === columns - 1) {
          writeSync(fd, parts.join(',') + (i === columns - 1 ? '\n' : ','))
          parts.length = 0
        }
      }
    }
  } finally {
    closeSync(fd)
  }
  return file
}

/**
 * A questionnaire that is wide but legitimate: `columns` Likert answers (Excel's 16,384 at most)
 * and `rows` respondents, with a header row. It must import, and quickly.
 */
export function wideQuestionnaireCsv(dir: string, columns: number, rows: number): string {
  const lines = [Array.from({ length: columns }, (_, i) => `D${i + 1}`).join(',')]
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, i) => String(((r * 7 + i * 3) % 5) + 1)).join(','))
  const file = join(dir, `questionario-${columns}.csv`)
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}

/** A CSV with a header and one row whose cell holds `megabytes` MB of text (issue 15: 50 MB). */
export function hugeCellCsv(dir: string, megabytes: number, header = 'Data;Azione;Tipo;Titolo;Partecipanti'): string {
  const file = join(dir, 'cella-enorme.csv')
  const fd = openSync(file, 'w')
  try {
    writeSync(fd, header + '\n2023-01-10;Azione 1;incontro;"')
    const chunk = 'x'.repeat(MB)
    for (let i = 0; i < megabytes; i++) writeSync(fd, chunk)
    writeSync(fd, '";12\n')
  } finally {
    closeSync(fd)
  }
  return file
}

/**
 * An .xlsx of a few MB whose shared strings inflate to `megabytes` MB (issue 15: 3 MB → 3 GB through
 * the register import). The register header is in the sheet; every cell points at a shared string.
 */
export function sharedStringsBombXlsx(dir: string, megabytes: number): string {
  const file = join(dir, 'registro-bomba.xlsx')
  const zip = new StreamingZipWriter(file, 9)
  const sheet =
    '<row r="1">' +
    ['Data', 'Azione', 'Tipo', 'Titolo', 'Partecipanti'].map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('') +
    '</row><row r="2"><c r="A2" t="s"><v>0</v></c></row>'
  for (const [name, text] of Object.entries(workbookParts(sheet, true))) zip.file(name, text)
  const sst = zip.entry('xl/sharedStrings.xml')
  sst.write(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${SS}">`)
  const item = '<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>'
  const chunk = item.repeat(Math.floor(MB / item.length))
  for (let i = 0; i < megabytes; i++) sst.write(chunk)
  sst.write('</sst>')
  sst.end()
  zip.close()
  return file
}

/** A .docx of a few hundred KB whose document.xml inflates to `megabytes` MB of text (issue 15: 605 KB → 250 MB). */
export function textBombDocx(dir: string, megabytes: number): string {
  const file = join(dir, 'intervista-bomba.docx')
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const zip = new StreamingZipWriter(file, 9)
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
  )
  const doc = zip.entry('word/document.xml')
  doc.write(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`)
  const para = `<w:p><w:r><w:t>${'Risposta lunga e ripetuta. '.repeat(36)}</w:t></w:r></w:p>`
  const chunk = para.repeat(Math.floor(MB / para.length))
  for (let i = 0; i < megabytes; i++) doc.write(chunk)
  doc.write('</w:body></w:document>')
  doc.end()
  zip.close()
  return file
}

const PROJECT_NS = 'urn:QDA-XML:project:1.0'
const guid = (n: number): string => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`

/**
 * A .qdpx whose sources are `count` texts of `megabytes` MB each (issue 15: four of 243 MB in an 18 MB
 * package). Numbered lines keep the compression near 30 : 1, under any ratio guard, as real text is.
 */
export function bigTextsQdpx(dir: string, count: number, megabytes: number): string {
  const file = join(dir, 'testi-enormi.qdpx')
  const zip = new StreamingZipWriter(file, 1)
  const sources = Array.from(
    { length: count },
    (_, i) => `<TextSource guid="${guid(i + 1)}" name="Testo ${i + 1}" plainTextPath="internal://${guid(i + 1)}.txt"/>`
  ).join('')
  zip.file('project.qde', `<?xml version="1.0" encoding="UTF-8"?><Project xmlns="${PROJECT_NS}" name="Grande"><Sources>${sources}</Sources></Project>`)
  let line = 0
  for (let i = 0; i < count; i++) {
    const e = zip.entry(`sources/${guid(i + 1)}.txt`)
    for (let written = 0; written < megabytes * MB; ) {
      const lines: string[] = []
      for (let k = 0; k < 10_000; k++) lines.push(`Riga ${line++}: intervistatore e risposta, abbiamo lavorato insieme per mesi nel quartiere.\n`)
      const chunk = lines.join('')
      e.write(chunk)
      written += chunk.length
    }
    e.end()
  }
  zip.close()
  return file
}

/**
 * A .qdpx whose project.qde holds `elements` XML elements (issue 15: 4.9 million, under the old 5
 * million limit). Numbered elements compress about 6 : 1, under any ratio guard.
 */
export function manyElementsQdpx(dir: string, elements: number): string {
  const file = join(dir, 'elementi.qdpx')
  const zip = new StreamingZipWriter(file, 1)
  const e = zip.entry('project.qde')
  e.write(`<?xml version="1.0" encoding="UTF-8"?><Project xmlns="${PROJECT_NS}" name="Elementi"><Description>`)
  for (let n = 0; n < elements; ) {
    const parts: string[] = []
    for (let k = 0; k < 65_536 && n < elements; k++, n++) parts.push(`<b i="${n}"/>`)
    e.write(parts.join(''))
  }
  e.write('</Description></Project>')
  e.end()
  zip.close()
  return file
}

/** A .docx whose document.xml nests `depth` elements (deep recursion, stack exhaustion). */
export function deepDocx(dir: string, depth: number): string {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const xml = `<w:document xmlns:w="${W}"><w:body>${'<w:sdt>'.repeat(depth)}<w:p><w:r><w:t>ciao</w:t></w:r></w:p>${'</w:sdt>'.repeat(depth)}</w:body></w:document>`
  return writeSmallZip(join(dir, 'profonda.docx'), { 'word/document.xml': xml })
}

/** A .docx declaring entities (billion laughs). */
export function laughsDocx(dir: string): string {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const lol = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&h;</w:t></w:r></w:p></w:body></w:document>`
  return writeSmallZip(join(dir, 'risate.docx'), { 'word/document.xml': lol })
}

/** An .xlsx with `entries` parts (a zip of thousands of entries). */
export function manyEntriesXlsx(dir: string, entries: number): string {
  const parts: Record<string, string | Uint8Array> = workbookParts('<row r="1"><c r="A1"><v>1</v></c></row>')
  for (let i = 0; i < entries; i++) parts[`xl/media/x${i}.bin`] = new Uint8Array(0)
  return writeSmallZip(join(dir, 'voci.xlsx'), parts)
}

/**
 * An .xlsx with the shapes a hostile or broken producer writes that must still read correctly: a
 * shared-string index far past the table, a dimension of negative and enormous references, a
 * formula with its cached value, a cell past Excel's grid.
 */
export function oddCellsXlsx(dir: string): string {
  const parts = workbookParts(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Caso</t></is></c><c r="B1" t="inlineStr"><is><t>Età</t></is></c><c r="C1" t="inlineStr"><is><t>Nota</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Anna</t></is></c><c r="B2"><f>40+1</f><v>41</v></c><c r="C2" t="s"><v>999999999</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>Bruno</t></is></c><c r="B3"><v>35</v></c><c r="XFE3"><v>1</v></c></row>',
    true
  )
  parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'].replace('<sheetData>', '<dimension ref="A-5:ZZZZZ99999999999"/><sheetData>')
  parts['xl/sharedStrings.xml'] = `<sst xmlns="${SS}"><si><t>solo</t></si></sst>`
  return writeSmallZip(join(dir, 'strane.xlsx'), parts)
}

/** A zip cut in half (a truncated download). */
export function truncatedDocx(dir: string): string {
  const full = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="x"><w:body>${'<w:p/>'.repeat(5000)}</w:body></w:document>`) }, { level: 0 })
  const file = join(dir, 'troncata.docx')
  writeFileSync(file, full.subarray(0, Math.floor(full.length / 2)))
  return file
}

/** A text file with NUL bytes that is not UTF-16 (binary data named .txt). */
export function nulText(dir: string): string {
  const file = join(dir, 'nul.txt')
  const bytes = Buffer.alloc(4096)
  for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0 : 0x41 + (i % 26)
  writeFileSync(file, bytes)
  return file
}

/** A minimal PDF of `pages` pages sharing one content stream (a page-count bomb). */
export function manyPagesPdf(dir: string, pages: number): string {
  const objects: string[] = []
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i} 0 R`).join(' ')
  objects.push('<< /Type /Catalog /Pages 2 0 R >>')
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`)
  const content = 'BT /F1 12 Tf 72 720 Td (Pagina di prova) Tj ET'
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
  for (let i = 0; i < pages; i++)
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>')
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out))
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = Buffer.byteLength(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const file = join(dir, 'pagine.pdf')
  writeFileSync(file, out, 'latin1')
  return file
}

/**
 * A one-page PDF of under a megabyte whose content stream inflates to `megabytes` MB of text
 * operators (a PDF bomb). The deflate stream is one compressed megabyte repeated (each piece ends on a
 * sync flush, so the pieces join into one valid stream), inside a zlib wrapper with its checksum.
 */
export function contentBombPdf(dir: string, megabytes: number): string {
  const op = 'BT /F1 12 Tf 72 720 Td (Testo ripetuto) Tj ET\n'
  const chunk = Buffer.from(op.repeat(Math.floor(MB / op.length)))
  const piece = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
  let a = 1
  let b = 0
  for (let i = 0; i < megabytes; i++)
    for (let k = 0; k < chunk.length; k++) {
      a = (a + chunk[k]) % 65521
      b = (b + a) % 65521
    }
  const adler = Buffer.alloc(4)
  adler.writeUInt32BE(((b << 16) | a) >>> 0)
  const data = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(megabytes).fill(piece), deflateRawSync(Buffer.alloc(0)), adler])
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')]
  const offsets: number[] = []
  const add = (b: Buffer | string): void => void parts.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b)
  const size = (): number => parts.reduce((n, p) => n + p.length, 0)
  const objects: (string | Buffer[])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>',
    [Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]
  ]
  objects.forEach((o, i) => {
    offsets.push(size())
    add(`${i + 1} 0 obj\n`)
    if (typeof o === 'string') add(o)
    else o.forEach(add)
    add('\nendobj\n')
  })
  const xref = size()
  add(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`)
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  const file = join(dir, 'bomba.pdf')
  writeFileSync(file, Buffer.concat(parts))
  return file
}

/** A transcript with emoji and words long enough for catastrophic backtracking. */
export function emojiTranscript(dir: string): string {
  const file = join(dir, 'emoji.txt')
  const lines = [
    'Intervistatrice: come è andata? 😀',
    'Risposta: benissimo 👍🏽, davvero! Lo smart working ci ha cambiato la vita.',
    'Parolalunghissimaesenzaspaziofinoalladfine e ancora unaltraparolamoltolunga',
    'Riga conclusiva senza cancelletto 🎉'
  ]
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}
