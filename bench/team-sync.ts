import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { seedDemo } from '../src/main/demo/seed'
import { mutate } from '../src/main/db/op-log'
import { openProjectFile } from '../src/main/db/project-file'
import { makeCtx, type Ctx } from '../src/main/services/context'
import { joinProject, publishProject } from '../src/main/services/sync/publish-join'
import { changeMember } from '../src/main/services/sync/team-status'
import { syncProject } from '../src/main/services/sync/team-sync'
import { insertCode, insertCoder, insertCoding, insertSource } from '../src/main/services/team/rows'
import type { Report } from './run'

/**
 * Issue 18's targets on a real PostgreSQL: a sync of 10,000 operations (< 5 s, pushed by one
 * member and pulled by another) and a member joining the demo project (< 10 s). The server is the
 * caller's (ESITI_TEST_PG) or a throw-away cluster started here with scripts/test-postgres.sh.
 * Peer: the same 10,000 operations' payloads written by plain INSERTs in batches of the same size
 * into a table without indexes (the floor of what any sync over that server could do).
 */
const OPS = 10_000
const ROOT = path.resolve(__dirname, '..')
const TEXT = 'Lo smart working ha cambiato l’organizzazione del lavoro e i tempi di conciliazione. '.repeat(60)

async function openCtx(file: string, actor: string): Promise<Ctx> {
  return makeCtx(await openProjectFile(file, { actor }), actor)
}

/** A superuser URL: the caller's cluster, or one started here (stopped by the returned function). */
function cluster(): { url: string; stop: () => void } | null {
  if (process.env.ESITI_TEST_PG) return { url: process.env.ESITI_TEST_PG, stop: () => {} }
  try {
    const out = execFileSync(path.join(ROOT, 'scripts/test-postgres.sh'), ['start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    const url = /ESITI_TEST_PG='([^']+)'/.exec(out)?.[1]
    const dir = /ESITI_TEST_PG_DIR='([^']+)'/.exec(out)?.[1]
    if (!url || !dir) return null
    return { url, stop: () => execFileSync(path.join(ROOT, 'scripts/test-postgres.sh'), ['stop', dir], { stdio: 'ignore' }) }
  } catch {
    return null
  }
}

async function peerInsert(url: string, database: string, payloads: string[]): Promise<number> {
  const u = new URL(url)
  u.pathname = `/${database}`
  const c = new pg.Client({ connectionString: u.toString() })
  await c.connect()
  try {
    await c.query('CREATE TEMP TABLE peer_ops (seq bigserial, op_id text, changes text)')
    const t = performance.now()
    for (let i = 0; i < payloads.length; i += 200) {
      const batch = payloads.slice(i, i + 200)
      const values = batch.map((_, k) => `($${2 * k + 1}, $${2 * k + 2})`).join(',')
      await c.query('BEGIN')
      await c.query(`INSERT INTO peer_ops (op_id, changes) VALUES ${values}`, batch.flatMap((p, k) => [`op-${i + k}`, p]))
      await c.query('COMMIT')
    }
    return performance.now() - t
  } finally {
    await c.end()
  }
}

export async function teamSyncBench(report: Report): Promise<void> {
  const pgc = cluster()
  if (!pgc) {
    console.log('team-sync: skipped — no PostgreSQL (ESITI_TEST_PG unset and scripts/test-postgres.sh could not start a cluster: apt-get install postgresql)')
    return
  }
  process.env.ESITI_TEST_PG = pgc.url
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-sync-'))
  // Loaded here: the module reads ESITI_TEST_PG when it loads.
  const { createTestServer } = await import('../test/main/team-sync/pg')
  const server = await createTestServer(['anna', 'bruno', 'carla'])
  try {
    // ---- 10,000 operations: Anna pushes, Bruno pulls.
    const seedFile = path.join(dir, 'anna.esiti')
    const anna = makeCtx(await openProjectFile(seedFile, { create: true, actor: 'Anna' }), 'Anna')
    const ids = mutate(anna.project, { actor: 'Anna', kind: 'bench.seed', summary: { key: 'legacy.text', params: { text: 'seed' } } }, (w) => ({
      coder: insertCoder(w, { name: 'Anna' }),
      codes: Array.from({ length: 20 }, (_, i) => insertCode(w, { name: `Codice ${i + 1}`, sort: i })),
      sources: Array.from({ length: 10 }, (_, i) => insertSource(w, { name: `Intervista ${i + 1}`, text: TEXT }))
    }))
    await publishProject(anna, server.url('anna'))
    await changeMember(anna, 'add', server.role('bruno'), 'Bruno')
    await changeMember(anna, 'add', server.role('carla'), 'Carla')
    const brunoFile = (await joinProject(server.url('bruno'), path.join(dir, 'bruno.esiti'), { actor: 'Bruno' })).project
    for (let i = 0; i < OPS; i++) {
      // One passage per (code, step): never the same coding twice.
      const start = (Math.floor(i / 20) * 9) % (TEXT.length - 200)
      mutate(anna.project, { actor: 'Anna', kind: 'coding.add', summary: { key: 'legacy.text', params: { text: 'code' } } }, (w) =>
        insertCoding(w, { sourceId: ids.sources[i % 10], codeId: ids.codes[i % 20], coderId: ids.coder, start, end: start + 40 + (i % 100), quote: TEXT.slice(start, start + 40 + (i % 100)) })
      )
    }
    let t = performance.now()
    const pushed = await syncProject(anna)
    const push = performance.now() - t
    anna.project.close()
    const bruno = await openCtx(brunoFile, 'Bruno')
    t = performance.now()
    const pulled = await syncProject(bruno)
    const pull = performance.now() - t
    bruno.project.close()
    if (pushed.pushed !== OPS || pulled.pulled !== OPS) throw new Error(`team-sync bench: pushed ${pushed.pushed}, pulled ${pulled.pulled}, expected ${OPS}`)
    const payloads = (await server.admin('SELECT changes::text c FROM esiti.ops ORDER BY seq DESC LIMIT $1', [OPS])).rows.map((r) => r.c as string)
    const peer = await peerInsert(pgc.url, server.database, payloads)
    report(`team-sync: push ${OPS} operations (codings) to PostgreSQL`, push, 'ms', { target: '< 5000 ms', peer: { name: 'plain INSERTs of the payloads', value: peer } })
    report(`team-sync: pull and apply ${OPS} operations on another copy`, pull, 'ms', { target: '< 5000 ms' })

    // ---- A member joining the demo project.
    const demoFile = path.join(dir, 'demo.esiti')
    const demo = makeCtx(await openProjectFile(demoFile, { create: true, actor: 'Anna' }), 'Anna')
    await seedDemo(demo)
    const s2 = await createTestServer(['lead', 'member'])
    try {
      await publishProject(demo, s2.url('lead'))
      await changeMember(demo, 'add', s2.role('member'), 'Member')
      demo.project.close()
      t = performance.now()
      const joined = await joinProject(s2.url('member'), path.join(dir, 'member.esiti'), { actor: 'Member' })
      const join = performance.now() - t
      report(`team-sync: a member joins the demo project (${(fs.statSync(joined.project).size / 1e6).toFixed(1)} MB)`, join, 'ms', { target: '< 10000 ms' })
    } finally {
      await s2.drop()
    }
  } finally {
    await server.drop()
    fs.rmSync(dir, { recursive: true, force: true })
    pgc.stop()
  }
}
