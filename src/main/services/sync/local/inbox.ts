import { EsitiError } from '../../../../shared/errors'
import { runHooks, type Change } from '../../../db/op-log'
import type { ProjectFile } from '../../../db/project-file'
import { MIGRATIONS } from '../../../db/migrations'
import { isHlc } from '../../../db/hlc'
import { clockOf } from '../../../db/replica'
import type { ServerOp } from '../server/api'
import { Applier, type SyncChange } from './apply'
import { Books } from './bookkeeping'
import { compactForLog, type Envelope } from './outbox'
import { setSyncMeta, syncMeta } from './sync-meta'
import { rebuildAfterSync } from '../../survey/clean/after-sync'

/**
 * Records the clock of every write this copy made since the last sync, before other members'
 * operations are compared with them. Done here rather than at each write, so that working alone
 * costs nothing.
 */
export function stampLocalWrites(project: ProjectFile): number {
  const from = Number(syncMeta(project, 'stamped_seq') ?? 0)
  const rows = project
    .stmt("SELECT seq, id, hlc, changes FROM op_log WHERE seq > ? AND origin = 'local' AND hlc IS NOT NULL ORDER BY seq")
    .all(from) as { seq: number; id: string; hlc: string; changes: string }[]
  const books = new Books(project)
  for (const r of rows) {
    const s = { hlc: r.hlc, op: r.id }
    for (const c of JSON.parse(r.changes) as Change[]) {
      if (c.b === null && c.a) books.stamp(c.t, c.id, '*', s)
      else if (c.a) for (const k of Object.keys(c.a)) books.stamp(c.t, c.id, k, s)
    }
  }
  const last = rows.at(-1)?.seq
  if (last !== undefined) setSyncMeta(project, 'stamped_seq', String(last))
  return rows.length
}

export function parseEnvelope(op: ServerOp): Envelope {
  let env: Envelope
  try {
    env = JSON.parse(op.changes) as Envelope
  } catch {
    throw new EsitiError('CORRUPT_FILE', 'sync.badOperation', { op: op.opId, seq: op.seq })
  }
  if (!env || !Array.isArray(env.changes) || typeof env.schema !== 'string' || !isHlc(op.hlc))
    throw new EsitiError('CORRUPT_FILE', 'sync.badOperation', { op: op.opId, seq: op.seq })
  // An operation written by a newer Esiti may touch columns or tables this one does not have.
  if (!(env.schema in MIGRATIONS)) throw new EsitiError('PROJECT_TOO_NEW', 'sync.memberNewer', { actor: op.actor, schema: env.schema })
  return env
}

export interface BatchResult {
  pulled: number
  skipped: number
  parked: number
  aside: number
}

const roleOf = (kind: string): 'action' | 'undo' | 'redo' => (kind === 'undo' ? 'undo' : kind === 'redo' ? 'redo' : 'action')

/**
 * Applies a batch of pulled operations in one transaction, with the cursor: a sync cut at any
 * point either applied a batch whole, cursor included, or left no trace of it. Operations this copy
 * already has (its own, or a duplicate) only learn their server position.
 */
export function applyBatch(
  project: ProjectFile,
  ops: ServerOp[],
  blobs: Map<string, Buffer>,
  opts: { advanceCursor: boolean }
): BatchResult {
  const result: BatchResult = { pulled: 0, skipped: 0, parked: 0, aside: 0 }
  if (!ops.length) return result
  return project.tx(() => {
    // Rows of one operation may arrive in any order (an import's columns before its variables):
    // foreign keys are checked at commit, and the engine checks parents itself.
    project.sqlite.pragma('defer_foreign_keys = ON')
    stampLocalWrites(project)
    const applier = new Applier(project, blobs)
    const clock = clockOf(project)
    const known = project.stmt('SELECT 1 FROM op_log WHERE id = ? UNION ALL SELECT 1 FROM sync_parts WHERE part_id = ?')
    const learn = project.stmt('UPDATE op_log SET server_seq = ?, pushed = 1 WHERE id = ?')
    const insert = project.stmt(
      `INSERT INTO op_log (id, at, actor, kind, summary, message, changes, state, replica, hlc, origin, role, pushed, server_seq, author, scope)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'done', ?, ?, 'remote', ?, 1, ?, ?, ?)`
    )
    for (const op of ops) {
      if (known.get(op.opId, op.opId)) {
        learn.run(op.seq, op.opId)
        result.skipped++
        continue
      }
      const env = parseEnvelope(op)
      clock.recv(op.hlc)
      const at = new Date(Date.parse(op.hlc.slice(0, 24))).toISOString()
      insert.run(op.opId, at, op.actor, op.kind, op.summary, op.message, JSON.stringify(compactForLog(env.changes)), op.replicaId, op.hlc, roleOf(op.kind), op.seq, op.author, op.scope)
      applier.applyOp({ id: op.opId, hlc: op.hlc, actor: op.actor }, env.changes as SyncChange[])
      result.pulled++
    }
    result.parked = applier.retryParked()
    result.aside = applier.counts.aside
    // Derived data: questionnaires' variables and clean layers first, then any other hook (which
    // then finds them current).
    rebuildAfterSync(project, applier.touched)
    runHooks(project, applier.touched)
    if (opts.advanceCursor) {
      const last = ops.at(-1)!
      setSyncMeta(project, 'cursor', String(last.seq))
      setSyncMeta(project, 'cursor_op', last.opId)
    }
    return result
  })
}
