import type { Migration } from 'kysely/migration'
import { runStatements } from './run-statements'

/**
 * The summary of an operation as a message (JSON `{ key, params }`), so Undo's tooltip and the
 * history follow the interface language. `summary` keeps the English sentence for logs; operations
 * written before this migration have no message and show their summary as it was written.
 */
export const SCHEMA_0004 = `
ALTER TABLE op_log ADD COLUMN message TEXT;
`

export const m0004: Migration = {
  up: (db) => runStatements(db, SCHEMA_0004)
}
