import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mutate, undo } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember } from '../../../src/main/services/sync/team-status'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { insertCode, insertCoding, insertMemo } from '../../../src/main/services/team/rows'
import { newProject, seed, tempDir, type Seeded } from '../team/helpers'
import { killMidway } from './kill'
import { conflictList, firstDifference, rng, syncedContent } from './members'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

/**
 * The soak test of issue 18: three members make 2,000 operations each (codings, deletions,
 * renames of shared codes, memos, new codes, undos), in rounds; after each round they sync in a
 * random order, some through `esiti team sync` in a child process killed with SIGKILL at a random
 * moment (the server ending the member's connections at once). At the end everyone syncs until
 * nothing moves: every operation is on the server once and every copy holds the same rows.
 */
const OPS_PER_MEMBER = 2000
const ROUNDS = 4
const TEXT = 'Il progetto ha cambiato il modo di lavorare: smart working, coworking, servizi di prossimità. '.repeat(40)

interface Member {
  name: string
  actor: string
  file: string
  /** Operations this member recorded (counted on its copy as it worked). */
  recorded: number
  /** Its operations before publishing (Anna's seed, part of the baseline, not an operation on the server). */
  base: number
}

describe.skipIf(SKIP_PG)('soak: 3 members × 2,000 operations, random sync order and kills', () => {
  let server: TestServer
  let ids: Seeded
  let members: Member[]

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno', 'carla'])
    const dir = tempDir()
    const p = await newProject(dir, 'anna.esiti')
    ids = seed(p.ctx, {
      coders: ['Anna', 'Bruno', 'Carla'],
      codes: Array.from({ length: 12 }, (_, i) => `Codice ${i + 1}`),
      sources: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`Intervista ${i + 1}`, TEXT]))
    })
    await publishProject(p.ctx, server.url('anna'))
    await changeMember(p.ctx, 'add', server.role('bruno'), 'Bruno')
    await changeMember(p.ctx, 'add', server.role('carla'), 'Carla')
    p.close()
    members = [{ name: 'anna', actor: 'Anna', file: p.file, recorded: 0, base: 1 }]
    for (const [name, actor] of [
      ['bruno', 'Bruno'],
      ['carla', 'Carla']
    ])
      members.push({ name, actor, recorded: 0, base: 0, file: (await joinProject(server.url(name), path.join(dir, `${name}.esiti`), { actor })).project })
  }, 120_000)
  afterAll(async () => {
    await server?.drop()
  })

  const localOps = (ctx: Ctx): number => (ctx.project.sqlite.prepare("SELECT COUNT(*) n FROM op_log WHERE origin = 'local' AND hlc IS NOT NULL").get() as { n: number }).n

  /** `n` operations of one member on its own copy (an uncode with nothing of one's own to remove records none). */
  function work(ctx: Ctx, m: Member, rand: () => number, n: number): void {
    const db = ctx.project.sqlite
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]
    const meta = (kind: string) => ({ actor: m.actor, kind: `soak.${kind}`, summary: { key: 'legacy.text', params: { text: kind } } })
    let canUndo = false
    for (let i = 0; i < n; i++) {
      const r = rand()
      const codes = (db.prepare('SELECT id FROM codes').all() as { id: string }[]).map((c) => c.id)
      if (r < 0.05 && canUndo) {
        undo(ctx.project, m.actor)
        canUndo = false
        continue
      }
      canUndo = true
      if (r < 0.7 || codes.length === 0) {
        const start = Math.floor(rand() * (TEXT.length - 200))
        const end = start + 5 + Math.floor(rand() * 150)
        mutate(ctx.project, meta('code'), (w) =>
          insertCoding(w, { sourceId: pick(Object.values(ids.sources)), codeId: codes.length ? pick(codes) : ids.codes['Codice 1'], coderId: ids.coders[m.actor], start, end, quote: TEXT.slice(start, end) })
        )
      } else if (r < 0.8) {
        const mine = db.prepare('SELECT id FROM codings WHERE coder_id = ? ORDER BY random() LIMIT 1').get(ids.coders[m.actor]) as { id: string } | undefined
        if (mine) mutate(ctx.project, meta('uncode'), (w) => w.remove('codings', mine.id))
        else canUndo = false
      } else if (r < 0.9) {
        // Shared codes renamed by everyone: concurrent edits of the same field.
        mutate(ctx.project, meta('rename'), (w) => w.update('codes', pick(codes), { definition: `${m.actor} ${i}` }))
      } else if (r < 0.97) {
        mutate(ctx.project, meta('memo'), (w) => insertMemo(w, { targetKind: 'code', targetId: pick(codes), title: `${m.actor} ${i}`, body: 'nota' }))
      } else if (r < 0.995) {
        mutate(ctx.project, meta('newcode'), (w) => insertCode(w, { name: `${m.actor} ${Math.floor(rand() * 1e9)}` }))
      } else {
        // Rarely, a member deletes a code the others are coding with: work set aside, listed.
        mutate(ctx.project, meta('delcode'), (w) => w.remove('codes', pick(codes)))
      }
    }
  }

  it('all converge, every operation on the server exactly once', async () => {
    const rand = rng(2026)
    let kills = 0
    let cut = 0
    for (let round = 0; round < ROUNDS; round++) {
      for (const m of members) {
        const ctx = makeCtx(await openProjectFile(m.file, { actor: m.actor }), m.actor)
        try {
          work(ctx, m, rand, OPS_PER_MEMBER / ROUNDS)
          m.recorded = localOps(ctx) - m.base
        } finally {
          ctx.project.close()
        }
      }
      const order = [...members].sort(() => rand() - 0.5)
      for (const m of order) {
        if (rand() < 0.6) {
          // Killed at a random moment: before connecting, while pushing, or while pulling.
          const t0 = Date.now()
          const after = 100 + rand() * 1500
          kills++
          if (await killMidway(m.file, server, server.role(m.name), async () => Date.now() - t0 > after)) cut++
        }
        if (rand() < 0.7) {
          const ctx = makeCtx(await openProjectFile(m.file, { actor: m.actor }), m.actor)
          try {
            await syncProject(ctx)
          } finally {
            ctx.project.close()
          }
        }
      }
    }
    expect(kills).toBeGreaterThan(0)
    expect(cut).toBeGreaterThan(0)

    const ctxs = await Promise.all(members.map(async (m) => makeCtx(await openProjectFile(m.file, { actor: m.actor }), m.actor)))
    try {
      for (let pass = 0; pass < 2; pass++) for (const c of ctxs) await syncProject(c)
      for (const c of ctxs) expect(await syncProject(c)).toMatchObject({ pushed: 0, pulled: 0, waiting: 0 })
      // Nothing a member recorded was lost by the kills, and each made close to 2,000 operations.
      const made = ctxs.map((c, i) => localOps(c) - members[i].base)
      expect(made).toEqual(members.map((m) => m.recorded))
      for (const n of made) expect(n).toBeGreaterThan(OPS_PER_MEMBER * 0.95)
      const total = made.reduce((a, b) => a + b, 0)
      const onServer = (await server.admin('SELECT COUNT(*) n, COUNT(DISTINCT op_id) d FROM esiti.ops WHERE scope IS NULL')).rows[0]
      expect(Number(onServer.n)).toBe(total)
      expect(Number(onServer.d)).toBe(total)
      // Every copy holds every operation once (its own and the others' pulled ones).
      ctxs.forEach((c, i) => expect((c.project.sqlite.prepare("SELECT COUNT(*) n FROM op_log WHERE origin <> 'baseline' AND hlc IS NOT NULL").get() as { n: number }).n).toBe(total + members[i].base))
      const ref = syncedContent(ctxs[0], { reviewOnly: true })
      expect((ref.codings as unknown[]).length).toBeGreaterThan(1000)
      for (const c of ctxs.slice(1)) {
        const diff = firstDifference(ref, syncedContent(c, { reviewOnly: true }))
        expect(diff, String(diff)).toBeNull()
      }
      // Concurrent edits of shared codes were met and listed (for the record) on every copy; the
      // conflicts that need a person are the same list everywhere.
      for (const c of ctxs) expect(conflictList(c).some((x) => x.kind === 'field')).toBe(true)
      const listed = conflictList(ctxs[0], { reviewOnly: true })
      expect(listed.some((c) => c.kind === 'parent_deleted')).toBe(true)
      for (const c of ctxs.slice(1)) expect(conflictList(c, { reviewOnly: true })).toEqual(listed)
    } finally {
      for (const c of ctxs) c.project.close()
    }
  }, 600_000)
})
