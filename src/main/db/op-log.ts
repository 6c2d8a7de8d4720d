import { EsitiError } from '../../shared/errors'
import { englishText, isMsg, msg, type Msg } from '../../shared/messages'
import { newId, nowIso } from './ids'
import type { ProjectFile } from './project-file'
import { clockOf, replicaId } from './replica'
import type { TableName } from './schema'

type Row = Record<string, unknown>

/** One row-level change. `soft` marks an insert into a table whose undo hides the row (deleted_at). */
export interface Change {
  t: TableName
  id: string
  b: Row | null
  a: Row | null
  soft?: boolean
  /** An insert that brings back a deleted row (undo of a deletion, redo of an insert). */
  restore?: boolean
}

export interface OpMeta {
  actor: string
  kind: string
  /** What the user did, as a message (worded in the interface language; its English text is kept for logs). */
  summary: Msg
}

export interface OpSummary {
  id: string
  seq: number
  at: string
  actor: string
  kind: string
  /** English sentence (logs), or the text written before operations carried messages. */
  summary: string
  /** The summary as a message, to word in the user's language; null for older operations. */
  message: Msg | null
  state: 'done' | 'undone' | 'discarded'
  /** 'local': made in this copy; 'remote': pulled from another member; 'baseline': in the published project. */
  origin: 'local' | 'remote' | 'baseline'
  /** 'undo' / 'redo': a compensating operation appended for an earlier one (`target`). */
  role: 'action' | 'undo' | 'redo'
  target: string | null
  hlc: string | null
}

/**
 * Tables whose rows carry bulky data (source text and originals, questionnaire columns, recordings):
 * inserting one is logged as a marker, and undo hides it with deleted_at instead of copying it into
 * the log.
 */
const SOFT_TABLES = new Set<TableName>(['sources', 'datasets', 'media'])

interface ChildRef {
  table: TableName
  column: string
  onDelete: string
}

const childCache = new WeakMap<ProjectFile, Map<string, ChildRef[]>>()

