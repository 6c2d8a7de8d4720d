import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mutate } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { setWallClock } from '../../../src/main/db/replica'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember } from '../../../src/main/services/sync/team-status'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { code, newProject, seed, tempDir, type Seeded } from '../team/helpers'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

const HOUR = 3_600_000
const content = (ctx: Ctx): unknown[] => ['codes', 'codings'].map((t) => ctx.project.sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all())
const codeName = (ctx: Ctx, id: string): string => (ctx.project.sqlite.prepare('SELECT name FROM codes WHERE id = ?').get(id) as { name: string }).name

describe.skipIf(SKIP_PG)('clocks skewed by hours', () => {
  let server: TestServer
  const opened: Ctx[] = []
  afterAll(async () => {
    for (const c of opened) c.project.close()
    await server?.drop()
  })
  let anna: Ctx
  let bruno: Ctx
  let carla: Ctx
  let ids: Seeded

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno', 'carla'])
    const dir = tempDir()
    const p = await newProject(dir, 'anna.esiti')
    ids = seed(p.ctx, { coders: ['Anna', 'Bruno', 'Carla'], codes: ['Benefici'], sources: { S1: 'Un testo sui benefici del lavoro agile.' } })
    p.close()
    anna = makeCtx(await openProjectFile(p.file, { actor: 'Anna' }), 'Anna')
    opened.push(anna)
    await publishProject(anna, server.url('anna'))
    for (const m of ['bruno', 'carla']) await changeMember(anna, 'add', server.role(m), m)
    for (const m of ['bruno', 'carla']) {
      const j = await joinProject(server.url(m), path.join(dir, `${m}.esiti`), { actor: m })
      opened.push(makeCtx(await openProjectFile(j.project, { actor: m }), m))
    }
    ;[, bruno, carla] = opened
  }, 60_000)

  it('work done with a clock 5 hours fast and one 3 hours slow all arrives; the offset is measured; a later edit still wins', async () => {
    setWallClock(carla.project, () => Date.now() + 5 * HOUR)
    setWallClock(bruno.project, () => Date.now() - 3 * HOUR)
    mutate(carla.project, { actor: 'Carla', kind: 'test', summary: { key: 'legacy.text', params: { text: 'rename' } } }, (w) => w.update('codes', ids.codes.Benefici, { name: 'Benefici (C)' }))
    code(bruno, ids, [
      { source: 'S1', code: 'Benefici', coder: 'Bruno', start: 0, end: 8 },
      { source: 'S1', code: 'Benefici', coder: 'Bruno', start: 13, end: 21 }
    ])
    code(carla, ids, [{ source: 'S1', code: 'Benefici', coder: 'Carla', start: 4, end: 12 }])

    const c = await syncProject(carla)
    const b = await syncProject(bruno)
    expect(Math.abs(c.clockOffsetMs + 5 * HOUR)).toBeLessThan(60_000)
    expect(Math.abs(b.clockOffsetMs - 3 * HOUR)).toBeLessThan(60_000)
    await syncProject(anna)
    await syncProject(carla)
    for (const ctx of [anna, bruno, carla]) expect((ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM codings').get() as { n: number }).n).toBe(3)

    // Bruno, whose computer is 3 hours slow, renames after seeing Carla's rename: his is the later one.
    mutate(bruno.project, { actor: 'Bruno', kind: 'test', summary: { key: 'legacy.text', params: { text: 'rename' } } }, (w) => w.update('codes', ids.codes.Benefici, { name: 'Benefici (B)' }))
    await syncProject(bruno)
    await syncProject(anna)
    await syncProject(carla)
    for (const ctx of [anna, bruno, carla]) expect(codeName(ctx, ids.codes.Benefici)).toBe('Benefici (B)')
    expect(content(anna)).toEqual(content(bruno))
    expect(content(carla)).toEqual(content(bruno))
  }, 60_000)
})
