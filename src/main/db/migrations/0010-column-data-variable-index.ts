import type { Migration } from 'kysely/migration'
import { runStatements } from './run-statements'

/**
 * column_data.variable_id is the child key of a foreign key to variables, and it had no index of its
 * own (the unique key starts with dataset_id). SQLite then scans the whole of column_data whenever it
 * must find a variable's children: on each variable deleted (cascade, the variable sync), and on each
 * variable inserted while deferred foreign-key violations are pending, which is what a questionnaire
 * import does (it writes the columns before their variables). A 10,000-column import spent 13 of its
 * 22 s there, growing with the square of the width (issue 15).
 */
export const SCHEMA_0010 = `
CREATE INDEX column_data_variable ON column_data(variable_id);
`

export const m0010: Migration = {
  up: (db) => runStatements(db, SCHEMA_0010)
}
