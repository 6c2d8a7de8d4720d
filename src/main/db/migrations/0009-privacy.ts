import type { Migration } from 'kysely/migration'
import { runStatements } from './run-statements'

/**
 * Privacy by design (issue 17).
 * - sources.version_of: a pseudonymised version points at the source it was made from (source texts
 *   never change: pseudonymising writes a new version and hides the original, which can be kept or
 *   destroyed). The unique name index now ignores hidden rows only, as before.
 * - memos.private: a memo marked private never leaves the project (shareable copies omit it).
 * - privacy_key: the key between pseudonyms and real identities, in a table of its own so that it can
 *   be exported to a separate protected file and removed from the project.
 * - privacy_rules: "always" / "never" decisions on a text, applied to every source.
 * - privacy_identifiers: questionnaire variables marked as direct identifiers (or as not being one).
 * - privacy_erasures: that an erasure happened, when and by whom, and what it removed (counts only:
 *   the erased person's name is not kept).
 */
export const SCHEMA_0009 = `
ALTER TABLE sources ADD COLUMN version_of TEXT;
ALTER TABLE sources ADD COLUMN pseudonymised_at TEXT;
CREATE INDEX sources_version_of ON sources(version_of);
ALTER TABLE memos ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));

CREATE TABLE privacy_key (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  real_text TEXT NOT NULL,
  real_key TEXT NOT NULL,
  surrogate TEXT NOT NULL,
  part TEXT NOT NULL DEFAULT 'full' CHECK (part IN ('full','first','last')),
  style TEXT NOT NULL DEFAULT 'label' CHECK (style IN ('label','realistic')),
  entity_table TEXT,
  entity_id TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (group_id, real_key)
);
CREATE INDEX privacy_key_real ON privacy_key(real_key);
CREATE INDEX privacy_key_entity ON privacy_key(entity_table, entity_id);

CREATE TABLE privacy_rules (
  id TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  text_key TEXT NOT NULL UNIQUE,
  decision TEXT NOT NULL CHECK (decision IN ('always','never')),
  kind TEXT NOT NULL DEFAULT 'name',
  created_at TEXT NOT NULL,
  created_by TEXT
);

CREATE TABLE privacy_identifiers (
  id TEXT PRIMARY KEY,
  variable_id TEXT NOT NULL UNIQUE REFERENCES variables(id) ON DELETE CASCADE,
  dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  kind TEXT,
  direct INTEGER NOT NULL CHECK (direct IN (0, 1)),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE INDEX privacy_identifiers_dataset ON privacy_identifiers(dataset_id);

CREATE TABLE privacy_erasures (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  removed TEXT NOT NULL
);
`

export const m0009: Migration = {
  up: (db) => runStatements(db, SCHEMA_0009)
}
