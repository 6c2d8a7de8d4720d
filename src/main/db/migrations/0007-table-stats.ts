import type { Migration } from 'kysely/migration'
import { runStatements } from './run-statements'

/**
 * Each report table's statistics (JSON: intervals, tests of group differences, the minimum base
 * under which figures are suppressed). NULL for tables written before: they show figures and bases
 * only, as they did.
 */
export const SCHEMA_0007 = `
ALTER TABLE report_tables ADD COLUMN stats TEXT;
`

export const m0007: Migration = {
  up: (db) => runStatements(db, SCHEMA_0007)
}
