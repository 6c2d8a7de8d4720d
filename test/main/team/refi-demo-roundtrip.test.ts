import fs from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seed'
import type { Ctx } from '../../../src/main/services/context'
import { cliJson, newProject, QDPX, reopen, tempDir, type TestProject } from './helpers'
import { xmllint } from './xmllint'

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

/** What REFI-QDA carries, as stored (import timestamps and raw files aside). */
function dump(ctx: Ctx): Record<string, unknown[]> {
  const q = (sql: string): unknown[] => ctx.project.sqlite.prepare(sql).all()
  const live = 'source_id IN (SELECT id FROM sources WHERE deleted_at IS NULL)'
  return {
    codes: q('SELECT id, parent_id, name, color, definition, when_to_use, when_not_to_use, example FROM codes ORDER BY id'),
    sources: q('SELECT id, name, text, text_hash, chars, case_id FROM sources WHERE deleted_at IS NULL ORDER BY id'),
    codings: q(`SELECT id, source_id, code_id, coder_id, start, "end", quote, comment, created_at FROM codings WHERE ${live} ORDER BY id`),
    coders: q(`SELECT id, name FROM coders WHERE id IN (SELECT coder_id FROM codings WHERE ${live}) ORDER BY id`),
    cases: q('SELECT id, name, description FROM cases ORDER BY id'),
    caseValues: q('SELECT case_id, attribute_id, value FROM case_values ORDER BY case_id, attribute_id'),
    memos: q("SELECT id, target_kind, target_id, title, body, author, created_at, updated_at FROM memos WHERE target_kind IN ('project', 'source', 'code', 'case', 'coding') ORDER BY id")
  }
}

describe('the MIRE demo through REFI-QDA', () => {
  it('exports through the CLI a .qdpx valid against Project.xsd that imports back identically', async () => {
    const a = await newProject()
    await seedDemo(a.ctx)
    a.close()
    const dir = tempDir()
    const file = path.join(dir, 'mire.qdpx')
    const out = await cliJson<{ sources: number; codes: number; codings: number }>(['qdpx', 'export', a.file, '--out', file])
    expect(out.codings).toBeGreaterThan(300)
    const qde = path.join(dir, 'project.qde')
    fs.writeFileSync(qde, strFromU8(unzipSync(fs.readFileSync(file))['project.qde']))
    xmllint(qde, 'Project.xsd')

    const b = await newProject(dir, 'copia.esiti')
    b.close()
    const r = await cliJson<{ sources: number; codes: number; codings: number; unanchored: number; warnings: string[]; dialects: { total: number; verified: number; named: number; quoteMatches: number }[] }>(['qdpx', 'import', file, b.file])
    expect(r).toMatchObject({ sources: out.sources, codes: out.codes, codings: out.codings, unanchored: 0 })
    // Every selection carries its quote as name and every one was found at its place.
    for (const d of r.dialects) expect([d.verified, d.named, d.quoteMatches]).toEqual([d.total, d.total, d.total])

    const qdc = path.join(dir, 'mire.qdc')
    await cliJson(['qdc', 'export', a.file, '--out', qdc])
    xmllint(qdc, 'Codebook.xsd')

    const orig = await reopen(a.file)
    open.push(orig)
    const copy = await reopen(b.file)
    open.push(copy)
    const before = dump(orig.ctx)
    const after = dump(copy.ctx)
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key])
  })

  it.each(fs.readdirSync(QDPX).filter((f) => f.endsWith('.qdpx')))('esiti qdpx import %s --json reports verified quotes and the unanchored count', async (fixture) => {
    const p = await newProject()
    p.close()
    const r = await cliJson<{ codings: number; unanchored: number; unanchoredSelections: unknown[]; dialects: { total: number; verified: number; aligned: number }[] }>(['qdpx', 'import', path.join(QDPX, fixture), p.file])
    expect(r.unanchored).toBe(0)
    expect(r.unanchoredSelections).toEqual([])
    const placed = r.dialects.reduce((s, d) => s + d.total, 0)
    // Selections placed (one or more codings each): some whenever codings were imported.
    expect(placed).toBeLessThanOrEqual(r.codings)
    expect(placed > 0).toBe(r.codings > 0)
    // Nothing unanchored: every selection of every source was re-extracted and verified.
    for (const d of r.dialects) expect([d.verified, d.aligned <= d.total]).toEqual([d.total, true])
    const again = await reopen(p.file)
    open.push(again)
    expect((again.ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM codings').get() as { n: number }).n).toBe(r.codings)
  })
})