function childrenOf(project: ProjectFile, table: string): ChildRef[] {
  let map = childCache.get(project)
  if (!map) {
    map = new Map()
    const tables = project
      .stmt("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[]
    for (const { name } of tables) {
      const fks = project.sqlite.pragma(`foreign_key_list("${name}")`) as {
        table: string
        from: string
        on_delete: string
      }[]
      for (const fk of fks) {
        const list = map.get(fk.table) ?? []
        list.push({ table: name as TableName, column: fk.from, onDelete: fk.on_delete.toUpperCase() })
        map.set(fk.table, list)
      }
    }
    childCache.set(project, map)
  }
  return map.get(table) ?? []
}

export const encode = (row: Row): Row => {
  const out: Row = {}
  for (const [k, v] of Object.entries(row)) out[k] = Buffer.isBuffer(v) ? { $b64: v.toString('base64') } : v
  return out
}
export const decode = (row: Row): Row => {
  const out: Row = {}
  for (const [k, v] of Object.entries(row))
    out[k] = v && typeof v === 'object' && '$b64' in (v as Row) ? Buffer.from((v as { $b64: string }).$b64, 'base64') : v
  return out
}

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`

const columnCache = new WeakMap<ProjectFile, Map<string, Set<string> | null>>()

/** The columns of a table, or null when the project has no such table. */
function columnsOf(project: ProjectFile, table: string): Set<string> | null {
  let map = columnCache.get(project)
  if (!map) columnCache.set(project, (map = new Map()))
  if (!map.has(table)) {
    const exists = project.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)
    const cols = exists ? (project.sqlite.pragma(`table_info(${q(table)})`) as { name: string }[]).map((c) => c.name) : null
    map.set(table, cols && new Set(cols))
  }
  return map.get(table)!
}

/** A project whose op_log table is gone cannot undo, redo, show history or record a change. */
function assertOpLog(project: ProjectFile, key: 'oplog.missing' | 'oplog.missingForWrite' = 'oplog.missing'): void {
  if (!columnsOf(project, 'op_log')) throw new EsitiError('CORRUPT_FILE', key)
}

const isRow = (v: unknown): v is Row => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * One entry's changes, checked against the schema before anything is applied: a log edited by hand
 * or half-restored must not reach undo or redo as "changes is not iterable" or "no such table".
 */
function checkedChanges(project: ProjectFile, op: Record<string, unknown>): Change[] {
  const damaged = (): EsitiError => new EsitiError('CORRUPT_FILE', 'oplog.damaged', { seq: op.seq as number })
  let parsed: unknown
  try {
    parsed = JSON.parse(String(op.changes))
  } catch {
    throw damaged()
  }
  if (!Array.isArray(parsed)) throw damaged()
  for (const c of parsed as unknown[]) {
    if (!isRow(c) || typeof c.t !== 'string' || typeof c.id !== 'string' || !('a' in c) || !('b' in c)) throw damaged()
    const cols = columnsOf(project, c.t)
    if (!cols) throw damaged()
    if (c.soft !== undefined && (typeof c.soft !== 'boolean' || (c.soft && !cols.has('deleted_at')))) throw damaged()
    if (c.a === null && c.b === null) throw damaged()
    for (const row of [c.a, c.b]) {
      if (row === null) continue
      if (!isRow(row)) throw damaged()
      for (const k of Object.keys(row)) if (!cols.has(k)) throw damaged()
    }
  }
  return parsed as Change[]
}

/**
 * Runs an undo's or redo's compensation; a row the log no longer matches (a constraint fails, a value
 * has the wrong type) means the log and the data diverged: the transaction rolls back, the entry is named.
 */
function guarded<T>(op: Record<string, unknown>, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    const code = (e as { code?: string }).code ?? ''
    if (/^SQLITE_(CONSTRAINT|MISMATCH|ERROR|RANGE)/.test(code)) throw new EsitiError('CORRUPT_FILE', 'oplog.damaged', { seq: op.seq as number })
    throw e
  }
}

/** When and by which operation a write happened: the op's clock timestamp and id. */
export interface WriteStamp {
  hlc: string
  op: string
}

/**
 * Records every write of one user action so that it can be undone and redone as a unit. A deleted
 * row leaves a tombstone (its id, content and the deleting operation's timestamp), so that a late
 * operation from another copy cannot bring it back; inserting a tombstoned id again is a restore.
 * Without a stamp (derived writes: variables reconciled with a recipe) no tombstones are written.
 */
export class Writer {
  readonly changes: Change[] = []
  constructor(
    readonly project: ProjectFile,
    readonly stamp: WriteStamp | null = null
  ) {}

  private select(table: TableName, id: string): Row | undefined {
    return this.project.stmt(`SELECT * FROM ${q(table)} WHERE id = ?`).get(id) as Row | undefined
  }

  /** A row deleted earlier and inserted again by this write: undo of a delete, redo of an insert. */
  private restoring(table: TableName, id: string): boolean {
    if (!this.stamp) return false
    const t = this.project
      .stmt('SELECT deleted_hlc, restored_hlc FROM tombstones WHERE tbl = ? AND row_id = ?')
      .get(table, id) as { deleted_hlc: string; restored_hlc: string | null } | undefined
    if (!t || (t.restored_hlc !== null && t.restored_hlc >= t.deleted_hlc)) return false
    this.project.stmt('UPDATE tombstones SET restored_hlc = ? WHERE tbl = ? AND row_id = ?').run(this.stamp.hlc, table, id)
    return true
  }

  insert(table: TableName, row: Row): string {
    const full = { id: (row.id as string | undefined) ?? newId(), ...row }
    const restore = this.restoring(table, full.id)
    rawInsert(this.project, table, full)
    if (SOFT_TABLES.has(table)) this.changes.push({ t: table, id: full.id, b: null, a: { deleted_at: null }, soft: true })
    else this.changes.push({ t: table, id: full.id, b: null, a: encode(full), ...(restore ? { restore: true } : {}) })
    return full.id
  }

  /** Bulk rows owned by a soft-deletable parent (questionnaire columns): not copied into the log. */
  insertOwned(table: TableName, row: Row): string {
    const full = { id: (row.id as string | undefined) ?? newId(), ...row }
    rawInsert(this.project, table, full)
    return full.id
  }

  update(table: TableName, id: string, patch: Row): void {
    const before = this.select(table, id)
    if (!before) throw new EsitiError('NOT_FOUND', 'core.rowMissing', { table, id })
    const cols = Object.keys(patch)
    if (cols.length === 0) return
    const b: Row = {}
    for (const c of cols) b[c] = before[c]
    this.project
      .stmt(`UPDATE ${q(table)} SET ${cols.map((c) => `${q(c)} = @${c}`).join(', ')} WHERE id = @__id`)
      .run({ ...patch, __id: id })
    this.changes.push({ t: table, id, b: encode(b), a: encode(patch) })
  }

  /** Deletes a row and, first, everything the schema would cascade, so that undo restores all of it. */
  remove(table: TableName, id: string): void {
    const before = this.select(table, id)
    if (!before) throw new EsitiError('NOT_FOUND', 'core.rowMissing', { table, id })
    if (SOFT_TABLES.has(table)) {
      this.update(table, id, { deleted_at: nowIso() })
      return
    }
    for (const child of childrenOf(this.project, table)) {
      const rows = this.project
        .stmt(`SELECT id FROM ${q(child.table)} WHERE ${q(child.column)} = ?`)
        .all(id) as { id: string }[]
      for (const r of rows) {
        if (child.onDelete === 'CASCADE') this.remove(child.table, r.id)
        else if (child.onDelete === 'SET NULL') this.update(child.table, r.id, { [child.column]: null })
      }
    }
    this.project.stmt(`DELETE FROM ${q(table)} WHERE id = ?`).run(id)
    const b = encode(before)
    this.changes.push({ t: table, id, b, a: null })
    if (this.stamp)
      this.project
        .stmt(
          `INSERT INTO tombstones (tbl, row_id, deleted_hlc, deleted_op, restored_hlc, row, deleted_at) VALUES (?, ?, ?, ?, NULL, ?, ?)
           ON CONFLICT (tbl, row_id) DO UPDATE SET deleted_hlc = excluded.deleted_hlc, deleted_op = excluded.deleted_op,
             row = excluded.row, deleted_at = excluded.deleted_at`
        )
        .run(table, id, this.stamp.hlc, this.stamp.op, JSON.stringify(b), nowIso())
  }
}

export function rawInsert(project: ProjectFile, table: TableName, row: Row): void {
  const cols = Object.keys(row)
  project
    .stmt(`INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`)
    .run(row)
}

type Hook = (project: ProjectFile, changes: Change[]) => void
const hooks = new Map<TableName, Hook[]>()

/** Derived state (e.g. a dataset's clean layer) that must be rebuilt after an undo or redo touches a table. */
export function onUndoRedo(table: TableName, hook: Hook): void {
  hooks.set(table, [...(hooks.get(table) ?? []), hook])
}

export function runHooks(project: ProjectFile, changes: Change[]): void {
  const seen = new Set<Hook>()
  for (const c of changes)
    for (const h of hooks.get(c.t) ?? [])
      if (!seen.has(h)) {
        seen.add(h)
        h(project, changes)
      }
}

export interface MutateOptions {
  /** false: the writes happen in the transaction but cannot be undone (seeding). */
  log?: boolean
  /** A compensating operation appended by undo or redo, for `target`. */
  role?: 'undo' | 'redo'
  target?: string
}

/**
 * Runs one user action in a single transaction and logs it, with this copy's replica id and a
 * hybrid-logical-clock timestamp (the order operations keep across members' copies). A new action
 * discards the redo stack; undo and redo are themselves appended as compensating operations.
 */
export function mutate<T>(project: ProjectFile, meta: OpMeta, fn: (w: Writer) => T, opts: MutateOptions = {}): T {
  if (opts.log !== false) assertOpLog(project, 'oplog.missingForWrite')
  return project.tx(() => {
    const logged = opts.log !== false
    const opId = newId()
    const hlc = logged ? clockOf(project).send() : null
    const w = new Writer(project, hlc ? { hlc, op: opId } : null)
    const result = fn(w)
    if (logged && (w.changes.length > 0 || opts.role)) {
      if (!opts.role) project.stmt("UPDATE op_log SET state = 'discarded' WHERE state = 'undone' AND origin = 'local'").run()
      // The summary is kept as a message (worded in the reader's language) beside its English text.
      const message = meta.summary
      project
        .stmt(
          `INSERT INTO op_log (id, at, actor, kind, summary, message, changes, replica, hlc, origin, role, target)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`
        )
        .run(
          opId,
          nowIso(),
          meta.actor,
          meta.kind,
          englishText(message),
          JSON.stringify(message),
          JSON.stringify(w.changes),
          replicaId(project),
          hlc,
          opts.role ?? 'action',
          opts.target ?? null
        )
    }
    return result
  })
}

const exists = (project: ProjectFile, t: TableName, id: string): Row | undefined =>
  project.stmt(`SELECT * FROM ${q(t)} WHERE id = ?`).get(id) as Row | undefined

/**
 * Writes what takes one change back (undo) or forward again (redo), against the rows as they are
 * now: another member may have changed or deleted them since. A row already gone is not deleted
 * again; a row already back is not inserted twice.
 */
function compensate(w: Writer, c: Change, direction: 'undo' | 'redo'): void {
  const project = w.project
  const row = exists(project, c.t, c.id)
  if (c.soft) {
    if (row) w.update(c.t, c.id, { deleted_at: direction === 'undo' ? nowIso() : null })
    return
  }
  const target = direction === 'undo' ? c.b : c.a
  const other = direction === 'undo' ? c.a : c.b
  if (target === null) {
    if (row) w.remove(c.t, c.id)
  } else if (other === null) {
    if (!row) w.insert(c.t, decode(target))
  } else if (row) {
    w.update(c.t, c.id, decode(target))
  }
}

const undoable = "state = 'done' AND role = 'action' AND origin = 'local'"
const redoable = "state = 'undone' AND role = 'action' AND origin = 'local'"

/**
 * A compensating operation's summary: a message naming the one it undoes or redoes. An operation
 * written before summaries were messages is named by its stored text, as written.
 */
function compensationSummary(key: 'undoOf' | 'redoOf', op: Record<string, unknown>): Msg {
  return msg(`oplog.${key}`, { what: parseMessage(op.message) ?? msg('legacy.text', { text: String(op.summary ?? '') }) })
}

export function parseMessage(raw: unknown): Msg | null {
  if (typeof raw !== 'string') return null
  try {
    const m = JSON.parse(raw) as unknown
    return isMsg(m) ? m : null
  } catch {
    return null
  }
}

function rowToSummary(r: Record<string, unknown>): OpSummary {
  return {
    id: r.id as string,
    seq: r.seq as number,
    at: r.at as string,
    actor: r.actor as string,
    kind: r.kind as string,
    summary: r.summary as string,
    message: parseMessage(r.message),
    state: r.state as OpSummary['state'],
    origin: (r.origin as OpSummary['origin']) ?? 'local',
    role: (r.role as OpSummary['role']) ?? 'action',
    target: (r.target as string | null) ?? null,
    hlc: (r.hlc as string | null) ?? null
  }
}

/** One undo or redo: the operation, and the row changes it replayed (for views that patch themselves at once). */
export interface StepResult {
  op: OpSummary
  changes: Change[]
}

/**
 * Undoes this copy's latest action by appending a compensating operation (the action stays in the
 * log, marked undone): like every operation, the compensation syncs to the other members.
 */
export function undoStep(project: ProjectFile, actor: string): StepResult {
  assertOpLog(project)
  return project.tx(() => {
    const op = project.stmt(`SELECT * FROM op_log WHERE ${undoable} ORDER BY seq DESC LIMIT 1`).get() as Record<string, unknown> | undefined
    if (!op) throw new EsitiError('NOTHING_TO_UNDO', 'core.nothingToUndo')
    const changes = checkedChanges(project, op)
    const written = guarded(op, () =>
      mutate(
        project,
        { actor, kind: 'undo', summary: compensationSummary('undoOf', op) },
        (w) => {
          for (const c of [...changes].reverse()) compensate(w, c, 'undo')
          return w.changes
        },
        { role: 'undo', target: op.id as string }
      )
    )
    project
      .stmt("UPDATE op_log SET state = 'undone', undone_at = ?, undone_by = ? WHERE seq = ?")
      .run(nowIso(), actor, op.seq)
    runHooks(project, [...changes, ...written])
    return { op: rowToSummary({ ...op, state: 'undone' }), changes }
  })
}

/** Redoes the earliest undone action, again as an appended operation. */
export function redoStep(project: ProjectFile, actor: string): StepResult {
  assertOpLog(project)
  return project.tx(() => {
    const op = project.stmt(`SELECT * FROM op_log WHERE ${redoable} ORDER BY seq ASC LIMIT 1`).get() as Record<string, unknown> | undefined
    if (!op) throw new EsitiError('NOTHING_TO_REDO', 'core.nothingToRedo')
    const changes = checkedChanges(project, op)
    const written = guarded(op, () =>
      mutate(
        project,
        { actor, kind: 'redo', summary: compensationSummary('redoOf', op) },
        (w) => {
          for (const c of changes) compensate(w, c, 'redo')
          return w.changes
        },
        { role: 'redo', target: op.id as string }
      )
    )
    project
      .stmt("UPDATE op_log SET state = 'done', undone_at = NULL, undone_by = ? WHERE seq = ?")
      .run(actor, op.seq)
    runHooks(project, [...changes, ...written])
    return { op: rowToSummary({ ...op, state: 'done' }), changes }
  })
}

export const undo = (project: ProjectFile, actor: string): OpSummary => undoStep(project, actor).op
export const redo = (project: ProjectFile, actor: string): OpSummary => redoStep(project, actor).op

export function history(project: ProjectFile, limit = 100): OpSummary[] {
  assertOpLog(project)
  return (
    project
      .stmt('SELECT id, seq, at, actor, kind, summary, message, state, origin, role, target, hlc FROM op_log ORDER BY seq DESC LIMIT ?')
      .all(limit) as Record<string, unknown>[]
  ).map(rowToSummary)
}

/** What undo and redo would do now: for menus and buttons. */
export function undoState(project: ProjectFile): { undo: OpSummary | null; redo: OpSummary | null } {
  // Without a log there is nothing to offer: the menu stays empty (undo itself says why).
  if (!columnsOf(project, 'op_log')) return { undo: null, redo: null }
  const u = project.stmt(`SELECT * FROM op_log WHERE ${undoable} ORDER BY seq DESC LIMIT 1`).get() as
    | Record<string, unknown>
    | undefined
  const r = project.stmt(`SELECT * FROM op_log WHERE ${redoable} ORDER BY seq ASC LIMIT 1`).get() as
    | Record<string, unknown>
    | undefined
  return { undo: u ? rowToSummary(u) : null, redo: r ? rowToSummary(r) : null }
}
