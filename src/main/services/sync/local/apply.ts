import type { ProjectFile } from '../../../db/project-file'
import { decode, encode, type Change } from '../../../db/op-log'
import type { TableName } from '../../../db/schema'
import { msg } from '../../../../shared/messages'
import { Books, newer, type Stamp } from './bookkeeping'
import { conflictId, entityOf, labelOf, raiseConflict } from './conflicts'
import { isSynced, q, tableInfo, type TableInfo, type UniqueKey } from './schema-info'
import { JOIN_WHEN_SAME, sameNameRule } from '../identity'

type Row = Record<string, unknown>

/**
 * One change as it travels: the operation log's row change, plus, for an import marker of a table
 * whose rows are bulky (a source, a questionnaire), the full row and the rows it owns (`owned`),
 * with bulky values as blob references resolved before apply.
 */
export interface SyncChange extends Change {
  restore?: boolean
  owned?: { t: string; row: Row }[]
}

export interface RemoteOp {
  id: string
  hlc: string
  actor: string
}

type Outcome = 'applied' | 'ignored' | 'parked' | 'aside'

const isBlobRef = (v: unknown): v is { $blob: string; text?: boolean } =>
  !!v && typeof v === 'object' && typeof (v as { $blob?: unknown }).$blob === 'string'

const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b)
  if (typeof a === 'number' && typeof b === 'string') return String(a) === b
  if (typeof a === 'string' && typeof b === 'number') return a === String(b)
  return false
}

/** Tables whose concurrent edits and deletions are worth a person's look. */
const REVIEWED = new Set(['codes', 'cases', 'sources', 'memos', 'codings', 'indicators', 'datasets', 'attributes', 'report_tables', 'actions'])

/**
 * Applies other members' operations to this copy with deterministic rules, so that every copy that
 * has seen the same operations holds the same rows, whatever order they arrived in:
 *  - rows by UUID; an insert of an id already here is a field-by-field merge;
 *  - each field keeps the value of its newest write (hybrid logical clock, then operation id); an
 *    edit made without seeing the other member's edit of the same field is listed (both values);
 *  - a deleted row stays deleted: a late insert or edit of it is ignored (only an explicit restore,
 *    undo or redo newer than the deletion brings it back);
 *  - a row whose parent another member deleted (a coding of a deleted code) is set aside, whole,
 *    and listed for review — never dropped;
 *  - two rows that claim the same unique name: the same coder or variable are joined; other rows
 *    (cases, sources…) keep the earlier claim's name and the later one is renamed and listed;
 *  - a change to a row that has not arrived yet waits (parked) and is retried.
 */
export class Applier {
  readonly books: Books
  /** Changes applied, per table, for the derived-data hooks (clean layers). */
  readonly touched: Change[] = []
  readonly counts = { applied: 0, ignored: 0, parked: 0, aside: 0 }

  constructor(
    readonly project: ProjectFile,
    private readonly blobs: Map<string, Buffer> = new Map()
  ) {
    this.books = new Books(project)
  }

  private info(t: string): TableInfo {
    const i = tableInfo(this.project, t)
    if (!i) throw new Error(`sync: unknown table ${t}`)
    return i
  }

  private materialize(row: Row): Row {
    const out = decode(row)
    for (const [k, v] of Object.entries(out))
      if (isBlobRef(v)) {
        const data = this.blobs.get(v.$blob)
        if (!data) throw new Error(`sync: blob ${v.$blob.slice(0, 12)} was not fetched`)
        out[k] = v.text ? data.toString('utf8') : data
      }
    return out
  }

  private select(t: string, id: string): Row | undefined {
    return this.project.stmt(`SELECT * FROM ${q(t)} WHERE id = ?`).get(id) as Row | undefined
  }

  /** Only the columns this copy's schema has (an operation from an older Esiti may lack newer ones). */
  private known(t: string, row: Row): Row {
    const cols = this.info(t).columns
    const out: Row = {}
    for (const [k, v] of Object.entries(row)) if (cols.has(k)) out[k] = v
    return out
  }

