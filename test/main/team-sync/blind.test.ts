import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember } from '../../../src/main/services/sync/team-status'
import { connectTeamServer } from '../../../src/main/services/sync/server/connect'
import { parseTeamUrl } from '../../../src/main/services/sync/server/team-url'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { code, newProject, seed, tempDir, type Seeded } from '../team/helpers'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

const codingsBy = (ctx: Ctx, coder: string): number =>
  (ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM codings WHERE coder_id = ?').get(coder) as { n: number }).n

describe.skipIf(SKIP_PG)('blind coding', () => {
  let server: TestServer
  const opened: Ctx[] = []
  let anna: Ctx
  let bruno: Ctx
  let carla: Ctx
  let ids: Seeded
  afterAll(async () => {
    for (const c of opened) c.project.close()
    await server?.drop()
  })

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno', 'carla'])
    const dir = tempDir()
    const p = await newProject(dir, 'anna.esiti')
    ids = seed(p.ctx, { coders: ['Bruno', 'Carla'], codes: ['Benefici'], sources: { S1: 'Un testo sui benefici del lavoro agile.' } })
    p.close()
    anna = makeCtx(await openProjectFile(p.file, { actor: 'Anna' }), 'Anna')
    opened.push(anna)
    await publishProject(anna, server.url('anna'))
    for (const m of ['bruno', 'carla']) await changeMember(anna, 'add', server.role(m), m)
    const ms = await changeMember(anna, 'blind', server.role('carla'))
    expect(ms.find((m) => m.role === server.role('carla'))?.blind).toBe(true)
    for (const m of ['bruno', 'carla']) {
      const j = await joinProject(server.url(m), path.join(dir, `${m}.esiti`), { actor: m })
      opened.push(makeCtx(await openProjectFile(j.project, { actor: m }), m))
    }
    ;[, bruno, carla] = opened
  }, 60_000)

  it('a blind coder’s codings reach the lead but not the other coder until the lead reveals them', async () => {
    code(carla, ids, [{ source: 'S1', code: 'Benefici', coder: 'Carla', start: 0, end: 8 }])
    code(bruno, ids, [{ source: 'S1', code: 'Benefici', coder: 'Bruno', start: 4, end: 12 }])
    for (const ctx of [carla, bruno, anna, carla, bruno]) await syncProject(ctx)
    expect(codingsBy(anna, ids.coders.Carla)).toBe(1)
    expect(codingsBy(bruno, ids.coders.Carla)).toBe(0)
    // The blind coder sees the others' work (her own stays hidden from them, not theirs from her).
    expect(codingsBy(carla, ids.coders.Bruno)).toBe(1)
    // Even reading the server directly, Bruno's role does not get Carla's scoped rows (row-level security).
    const scoped = 'SELECT COUNT(*)::int n FROM esiti.ops WHERE scope IS NOT NULL'
    expect((await server.admin(scoped)).rows[0].n).toBeGreaterThan(0)
    const asBruno = await connectTeamServer(parseTeamUrl(server.url('bruno')))
    try {
      expect((await sql<{ n: number }>`SELECT COUNT(*)::int n FROM esiti.ops WHERE scope IS NOT NULL`.execute(asBruno.db)).rows[0].n).toBe(0)
    } finally {
      await asBruno.close()
    }
    await changeMember(anna, 'reveal', server.role('carla'))
    const r = await syncProject(bruno)
    expect(r.pulled).toBeGreaterThan(0)
    expect(codingsBy(bruno, ids.coders.Carla)).toBe(1)
    const rows = (ctx: Ctx): unknown[] => ctx.project.sqlite.prepare('SELECT * FROM codings ORDER BY id').all()
    await syncProject(carla)
    expect(rows(bruno)).toEqual(rows(anna))
    expect(rows(carla)).toEqual(rows(anna))
  }, 60_000)
})
