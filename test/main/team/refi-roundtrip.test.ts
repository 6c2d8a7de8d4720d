import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Ctx } from '../../../src/main/services/context'
import { exportQdc, exportQdpx } from '../../../src/main/services/team/refi/export'
import { importQdc } from '../../../src/main/services/team/refi/import-qdc'
import { importQdpx } from '../../../src/main/services/team/refi/import-qdpx'
import { cliJson, newProject, tempDir, type TestProject } from './helpers'
import { buildRichProject } from './rich-project'

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

/** Everything a round trip must keep, in a comparable form (no import timestamps or raw files). */
function dump(ctx: Ctx): Record<string, unknown[]> {
  const q = (sql: string): unknown[] => ctx.project.sqlite.prepare(sql).all()
  return {
    codes: q('SELECT id, parent_id, name, color, definition, when_to_use, when_not_to_use, example, sort FROM codes ORDER BY id'),
    sources: q('SELECT id, name, text, text_hash, chars, case_id FROM sources WHERE deleted_at IS NULL ORDER BY id'),
    codings: q('SELECT id, source_id, code_id, coder_id, start, "end", quote, comment, created_at FROM codings ORDER BY id'),
    coders: q('SELECT id, name FROM coders ORDER BY id'),
    cases: q('SELECT id, name, kind, description FROM cases ORDER BY id'),
    attributes: q('SELECT id, name, type, choices, sort FROM attributes ORDER BY id'),
    caseValues: q('SELECT case_id, attribute_id, value FROM case_values ORDER BY case_id, attribute_id'),
    caseSegments: q('SELECT id, case_id, source_id, start, "end" FROM case_segments ORDER BY id'),
    memos: q('SELECT id, target_kind, target_id, title, body, author, created_at, updated_at FROM memos ORDER BY id')
  }
}

describe('REFI-QDA round trip', () => {
  it('export → import into a new project keeps sources, codes, codings, cases, attributes and memos identical', async () => {
    const a = await newProject()
    open.push(a)
    buildRichProject(a.ctx)
    const file = path.join(tempDir(), 'giro.qdpx')
    exportQdpx(a.ctx, file)
    const b = await newProject()
    open.push(b)
    const r = await importQdpx(b.ctx, file)
    expect(r.unanchored).toBe(0)
    expect(r.warnings).toEqual([])
    expect(r).toMatchObject({ sources: 2, codes: 3, codings: 5, cases: 2, variables: 5, memos: 5, coders: 2 })
    const before = dump(a.ctx)
    const after = dump(b.ctx)
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key])
  })

  it('a second round trip through the CLI is stable too (same GUIDs, same file content)', async () => {
    const a = await newProject()
    buildRichProject(a.ctx)
    a.close()
    const dir = tempDir()
    const first = path.join(dir, 'uno.qdpx')
    const out = await cliJson<{ sources: number; codings: number }>(['qdpx', 'export', a.file, '--out', first])
    expect(out).toMatchObject({ sources: 2, codings: 5 })
    const b = await newProject(dir, 'b.esiti')
    b.close()
    const imported = await cliJson<{ sources: number; codes: number; codings: number; warnings: string[]; unanchored: number }>(['qdpx', 'import', first, b.file])
    expect(imported).toMatchObject({ sources: 2, codes: 3, codings: 5, warnings: [], unanchored: 0 })
    const second = path.join(dir, 'due.qdpx')
    await cliJson(['qdpx', 'export', b.file, '--out', second])
    const pa = await newProject(tempDir(), 'check.esiti')
    open.push(pa)
    const ra = await importQdpx(pa.ctx, second)
    expect(ra.codings).toBe(5)
    const orig = await (await import('./helpers')).reopen(a.file)
    open.push(orig)
    expect(dump(pa.ctx).codings).toEqual(dump(orig.ctx).codings)
  })

  it('codebook round trip (.qdc) keeps the tree, colours and descriptions', async () => {
    const a = await newProject()
    open.push(a)
    buildRichProject(a.ctx)
    const file = path.join(tempDir(), 'codici.qdc')
    exportQdc(a.ctx, file)
    const b = await newProject()
    open.push(b)
    const r = await importQdc(b.ctx, file)
    expect(r.codes).toBe(3)
    expect(dump(b.ctx).codes).toEqual(dump(a.ctx).codes)
  })

  it('one undo removes a whole import', async () => {
    const a = await newProject()
    open.push(a)
    buildRichProject(a.ctx)
    const file = path.join(tempDir(), 'undo.qdpx')
    exportQdpx(a.ctx, file)
    const b = await newProject()
    open.push(b)
    await importQdpx(b.ctx, file)
    const { undo } = await import('../../../src/main/db/op-log')
    const op = undo(b.ctx.project, 'test')
    expect(op.kind).toBe('team.refiImport')
    const d = dump(b.ctx)
    for (const key of ['codes', 'sources', 'codings', 'cases', 'attributes', 'memos', 'coders']) expect(d[key], key).toEqual([])
  })
})
