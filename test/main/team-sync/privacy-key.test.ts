import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId, nowIso } from '../../../src/main/db/ids'
import { LATEST_MIGRATION } from '../../../src/main/db/migrations'
import { mutate } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember } from '../../../src/main/services/sync/team-status'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { insertCode } from '../../../src/main/services/team/rows'
import { newProject, tempDir } from '../team/helpers'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

/**
 * Decision 0033: the pseudonymisation key (pseudonym ↔ real identity) stays on the copy that made
 * it. Not in the published baseline (rows, log or tombstones), never pushed as an operation, ignored
 * if a copy receives one; the other changes of the same operation travel as usual.
 */
const REAL = 'Mario Rossi'

function addKey(ctx: Ctx, real: string, surrogate: string, withCode?: string): string {
  return mutate(ctx.project, { actor: ctx.actor, kind: 'privacy.key', summary: { key: 'legacy.text', params: { text: 'key' } } }, (w) => {
    if (withCode) insertCode(w, { name: withCode })
    const id = newId()
    w.insert('privacy_key', { id, group_id: newId(), kind: 'person', real_text: real, real_key: real.toLowerCase(), surrogate, created_at: nowIso() })
    return id
  })
}

describe.skipIf(SKIP_PG)('the privacy key does not travel to the team server', () => {
  let server: TestServer
  let anna: Ctx
  let bruno: Ctx

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno'])
    const dir = tempDir()
    const p = await newProject(dir, 'anna.esiti')
    p.close()
    anna = makeCtx(await openProjectFile(p.file, { actor: 'Anna' }), 'Anna')
    addKey(anna, REAL, '[Persona 1]')
    await publishProject(anna, server.url('anna'))
    await changeMember(anna, 'add', server.role('bruno'), 'Bruno')
    const j = await joinProject(server.url('bruno'), path.join(dir, 'bruno.esiti'), { actor: 'Bruno' })
    bruno = makeCtx(await openProjectFile(j.project, { actor: 'Bruno' }), 'Bruno')
  }, 60_000)
  afterAll(async () => {
    anna?.project.close()
    bruno?.project.close()
    await server?.drop()
  })

  const serverText = async (): Promise<string> => {
    const ops = (await server.admin('SELECT changes::text c FROM esiti.ops')).rows.map((r) => r.c as string).join('\n')
    const blobs = (await server.admin('SELECT encode(data, \'escape\') d FROM esiti.blob_chunks')).rows.map((r) => r.d as string).join('\n')
    return ops + blobs
  }

  it('a joined copy has no key: not in its rows, its log or its tombstones', async () => {
    expect(anna.project.sqlite.prepare('SELECT COUNT(*) n FROM privacy_key').get()).toEqual({ n: 1 })
    expect(bruno.project.sqlite.prepare('SELECT COUNT(*) n FROM privacy_key').get()).toEqual({ n: 0 })
    const log = (bruno.project.sqlite.prepare('SELECT changes FROM op_log').all() as { changes: string }[]).map((r) => r.changes).join('\n')
    expect(log).not.toContain(REAL)
    expect(log).not.toContain('privacy_key')
  })

  it('a key written later is not pushed; the rest of the same operation is', async () => {
    addKey(anna, 'Giulia Bianchi', '[Persona 2]', 'Conciliazione')
    const r = await syncProject(anna)
    expect(r.pushed).toBe(1)
    await syncProject(bruno)
    expect(bruno.project.sqlite.prepare("SELECT COUNT(*) n FROM codes WHERE name = 'Conciliazione'").get()).toEqual({ n: 1 })
    expect(bruno.project.sqlite.prepare('SELECT COUNT(*) n FROM privacy_key').get()).toEqual({ n: 0 })
    const text = await serverText()
    expect(text).toContain('Conciliazione')
    expect(text).not.toContain('Giulia Bianchi')
    expect(text).not.toContain(REAL)
    // The baseline holds the table (empty, its schema names it); no operation mentions it.
    const ops = (await server.admin('SELECT changes::text c FROM esiti.ops')).rows.map((r) => r.c as string).join('\n')
    expect(ops).not.toContain('privacy_key')
  })

  it('a key row that reaches a copy anyway (an older version pushed it) is ignored', async () => {
    const ownKeys = bruno.project.sqlite.prepare('SELECT COUNT(*) n FROM privacy_key').get()
    const { Outbox } = await import('../../../src/main/services/sync/local/outbox')
    const { pushOps } = await import('../../../src/main/services/sync/server/api')
    const { connectTeamServer } = await import('../../../src/main/services/sync/server/connect')
    const { parseTeamUrl } = await import('../../../src/main/services/sync/server/team-url')
    // An operation as an older Esiti would have sent it, key row included.
    const row = { id: newId(), group_id: newId(), kind: 'person', real_text: 'Sara Verdi', real_key: 'sara verdi', surrogate: '[Persona 3]', part: 'full', style: 'label', entity_table: null, entity_id: null, created_at: nowIso() }
    const op = { seq: 0, id: newId(), at: nowIso(), actor: 'Anna', kind: 'privacy.key', summary: 'key', changes: JSON.stringify([{ t: 'privacy_key', id: row.id, b: null, a: row }]), replica: 'old-esiti', hlc: `${nowIso()}-0000-0000000000000000`, origin: 'remote', author: null, scope: null }
    const s = await connectTeamServer(parseTeamUrl(server.url('anna')))
    try {
      await pushOps(s, anna.project.meta('team.project')!, [{ ...new Outbox(anna.project).toServer(op, s.role, null)[0], changes: JSON.stringify({ schema: LATEST_MIGRATION, changes: JSON.parse(op.changes) }) }])
    } finally {
      await s.close()
    }
    await syncProject(bruno)
    expect(bruno.project.sqlite.prepare('SELECT COUNT(*) n FROM privacy_key').get()).toEqual(ownKeys)
  })
})
