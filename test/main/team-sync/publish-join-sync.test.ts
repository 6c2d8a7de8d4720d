import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { history, mutate, undo } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { pushOps } from '../../../src/main/services/sync/server/api'
import { connectTeamServer } from '../../../src/main/services/sync/server/connect'
import { parseTeamUrl } from '../../../src/main/services/sync/server/team-url'
import { Outbox } from '../../../src/main/services/sync/local/outbox'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember, teamStatus } from '../../../src/main/services/sync/team-status'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { insertCode, insertCoding } from '../../../src/main/services/team/rows'
import { code, newProject, seed, tempDir, type Seeded } from '../team/helpers'
import { createTestServer, SKIP_PG, type TestServer } from './pg'
import { formatMessage } from '../../../src/shared/messages'

/** What members must agree on: the rows of the tables they edit, by id. */
function content(ctx: Ctx): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const t of ['coders', 'codes', 'sources', 'codings', 'memos', 'cases'])
    out[t] = ctx.project.sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all()
  return out
}

const opened: Ctx[] = []
async function open(file: string, actor: string): Promise<Ctx> {
  const ctx = makeCtx(await openProjectFile(file, { actor }), actor)
  opened.push(ctx)
  return ctx
}

describe.skipIf(SKIP_PG)('team server: publish, join, sync', () => {
  let server: TestServer
  let dir: string
  let anna: Ctx
  let bruno: Ctx
  let carla: Ctx
  let ids: Seeded

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno', 'carla'])
    dir = tempDir()
  }, 60_000)
  afterAll(async () => {
    for (const c of opened) c.project.close()
    await server?.drop()
  })

  it('the lead publishes, adds members; they join and get the project as it was', async () => {
    const lead = await newProject(dir, 'anna.esiti')
    lead.ctx.project.close()
    anna = await open(lead.file, 'Anna')
    ids = seed(anna, { coders: ['Anna', 'Bruno', 'Carla'], codes: ['Benefici', 'Costi'], sources: { S1: 'Il primo testo parla di smart working e di benefici.', S2: 'Il secondo testo parla di costi.' } })
    const pub = await publishProject(anna, server.url('anna'))
    expect(pub.url).toContain(`project=${anna.project.meta('project_id')}`)
    await changeMember(anna, 'add', server.role('bruno'), 'Bruno')
    const ms = await changeMember(anna, 'add', server.role('carla'), 'Carla')
    expect(ms.map((m) => m.role).sort()).toEqual([server.role('anna'), server.role('bruno'), server.role('carla')].sort())

    // Anna keeps working after publishing: this reaches the others as operations.
    code(anna, ids, [{ source: 'S1', code: 'Benefici', coder: 'Anna', start: 0, end: 15 }])
    expect((await syncProject(anna)).pushed).toBe(1)

    const j = await joinProject(server.url('bruno'), path.join(dir, 'bruno.esiti'), { actor: 'Bruno' })
    expect(j.pulled).toBe(1)
    bruno = await open(j.project, 'Bruno')
    const k = await joinProject(server.url('carla'), path.join(dir, 'carla.esiti'), { actor: 'Carla' })
    carla = await open(k.project, 'Carla')
    expect(content(bruno)).toEqual(content(anna))
    expect(content(carla)).toEqual(content(anna))
    expect(bruno.project.meta('replica_id')).not.toBe(anna.project.meta('replica_id'))
  }, 60_000)

  it('three members code in parallel, sync in any order, and converge; an undo travels too', async () => {
    code(anna, ids, [{ source: 'S2', code: 'Costi', coder: 'Anna', start: 4, end: 12 }])
    code(bruno, ids, [{ source: 'S1', code: 'Costi', coder: 'Bruno', start: 3, end: 9 }])
    code(carla, ids, [{ source: 'S2', code: 'Benefici', coder: 'Carla', start: 0, end: 20 }])
    mutate(carla.project, { actor: 'Carla', kind: 'test', summary: { key: 'legacy.text', params: { text: 'a code' } } }, (w) => insertCode(w, { name: 'Rischi' }))
    undo(carla.project, 'Carla')
    // The same field edited by two members: the later clock wins, the other value stays in history.
    mutate(bruno.project, { actor: 'Bruno', kind: 'test', summary: { key: 'coding.op.renameCode', params: { from: 'Costi', to: 'Costi (B)' } } }, (w) =>
      w.update('codes', ids.codes.Costi, { name: 'Costi (B)' })
    )
    mutate(carla.project, { actor: 'Carla', kind: 'test', summary: { key: 'legacy.text', params: { text: 'rename' } } }, (w) => w.update('codes', ids.codes.Costi, { name: 'Costi (C)' }))

    await syncProject(carla)
    await syncProject(anna)
    await syncProject(bruno)
    await syncProject(carla)
    await syncProject(anna)
    expect(content(bruno)).toEqual(content(anna))
    expect(content(carla)).toEqual(content(anna))
    const codings = anna.project.sqlite.prepare('SELECT COUNT(*) n FROM codings').get() as { n: number }
    expect(codings.n).toBe(4)
    // Another member's entry arrives as a message: Anna's history reads it in her own language.
    const bruno1 = history(anna.project, 100).find((o) => o.actor === 'Bruno' && o.kind === 'test')!
    expect(bruno1.origin).toBe('remote')
    expect(formatMessage(bruno1.message!, 'it')).toBe('Codice «Costi» rinominato «Costi (B)»')
    // Neither saw the other's rename: the newer clock wins on every copy, the other value is listed.
    const names = (anna.project.sqlite.prepare('SELECT name FROM codes ORDER BY name').all() as { name: string }[]).map((r) => r.name)
    expect(names[0]).toBe('Benefici')
    expect(['Costi (B)', 'Costi (C)']).toContain(names[1])
    const listed = [anna, bruno, carla].map(
      (c) => c.project.sqlite.prepare("SELECT detail FROM sync_conflicts WHERE kind = 'field' AND row_id = ?").get(ids.codes.Costi) as { detail: string } | undefined
    )
    const loser = names[1] === 'Costi (B)' ? 'Costi (C)' : 'Costi (B)'
    expect(listed.some((f) => f?.detail.includes(loser))).toBe(true)
    const again = await syncProject(bruno)
    expect(again).toMatchObject({ pushed: 0, pulled: 0 })
  }, 60_000)

  it('the same operation pushed twice is kept once', async () => {
    code(bruno, ids, [{ source: 'S1', code: 'Benefici', coder: 'Bruno', start: 20, end: 30 }])
    const before = Number((await server.admin('SELECT COUNT(*) n FROM esiti.ops')).rows[0].n)
    // A sync killed after the server committed but before this copy marked the operation pushed.
    const row = bruno.project.sqlite.prepare("SELECT seq, id, at, actor, kind, summary, changes, replica, hlc, origin, author, scope FROM op_log WHERE pushed = 0 AND origin = 'local'").get() as never
    const s = await connectTeamServer(parseTeamUrl(server.url('bruno')))
    try {
      const outgoing = new Outbox(bruno.project).toServer(row, s.role, null)
      await pushOps(s, bruno.project.meta('team.project')!, outgoing)
      await pushOps(s, bruno.project.meta('team.project')!, outgoing)
    } finally {
      await s.close()
    }
    await syncProject(bruno)
    await syncProject(anna)
    const after = Number((await server.admin('SELECT COUNT(*) n FROM esiti.ops')).rows[0].n)
    expect(after).toBe(before + 1)
    expect(content(anna)).toEqual(content(bruno))
  }, 60_000)

  it('server unreachable: work goes on locally, syncs later', async () => {
    const good = carla.project.meta('team.server')!
    const u = new URL(good)
    u.port = '1'
    carla.project.stmt("UPDATE meta SET value = ? WHERE id = 'team.server'").run(u.toString())
    const [id] = code(carla, ids, [{ source: 'S1', code: 'Benefici', coder: 'Carla', start: 5, end: 11 }])
    await expect(syncProject(carla)).rejects.toMatchObject({ code: 'OFFLINE', key: 'sync.unreachable' })
    const st = await teamStatus(carla, { online: true })
    expect(st).toMatchObject({ online: false, pending: 1 })
    expect(st.lastError?.key).toBe('sync.unreachable')
    mutate(carla.project, { actor: 'Carla', kind: 'test', summary: { key: 'legacy.text', params: { text: 'more' } } }, (w) =>
      insertCoding(w, { sourceId: ids.sources.S2, codeId: ids.codes.Costi, coderId: ids.coders.Carla, start: 0, end: 3, quote: 'Il ' })
    )
    carla.project.stmt("UPDATE meta SET value = ? WHERE id = 'team.server'").run(good)
    expect((await syncProject(carla)).pushed).toBe(2)
    await syncProject(anna)
    await syncProject(bruno)
    expect(anna.project.sqlite.prepare('SELECT id FROM codings WHERE id = ?').get(id)).toBeTruthy()
    expect(content(anna)).toEqual(content(carla))
    expect(content(bruno)).toEqual(content(carla))
    const ok = await teamStatus(carla, { online: true })
    expect(ok).toMatchObject({ online: true, pending: 0, lastError: null })
    expect(ok.members.every((m) => m.lastSyncAt)).toBe(true)
  }, 60_000)
})
