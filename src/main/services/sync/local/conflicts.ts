import { createHash } from 'node:crypto'
import type { ProjectFile } from '../../../db/project-file'
import { hasMessage, msg, type Msg, type MessageKey } from '../../../../shared/messages'

/**
 * Conflicts a sync finds. Each has an id derived from what it is about (kind and rows), so every
 * member's copy lists the same conflict under the same id, whatever order the operations arrived
 * in; a person's resolution is an ordinary operation on that row and syncs like any other.
 * `review` 1: needs a person (work set aside, a duplicate name); 0: decided by rule and kept in the
 * list for the record (a field edited by two members, resolved by clock with both values kept).
 */
export type ConflictKind = 'parent_deleted' | 'edit_of_deleted' | 'field' | 'renamed' | 'joined' | 'unique_aside' | 'duplicate'

export function conflictId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** What a table's rows are called, as a message. */
export function entityOf(table: string): Msg {
  const key = `sync.entity.${table}` as MessageKey
  return hasMessage(key) ? msg(key) : msg('sync.entity.row', { table })
}

/** A row's name for people: its name, title, code or quote, else its id. */
export function labelOf(row: Record<string, unknown> | null | undefined): string {
  if (!row) return '?'
  for (const k of ['name', 'title', 'code', 'quote', 'number', 'text']) {
    const v = row[k]
    if (typeof v === 'string' && v.trim()) return v.length > 80 ? v.slice(0, 77) + '…' : v
    if (typeof v === 'number') return String(v)
  }
  return String(row.id ?? '?').slice(0, 8)
}

/** What a conflict is, as found by a sync and as listed afterwards. */
interface ConflictBase {
  id: string
  kind: ConflictKind
  tbl: string
  rowId: string
  review: boolean
  message: Msg
  detail: Record<string, unknown>
}

/** A conflict as a sync finds it, with the clock of the operation that found it. */
export interface NewConflict extends ConflictBase {
  hlc: string
}

/** Detail with its keys in order: copies that found the parts in another order store the same text. */
const sortedJson = (o: Record<string, unknown>): string => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))

/**
 * Lists a conflict once; later finds of the same conflict add to its detail, and the one with the
 * earliest clock words it, so the row does not depend on the order the operations arrived in.
 */
export function raiseConflict(project: ProjectFile, c: NewConflict): void {
  const existing = project.stmt('SELECT detail, message, first_hlc FROM sync_conflicts WHERE id = ?').get(c.id) as
    | { detail: string; message: string; first_hlc: string | null }
    | undefined
  if (existing) {
    // The earliest finding words the conflict (e.g. the first of two members who deleted a code).
    const earlier = existing.first_hlc === null || c.hlc < existing.first_hlc
    const old = JSON.parse(existing.detail) as Record<string, unknown>
    const merged = earlier ? { ...old, ...c.detail } : { ...c.detail, ...old }
    project
      .stmt('UPDATE sync_conflicts SET detail = ?, message = ?, first_hlc = ? WHERE id = ?')
      .run(sortedJson(merged), earlier ? JSON.stringify(c.message) : existing.message, earlier ? c.hlc : existing.first_hlc, c.id)
    return
  }
  project
    .stmt(
      `INSERT INTO sync_conflicts (id, kind, tbl, row_id, review, message, detail, first_hlc, detected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(c.id, c.kind, c.tbl, c.rowId, c.review ? 1 : 0, JSON.stringify(c.message), sortedJson(c.detail), c.hlc, new Date().toISOString())
}

/** A conflict as the project lists it. */
export interface ConflictRow extends ConflictBase {
  firstHlc: string | null
  detectedAt: string
  resolvedAt: string | null
  resolvedBy: string | null
  resolution: string | null
  /** Rows set aside by this conflict (work kept for a person to restore). */
  setAside: number
}

export function listConflicts(project: ProjectFile, opts: { open?: boolean; review?: boolean; limit?: number } = {}): ConflictRow[] {
  const where: string[] = []
  if (opts.open) where.push('c.resolved_at IS NULL')
  if (opts.review !== undefined) where.push(`c.review = ${opts.review ? 1 : 0}`)
  const rows = project.sqlite
    .prepare(
      `SELECT c.*, (SELECT COUNT(*) FROM sync_aside a WHERE a.conflict_id = c.id) AS aside FROM sync_conflicts c
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY c.review DESC, c.first_hlc, c.id LIMIT ?`
    )
    .all(opts.limit ?? 10_000) as Record<string, unknown>[]
  return rows.map((r) => ({
    id: r.id as string,
    kind: r.kind as ConflictKind,
    tbl: r.tbl as string,
    rowId: r.row_id as string,
    review: r.review === 1,
    message: JSON.parse(r.message as string) as Msg,
    detail: JSON.parse(r.detail as string) as Record<string, unknown>,
    firstHlc: (r.first_hlc as string | null) ?? null,
    detectedAt: r.detected_at as string,
    resolvedAt: (r.resolved_at as string | null) ?? null,
    resolvedBy: (r.resolved_by as string | null) ?? null,
    resolution: (r.resolution as string | null) ?? null,
    setAside: Number(r.aside)
  }))
}

export function openConflictCount(project: ProjectFile): number {
  return (project.stmt('SELECT COUNT(*) n FROM sync_conflicts WHERE resolved_at IS NULL AND review = 1').get() as { n: number }).n
}
