import type { ProjectFile } from '../../../db/project-file'

/**
 * What the sync engine needs to know of the project's schema, read from SQLite itself (so tables
 * added by later migrations sync without a list to maintain): which tables sync, their columns,
 * foreign keys in both directions, and unique keys.
 */

/** Local bookkeeping and derived data: never sent as operations, never written by one. */
export const LOCAL_TABLES = new Set([
  'meta',
  'op_log',
  'kysely_migration',
  'kysely_migration_lock',
  'column_data',
  'column_cache',
  'tombstones',
  'sync_clock',
  'sync_aside',
  'sync_parked',
  'sync_alias',
  'sync_parts'
])

export interface ForeignKey {
  table: string
  column: string
  parent: string
  onDelete: string
}

export interface UniqueKey {
  name: string
  columns: string[]
  /** The WHERE of a partial unique index ("deleted_at IS NULL"), else null. */
  where: string | null
}

export interface TableInfo {
  name: string
  columns: Map<string, string>
  parents: ForeignKey[]
  children: ForeignKey[]
  uniques: UniqueKey[]
}

const cache = new WeakMap<ProjectFile, Map<string, TableInfo>>()
export const q = (name: string): string => `"${name.replace(/"/g, '""')}"`

function load(project: ProjectFile): Map<string, TableInfo> {
  const db = project.sqlite
  const tables = (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
    (t) => t.name
  )
  const out = new Map<string, TableInfo>()
  for (const name of tables) {
    const cols = db.pragma(`table_info(${q(name)})`) as { name: string; type: string }[]
    out.set(name, { name, columns: new Map(cols.map((c) => [c.name, c.type.toUpperCase()])), parents: [], children: [], uniques: [] })
  }
  for (const name of tables) {
    const fks = db.pragma(`foreign_key_list(${q(name)})`) as { table: string; from: string; on_delete: string }[]
    for (const fk of fks) {
      const ref: ForeignKey = { table: name, column: fk.from, parent: fk.table, onDelete: fk.on_delete.toUpperCase() }
      out.get(name)!.parents.push(ref)
      out.get(fk.table)?.children.push(ref)
    }
    const indexes = db.pragma(`index_list(${q(name)})`) as { name: string; unique: number; origin: string; partial: number }[]
    for (const ix of indexes) {
      if (!ix.unique || ix.origin === 'pk') continue
      const columns = (db.pragma(`index_info(${q(ix.name)})`) as { name: string }[]).map((c) => c.name)
      let where: string | null = null
      if (ix.partial) {
        const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(ix.name) as { sql: string } | undefined)?.sql ?? ''
        where = /\bWHERE\b([\s\S]*)$/i.exec(sql)?.[1].trim() ?? null
      }
      out.get(name)!.uniques.push({ name: ix.name, columns, where })
    }
  }
  return out
}

export function schemaInfo(project: ProjectFile): Map<string, TableInfo> {
  let m = cache.get(project)
  if (!m) cache.set(project, (m = load(project)))
  return m
}

export function tableInfo(project: ProjectFile, table: string): TableInfo | undefined {
  return schemaInfo(project).get(table)
}

/**
 * Project data that stays on the copy that made it (decision 0033): the pseudonymisation key
 * (pseudonym ↔ real identity) is never pushed, never in the published baseline, and ignored if a
 * copy receives it. A member who must re-identify gets the key file from the lead
 * (`esiti privacy key export` / `import`), deliberately.
 */
export const KEPT_LOCAL = new Set(['privacy_key'])

export const isSynced = (project: ProjectFile, table: string): boolean => !LOCAL_TABLES.has(table) && !KEPT_LOCAL.has(table) && schemaInfo(project).has(table)