  private insertRow(t: string, row: Row): void {
    const r = this.known(t, row)
    const cols = Object.keys(r)
    this.project.stmt(`INSERT INTO ${q(t)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => r[c]))
  }

  private writeFields(t: string, id: string, patch: Row): void {
    const r = this.known(t, patch)
    delete r.id
    const cols = Object.keys(r)
    if (!cols.length) return
    this.project.stmt(`UPDATE ${q(t)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE id = ?`).run(...cols.map((c) => r[c]), id)
  }

  applyOp(op: RemoteOp, changes: SyncChange[]): void {
    changes.forEach((c, i) => this.applyChange(op, c, i))
  }

  applyChange(op: RemoteOp, c: SyncChange, idx: number): Outcome {
    if (!isSynced(this.project, c.t)) return this.count('ignored')
    const s: Stamp = { hlc: op.hlc, op: op.id }
    let out: Outcome
    if (c.b === null && c.a !== null) out = this.applyInsert(op, s, c, idx)
    else if (c.a === null && c.b !== null) out = this.applyDelete(s, c)
    else if (c.a !== null) out = this.applyUpdate(op, s, c, idx)
    else out = 'ignored'
    if (out === 'applied') this.touched.push({ t: c.t as TableName, id: c.id, b: c.b, a: c.a, soft: c.soft })
    return this.count(out)
  }

  private count(o: Outcome): Outcome {
    this.counts[o]++
    return o
  }

  private park(op: RemoteOp, idx: number, c: SyncChange, reason: string): Outcome {
    this.project
      .stmt('INSERT OR REPLACE INTO sync_parked (op_id, idx, hlc, tbl, row_id, change, reason) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(op.id, idx, op.hlc, c.t, c.id, JSON.stringify({ op, c }), reason)
    return 'parked'
  }

  /** Retries parked changes until none moves; returns how many remain. */
  retryParked(): number {
    for (let round = 0; round < 50; round++) {
      const rows = this.project.stmt('SELECT op_id, idx, change FROM sync_parked ORDER BY hlc, op_id, idx').all() as {
        op_id: string
        idx: number
        change: string
      }[]
      if (!rows.length) return 0
      let moved = 0
      for (const r of rows) {
        const { op, c } = JSON.parse(r.change) as { op: RemoteOp; c: SyncChange }
        this.project.stmt('DELETE FROM sync_parked WHERE op_id = ? AND idx = ?').run(r.op_id, r.idx)
        this.counts.parked--
        if (this.applyChange(op, c, r.idx) !== 'parked') moved++
      }
      if (!moved) return rows.length
    }
    return (this.project.stmt('SELECT COUNT(*) n FROM sync_parked').get() as { n: number }).n
  }

  // ---- inserts -------------------------------------------------------------------------------

  private applyInsert(op: RemoteOp, s: Stamp, c: SyncChange, idx: number): Outcome {
    const payload = c.soft ? c.a!.id !== undefined : true
    if (!payload) return 'ignored'
    const id = this.books.alias(c.t, c.id)
    const row: Row = { ...this.materialize(c.a!), id }
    const tomb = this.books.tombstone(c.t, id)
    if (tomb && this.books.isDeleted(c.t, id)) {
      if (!(c.restore && newer(s, tomb.deleted))) return 'ignored'
      this.books.markRestored(c.t, id, s.hlc)
    }
    // A row set aside comes back only by a person's resolution (restore), which inserts it again.
    if (this.books.aside(c.t, id)) this.books.dropAside(c.t, id)
    const existing = this.select(c.t, id)
    if (existing) {
      this.mergeFields(op, s, c.t, id, existing, row, null)
      this.books.stamp(c.t, id, '*', s)
      return 'applied'
    }
    const fk = this.checkParents(op, s, c.t, row)
    if (fk === 'park') return this.park(op, idx, c, 'parent')
    if (fk === 'aside') return 'aside'
    if (this.resolveUnique(op, s, c.t, row, null) === 'joined') return 'applied'
    this.insertRow(c.t, row)
    this.books.stamp(c.t, id, '*', s)
    if (c.t === 'codes') this.noteDuplicateName(op, s, row)
    for (const o of c.owned ?? []) {
      const r = this.known(o.t, this.materialize(o.row))
      const cols = Object.keys(r)
      this.project.stmt(`INSERT OR IGNORE INTO ${q(o.t)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((k) => r[k]))
    }
    return 'applied'
  }

  /**
   * Foreign keys of a row about to be written: a parent that was deleted sets the key to NULL
   * (ON DELETE SET NULL) or sets the row aside; a parent not here yet parks the change.
   */
  private checkParents(op: RemoteOp, s: Stamp, t: string, row: Row, only?: Set<string>): 'ok' | 'park' | 'aside' {
    for (const fk of this.info(t).parents) {
      if (only && !only.has(fk.column)) continue
      const v = row[fk.column]
      if (v === null || v === undefined) continue
      const pid = this.books.alias(fk.parent, String(v))
      row[fk.column] = pid
      if (this.books.exists(fk.parent, pid, q)) continue
      const parentAside = this.books.aside(fk.parent, pid)
      if (parentAside) {
        this.setAside(t, row, parentAside.conflict)
        return 'aside'
      }
      if (this.books.isDeleted(fk.parent, pid)) {
        if (fk.onDelete === 'SET NULL') {
          row[fk.column] = null
          continue
        }
        const tomb = this.books.tombstone(fk.parent, pid)!
        const cid = this.parentDeletedConflict(fk.parent, pid, tomb.row, tomb.deleted, s, op.actor)
        this.setAside(t, row, cid)
        return 'aside'
      }
      return 'park'
    }
    return 'ok'
  }

  private parentDeletedConflict(parentTable: string, parentId: string, parentRow: Row, deleted: Stamp, _s: Stamp, user: string): string {
    const id = conflictId('parent_deleted', parentTable, parentId)
    const deleter = this.actorOf(deleted.op)
    raiseConflict(this.project, {
      id,
      kind: 'parent_deleted',
      tbl: parentTable,
      rowId: parentId,
      review: true,
      message: msg('sync.conflict.parentDeleted', { what: entityOf(parentTable), name: labelOf(decode(parentRow)), by: deleter }),
      detail: { deletedBy: deleter, deletedOp: deleted.op, [`user:${user}`]: true },
      // The deletion's clock, not the clock of whichever write found it first here: every copy
      // orders the conflict the same way whatever arrived first.
      hlc: deleted.hlc
    })
    return id
  }

  /** Who made an operation this copy knows (the pulled or local op log), for messages. */
  private actorOf(opId: string): string {
    const r = this.project.stmt('SELECT actor FROM op_log WHERE id = ?').get(opId) as { actor: string } | undefined
    return r?.actor ?? '?'
  }

  /**
   * Moves a row (and, first, the rows that depend on it) out of its table into sync_aside under a
   * conflict: the work is kept, whole, for a person to restore.
   */
  private setAside(t: string, row: Row, conflict: string): void {
    const id = String(row.id)
    for (const child of this.info(t).children) {
      if (!isSynced(this.project, child.table)) continue
      const kids = this.project.stmt(`SELECT * FROM ${q(child.table)} WHERE ${q(child.column)} = ?`).all(id) as Row[]
      for (const k of kids) {
        if (child.onDelete === 'SET NULL') this.project.stmt(`UPDATE ${q(child.table)} SET ${q(child.column)} = NULL WHERE id = ?`).run(k.id)
        else this.setAside(child.table, k, conflict)
      }
    }
    this.project.stmt(`DELETE FROM ${q(t)} WHERE id = ?`).run(id)
    this.books.putAside(t, id, conflict, encode(row))
    this.counts.aside++
  }

  // ---- updates -------------------------------------------------------------------------------

  private applyUpdate(op: RemoteOp, s: Stamp, c: SyncChange, idx: number): Outcome {
    const id = this.books.alias(c.t, c.id)
    const patch = this.materialize(c.a!)
    const before = c.b ? this.materialize(c.b) : null
    delete patch.id
    if (this.books.isDeleted(c.t, id)) {
      if (REVIEWED.has(c.t)) {
        const tomb = this.books.tombstone(c.t, id)!
        if (newer(s, tomb.deleted) || tomb.deleted.op !== op.id)
          raiseConflict(this.project, {
            id: conflictId('edit_of_deleted', c.t, id, op.id),
            kind: 'edit_of_deleted',
            tbl: c.t,
            rowId: id,
            review: false,
            message: msg('sync.conflict.editOfDeleted', { who: op.actor, what: entityOf(c.t), name: labelOf(decode(tomb.row)), by: this.actorOf(tomb.deleted.op) }),
            detail: { change: encode(patch), by: op.actor },
            hlc: s.hlc
          })
      }
      return 'ignored'
    }
    const aside = this.books.aside(c.t, id)
    if (aside) {
      // Work set aside keeps changing as its author changes it: the copy kept for review stays current.
      const cur = decode(aside.row)
      for (const [k, v] of Object.entries(patch))
        if (newer(s, this.books.fieldClock(c.t, id, k))) {
          cur[k] = v
          this.books.stamp(c.t, id, k, s)
        }
      this.books.putAside(c.t, id, aside.conflict, encode(cur))
      return 'applied'
    }
    const existing = this.select(c.t, id)
    if (!existing) return this.park(op, idx, c, 'row')
    // Which fields this write wins; foreign keys and unique names are checked on the result.
    const winning: Row = {}
    for (const [k, v] of Object.entries(patch)) if (newer(s, this.books.fieldClock(c.t, id, k))) winning[k] = v
    const post = { ...existing, ...winning }
    const fk = this.checkParents(op, s, c.t, post, new Set(Object.keys(winning)))
    if (fk === 'park') return this.park(op, idx, c, 'parent')
    if (fk === 'aside') return 'aside'
    for (const k of Object.keys(winning)) winning[k] = post[k]
    if (this.resolveUnique(op, s, c.t, post, existing) === 'joined') return 'aside'
    for (const k of Object.keys(winning)) winning[k] = post[k]
    this.mergeFields(op, s, c.t, id, existing, patch, before, winning)
    // Work set aside by a conflict another member discarded is discarded here too.
    if (c.t === 'sync_conflicts' && winning.resolution === 'discard') this.project.stmt('DELETE FROM sync_aside WHERE conflict_id = ?').run(id)
    return 'applied'
  }

  /**
   * Writes the fields this write wins and records the clock; an edit of a field another member had
   * changed without this writer seeing it is listed, with both values (the history keeps both).
   */
  private mergeFields(op: RemoteOp, s: Stamp, t: string, id: string, existing: Row, incoming: Row, before: Row | null, winning?: Row): void {
    const patch: Row = {}
    for (const [k, v] of Object.entries(incoming)) {
      if (k === 'id') continue
      const clock = this.books.fieldClock(t, id, k)
      const wins = winning ? k in winning : newer(s, clock)
      const value = winning && k in winning ? winning[k] : v
      const concurrent = before !== null && k in before && !same(existing[k], before[k]) && !same(existing[k], v)
      if (wins) {
        if (!same(existing[k], value)) patch[k] = value
        this.books.stamp(t, id, k, s)
      }
      if (concurrent)
        this.noteConcurrent(op, s, clock, t, id, k, wins ? { value, actor: op.actor } : { value: existing[k], actor: this.actorOf(clock.op) }, wins ? { value: existing[k], actor: this.actorOf(clock.op) } : { value: v, actor: op.actor }, existing)
    }
    this.writeFields(t, id, patch)
  }

  private noteConcurrent(
    op: RemoteOp,
    s: Stamp,
    clock: Stamp,
    t: string,
    id: string,
    col: string,
    kept: { value: unknown; actor: string },
    other: { value: unknown; actor: string },
    row: Row
  ): void {
    const show = (v: unknown): string => (v === null || v === undefined ? '—' : Buffer.isBuffer(v) ? `(${v.length} bytes)` : String(v).slice(0, 120))
    // Everything listed is derived from the two writes alone (not from which arrived first), so
    // every copy lists this conflict under the same id with the same words.
    raiseConflict(this.project, {
      id: conflictId('field', t, id, col, [op.id, clock.op].sort().join('|')),
      kind: 'field',
      tbl: t,
      rowId: id,
      review: false,
      message: msg('sync.conflict.field', { what: entityOf(t), name: labelOf({ ...row, [col]: kept.value }), field: col, kept: show(kept.value), keptBy: kept.actor, other: show(other.value), otherBy: other.actor }),
      detail: { field: col, kept: encode({ v: kept.value }).v, keptBy: kept.actor, other: encode({ v: other.value }).v, otherBy: other.actor },
      hlc: s.hlc > clock.hlc ? s.hlc : clock.hlc
    })
  }

  // ---- deletes -------------------------------------------------------------------------------

  private applyDelete(s: Stamp, c: SyncChange): Outcome {
    const id = this.books.alias(c.t, c.id)
    const tomb = this.books.tombstone(c.t, id)
    if (tomb?.restored && tomb.restored > s.hlc) return 'ignored'
    const aside = this.books.aside(c.t, id)
    if (aside) {
      this.books.dropAside(c.t, id)
      this.books.bury(c.t, id, s, aside.row)
      this.dropEmptyAsideConflict(aside.conflict)
      return 'applied'
    }
    const existing = this.select(c.t, id)
    if (existing) {
      // Rows that depend on it and that this operation did not delete were made by someone who had
      // not seen the deletion: set aside with it, for review.
      let conflict: string | null = null
      for (const child of this.info(c.t).children) {
        if (!isSynced(this.project, child.table)) continue
        const kids = this.project.stmt(`SELECT * FROM ${q(child.table)} WHERE ${q(child.column)} = ?`).all(id) as Row[]
        for (const k of kids) {
          if (child.onDelete === 'SET NULL') {
            this.project.stmt(`UPDATE ${q(child.table)} SET ${q(child.column)} = NULL WHERE id = ?`).run(k.id)
            continue
          }
          conflict ??= this.parentDeletedConflict(c.t, id, encode(existing), s, s, this.actorOf(this.lastWriter(child.table, String(k.id))))
          this.setAside(child.table, k, conflict)
        }
      }
      this.project.stmt(`DELETE FROM ${q(c.t)} WHERE id = ?`).run(id)
    }
    this.books.bury(c.t, id, s, c.b ?? encode(existing ?? { id }))
    return existing ? 'applied' : 'ignored'
  }

  /**
   * A conflict that set rows aside (a deleted parent's work, a unique number taken twice) whose
   * set-aside rows have all been deleted since, unresolved, goes: a copy that received the deletion
   * before the clash never set anything aside, so it never listed the conflict; keeping it here
   * would leave the copies with different lists (and nothing to review).
   */
  private dropEmptyAsideConflict(conflict: string): void {
    if (this.project.stmt('SELECT 1 FROM sync_aside WHERE conflict_id = ? LIMIT 1').get(conflict)) return
    this.project.stmt("DELETE FROM sync_conflicts WHERE id = ? AND kind IN ('parent_deleted', 'unique_aside') AND resolution IS NULL").run(conflict)
  }

  private lastWriter(t: string, id: string): string {
    const r = this.project.stmt("SELECT op_id FROM sync_clock WHERE tbl = ? AND row_id = ? ORDER BY hlc DESC LIMIT 1").get(t, id) as { op_id: string } | undefined
    return r?.op_id ?? ''
  }

  // ---- unique names --------------------------------------------------------------------------

  /** Whether a row falls under a partial unique index ("… WHERE deleted_at IS NULL"), asked of SQLite. */
  private partialHolds(key: UniqueKey, row: Row): boolean {
    if (!key.where) return true
    const names = Object.keys(row)
    const sql = `SELECT 1 FROM (SELECT ${names.map((n) => `? AS ${q(n)}`).join(', ')}) WHERE ${key.where}`
    return this.project.stmt(sql).get(...names.map((n) => row[n] as unknown)) !== undefined
  }

  private clashOf(t: string, key: UniqueKey, row: Row): Row | undefined {
    if (key.columns.some((c) => row[c] === null || row[c] === undefined)) return undefined
    if (!this.partialHolds(key, row)) return undefined
    const where = key.columns.map((c) => `${q(c)} = ?`).join(' AND ') + (key.where ? ` AND (${key.where})` : '')
    return this.project.stmt(`SELECT * FROM ${q(t)} WHERE ${where} AND id <> ? LIMIT 1`).get(...key.columns.map((c) => row[c]), row.id) as Row | undefined
  }

  /** When a row's claim on its unique columns was made: their newest write, else its insert. */
  private claim(t: string, row: Row, key: UniqueKey): Stamp {
    let best = this.books.fieldClock(t, String(row.id), key.columns[0])
    for (const c of key.columns.slice(1)) {
      const k = this.books.fieldClock(t, String(row.id), c)
      if (newer(k, best)) best = k
    }
    return best
  }

  /**
   * Settles a row that would break a unique key with another row (two members named a new case the
   * same, or made the same coder). Returns 'joined' when the incoming insert became the other row.
   */
  private resolveUnique(op: RemoteOp, s: Stamp, t: string, row: Row, existing: Row | null): 'ok' | 'joined' {
    for (const key of this.info(t).uniques) {
      const other = this.clashOf(t, key, row)
      if (!other) continue
      const otherClaim = this.claim(t, other, key)
      const incomingLater = newer(s, otherClaim)
      const fkCols = new Set(this.info(t).parents.map((p) => p.column))
      const text = key.columns.find((c) => !fkCols.has(c) && (this.info(t).columns.get(c) ?? '').includes('TEXT'))
      const join = existing === null && (JOIN_WHEN_SAME.has(t) || key.columns.every((c) => fkCols.has(c)))
      if (join) {
        this.joinRows(op, s, t, row, other, incomingLater, key)
        return incomingLater ? 'joined' : 'ok'
      }
      if (text) {
        const later = incomingLater ? row : other
        const laterActor = incomingLater ? op.actor : this.actorOf(otherClaim.op)
        const oldName = String(later[text])
        let name = `${oldName} (${laterActor})`
        const probe = { ...later, [text]: name }
        if (this.clashOf(t, key, probe)) name = `${oldName} (${laterActor} ${String(later.id).slice(0, 4)})`
        if (incomingLater) row[text] = name
        else this.project.stmt(`UPDATE ${q(t)} SET ${q(text)} = ? WHERE id = ?`).run(name, other.id)
        const earlier = incomingLater ? other : row
        raiseConflict(this.project, {
          id: conflictId('renamed', t, String(later.id), oldName),
          kind: 'renamed',
          tbl: t,
          rowId: String(later.id),
          review: true,
          message: msg('sync.conflict.renamed', { what: entityOf(t), name: oldName, newName: name, by: laterActor, first: incomingLater ? this.actorOf(otherClaim.op) : op.actor }),
          detail: { field: text, kept: String(earlier.id), renamed: String(later.id), from: oldName, to: name },
          hlc: s.hlc
        })
        continue
      }
      // A unique number or code taken twice: the later row is set aside for a person to renumber.
      const laterRow = incomingLater ? row : other
      const cid = conflictId('unique_aside', t, String(laterRow.id))
      raiseConflict(this.project, {
        id: cid,
        kind: 'unique_aside',
        tbl: t,
        rowId: String(laterRow.id),
        review: true,
        message: msg('sync.conflict.uniqueAside', { what: entityOf(t), name: labelOf(laterRow), by: incomingLater ? op.actor : this.actorOf(otherClaim.op) }),
        detail: { key: key.columns },
        hlc: s.hlc
      })
      if (incomingLater) {
        if (existing) this.setAside(t, { ...existing }, cid)
        else this.setAside(t, row, cid)
        return 'joined'
      }
      this.setAside(t, other, cid)
    }
    return 'ok'
  }

  /**
   * The same entity made twice (a coder, an attribute, the same link): the earlier claim's id lives
   * on, the later one becomes its alias, rows that pointed at it move, and each field keeps its
   * newest value.
   */
  private joinRows(op: RemoteOp, s: Stamp, t: string, incoming: Row, other: Row, incomingLater: boolean, key: UniqueKey): void {
    const keepId = incomingLater ? String(other.id) : String(incoming.id)
    const dropId = incomingLater ? String(incoming.id) : String(other.id)
    this.books.join(t, dropId, keepId)
    raiseConflict(this.project, {
      id: conflictId('joined', t, dropId, keepId),
      kind: 'joined',
      tbl: t,
      rowId: keepId,
      review: false,
      message: msg('sync.conflict.joined', { what: entityOf(t), name: labelOf(other) }),
      detail: { kept: keepId, joined: dropId, key: key.columns },
      hlc: s.hlc
    })
    if (incomingLater) {
      // The incoming row's values merge into the one here, field by field.
      const mergeable: Row = {}
      for (const [k, v] of Object.entries(incoming)) if (k !== 'id' && !key.columns.includes(k)) mergeable[k] = v
      this.mergeFields(op, s, t, keepId, other, mergeable, null)
      return
    }
    // The row here is the later claim: its dependants move to the incoming id, then it goes.
    for (const child of this.info(t).children)
      this.project.stmt(`UPDATE ${q(child.table)} SET ${q(child.column)} = ? WHERE ${q(child.column)} = ?`).run(keepId, dropId)
    const clocks = this.books.rowClocks(t, dropId)
    this.project.stmt(`DELETE FROM ${q(t)} WHERE id = ?`).run(dropId)
    this.insertRow(t, incoming)
    this.books.stamp(t, keepId, '*', s)
    const newerHere: Row = {}
    for (const [k, v] of Object.entries(other)) {
      if (k === 'id' || key.columns.includes(k)) continue
      const c = clocks.get(k) ?? clocks.get('*')
      if (c && newer(c, s) && !same(v, incoming[k])) {
        newerHere[k] = v
        this.books.stamp(t, keepId, k, c)
      }
    }
    this.writeFields(t, keepId, newerHere)
  }

  /** Two codes with the same name under the same parent, made apart: listed, as merge proposes them. */
  private noteDuplicateName(op: RemoteOp, s: Stamp, row: Row): void {
    const rule = sameNameRule('codes')
    if (!rule) return
    const twins = this.project.stmt(`SELECT * FROM codes WHERE name = ? AND parent_id IS ? AND id <> ?`).all(row.name, row.parent_id ?? null, row.id) as Row[]
    for (const twin of twins) {
      const ids = [String(row.id), String(twin.id)].sort()
      raiseConflict(this.project, {
        id: conflictId('duplicate', 'codes', ...ids),
        kind: 'duplicate',
        tbl: 'codes',
        rowId: ids[0],
        review: true,
        message: msg('sync.conflict.duplicateCode', { name: String(row.name), by: op.actor }),
        detail: { ids },
        hlc: s.hlc
      })
    }
  }
}
