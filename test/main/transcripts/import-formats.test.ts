import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importTranscriptBytes, importTranscriptFiles } from '../../../src/main/services/transcripts/source-service'
import { loadSource } from '../../../src/main/services/transcripts/source-text'
import { makeDocx } from './support/make-docx'
import { makeOdt } from './support/make-odt'
import { makePdf } from './support/make-pdf'
import { tempProject, writeFile, type TempProject } from './support/project'

let t: TempProject
beforeEach(async () => {
  t = await tempProject()
})
afterEach(() => t.close())

const SAMPLE = 'INT: Perché è così? L’anno scorso 😀 “tutto” bene.\nR: Sì – davvero.'

function cp1252(s: string): Buffer {
  const extra: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92, '€': 0x80 }
  return Buffer.from([...s].map((ch) => extra[ch] ?? ch.charCodeAt(0)))
}

async function importOne(name: string, bytes: Uint8Array) {
  const s = await importTranscriptBytes(t.ctx, bytes, name)
  const stored = t.project.sqlite.prepare('SELECT * FROM sources WHERE id = ?').get(s.id) as Record<string, unknown>
  return { s, text: stored.text as string, stored }
}

describe('plain text encodings', () => {
  it('reads UTF-8 and keeps the original bytes', async () => {
    const bytes = Buffer.from(SAMPLE.replace(/\n/g, '\r\n'), 'utf8')
    const { s, text, stored } = await importOne('intervista.txt', bytes)
    expect(text).toBe(SAMPLE)
    expect(s.encoding).toBe('utf-8')
    expect(s.name).toBe('intervista')
    expect(s.chars).toBe(SAMPLE.length)
    expect(Buffer.compare(stored.original_data as Buffer, bytes)).toBe(0)
    expect(stored.original_type).toBe('txt')
  })

  it('reads UTF-8 with BOM', async () => {
    const { s, text } = await importOne('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]))
    expect(text).toBe(SAMPLE)
    expect(s.encoding).toBe('utf-8-bom')
  })

  it('reads UTF-16 LE and BE with BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    const a = await importOne('le.txt', le)
    expect(a.text).toBe(SAMPLE)
    expect(a.s.encoding).toBe('utf-16le')
    // same text twice is refused as a duplicate: change one character
    const other = SAMPLE.replace('davvero', 'proprio')
    const be2 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(other, 'utf16le')])
    be2.swap16()
    expect(be2[0]).toBe(0xfe)
    const b = await importOne('be.txt', be2)
    expect(b.text).toBe(other)
    expect(b.s.encoding).toBe('utf-16be')
  })

  it('detects Windows-1252 when the bytes are not UTF-8', async () => {
    const plain = 'Perché è così – “ok” l’anno, 5 €'
    const { s, text } = await importOne('win.txt', cp1252(plain))
    expect(text).toBe(plain)
    expect(s.encoding).toBe('windows-1252')
  })

  it('stores NFC text with LF line ends', async () => {
    const nfd = 'Perche\u0301 cosi\u0300?\r\nVa bene.\rFine.'
    const { text } = await importOne('nfd.txt', Buffer.from(nfd, 'utf8'))
    expect(text).toBe('Perché così?\nVa bene.\nFine.')
    expect(text.normalize('NFC')).toBe(text)
  })

  it('reads Markdown headings into the structure', async () => {
    const md = '# Intervista 3\n\nINT: Come va?\nR: Bene.\n\n## Parte due\n\nINT: E poi?\nR: Poi basta.'
    const { s, stored } = await importOne('note.md', Buffer.from(md, 'utf8'))
    expect(s.format).toBe('md')
    const structure = JSON.parse(stored.structure as string)
    expect(structure.headings).toEqual([
      { start: 0, end: 14, level: 1, text: 'Intervista 3' },
      { start: md.indexOf('## Parte'), end: md.indexOf('## Parte') + '## Parte due'.length, level: 2, text: 'Parte due' }
    ])
    expect(structure.turns.map((x: { speaker: string }) => x.speaker)).toEqual(['INT', 'R', 'INT', 'R'])
  })
})

