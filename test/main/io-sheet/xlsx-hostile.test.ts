import { englishText } from '../../../src/shared/messages'
import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { inspectWorkbook, readSheet } from '../../../src/main/services/io/sheet/index'
import { StreamingZipWriter } from '../../../src/main/services/io/sheet/zip-writer'
import { cellText, packageEntries, sheetXml, tempDir, writeZip } from './helpers'

const tmp = tempDir()
afterAll(() => tmp.cleanup())

/** Rejects with an EsitiError of `code` whose message is one line naming the file. */
async function expectRefusal(p: Promise<unknown>, code: string, fragment: RegExp): Promise<void> {
  const err = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(EsitiError)
  expect((err as EsitiError).code).toBe(code)
  expect((err as EsitiError).message).toMatch(fragment)
  expect((err as EsitiError).message).not.toMatch(/\n/)
}

function seededBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n)
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  out[0] = 0x7f // never "PK" or the CFB magic
  return out
}

/** Sets both the local-header and central-directory uncompressed size of `name` to `size` (a lying header). */
function patchUncompressedSize(zip: Buffer, name: string, size: number): void {
  const nameBuf = Buffer.from(name)
  for (let i = 0; i < zip.length - 4; i++) {
    const sig = zip.readUInt32LE(i)
    if (sig === 0x04034b50 && zip.subarray(i + 30, i + 30 + nameBuf.length).equals(nameBuf)) zip.writeUInt32LE(size, i + 22)
    if (sig === 0x02014b50 && zip.subarray(i + 46, i + 46 + nameBuf.length).equals(nameBuf)) zip.writeUInt32LE(size, i + 24)
  }
}

