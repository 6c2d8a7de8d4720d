import type { ProjectFile } from '../../../db/project-file'
import { HLC_ZERO } from '../../../db/hlc'

/**
 * The sync engine's local records (migration 0011), behind small typed helpers: field clocks,
 * tombstones, joined ids, rows set aside by a conflict, changes waiting for a row.
 */

/** A write's position in the total order: its timestamp, then its operation id (ties between copies). */
export interface Stamp {
  hlc: string
  op: string
}
export const ZERO: Stamp = { hlc: HLC_ZERO, op: '' }
export const newer = (a: Stamp, b: Stamp): boolean => a.hlc > b.hlc || (a.hlc === b.hlc && a.op > b.op)
export const maxStamp = (a: Stamp, b: Stamp): Stamp => (newer(a, b) ? a : b)

export interface Tombstone {
  deleted: Stamp
  restored: string | null
  row: Record<string, unknown>
}

export class Books {
  constructor(readonly project: ProjectFile) {}

  /** The clock of a field: its own last write, else the row's insert, else the baseline. */
  fieldClock(t: string, id: string, col: string): Stamp {
    const rows = this.project
      .stmt("SELECT hlc, op_id FROM sync_clock WHERE tbl = ? AND row_id = ? AND col IN (?, '*')")
      .all(t, id, col) as { hlc: string; op_id: string }[]
    let best = ZERO
    for (const r of rows) best = maxStamp(best, { hlc: r.hlc, op: r.op_id })
    return best
  }

  rowClocks(t: string, id: string): Map<string, Stamp> {
    const rows = this.project.stmt('SELECT col, hlc, op_id FROM sync_clock WHERE tbl = ? AND row_id = ?').all(t, id) as {
      col: string
      hlc: string
      op_id: string
    }[]
    return new Map(rows.map((r) => [r.col, { hlc: r.hlc, op: r.op_id }]))
  }

  /** Records a write of `col` ('*' for the whole row at insert) if it is newer than what is recorded. */
  stamp(t: string, id: string, col: string, s: Stamp): void {
    this.project
      .stmt(
        `INSERT INTO sync_clock (tbl, row_id, col, hlc, op_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, op_id = excluded.op_id
         WHERE excluded.hlc > sync_clock.hlc OR (excluded.hlc = sync_clock.hlc AND excluded.op_id > sync_clock.op_id)`
      )
      .run(t, id, col, s.hlc, s.op)
  }

  tombstone(t: string, id: string): Tombstone | null {
    const r = this.project.stmt('SELECT deleted_hlc, deleted_op, restored_hlc, row FROM tombstones WHERE tbl = ? AND row_id = ?').get(t, id) as
      | { deleted_hlc: string; deleted_op: string | null; restored_hlc: string | null; row: string }
      | undefined
    if (!r) return null
    return { deleted: { hlc: r.deleted_hlc, op: r.deleted_op ?? '' }, restored: r.restored_hlc, row: JSON.parse(r.row) as Record<string, unknown> }
  }

  /** Deleted now: a tombstone not followed by a later restore. */
  isDeleted(t: string, id: string): boolean {
    const tomb = this.tombstone(t, id)
    return !!tomb && (tomb.restored === null || tomb.restored < tomb.deleted.hlc)
  }

  bury(t: string, id: string, s: Stamp, row: Record<string, unknown>): void {
    this.project
      .stmt(
        `INSERT INTO tombstones (tbl, row_id, deleted_hlc, deleted_op, restored_hlc, row, deleted_at) VALUES (?, ?, ?, ?, NULL, ?, ?)
         ON CONFLICT (tbl, row_id) DO UPDATE SET deleted_hlc = excluded.deleted_hlc, deleted_op = excluded.deleted_op, row = excluded.row,
           deleted_at = excluded.deleted_at
         WHERE excluded.deleted_hlc > tombstones.deleted_hlc`
      )
      .run(t, id, s.hlc, s.op, JSON.stringify(row), new Date().toISOString())
  }

  markRestored(t: string, id: string, hlc: string): void {
    this.project
      .stmt('UPDATE tombstones SET restored_hlc = ? WHERE tbl = ? AND row_id = ? AND (restored_hlc IS NULL OR restored_hlc < ?)')
      .run(hlc, t, id, hlc)
  }

  /** Where an id joined into another row now lives (itself when it was never joined). */
  alias(t: string, id: string): string {
    let cur = id
    for (let i = 0; i < 8; i++) {
      const r = this.project.stmt('SELECT to_id FROM sync_alias WHERE tbl = ? AND from_id = ?').get(t, cur) as { to_id: string } | undefined
      if (!r) return cur
      cur = r.to_id
    }
    return cur
  }

  join(t: string, from: string, to: string): void {
    this.project.stmt('INSERT OR REPLACE INTO sync_alias (tbl, from_id, to_id) VALUES (?, ?, ?)').run(t, from, to)
  }

  aside(t: string, id: string): { conflict: string; row: Record<string, unknown> } | null {
    const r = this.project.stmt('SELECT conflict_id, row FROM sync_aside WHERE tbl = ? AND row_id = ?').get(t, id) as
      | { conflict_id: string; row: string }
      | undefined
    return r ? { conflict: r.conflict_id, row: JSON.parse(r.row) as Record<string, unknown> } : null
  }

  putAside(t: string, id: string, conflict: string, row: Record<string, unknown>): void {
    this.project.stmt('INSERT OR REPLACE INTO sync_aside (tbl, row_id, conflict_id, row) VALUES (?, ?, ?, ?)').run(t, id, conflict, JSON.stringify(row))
  }

  dropAside(t: string, id: string): void {
    this.project.stmt('DELETE FROM sync_aside WHERE tbl = ? AND row_id = ?').run(t, id)
  }

  exists(t: string, id: string, q: (s: string) => string): boolean {
    return this.project.stmt(`SELECT 1 FROM ${q(t)} WHERE id = ?`).get(id) !== undefined
  }
}