describe('documents', () => {
  it('reads a .docx: paragraphs, headings, tables as tab-separated lines, no deleted text', async () => {
    const bytes = makeDocx([
      { heading: 1, text: 'Intervista 7' },
      'INT: Perché avete aderito?',
      '',
      'R: L’abbiamo fatto per le persone 😀 “davvero”.',
      { table: [['Nome', 'Ruolo'], ['Anna Neri', 'HR']] },
      'Riga\tcon tab',
      'prima\ndopo',
      { deleted: 'TESTO CANCELLATO', kept: 'Resta questo.' }
    ])
    const { s, text, stored } = await importOne('Intervista 7.docx', bytes)
    expect(text).toBe(
      'Intervista 7\nINT: Perché avete aderito?\n\nR: L’abbiamo fatto per le persone 😀 “davvero”.\nNome\tRuolo\nAnna Neri\tHR\nRiga\tcon tab\nprima\ndopo\nResta questo.'
    )
    expect(s.format).toBe('docx')
    expect(s.encoding).toBe('utf-8')
    const structure = JSON.parse(stored.structure as string)
    expect(structure.headings).toEqual([{ start: 0, end: 12, level: 1, text: 'Intervista 7' }])
    expect(structure.paragraphs[1]).toEqual([13, 13 + 'INT: Perché avete aderito?'.length])
    expect(structure.paragraphs).toHaveLength(8)
  })

  it('reads an .odt: text:p, text:h, text:s, text:tab, text:line-break and tables', async () => {
    const bytes = makeOdt([
      { heading: 1, text: 'Intervista 8' },
      'INT: Com’è andata?',
      'R: Bene,   proprio bene.\tDavvero.',
      'uno\ndue',
      { table: [['A', 'B'], ['1', '2']] },
      { raw: '<text:p>Nota<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>piede</text:p></text:note-body></text:note> finale</text:p>' }
    ])
    const { s, text } = await importOne('Intervista 8.odt', bytes)
    expect(text).toBe('Intervista 8\nINT: Com’è andata?\nR: Bene,   proprio bene.\tDavvero.\nuno\ndue\nA\tB\n1\t2\nNota finale')
    expect(s.format).toBe('odt')
  })

  it('reads the text layer of a PDF', async () => {
    const bytes = makePdf([['INT: Perché è così?', 'R: Così (sì).'], ['Seconda pagina']])
    const { s, text } = await importOne('trascrizione.pdf', bytes)
    expect(text).toBe('INT: Perché è così?\nR: Così (sì).\n\nSeconda pagina')
    expect(s.format).toBe('pdf')
    expect(s.encoding).toBeNull()
  })

  it('keeps the original bytes of a document and verifies its structure', async () => {
    const bytes = makeDocx(['[00:00:05] INT: Buongiorno.', 'R: Buongiorno a lei.', '[00:01:10] INT: Iniziamo?', 'R: Sì.'])
    const { s, stored } = await importOne('turni.docx', bytes)
    expect(Buffer.compare(stored.original_data as Buffer, Buffer.from(bytes))).toBe(0)
    const src = loadSource(t.project, s.id)
    const text = src.text
    const at = (s: string): number => text.indexOf(s)
    expect(src.structure.turns).toEqual([
      { start: 0, end: at('\nR: Buongiorno a lei'), speaker: 'INT', bodyStart: at('Buongiorno.'), timestamp: '00:00:05' },
      { start: at('R: Buongiorno a lei'), end: at('\n[00:01:10]'), speaker: 'R', bodyStart: at('Buongiorno a lei') },
      { start: at('[00:01:10]'), end: at('\nR: Sì.'), speaker: 'INT', bodyStart: at('Iniziamo?'), timestamp: '00:01:10' },
      { start: at('R: Sì.'), end: text.length, speaker: 'R', bodyStart: at('Sì.') }
    ])
    expect(src.structure.timestamps.map((x) => x.time)).toEqual(['00:00:05', '00:01:10'])
  })
})

describe('batch import', () => {
  it('imports the good files and nothing of a failed one', async () => {
    const good1 = writeFile(t.dir, 'a.txt', 'INT: uno\nR: due')
    const bad = writeFile(t.dir, 'b.docx', Buffer.from('PK\x03\x04 broken zip'))
    const good2 = writeFile(t.dir, 'c.txt', 'INT: tre\nR: quattro')
    const before = (t.project.sqlite.prepare('SELECT COUNT(*) n FROM op_log').get() as { n: number }).n
    const r = await importTranscriptFiles(t.ctx, [good1, bad, good2], { caseName: 'Anna' })
    expect(r.imported).toBe(2)
    expect(r.failed).toBe(1)
    expect(r.results.map((x) => x.ok)).toEqual([true, false, true])
    expect(r.results[1].error?.message).toContain('b.docx')
    const names = (t.project.sqlite.prepare('SELECT name FROM sources ORDER BY name').all() as { name: string }[]).map((x) => x.name)
    expect(names).toEqual(['a', 'c'])
    const after = (t.project.sqlite.prepare('SELECT COUNT(*) n FROM op_log').get() as { n: number }).n
    expect(after - before).toBe(2)
    const cases = t.project.sqlite.prepare('SELECT s.name, c.name AS c FROM sources s JOIN cases c ON c.id = s.case_id').all()
    expect(cases).toHaveLength(2)
  })
})
