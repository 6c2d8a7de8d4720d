import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import type { Migration } from 'kysely/migration'
import { runStatements } from './run-statements'

/**
 * What the operation log needs before it can sync (issue 18, docs/decisions/0027):
 *  - each operation carries the replica that made it and a hybrid-logical-clock timestamp, where it
 *    came from (this copy, another member, the published baseline), whether it is an action or an
 *    undo/redo appended as a compensating operation, whether the team server has it, and for a
 *    pulled one the member role that pushed it and its blind scope;
 *  - tombstones: a deleted row's id and content, so that a late operation cannot bring it back;
 *  - the clock of the last write of each field, conflicts listed for review, rows set aside by a
 *    conflict, operations waiting for a row, duplicate rows joined, parts pushed under blind scopes;
 *  - recipe versions identified by id: two members may both save "version 3" of a recipe offline,
 *    so UNIQUE(dataset_id, version) goes and datasets point to their recipe by id.
 * Every table here is local bookkeeping except sync_conflicts, whose resolution is synced.
 */
export const SCHEMA_0011 = `
ALTER TABLE op_log ADD COLUMN replica TEXT;
ALTER TABLE op_log ADD COLUMN hlc TEXT;
ALTER TABLE op_log ADD COLUMN origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local','remote','baseline'));
ALTER TABLE op_log ADD COLUMN role TEXT NOT NULL DEFAULT 'action' CHECK (role IN ('action','undo','redo'));
ALTER TABLE op_log ADD COLUMN target TEXT;
ALTER TABLE op_log ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE op_log ADD COLUMN server_seq INTEGER;
ALTER TABLE op_log ADD COLUMN author TEXT;
ALTER TABLE op_log ADD COLUMN scope TEXT;
CREATE INDEX op_log_hlc ON op_log(hlc);
CREATE INDEX op_log_outbox ON op_log(pushed, origin, seq);

CREATE TABLE tombstones (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  deleted_hlc TEXT NOT NULL,
  deleted_op TEXT,
  restored_hlc TEXT,
  row TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

CREATE TABLE sync_clock (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  hlc TEXT NOT NULL,
  op_id TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id, col)
) WITHOUT ROWID;

CREATE TABLE sync_conflicts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  review INTEGER NOT NULL DEFAULT 1,
  message TEXT NOT NULL,
  detail TEXT NOT NULL,
  first_hlc TEXT,
  detected_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  resolution TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, review);

CREATE TABLE sync_aside (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  conflict_id TEXT NOT NULL,
  row TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
CREATE INDEX sync_aside_conflict ON sync_aside(conflict_id);

CREATE TABLE sync_parked (
  op_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  hlc TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  change TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (op_id, idx)
);

CREATE TABLE sync_alias (
  tbl TEXT NOT NULL,
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  PRIMARY KEY (tbl, from_id)
) WITHOUT ROWID;

CREATE TABLE sync_parts (
  part_id TEXT PRIMARY KEY,
  op_id TEXT NOT NULL
);

CREATE TABLE recipes_0011 (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  steps TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT
);
INSERT INTO recipes_0011 (id, dataset_id, version, steps, created_at, created_by)
  SELECT id, dataset_id, version, steps, created_at, created_by FROM recipes;
DROP TABLE recipes;
ALTER TABLE recipes_0011 RENAME TO recipes;
CREATE INDEX recipes_dataset ON recipes(dataset_id, version);

ALTER TABLE datasets ADD COLUMN recipe_id TEXT;
UPDATE datasets SET recipe_id = (
  SELECT r.id FROM recipes r WHERE r.dataset_id = datasets.id AND r.version = datasets.recipe_version
);
`

export const m0011: Migration = {
  async up(db) {
    await runStatements(db, SCHEMA_0011)
    // The copy's replica id: 16 hex digits, the node of its clock. A copy made by hand shares it
    // until its first sync tells them apart (see checkTwin in services/sync/team-sync.ts).
    await sql`INSERT OR IGNORE INTO meta (id, value) VALUES ('replica_id', ${randomBytes(8).toString('hex')})`.execute(db)
  }
}
