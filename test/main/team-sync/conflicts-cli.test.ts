import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mutate } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { cli, cliJson, code, newProject, seed, tempDir, type Seeded } from '../team/helpers'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

/** Opens a member's file, runs `fn`, closes it (the CLI opens the same files in between). */
async function withProject<T>(file: string, actor: string, fn: (ctx: Ctx) => T): Promise<T> {
  const ctx = makeCtx(await openProjectFile(file, { actor }), actor)
  try {
    return fn(ctx)
  } finally {
    ctx.project.close()
  }
}

const count = (ctx: Ctx, sql: string, ...p: unknown[]): number => (ctx.project.sqlite.prepare(sql).get(...p) as { n: number }).n

describe.skipIf(SKIP_PG)('team server through the CLI: a code deleted while another member codes with it', () => {
  let server: TestServer
  let dir: string
  let anna: string
  let bruno: string
  let ids: Seeded

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno'])
    dir = tempDir()
  }, 60_000)
  afterAll(async () => {
    await server?.drop()
  })

  it('publish, members, join, status', async () => {
    const p = await newProject(dir, 'anna.esiti')
    anna = p.file
    ids = seed(p.ctx, { coders: ['Anna', 'Bruno'], codes: ['Benefici', 'Costi'], sources: { S1: 'Il primo testo parla di smart working e di benefici.' } })
    p.close()
    const pub = await cliJson<{ url: string }>(['team', 'publish', anna, '--server', server.url('anna')])
    const members = await cliJson<{ members: { role: string; isLead: boolean }[] }>(['team', 'members', anna, 'add', server.role('bruno'), '--name', 'Bruno'])
    expect(members.members.find((m) => m.isLead)?.role).toBe(server.role('anna'))
    bruno = path.join(dir, 'bruno.esiti')
    // Bruno joins with his own role: the lead's address with his name in it.
    const url = pub.url.replace(`${server.role('anna')}@`, `${server.role('bruno')}@`)
    const j = await cliJson<{ project: string; pulled: number }>(['team', 'join', url, '--out', bruno])
    expect(j.project).toBe(bruno)
    const st = await cliJson<{ pending: number; online: boolean; members: unknown[] }>(['team', 'status', bruno])
    expect(st).toMatchObject({ pending: 0, online: true })
    expect(st.members).toHaveLength(2)
    const human = await cli(['team', 'status', bruno, '--locale', 'it'])
    expect(human.out).toContain('Server del gruppo')
  }, 60_000)

  it('lists the conflict on both copies under one id, keeps the work aside, and a restore brings all back everywhere', async () => {
    // Anna deletes "Benefici"; meanwhile Bruno codes with it.
    await withProject(anna, 'Anna', (ctx) => mutate(ctx.project, { actor: 'Anna', kind: 'test', summary: { key: 'legacy.text', params: { text: 'delete' } } }, (w) => w.remove('codes', ids.codes.Benefici)))
    const [coding] = await withProject(bruno, 'Bruno', (ctx) => code(ctx, ids, [{ source: 'S1', code: 'Benefici', coder: 'Bruno', start: 0, end: 9 }]))
    expect(await cliJson(['team', 'sync', anna])).toMatchObject({ pushed: 1 })
    const b = await cliJson<{ pushed: number; pulled: number; conflicts: number }>(['team', 'sync', bruno])
    expect(b).toMatchObject({ pushed: 1, pulled: 1, conflicts: 1 })
    const a = await cliJson<{ conflicts: number }>(['team', 'sync', anna])
    expect(a.conflicts).toBe(1)

    const onBruno = await cliJson<{ conflicts: { id: string; kind: string }[] }>(['team', 'conflicts', bruno])
    const onAnna = await cliJson<{ conflicts: { id: string; kind: string }[] }>(['team', 'conflicts', anna])
    expect(onBruno.conflicts.map((c) => c.kind)).toEqual(['parent_deleted'])
    expect(onAnna.conflicts.map((c) => c.id)).toEqual(onBruno.conflicts.map((c) => c.id))
    // Nothing dropped: the coding is set aside on both copies, not in the codings table.
    for (const f of [anna, bruno])
      await withProject(f, 'x', (ctx) => {
        expect(count(ctx, 'SELECT COUNT(*) n FROM codings WHERE id = ?', coding)).toBe(0)
        expect(count(ctx, 'SELECT COUNT(*) n FROM sync_aside')).toBeGreaterThan(0)
      })

    const bad = await cli(['team', 'resolve', anna, onAnna.conflicts[0].id, '--action', 'use-other'])
    expect(bad.code).not.toBe(0)
    const r = await cliJson<{ resolution: string }>(['team', 'resolve', anna, onAnna.conflicts[0].id, '--action', 'restore'])
    expect(r.resolution).toBe('restore')
    await cliJson(['team', 'sync', anna])
    await cliJson(['team', 'sync', bruno])
    for (const f of [anna, bruno])
      await withProject(f, 'x', (ctx) => {
        expect(count(ctx, 'SELECT COUNT(*) n FROM codes WHERE id = ?', ids.codes.Benefici)).toBe(1)
        expect(count(ctx, 'SELECT COUNT(*) n FROM codings WHERE id = ?', coding)).toBe(1)
      })
    expect((await cliJson<{ conflicts: unknown[] }>(['team', 'conflicts', bruno])).conflicts).toHaveLength(0)
  }, 90_000)

  it('lists no conflict on either copy when the work made with the deleted code was deleted too', async () => {
    // Anna deletes "Costi"; Bruno, not knowing it, codes with it and deletes that coding again. Anna's
    // copy sets the coding aside when it arrives, then sees it deleted: no work is left to review,
    // and Bruno's copy, which applied both before the deletion, never had a conflict.
    const del = { key: 'legacy.text', params: { text: 'delete' } } as const
    await withProject(anna, 'Anna', (ctx) => mutate(ctx.project, { actor: 'Anna', kind: 'test', summary: del }, (w) => w.remove('codes', ids.codes.Costi)))
    const [coding] = await withProject(bruno, 'Bruno', (ctx) => code(ctx, ids, [{ source: 'S1', code: 'Costi', coder: 'Bruno', start: 10, end: 15 }]))
    await withProject(bruno, 'Bruno', (ctx) => mutate(ctx.project, { actor: 'Bruno', kind: 'test', summary: del }, (w) => w.remove('codings', coding)))
    await cliJson(['team', 'sync', anna])
    await cliJson(['team', 'sync', bruno])
    await cliJson(['team', 'sync', anna])
    const listed = async (f: string): Promise<string[]> =>
      (await cliJson<{ conflicts: { kind: string; tbl: string; rowId?: string; row_id?: string }[] }>(['team', 'conflicts', f, '--all'])).conflicts
        .filter((c) => c.kind === 'parent_deleted')
        .map((c) => `${c.tbl}:${c.rowId ?? c.row_id}`)
    expect(await listed(anna)).toEqual(await listed(bruno))
    expect(await listed(anna)).not.toContain(`codes:${ids.codes.Costi}`)
    for (const f of [anna, bruno]) await withProject(f, 'x', (ctx) => expect(count(ctx, 'SELECT COUNT(*) n FROM sync_aside')).toBe(0))
  }, 90_000)
})
