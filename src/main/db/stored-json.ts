import { EsitiError } from '../../shared/errors'

/**
 * JSON kept in a column of the project. A value damaged by hand or by another tool is named (table,
 * column, row) as damage in the file, instead of surfacing as "Unexpected token … is not valid JSON".
 */
export function storedJson<T>(text: string, where: { table: string; column: string; id?: string | number }): T {
  try {
    return JSON.parse(text) as T
  } catch {
    throw damagedValue(where)
  }
}

/** A stored JSON list (of ids, of steps): anything else is damage. */
export function storedList<T>(text: string, where: { table: string; column: string; id?: string | number }): T[] {
  const v = storedJson<unknown>(text, where)
  if (!Array.isArray(v)) throw damagedValue(where)
  return v as T[]
}

export const damagedValue = (where: { table: string; column: string; id?: string | number }): EsitiError =>
  new EsitiError('CORRUPT_FILE', 'project.damagedValue', { table: where.table, column: where.column, id: String(where.id ?? '?') })
