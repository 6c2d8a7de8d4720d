import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember, teamStatus } from '../../../src/main/services/sync/team-status'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { code, newProject, seed, tempDir, type Seeded } from '../team/helpers'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

function content(ctx: Ctx): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const t of ['coders', 'codes', 'sources', 'codings']) out[t] = ctx.project.sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all()
  return out
}
const codings = (ctx: Ctx): number => (ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM codings').get() as { n: number }).n

const opened: Ctx[] = []
async function open(file: string, actor: string): Promise<Ctx> {
  const ctx = makeCtx(await openProjectFile(file, { actor }), actor)
  opened.push(ctx)
  return ctx
}
function close(ctx: Ctx): void {
  ctx.project.close()
  opened.splice(opened.indexOf(ctx), 1)
}

describe.skipIf(SKIP_PG)('team server faults: no loss, no duplication', () => {
  let server: TestServer
  let dir: string
  let anna: Ctx
  let bruno: Ctx
  let ids: Seeded
  let spot = 0
  /** One new coding, at a span no other test uses. */
  const one = (ctx: Ctx, coder: string): string => {
    spot += 1
    return code(ctx, ids, [{ source: 'S1', code: 'Benefici', coder, start: spot, end: spot + 5 }])[0]
  }

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno'])
    dir = tempDir()
    const p = await newProject(dir, 'anna.esiti')
    ids = seed(p.ctx, { coders: ['Anna', 'Bruno'], codes: ['Benefici'], sources: { S1: 'Un testo abbastanza lungo per molte codifiche diverse, una per prova, senza sovrapporsi mai.' } })
    p.close()
    anna = await open(p.file, 'Anna')
    await publishProject(anna, server.url('anna'))
    await changeMember(anna, 'add', server.role('bruno'), 'Bruno')
    const j = await joinProject(server.url('bruno'), path.join(dir, 'bruno.esiti'), { actor: 'Bruno' })
    bruno = await open(j.project, 'Bruno')
  }, 60_000)
  afterAll(async () => {
    for (const c of [...opened]) close(c)
    await server?.drop()
  })

  it('a project file copied by hand and synced twice: both copies’ work arrives once', async () => {
    one(bruno, 'Bruno')
    await syncProject(bruno)
    const copyFile = path.join(dir, 'bruno-copy.esiti')
    close(bruno)
    fs.copyFileSync(path.join(dir, 'bruno.esiti'), copyFile)
    bruno = await open(path.join(dir, 'bruno.esiti'), 'Bruno')
    const copy = await open(copyFile, 'Bruno')
    const a = one(bruno, 'Bruno')
    const b = one(copy, 'Bruno')
    expect((await syncProject(bruno)).newReplica).toBe(false)
    const second = await syncProject(copy)
    expect(second.newReplica).toBe(true)
    expect(second.pushed).toBe(1)
    expect(await syncProject(copy)).toMatchObject({ pushed: 0, pulled: 0, newReplica: false })
    await syncProject(bruno)
    await syncProject(anna)
    for (const ctx of [anna, bruno, copy]) {
      expect(ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM codings WHERE id IN (?, ?)').get(a, b)).toEqual({ n: 2 })
      expect(content(ctx)).toEqual(content(anna))
    }
    expect(copy.project.meta('replica_id')).not.toBe(bruno.project.meta('replica_id'))
    close(copy)
  }, 60_000)

  it('a database restored from an older backup: the copies send again what it lost, once', async () => {
    const lost = one(anna, 'Anna')
    await syncProject(anna)
    await syncProject(bruno)
    const total = Number((await server.admin('SELECT COUNT(*) n FROM esiti.ops')).rows[0].n)
    // The backup was taken before Anna's last push.
    await server.admin('DELETE FROM esiti.ops WHERE seq = (SELECT MAX(seq) FROM esiti.ops)')
    const kept = one(bruno, 'Bruno')
    const r = await syncProject(bruno)
    expect(r.repaired).toBe(1)
    await syncProject(anna)
    await syncProject(bruno)
    expect(Number((await server.admin('SELECT COUNT(*) n FROM esiti.ops')).rows[0].n)).toBe(total + 1)
    for (const ctx of [anna, bruno]) {
      expect(ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM codings WHERE id IN (?, ?)').get(lost, kept)).toEqual({ n: 2 })
      expect(content(ctx)).toEqual(content(anna))
    }
  }, 60_000)

  it('a member removed while offline: their sync is refused, their work stays in their file', async () => {
    const before = codings(anna)
    const mine = one(bruno, 'Bruno')
    await changeMember(anna, 'remove', server.role('bruno'))
    await expect(syncProject(bruno)).rejects.toMatchObject({ code: 'FORBIDDEN', key: 'sync.notMember' })
    expect(bruno.project.sqlite.prepare('SELECT COUNT(*) n FROM codings WHERE id = ?').get(mine)).toEqual({ n: 1 })
    expect((await teamStatus(bruno)).pending).toBe(1)
    await syncProject(anna)
    expect(codings(anna)).toBe(before)
    // Added back, the work left behind arrives, once.
    await changeMember(anna, 'add', server.role('bruno'), 'Bruno')
    expect((await syncProject(bruno)).pushed).toBe(1)
    await syncProject(anna)
    expect(codings(anna)).toBe(before + 1)
    expect(content(bruno)).toEqual(content(anna))
  }, 60_000)
})
