import type { TeamSyncResultDto } from '../../../shared/ipc/team-server'
import { EsitiError } from '../../../shared/errors'
import type { ProjectFile } from '../../db/project-file'
import { newReplicaId, replicaId, resetClock, setClockOffset, wallNow } from '../../db/replica'
import { checkCancelled, type Ctx } from '../context'
import {
  completeBlobs,
  downloadBlob,
  members,
  opIdsOf,
  projectInfo,
  pullOps,
  pushOps,
  replicaCounts,
  replicaRow,
  scopedOps,
  serverCursorCheck,
  touchReplica,
  uploadBlob,
  type OutgoingOp,
  type ServerOp
} from './server/api'
import { connectTeamServer, serverNow, type TeamServer } from './server/connect'
import { assertServerReady } from './server/migrate'
import { parseTeamUrl } from './server/team-url'
import { applyBatch, parseEnvelope } from './local/inbox'
import { blobRefs, Outbox, pendingLocalOps, type LocalOp } from './local/outbox'
import { openConflictCount } from './local/conflicts'
import { clearSyncMeta, setSyncMeta, syncMeta, teamInfo, type TeamInfo } from './local/sync-meta'

export const APP_VERSION = 'esiti-0.1.0'
const PUSH_BATCH = 200
const PULL_BATCH = 500

/** What a sync did (shared with the window and `--json`: src/shared/ipc/team-server.ts). */
export type SyncResult = TeamSyncResultDto

export function requireTeam(project: ProjectFile): TeamInfo {
  const t = teamInfo(project)
  if (!t) throw new EsitiError('INVALID_INPUT', 'sync.notTeamProject')
  return t
}

/** Connects to the project's team server (credentials from the environment, keychain or pgpass). */
export async function openTeamServer(project: ProjectFile): Promise<{ server: TeamServer; team: TeamInfo }> {
  const team = requireTeam(project)
  const server = await connectTeamServer(parseTeamUrl(team.server, team.project))
  try {
    await assertServerReady(server)
  } catch (e) {
    await server.close()
    throw e
  }
  return { server, team }
}

/**
 * This copy's view of what it pushed: its own operations with a server position, per replica id
 * (compared with the server's counts to find operations the server lost).
 */
function localCounts(project: ProjectFile): Map<string, number> {
  const rows = project.stmt('SELECT replica, COUNT(*) n FROM op_log WHERE server_seq IS NOT NULL GROUP BY replica').all() as { replica: string; n: number }[]
  return new Map(rows.map((r) => [r.replica, r.n]))
}

/**
 * A copy of this file made by hand (or restored from a backup) shares its replica id: if the server
 * has operations of this replica that this copy does not have, the other copy pushed them, and this
 * one takes a new id for what it has not pushed yet, so the two never pass for one.
 */
async function checkTwin(project: ProjectFile, server: TeamServer, team: TeamInfo): Promise<boolean> {
  const me = replicaId(project)
  const row = await replicaRow(server, team.project, me)
  if (!row) return false
  const mine = project
    .stmt("SELECT seq, id FROM op_log WHERE origin = 'local' AND pushed = 1 AND server_seq IS NOT NULL AND replica = ? ORDER BY seq DESC LIMIT 1")
    .get(me) as { seq: number; id: string } | undefined
  const known = row.lastOpId ? project.stmt('SELECT 1 FROM op_log WHERE id = ?').get(row.lastOpId) : true
  const twin = row.lastLocalSeq > (mine?.seq ?? 0) || !known || (mine !== undefined && row.lastLocalSeq === mine.seq && row.lastOpId !== mine.id)
  if (!twin) return false
  const fresh = newReplicaId()
  project.tx(() => {
    project.stmt("UPDATE meta SET value = ? WHERE id = 'replica_id'").run(fresh)
    project.stmt("UPDATE op_log SET replica = ? WHERE origin = 'local' AND pushed = 0").run(fresh)
  })
  resetClock(project)
  return true
}

async function pushBlobs(server: TeamServer, projectId: string, blobs: Map<string, Buffer>): Promise<void> {
  const done = await completeBlobs(server, projectId, [...blobs.keys()])
  for (const [hash, data] of blobs) if (!done.has(hash)) await uploadBlob(server, projectId, data)
}