describe('hostile and unsupported inputs', () => {
  it('stops a zip bomb in the worksheet with TOO_LARGE while inflating, and refuses one whose header lies as damaged', async () => {
    // 64 MB of blanks inside sheet1.xml (the ratio guard looks past 50 MB), deflated ~1000:1 by zlib (1 MB pieces).
    const honest = tmp.file('bomb.xlsx')
    const zip = new StreamingZipWriter(honest, 9)
    for (const [name, text] of Object.entries(packageEntries([{ name: 'Bomba', xml: '' }]))) if (!name.endsWith('sheet1.xml')) zip.file(name, text)
    const sheet = zip.entry('xl/worksheets/sheet1.xml')
    sheet.write('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>')
    const blanks = ' '.repeat(1 << 20)
    for (let i = 0; i < 64; i++) sheet.write(blanks)
    sheet.write('</sheetData></worksheet>')
    sheet.end()
    zip.close()
    expect(readFileSync(honest).length).toBeLessThan(400 * 1024)
    await expectRefusal(readSheet(honest), 'TOO_LARGE', /^bomb\.xlsx \(xl\/worksheets\/sheet1\.xml\) inflates [\d,]+ to 1; the limit is 200 to 1\.$/)

    const lying = readFileSync(honest)
    patchUncompressedSize(lying, 'xl/worksheets/sheet1.xml', 4096)
    const liar = tmp.file('bomb-lying.xlsx')
    writeFileSync(liar, lying)
    await expectRefusal(readSheet(liar), 'CORRUPT_FILE', /sheet1\.xml is larger than its header says/)
    // Even peeking at the head of the sheet finds more bytes than the header states.
    await expectRefusal(inspectWorkbook(liar), 'CORRUPT_FILE', /larger than its header says/)
  })

  it('refuses an entry named ../../evil as a damaged file', async () => {
    const file = tmp.file('evil.xlsx')
    writeZip(file, { ...packageEntries([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }]), '../../evil': 'pwned' })
    await expectRefusal(readSheet(file), 'CORRUPT_FILE', /evil\.xlsx is not a readable \.xlsx file/)
    await expectRefusal(inspectWorkbook(file), 'CORRUPT_FILE', /invalid relative path/)
  })

  it('refuses absolute entry paths too', async () => {
    const file = tmp.file('absolute.xlsx')
    writeZip(file, { ...packageEntries([{ name: 'S', xml: sheetXml('') }]), '/etc/passwd': 'x' })
    await expectRefusal(readSheet(file), 'CORRUPT_FILE', /absolute path/)
  })

  it('refuses random bytes named .xlsx as unsupported, and as .csv as not text', async () => {
    const bytes = seededBytes(4096, 7)
    writeFileSync(tmp.file('random.xlsx'), bytes)
    writeFileSync(tmp.file('random.csv'), bytes)
    writeFileSync(tmp.file('random.bin'), bytes)
    await expectRefusal(readSheet(tmp.file('random.xlsx')), 'UNSUPPORTED_FILE', /random\.xlsx is not an Excel workbook/)
    await expectRefusal(readSheet(tmp.file('random.csv')), 'UNSUPPORTED_FILE', /not a text \(CSV\) file/)
    await expectRefusal(inspectWorkbook(tmp.file('random.bin')), 'UNSUPPORTED_FILE', /not a text/)
  })

  it('reads a CFB/OLE2 container as a legacy workbook and refuses a damaged one as such', async () => {
    // A bare header: the compound-file reader finds no valid sector size (readable .xls: survey-formats tests).
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])
    writeFileSync(tmp.file('cifrato.xlsx'), cfb)
    writeFileSync(tmp.file('vecchio.xls'), cfb)
    await expectRefusal(readSheet(tmp.file('cifrato.xlsx')), 'CORRUPT_FILE', /^cifrato\.xlsx is damaged: its header cannot be read\.$/)
    await expectRefusal(inspectWorkbook(tmp.file('vecchio.xls')), 'CORRUPT_FILE', /vecchio\.xls/)
  })

  it('refuses a truncated zip, an empty .xlsx and a missing file with clear codes', async () => {
    const good = tmp.file('good.xlsx')
    writeZip(good, packageEntries([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }]))
    const bytes = readFileSync(good)
    writeFileSync(tmp.file('truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expectRefusal(readSheet(tmp.file('truncated.xlsx')), 'CORRUPT_FILE', /truncated\.xlsx/)
    writeFileSync(tmp.file('empty.xlsx'), '')
    await expectRefusal(readSheet(tmp.file('empty.xlsx')), 'CORRUPT_FILE', /empty \(0 bytes\)/)
    await expectRefusal(readSheet(tmp.file('absent.xlsx')), 'NOT_FOUND', /File not found/)
    await expectRefusal(readSheet(tmp.dir), 'INVALID_INPUT', /not a file/)
  })

  it('names the real format of other zip packages', async () => {
    writeZip(tmp.file('calc.ods'), { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' })
    await expectRefusal(readSheet(tmp.file('calc.ods')), 'INVALID_INPUT', /calc\.ods holds no sheet/)
    writeZip(tmp.file('binary.xlsb'), { 'xl/workbook.bin': new Uint8Array(4), '[Content_Types].xml': '<Types/>' })
    await expectRefusal(readSheet(tmp.file('binary.xlsb')), 'UNSUPPORTED_FILE', /\.xlsb/)
    writeZip(tmp.file('doc.xlsx'), { 'word/document.xml': '<w:document/>' })
    await expectRefusal(readSheet(tmp.file('doc.xlsx')), 'UNSUPPORTED_FILE', /doc\.xlsx is a Word document \(\.docx\), not questionnaire data/)
    writeZip(tmp.file('nowb.xlsx'), { 'xl/worksheets/sheet1.xml': sheetXml('') })
    await expectRefusal(readSheet(tmp.file('nowb.xlsx')), 'CORRUPT_FILE', /workbook part \(xl\/workbook\.xml\) is missing/)
  })

  it('refuses malformed workbook.xml as damaged, and survives malformed styles', async () => {
    const entries = packageEntries([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>45000</v></c></row>') }], { styles: '<styleSheet><cellXfs><xf numFmtId="14"></cellXfs>' })
    writeZip(tmp.file('bad-styles.xlsx'), entries)
    const { grid } = await readSheet(tmp.file('bad-styles.xlsx'))
    expect(cellText(grid, 0, 0)).toBe('45000')
    expect(grid.warnings.map(englishText)).toContain('The styles part is damaged: date cells may read as plain numbers')
    writeZip(tmp.file('bad-wb.xlsx'), { ...entries, 'xl/workbook.xml': '<workbook><sheets><sheet name="S"' })
    await expectRefusal(readSheet(tmp.file('bad-wb.xlsx')), 'CORRUPT_FILE', /^bad-wb\.xlsx \(xl\/workbook\.xml\) is not valid XML \(line 1\): unclosed tag/)
  })

  it('warns about a worksheet cut short instead of failing', async () => {
    writeZip(tmp.file('cut.xlsx'), packageEntries([{ name: 'S', xml: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2' }]))
    const { grid } = await readSheet(tmp.file('cut.xlsx'))
    expect(grid.rowCount).toBe(1)
    expect(grid.warnings.map(englishText)).toEqual(['The sheet XML ends abruptly: the file may be truncated'])
  })
})
