import type { Migration } from 'kysely/migration'
import { runStatements } from './run-statements'

/**
 * Derived questionnaire columns kept so that a recipe run need not recompute them. kind 'base': an
 * import variable's values converted from the raw layer, before any cleaning step; valid while `key`
 * (the import step, the dataset's waves and the conversion version) is unchanged. Never a source of
 * truth: a missing or stale row is rebuilt from the raw layer.
 */
export const SCHEMA_0003 = `
CREATE TABLE column_cache (
  dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  variable_id TEXT NOT NULL,
  key TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (dataset_id, kind, variable_id)
);
`

export const m0003: Migration = {
  up: (db) => runStatements(db, SCHEMA_0003)
}