/** Pushes operations, blobs first; marks them pushed only once the server has them. */
async function pushLocal(project: ProjectFile, server: TeamServer, team: TeamInfo, scope: string | null, rows: LocalOp[]): Promise<number> {
  const outbox = new Outbox(project)
  const outgoing: OutgoingOp[] = []
  for (const r of rows) outgoing.push(...outbox.toServer(r, server.role, scope))
  await pushBlobs(server, team.project, outbox.blobs)
  const seqs = await pushOps(server, team.project, outgoing)
  project.tx(() => {
    const mark = project.stmt('UPDATE op_log SET pushed = 1, server_seq = ? WHERE id = ?')
    const part = project.stmt('INSERT OR IGNORE INTO sync_parts (part_id, op_id) VALUES (?, ?)')
    for (const o of outgoing) {
      const seq = seqs.get(o.opId)
      if (seq === undefined) continue
      const own = rows.find((r) => r.id === o.opId)
      if (own) mark.run(seq, o.opId)
      else if (o.scope) part.run(o.opId, rows.find((r) => r.seq === o.localSeq)!.id)
    }
  })
  const last = rows.at(-1)
  if (last && last.origin === 'local') await touchReplica(server, team.project, replicaId(project), { appVersion: APP_VERSION, pushed: { localSeq: last.seq, opId: last.id } })
  return rows.length
}

/**
 * The server lost operations (a database restored from an older backup): every operation this
 * copy holds that the server no longer has is pushed again, with its original id and timestamp,
 * and the whole log is read again from the start (operations already here are skipped).
 */
async function repair(project: ProjectFile, server: TeamServer, team: TeamInfo, scope: string | null): Promise<number> {
  const theirs = await replicaCounts(server, team.project)
  const ours = localCounts(project)
  let repaired = 0
  for (const [replica, n] of ours) {
    if ((theirs.get(replica) ?? 0) >= n) continue
    const onServer = await opIdsOf(server, team.project, replica)
    const missing = (
      project
        .stmt(
          'SELECT seq, id, at, actor, kind, summary, message, changes, replica, hlc, origin, author, scope FROM op_log WHERE replica = ? AND server_seq IS NOT NULL AND hlc IS NOT NULL ORDER BY seq'
        )
        .all(replica) as LocalOp[]
    ).filter((r) => !onServer.has(r.id))
    for (let i = 0; i < missing.length; i += PUSH_BATCH) {
      const batch = missing.slice(i, i + PUSH_BATCH)
      const outbox = new Outbox(project)
      const outgoing = batch.flatMap((r) => outbox.toServer(r, server.role, scope))
      await pushBlobs(server, team.project, outbox.blobs)
      const seqs = await pushOps(server, team.project, outgoing)
      project.tx(() => {
        for (const [id, seq] of seqs) project.stmt('UPDATE op_log SET server_seq = ? WHERE id = ?').run(seq, id)
      })
      repaired += batch.length
    }
  }
  project.tx(() => {
    setSyncMeta(project, 'cursor', '0')
    clearSyncMeta(project, 'cursor_op')
  })
  return repaired
}

