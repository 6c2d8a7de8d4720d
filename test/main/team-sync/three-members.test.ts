import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seed'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { deleteCode, updateCode } from '../../../src/main/services/coding/codes'
import { applyCode } from '../../../src/main/services/coding/codings'
import { resolveConflict } from '../../../src/main/services/sync/conflict-review'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember } from '../../../src/main/services/sync/team-status'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { newProject, tempDir } from '../team/helpers'
import { agreementFigures, conflictList, permutations, rng, syncedContent } from './members'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

/**
 * The multi-member scenario on a real PostgreSQL: three members code the MIRE demo in
 * parallel, one of them offline for a while, sync in every order, and end with identical projects
 * (every synced table, the agreement figures computed by the agreement service) and the same list
 * of conflicts (a code deleted while another coded with it, a code renamed by two members).
 */
interface Member {
  name: string
  coder: string
  ctx: Ctx
}

const opened: Ctx[] = []
async function open(file: string, actor: string): Promise<Ctx> {
  const ctx = makeCtx(await openProjectFile(file, { actor }), actor)
  opened.push(ctx)
  return ctx
}

/** `n` codings by this member's coder on random passages of the demo's interviews (not the hidden original the demo keeps of its pseudonymised interview). */
function codeSome(m: Member, rand: () => number, n: number, except: string[] = []): number {
  const sources = m.ctx.project.sqlite.prepare('SELECT id, length(text) len FROM sources WHERE deleted_at IS NULL AND length(text) > 200 ORDER BY id').all() as { id: string; len: number }[]
  const codes = (m.ctx.project.sqlite.prepare('SELECT id FROM codes ORDER BY id').all() as { id: string }[]).map((c) => c.id).filter((c) => !except.includes(c))
  let made = 0
  for (let i = 0; i < n; i++) {
    const s = sources[Math.floor(rand() * sources.length)]
    const start = Math.floor(rand() * (s.len - 120))
    const end = start + 20 + Math.floor(rand() * 100)
    try {
      applyCode(m.ctx, { sourceId: s.id, codeId: codes[Math.floor(rand() * codes.length)], coder: m.coder, start, end })
      made++
    } catch (e) {
      // the same passage with the same code twice is refused (a duplicate), not an error here
      if (!/duplicate|already/i.test(String((e as Error).message)) && (e as { key?: string }).key !== 'coding.duplicate') throw e
    }
  }
  return made
}

function setOffline(ctx: Ctx, offline: boolean, good: string): void {
  const u = new URL(good)
  if (offline) u.port = '1'
  ctx.project.stmt("UPDATE meta SET value = ? WHERE id = 'team.server'").run(u.toString())
}

