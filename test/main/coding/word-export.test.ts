import fs from 'node:fs'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { hasSoffice, sofficeConvert } from '../../support/soffice'
import { tempDir } from '../../support/temp-project'

/*
 * The Word exports (segments, memos, codebook) of the demo project: what they say is checked in the
 * document itself, and LibreOffice Writer opens each one and prints it to PDF.
 */

const tmp = tempDir('esiti-word-')
const project = path.join(tmp.dir, 'demo.esiti')
afterAll(() => tmp.cleanup())
beforeAll(async () => {
  expect((await cli('new', project, '--demo', '--json')).code).toBe(0)
}, 120_000)

/** The text of a .docx body, paragraph by paragraph (w:t runs joined, w:p ends a line). */
function docxText(file: string): string {
  const xml = Buffer.from(unzipSync(fs.readFileSync(file))['word/document.xml']).toString('utf8')
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
}

describe('Word exports', () => {
  it('writes coded segments grouped by code, with source, case, attributes, coder and comment', async () => {
    const code = ((await cli('codes', 'list', project, '--json')).json.codes as { path: string; codings: number }[]).find((c) => c.codings > 2)!
    const out = path.join(tmp.dir, 'segmenti.docx')
    const r = await cli('export', 'segments', project, '--code', code.path, '--exact', '--out', out, '--json')
    expect(r.code).toBe(0)
    expect(r.json.file).toBe(out)
    const segs = (await cli('segments', project, '--code', code.path, '--exact', '--json')).json.segments as { text: string; source: string; coder: string; cases: string[] }[]
    expect(r.json.segments).toBe(segs.length)
    const text = docxText(out)
    expect(text).toContain('Segmenti codificati')
    expect(text).toContain(code.path)
    for (const s of segs) {
      expect(text).toContain(`“${s.text}”`)
      expect(text).toContain(`Fonte: ${s.source}`)
      expect(text).toContain(`Codificatore: ${s.coder}`)
      for (const c of s.cases) expect(text).toContain(c)
    }
    // Attribute values of the case travel with each quote.
    const cases = (await cli('cases', 'list', project, '--json')).json.cases as { name: string; attributes: Record<string, string | null> }[]
    const someCase = cases.find((c) => segs[0].cases.includes(c.name))!
    const genere = someCase.attributes.Genere
    if (genere) expect(text).toContain(genere)
    const en = path.join(tmp.dir, 'segments-en.docx')
    await cli('export', 'segments', project, '--code', code.path, '--out', en, '--language', 'en', '--json')
    expect(docxText(en)).toContain(`Source: ${segs[0].source}`)
  })

  it('writes every memo and the whole codebook with definitions, when to use and examples', async () => {
    await cli('memos', 'add', project, '--title', 'Primo confronto', '--body', 'Le aziende piccole vedono lo smart working come un rischio.\n\nDa verificare con Marco.', '--json')
    const memos = path.join(tmp.dir, 'memo.docx')
    const m = await cli('export', 'memos', project, '--out', memos, '--json')
    expect(m.code).toBe(0)
    const memoText = docxText(memos)
    expect(memoText).toContain('Primo confronto')
    expect(memoText).toContain('Da verificare con Marco.')
    expect(memoText).toContain('Diario del progetto')
    expect(m.json.memos).toBe(((await cli('memos', 'list', project, '--json')).json.memos as unknown[]).length)

    const book = path.join(tmp.dir, 'codebook.docx')
    const b = await cli('export', 'codebook', project, '--out', book, '--json')
    expect(b.code).toBe(0)
    const codes = (await cli('codes', 'list', project, '--json')).json.codes as { name: string; definition: string | null }[]
    expect(b.json.codes).toBe(codes.length)
    const bookText = docxText(book)
    for (const c of codes) {
      expect(bookText).toContain(c.name)
      if (c.definition) expect(bookText).toContain(c.definition)
    }
    expect(bookText).toContain('Esempi dai dati')
    expect(bookText).toMatch(/Quando usarlo: /)
  })

  it('refuses other extensions and missing folders, writing nothing', async () => {
    const bad = await cli('export', 'memos', project, '--out', path.join(tmp.dir, 'memo.pdf'))
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/use a \.docx file/)
    const missing = await cli('export', 'codebook', project, '--out', path.join(tmp.dir, 'nope', 'c.docx'))
    expect(missing.stderr).toMatch(/Folder not found/)
  })

  it.skipIf(!hasSoffice())('opens in LibreOffice Writer: each document prints to PDF with its text', async () => {
    const files = ['segmenti.docx', 'memo.docx', 'codebook.docx'].map((f) => path.join(tmp.dir, f))
    for (const f of files) if (!fs.existsSync(f)) throw new Error(`${f} was not written by the tests above`)
    const outDir = fs.mkdtempSync(path.join(tmp.dir, 'pdf-'))
    for (const f of files) {
      const pdf = sofficeConvert(f, 'pdf', outDir)
      expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(fs.statSync(pdf).size).toBeGreaterThan(2000)
      // Writer read the words, not an empty or damaged document.
      const txt = sofficeConvert(f, 'txt:Text', outDir)
      const title = docxText(f).split('\n')[0].trim()
      expect(title.length).toBeGreaterThan(3)
      expect(fs.readFileSync(txt, 'utf8')).toContain(title)
    }
  }, 400_000)
})