async function fetchBlobs(server: TeamServer, projectId: string, ops: ServerOp[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>()
  for (const op of ops)
    for (const hash of blobRefs(parseEnvelope(op).changes)) if (!blobs.has(hash)) blobs.set(hash, await downloadBlob(server, projectId, hash))
  return blobs
}

/** The last sync's failure, as a message, for `team status` and the window. */
function noteError(project: ProjectFile, e: unknown): void {
  if (e instanceof EsitiError && e.key === 'sync.notTeamProject') return
  try {
    setSyncMeta(project, 'last_error', JSON.stringify({ at: new Date().toISOString(), key: (e as EsitiError).key ?? 'core.internal', params: (e as EsitiError).params ?? { detail: String((e as Error).message) } }))
  } catch {
    // the project may be closing
  }
}

/**
 * One sync: push this copy's operations, then pull and apply everyone else's. Safe to cut at any
 * point (a killed process, a dropped connection): the server keeps one copy of an operation pushed
 * twice, and each pulled batch is applied in one transaction with the cursor.
 */
export async function syncProject(ctx: Ctx, opts: { server?: TeamServer } = {}): Promise<SyncResult> {
  const project = ctx.project
  const own = !opts.server
  let opened: { server: TeamServer; team: TeamInfo }
  try {
    opened = opts.server ? { server: opts.server, team: requireTeam(project) } : await openTeamServer(project)
  } catch (e) {
    noteError(project, e)
    throw e
  }
  const { server, team } = opened
  const result: SyncResult = { pushed: 0, pulled: 0, conflicts: 0, waiting: 0, repaired: 0, newReplica: false, clockOffsetMs: 0 }
  try {
    const info = await projectInfo(server, team.project)
    if (!info) throw new EsitiError('FORBIDDEN', 'sync.notMember', { role: server.role })
    const offset = (await serverNow(server)) - wallNow(project)
    setClockOffset(project, offset)
    result.clockOffsetMs = offset
    const team_ = await members(server, team.project)
    const me = team_.find((m) => m.role === server.role)
    const scope = me?.blind && !me.isLead ? server.role : null
    result.newReplica = await checkTwin(project, server, team)
    ctx.progress.report('sync:push', 0, 1)

    for (;;) {
      checkCancelled(ctx)
      const rows = pendingLocalOps(project, PUSH_BATCH)
      if (!rows.length) break
      result.pushed += await pushLocal(project, server, team, scope, rows)
      ctx.progress.report('sync:push', result.pushed, result.pushed + rows.length)
    }

    let cursor = Number(syncMeta(project, 'cursor') ?? 0)
    const check = await serverCursorCheck(server, team.project, cursor)
    const cursorOp = syncMeta(project, 'cursor_op')
    const lost = cursor > check.maxSeq || (cursor > 0 && cursorOp !== undefined && check.opAtCursor !== cursorOp)
    const counts = lost ? null : await replicaCounts(server, team.project)
    const short = counts ? [...localCounts(project)].some(([r, n]) => (counts.get(r) ?? 0) < n) : true
    if (lost || short) {
      result.repaired = await repair(project, server, team, scope)
      cursor = 0
    }

    // Blind members the lead has revealed since the last sync: their earlier work, now visible.
    const seen = JSON.parse(syncMeta(project, 'revealed') ?? '{}') as Record<string, string>
    const revealed = team_.filter((m) => m.revealedAt && seen[m.role] !== m.revealedAt.toISOString() && m.role !== server.role)
    if (revealed.length) {
      let after = 0
      for (;;) {
        const ops = await scopedOps(server, team.project, revealed.map((m) => m.role), after, cursor, PULL_BATCH)
        if (!ops.length) break
        const r = applyBatch(project, ops, await fetchBlobs(server, team.project, ops), { advanceCursor: false })
        result.pulled += r.pulled
        after = ops.at(-1)!.seq
      }
      for (const m of revealed) seen[m.role] = m.revealedAt!.toISOString()
      setSyncMeta(project, 'revealed', JSON.stringify(seen))
    }

    for (;;) {
      checkCancelled(ctx)
      const ops = await pullOps(server, team.project, cursor, PULL_BATCH)
      if (!ops.length) break
      const r = applyBatch(project, ops, await fetchBlobs(server, team.project, ops), { advanceCursor: true })
      result.pulled += r.pulled
      result.waiting = r.parked
      cursor = ops.at(-1)!.seq
      ctx.progress.report('sync:pull', result.pulled, result.pulled + (ops.length === PULL_BATCH ? PULL_BATCH : 0))
      if (ops.length < PULL_BATCH) break
    }
    await touchReplica(server, team.project, replicaId(project), { appVersion: APP_VERSION })
    project.tx(() => {
      setSyncMeta(project, 'last_sync_at', new Date().toISOString())
      clearSyncMeta(project, 'last_error')
    })
    result.conflicts = openConflictCount(project)
    result.waiting = (project.stmt('SELECT COUNT(*) n FROM sync_parked').get() as { n: number }).n
    ctx.progress.report('sync:done', 1, 1)
    return result
  } catch (e) {
    noteError(project, e)
    throw e
  } finally {
    if (own) await server.close()
  }
}