describe.skipIf(SKIP_PG)('three members code the demo in parallel and converge', () => {
  let server: TestServer
  let anna: Member
  let bruno: Member
  let carla: Member

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno', 'carla'])
    const dir = tempDir()
    const lead = await newProject(dir, 'anna.esiti')
    await seedDemo(lead.ctx)
    lead.close()
    const a = await open(lead.file, 'Anna')
    await publishProject(a, server.url('anna'))
    await changeMember(a, 'add', server.role('bruno'), 'Bruno')
    await changeMember(a, 'add', server.role('carla'), 'Carla')
    const b = await joinProject(server.url('bruno'), path.join(dir, 'bruno.esiti'), { actor: 'Bruno' })
    const c = await joinProject(server.url('carla'), path.join(dir, 'carla.esiti'), { actor: 'Carla' })
    anna = { name: 'anna', coder: 'Giulia', ctx: a }
    bruno = { name: 'bruno', coder: 'Marco', ctx: await open(b.project, 'Bruno') }
    carla = { name: 'carla', coder: 'Carla', ctx: await open(c.project, 'Carla') }
  }, 120_000)
  afterAll(async () => {
    for (const c of opened) c.project.close()
    await server?.drop()
  })

  it('every order of syncing, one member offline for two rounds, ends with identical projects and the conflicts listed', async () => {
    const members = [anna, bruno, carla]
    expect(syncedContent(bruno.ctx)).toEqual(syncedContent(anna.ctx))
    const rand = rng(18)
    const codes = anna.ctx.project.sqlite.prepare('SELECT id, name FROM codes WHERE parent_id IS NOT NULL ORDER BY id').all() as { id: string; name: string }[]
    const doomed = codes[0]
    const renamed = codes[1]
    const carlaServer = carla.ctx.project.meta('team.server')!
    let codedTotal = 0
    let demoCodings = 0

    const orders = permutations(members)
    for (const [round, order] of orders.entries()) {
      // Carla is offline for the first two rounds: her work piles up and her syncs fail cleanly.
      const offline = round < 2
      setOffline(carla.ctx, offline, carlaServer)
      for (const m of members) codedTotal += codeSome(m, rand, 6, [doomed.id])
      if (round === 0) {
        // Anna deletes a code while Bruno (not yet synced) and offline Carla code with it.
        applyCode(bruno.ctx, { sourceId: firstSource(bruno.ctx), codeId: doomed.id, coder: 'Marco', start: 0, end: 30 })
        applyCode(carla.ctx, { sourceId: firstSource(carla.ctx), codeId: doomed.id, coder: 'Carla', start: 10, end: 50 })
        demoCodings = (anna.ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM codings WHERE code_id = ?').get(doomed.id) as { n: number }).n
        deleteCode(anna.ctx, doomed.id)
        // Bruno and (offline) Carla rename the same code without seeing each other's change.
        updateCode(bruno.ctx, renamed.id, { name: `${renamed.name} (Bruno)` })
        updateCode(carla.ctx, renamed.id, { name: `${renamed.name} (Carla)` })
      }
      for (const m of order)
        if (m === carla && offline) await expect(syncProject(m.ctx)).rejects.toMatchObject({ code: 'OFFLINE' })
        else await syncProject(m.ctx)
    }
    // A last round in which nobody works, so everyone has seen everyone's last push.
    for (const m of members) await syncProject(m.ctx)
    for (const m of members) expect(await syncProject(m.ctx)).toMatchObject({ pushed: 0, pulled: 0 })

    expect(codedTotal).toBeGreaterThan(90)
    const ref = syncedContent(anna.ctx)
    expect(syncedContent(bruno.ctx)).toEqual(ref)
    expect(syncedContent(carla.ctx)).toEqual(ref)
    const coders = ['Giulia', 'Marco', 'Carla']
    const figures = agreementFigures(anna.ctx, coders)
    expect((figures as { kappa: number | null }).kappa).not.toBeNull()
    expect(agreementFigures(bruno.ctx, coders)).toEqual(figures)
    expect(agreementFigures(carla.ctx, coders)).toEqual(figures)

    // The conflicts: the same list, under the same ids, on every copy.
    const listed = conflictList(anna.ctx)
    expect(conflictList(bruno.ctx)).toEqual(listed)
    expect(conflictList(carla.ctx)).toEqual(listed)
    const aside = listed.filter((c) => c.kind === 'parent_deleted' && c.tbl === 'codes' && c.row_id === doomed.id)
    expect(aside).toHaveLength(1)
    // Both members' codings with the deleted code are set aside (kept), not dropped.
    const kept = anna.ctx.project.sqlite.prepare("SELECT COUNT(*) n FROM sync_aside WHERE conflict_id = ? AND tbl = 'codings'").get(aside[0].id) as { n: number }
    expect(kept.n).toBe(2)
    expect(listed.some((c) => c.kind === 'field' && c.row_id === renamed.id)).toBe(true)
    const name = (anna.ctx.project.sqlite.prepare('SELECT name FROM codes WHERE id = ?').get(renamed.id) as { name: string }).name
    expect([`${renamed.name} (Bruno)`, `${renamed.name} (Carla)`]).toContain(name)

    // The lead restores the deleted code; the resolution syncs and everyone has it back with the
    // codings its deletion took and both members' codings that were set aside.
    resolveConflict(anna.ctx, aside[0].id, 'restore')
    for (const m of [anna, carla, bruno]) await syncProject(m.ctx)
    for (const m of members) {
      expect(m.ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM codings WHERE code_id = ?').get(doomed.id)).toEqual({ n: demoCodings + 2 })
      expect(conflictList(m.ctx).find((c) => c.id === aside[0].id)?.resolution).toBe('restore')
    }
    expect(syncedContent(bruno.ctx)).toEqual(syncedContent(anna.ctx))
    expect(syncedContent(carla.ctx)).toEqual(syncedContent(anna.ctx))
    expect(agreementFigures(carla.ctx, coders)).toEqual(agreementFigures(anna.ctx, coders))
  }, 300_000)
})

function firstSource(ctx: Ctx): string {
  return (ctx.project.sqlite.prepare('SELECT id FROM sources WHERE deleted_at IS NULL AND length(text) > 200 ORDER BY id LIMIT 1').get() as { id: string }).id
}
