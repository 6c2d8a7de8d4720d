import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mutate } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember } from '../../../src/main/services/sync/team-status'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { insertCoding } from '../../../src/main/services/team/rows'
import { newProject, seed, tempDir, type Seeded } from '../team/helpers'
import { killMidway } from './kill'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

const N = 1200

describe.skipIf(SKIP_PG)('a sync killed halfway (kill -9 on both sides)', () => {
  let server: TestServer
  let ids: Seeded
  let annaFile: string
  let brunoFile: string

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno'])
    const dir = tempDir()
    const p = await newProject(dir, 'anna.esiti')
    ids = seed(p.ctx, { coders: ['Anna', 'Bruno'], codes: ['Benefici'], sources: { S1: 'x'.repeat(N + 20) } })
    await publishProject(p.ctx, server.url('anna'))
    await changeMember(p.ctx, 'add', server.role('bruno'), 'Bruno')
    p.close()
    annaFile = p.file
    brunoFile = (await joinProject(server.url('bruno'), path.join(dir, 'bruno.esiti'), { actor: 'Bruno' })).project
  }, 60_000)
  afterAll(async () => {
    await server?.drop()
  })

  it('push and pull cut midway, then synced again: every operation once, copies identical', async () => {
    const bruno = makeCtx(await openProjectFile(brunoFile, { actor: 'Bruno' }), 'Bruno')
    for (let i = 0; i < N; i++)
      mutate(bruno.project, { actor: 'Bruno', kind: 'test', summary: { key: 'legacy.text', params: { text: 'code' } } }, (w) =>
        insertCoding(w, { sourceId: ids.sources.S1, codeId: ids.codes.Benefici, coderId: ids.coders.Bruno, start: i, end: i + 3, quote: 'xxx' })
      )
    bruno.project.close()
    const base = Number((await server.admin('SELECT COUNT(*) n FROM esiti.ops')).rows[0].n)
    await killMidway(brunoFile, server, server.role('bruno'), async () => Number((await server.admin('SELECT COUNT(*) n FROM esiti.ops')).rows[0].n) > base)
    const midway = Number((await server.admin('SELECT COUNT(*) n FROM esiti.ops')).rows[0].n) - base
    expect(midway).toBeGreaterThan(0)

    // Anna's pull is cut too, once some of it is on her copy (read beside the running sync).
    const annaHas = (): number => {
      const db = new Database(annaFile, { readonly: true, fileMustExist: true })
      try {
        return (db.prepare("SELECT COUNT(*) n FROM op_log WHERE origin <> 'local'").get() as { n: number }).n
      } finally {
        db.close()
      }
    }
    const annaBefore = annaHas()
    await killMidway(annaFile, server, server.role('anna'), async () => annaHas() > annaBefore)
    // Whatever point the kill hit, what is on her copy is whole batches (one transaction each).
    expect((annaHas() - annaBefore) % 500 === 0 || annaHas() - annaBefore === midway).toBe(true)

    const b = makeCtx(await openProjectFile(brunoFile, { actor: 'Bruno' }), 'Bruno')
    const a = makeCtx(await openProjectFile(annaFile, { actor: 'Anna' }), 'Anna')
    try {
      const rb = await syncProject(b)
      // What the server had committed may not have been marked pushed here before the kill: sent
      // again, it is kept once (checked below).
      expect(rb.pushed).toBeGreaterThanOrEqual(N - midway)
      expect(rb.pushed).toBeLessThanOrEqual(N)
      await syncProject(a)
      await syncProject(b)
      expect(Number((await server.admin('SELECT COUNT(*) n FROM esiti.ops')).rows[0].n)).toBe(base + N)
      expect(Number((await server.admin('SELECT COUNT(DISTINCT op_id) n FROM esiti.ops')).rows[0].n)).toBe(base + N)
      const rows = (ctx: Ctx): unknown[] => ctx.project.sqlite.prepare('SELECT * FROM codings ORDER BY id').all()
      expect(rows(a)).toHaveLength(N)
      expect(rows(a)).toEqual(rows(b))
    } finally {
      a.project.close()
      b.project.close()
    }
  }, 180_000)
})
