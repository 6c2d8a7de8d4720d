import { msg, type MessageKey } from '../../../shared/messages'
import { EsitiError } from '../../../shared/errors'
import { decode, mutate, type Change, type Writer } from '../../db/op-log'
import type { TableName } from '../../db/schema'
import { nowIso } from '../../db/ids'
import type { Ctx } from '../context'
import { listConflicts, type ConflictRow } from './local/conflicts'
import { q, tableInfo } from './local/schema-info'

type Row = Record<string, unknown>

export type Resolution = 'restore' | 'discard' | 'keep' | 'use-other'

/** The undo entry of each resolution. */
const RESOLVE_SUMMARY = {
  restore: 'sync.op.resolveRestore',
  discard: 'sync.op.resolveDiscard',
  keep: 'sync.op.resolveKeep',
  'use-other': 'sync.op.resolveUseOther'
} as const satisfies Record<Resolution, MessageKey>

/** Which resolutions each kind of conflict offers. */
export const RESOLUTIONS: Record<ConflictRow['kind'], Resolution[]> = {
  parent_deleted: ['restore', 'discard'],
  unique_aside: ['discard'],
  field: ['keep', 'use-other'],
  renamed: ['keep'],
  duplicate: ['keep'],
  joined: ['keep'],
  edit_of_deleted: ['keep']
}

/** Inserts rows whose parents are in place first, until none is left or none can go in. */
function insertInDependencyOrder(w: Writer, rows: { t: string; row: Row }[]): void {
  let left = rows
  while (left.length) {
    const next: typeof left = []
    for (const r of left) {
      const info = tableInfo(w.project, r.t)
      const ready = (info?.parents ?? []).every((fk) => {
        const v = r.row[fk.column]
        return v === null || v === undefined || w.project.stmt(`SELECT 1 FROM ${q(fk.parent)} WHERE id = ?`).get(v) !== undefined
      })
      if (ready) {
        if (!w.project.stmt(`SELECT 1 FROM ${q(r.t)} WHERE id = ?`).get(r.row.id)) w.insert(r.t as TableName, r.row)
      } else next.push(r)
    }
    if (next.length === left.length) throw new EsitiError('CONFLICT', 'sync.cannotRestore', { count: next.length })
    left = next
  }
}

/**
 * A person's decision on a conflict, as one undoable operation that syncs: the resolution is
 * written on the conflict's row (every copy lists it under the same id), with whatever it restores.
 * `restore` brings back what another member deleted (the row and everything its deletion took)
 * and the work set aside under it; `discard` lets the set-aside work go; `use-other` writes the
 * value that lost to the clock.
 */
export function resolveConflict(ctx: Ctx, id: string, action: Resolution): ConflictRow {
  const c = listConflicts(ctx.project).find((x) => x.id === id)
  if (!c) throw new EsitiError('NOT_FOUND', 'sync.conflictNotFound', { id })
  if (c.resolvedAt) throw new EsitiError('CONFLICT', 'sync.conflictResolved', { id, by: c.resolvedBy ?? '?' })
  if (!RESOLUTIONS[c.kind].includes(action)) throw new EsitiError('INVALID_INPUT', 'sync.badResolution', { action, allowed: RESOLUTIONS[c.kind].join(', ') })
  const db = ctx.project.sqlite
  mutate(ctx.project, { actor: ctx.actor, kind: 'sync.resolve', summary: msg(RESOLVE_SUMMARY[action]) }, (w) => {
    db.pragma('defer_foreign_keys = ON')
    if (c.kind === 'parent_deleted' && action === 'restore') {
      const tomb = db.prepare('SELECT deleted_op FROM tombstones WHERE tbl = ? AND row_id = ?').get(c.tbl, c.rowId) as { deleted_op: string | null } | undefined
      const deletedBy = tomb?.deleted_op ? (db.prepare('SELECT changes FROM op_log WHERE id = ?').get(tomb.deleted_op) as { changes: string } | undefined) : undefined
      const gone: { t: string; row: Row }[] = []
      // Everything the deletion took, parents first (it deleted children first).
      for (const ch of deletedBy ? ([...(JSON.parse(deletedBy.changes) as Change[])].reverse()) : [])
        if (ch.a === null && ch.b) {
          const t = db.prepare('SELECT row, restored_hlc, deleted_hlc FROM tombstones WHERE tbl = ? AND row_id = ?').get(ch.t, ch.id) as
            | { row: string; restored_hlc: string | null; deleted_hlc: string }
            | undefined
          if (t && (t.restored_hlc === null || t.restored_hlc < t.deleted_hlc)) gone.push({ t: ch.t, row: decode(JSON.parse(t.row) as Row) })
        }
      if (!gone.some((g) => g.t === c.tbl && g.row.id === c.rowId)) {
        const t = db.prepare('SELECT row FROM tombstones WHERE tbl = ? AND row_id = ?').get(c.tbl, c.rowId) as { row: string } | undefined
        if (t) gone.unshift({ t: c.tbl, row: decode(JSON.parse(t.row) as Row) })
      }
      const aside = (db.prepare('SELECT tbl, row FROM sync_aside WHERE conflict_id = ?').all(c.id) as { tbl: string; row: string }[]).map((a) => ({
        t: a.tbl,
        row: decode(JSON.parse(a.row) as Row)
      }))
      db.prepare('DELETE FROM sync_aside WHERE conflict_id = ?').run(c.id)
      insertInDependencyOrder(w, [...gone, ...aside])
    } else if (action === 'discard') {
      db.prepare('DELETE FROM sync_aside WHERE conflict_id = ?').run(c.id)
    } else if (c.kind === 'field' && action === 'use-other') {
      const field = String(c.detail.field)
      if (db.prepare(`SELECT 1 FROM ${q(c.tbl)} WHERE id = ?`).get(c.rowId))
        w.update(c.tbl as TableName, c.rowId, { [field]: decode({ v: c.detail.other }).v })
    }
    w.update('sync_conflicts' as TableName, c.id, { resolved_at: nowIso(), resolved_by: ctx.actor, resolution: action })
  })
  return listConflicts(ctx.project).find((x) => x.id === id)!
}
