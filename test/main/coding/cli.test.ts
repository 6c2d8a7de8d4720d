import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/main'
import { makeDocx } from '../transcripts/support/make-docx'
import { makeOdt } from '../transcripts/support/make-odt'
import { makePdf } from '../transcripts/support/make-pdf'

let dir: string
let project: string
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-'))
  project = path.join(dir, 'p.esiti')
  expect((await cli('new', project)).code).toBe(0)
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string; json: any }> {
  let out = ''
  let err = ''
  const code = await runCli([...args, '--json'], (s) => (out += s), (s) => (err += s))
  let json: unknown = null
  try {
    json = out ? JSON.parse(out) : null
  } catch {
    json = null
  }
  return { code, out, err, json }
}

const file = (name: string, data: string | Uint8Array): string => {
  const p = path.join(dir, name)
  fs.writeFileSync(p, data)
  return p
}

const INTERVIEW = 'INT: Perché avete aderito?\nR: L’abbiamo fatto per le persone 😀, davvero.\nINT: E lo smart working?\nR: Lo smart working ci ha cambiato la vita. Perché no?\n'

describe('esiti CLI: coding verbs', () => {
  it('imports transcripts in every format and encoding and reports each one', async () => {
    const cp1252 = Buffer.from('Qualit\xe0 e citt\xe0 \x96 \x93ok\x94', 'latin1')
    const r = await cli(
      'transcripts', 'import', project,
      file('utf8.txt', INTERVIEW),
      file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Titolo\n\nTesto con BOM.')])),
      file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Testo UTF-16 è qui.', 'utf16le')])),
      file('win.txt', cp1252),
      file('doc.docx', makeDocx(['Uno da Word.', { table: [['a', 'b']] }])),
      file('doc.odt', makeOdt(['Uno da Writer.'])),
      file('doc.pdf', makePdf([['Uno da PDF.']])),
      '--case', 'Anna'
    )
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.json.sources.map((s: { name: string; encoding: string | null }) => [s.name, s.encoding])).toEqual([
      ['utf8', 'utf-8'],
      ['bom', 'utf-8-bom'],
      ['le', 'utf-16le'],
      ['win', 'windows-1252'],
      ['doc', 'utf-8'],
      ['doc (2)', 'utf-8'],
      ['doc (3)', null]
    ])
    expect(r.json.sources[0]).toMatchObject({ chars: INTERVIEW.length, id: expect.any(String) })
    const show = await cli('transcripts', 'show', project, 'win')
    expect(show.json.text).toBe('Qualità e città – “ok”')
    expect((await cli('transcripts', 'show', project, 'doc')).json.text).toBe('Uno da Word.\na\tb')
    expect((await cli('transcripts', 'show', project, 'doc (3)')).json.text).toBe('Uno da PDF.')
  })

  it('keeps the good files of a batch, exits 1 and names the bad one', async () => {
    const r = await cli('transcripts', 'import', project, file('ok.txt', 'INT: ciao\nR: ciao'), file('vuoto.txt', ''), file('ok2.txt', 'altro testo'))
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toMatch(/Imported 2 of 3 files; 1 failed, first: vuoto\.txt is empty/)
    const list = await cli('transcripts', 'list', project)
    expect(list.json.sources.map((s: { name: string }) => s.name)).toEqual(['ok', 'ok2'])
  })

  it('codes by quote and gets exactly that text back from segments; overlapping codings survive', async () => {
    await cli('transcripts', 'import', project, file('Intervista 1.txt', INTERVIEW))
    const parent = await cli('codes', 'add', project, 'Smart working', '--color', '#4E79A7', '--description', 'Lavoro agile')
    expect(parent.json).toMatchObject({ name: 'Smart working', parent: null })
    const child = await cli('codes', 'add', project, 'Benefici', '--parent', 'Smart working')
    expect(child.json).toMatchObject({ name: 'Benefici', parent: 'Smart working', path: 'Smart working > Benefici' })
    expect(child.json.id).not.toBe(parent.json.id)
    await cli('codes', 'add', project, 'Motivazioni')
    const q1 = 'L’abbiamo fatto per le persone 😀'
    const a = await cli('code', project, '--source', 'Intervista 1', '--code', 'Motivazioni', '--quote', q1, '--coder', 'Giulia')
    expect(a.code).toBe(0)
    expect(a.json).toMatchObject({ start: INTERVIEW.indexOf(q1), end: INTERVIEW.indexOf(q1) + q1.length, text: q1 })
    const b = await cli('code', project, '--source', 'Intervista 1', '--code', 'Benefici', '--quote', 'smart working', '--occurrence', '2', '--coder', 'Marco')
    expect(b.json.start).toBe(INTERVIEW.lastIndexOf('smart working'))
    const start = INTERVIEW.indexOf('Lo smart working ci')
    const c = await cli('code', project, '--source', 'Intervista 1', '--code', 'Smart working', '--start', String(start), '--end', String(start + 16))
    expect(c.json.text).toBe('Lo smart working')
    const segs = await cli('segments', project, '--code', 'Smart working')
    expect(segs.json.segments.map((s: { text: string; code: string }) => [s.code, s.text])).toEqual([
      ['Smart working', 'Lo smart working'],
      ['Benefici', 'smart working']
    ])
    const all = await cli('segments', project)
    expect(all.json.segments).toHaveLength(3)
    expect(all.json.segments[0]).toEqual(expect.objectContaining({ id: a.json.id, source: 'Intervista 1', code: 'Motivazioni', coder: 'Giulia', start: a.json.start, end: a.json.end, text: q1 }))
    const marco = await cli('segments', project, '--coder', 'Marco')
    expect(marco.json.segments.map((s: { text: string }) => s.text)).toEqual(['smart working'])
    const both = await cli('segments', project, '--code', 'Smart working', '--exact', '--and', 'Benefici')
    expect(both.json.segments.map((s: { id: string }) => s.id)).toEqual([c.json.id])
    const missing = await cli('code', project, '--source', 'Intervista 1', '--code', 'Motivazioni', '--quote', 'non c’è')
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/Quote not found in "Intervista 1"/)
  })

  it('reports a matrix that matches the codings, and a merge plus undo leaves it unchanged', async () => {
    await cli('transcripts', 'import', project, file('A.txt', INTERVIEW), file('B.txt', 'R: Lo smart working ci piace. Perché sì.'))
    for (const c of ['SW', 'Benefici', 'Vantaggi']) await cli('codes', 'add', project, c)
    await cli('code', project, '--source', 'A', '--code', 'Benefici', '--quote', 'smart working')
    await cli('code', project, '--source', 'A', '--code', 'Vantaggi', '--quote', 'smart working')
    await cli('code', project, '--source', 'A', '--code', 'Vantaggi', '--quote', 'Perché', '--occurrence', '2')
    await cli('code', project, '--source', 'B', '--code', 'SW', '--quote', 'Lo smart working ci piace.')
    const before = await cli('matrix', project)
    expect(before.json).toMatchObject({
      rows: ['A', 'B'],
      columns: ['SW', 'Benefici', 'Vantaggi'],
      counts: [
        [0, 1, 2],
        [1, 0, 0]
      ]
    })
    const merge = await cli('codes', 'merge', project, 'Vantaggi', 'Benefici')
    expect(merge.json).toMatchObject({ moved: 1, collapsed: 1 })
    expect((await cli('matrix', project)).json.counts).toEqual([
      [0, 2],
      [1, 0]
    ])
    expect((await cli('undo', project)).code).toBe(0)
    expect((await cli('matrix', project)).json).toEqual(before.json)
    const list = await cli('codes', 'list', project)
    expect(list.json.codes.map((c: { name: string; codings: number }) => [c.name, c.codings])).toEqual([
      ['SW', 1],
      ['Benefici', 1],
      ['Vantaggi', 2]
    ])
  })

  it('searches accent-insensitively and codes all hits', async () => {
    await cli('transcripts', 'import', project, file('A.txt', INTERVIEW))
    await cli('codes', 'add', project, 'Perché')
    const r = await cli('search', project, 'perche')
    expect(r.json.total).toBe(2)
    expect(r.json.hits.map((h: { text: string }) => h.text)).toEqual(['Perché', 'Perché'])
    const coded = await cli('search', project, 'perche', '--code', 'Perché', '--expand', 'sentence')
    expect(coded.json).toMatchObject({ hits: 2, created: 2 })
    const segs = await cli('segments', project, '--code', 'Perché')
    expect(segs.json.segments.map((s: { text: string }) => s.text)).toEqual(['INT: Perché avete aderito?', 'Perché no?'])
  })

  it('manages cases, memos, anchors and exports', async () => {
    await cli('transcripts', 'import', project, file('A.txt', INTERVIEW))
    expect((await cli('cases', 'add', project, 'Anna')).code).toBe(0)
    expect((await cli('cases', 'link', project, 'Anna', 'A')).code).toBe(0)
    const set = await cli('cases', 'set', project, 'Anna', 'Ruolo=HR', 'Municipio=5')
    expect(set.json.attributes).toEqual({ Ruolo: 'HR', Municipio: '5' })
    await cli('codes', 'add', project, 'X')
    await cli('code', project, '--source', 'A', '--code', 'X', '--quote', 'davvero')
    expect((await cli('segments', project, '--attribute', 'Ruolo=HR')).json.segments).toHaveLength(1)
    expect((await cli('segments', project, '--attribute', 'Ruolo=Altro')).json.segments).toHaveLength(0)
    expect((await cli('matrix', project, '--rows', 'cases')).json).toMatchObject({ rows: ['Anna'], counts: [[1]] })
    const memo = await cli('memos', 'add', project, '--case', 'Anna', '--body', 'Molto disponibile')
    expect(memo.json).toMatchObject({ targetKind: 'case', targetLabel: 'Anna', body: 'Molto disponibile' })
    expect((await cli('memos', 'list', project)).json.memos).toHaveLength(1)
    expect((await cli('anchors', 'verify', project)).json).toMatchObject({ checked: 1, mismatches: [] })
    const out = path.join(dir, 'quote.xlsx')
    const ex = await cli('export', 'segments', project, '--out', out)
    expect(ex.json).toMatchObject({ rows: 1 })
    expect(fs.existsSync(out)).toBe(true)
    const del = await cli('codes', 'delete', project, 'X')
    expect(del.json).toEqual({ codes: 1, codings: 1 })
  })
})
