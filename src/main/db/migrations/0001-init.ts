import type { Migration } from 'kysely/migration'
import { runStatements } from './run-statements'

/**
 * The whole evaluation model. Frozen once landed: later changes go in new migrations.
 * Every table has a TEXT UUID primary key `id` so the operation log can address any row.
 * Offsets (start/end) are UTF-16 code units of the stored NFC, LF-only text, end exclusive.
 */
export const SCHEMA_0001 = `
CREATE TABLE meta (
  id TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE op_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  changes TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done','undone','discarded')),
  undone_at TEXT,
  undone_by TEXT
);
CREATE INDEX op_log_state ON op_log(state, seq);

CREATE TABLE coders (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  color TEXT NOT NULL DEFAULT '#4e79a7',
  created_at TEXT NOT NULL
);

CREATE TABLE programmes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  full_name TEXT,
  promoter TEXT,
  period_start TEXT,
  period_end TEXT,
  area TEXT,
  description TEXT
);

CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT,
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('promoter','partner','company','other')),
  org_type TEXT,
  sector TEXT,
  size_class TEXT,
  employees INTEGER,
  municipio INTEGER,
  notes TEXT
);

CREATE TABLE organisation_actions (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  role TEXT,
  joined_on TEXT,
  UNIQUE (organisation_id, action_id)
);

CREATE TABLE sdg_goals (
  id TEXT PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_en TEXT NOT NULL,
  color TEXT NOT NULL
);

CREATE TABLE sdg_targets (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES sdg_goals(id) ON DELETE CASCADE,
  code TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  text_en TEXT NOT NULL
);

CREATE TABLE report_sections (
  id TEXT PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_en TEXT,
  description TEXT
);

CREATE TABLE activities (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  organiser_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
  mode TEXT,
  municipio INTEGER,
  hours REAL,
  participants INTEGER NOT NULL DEFAULT 0,
  participants_women INTEGER,
  participants_men INTEGER,
  participants_other INTEGER,
  notes TEXT
);
CREATE INDEX activities_action ON activities(action_id);

CREATE TABLE activity_organisations (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  UNIQUE (activity_id, organisation_id)
);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT 'person',
  organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
  description TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE attributes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('text','number','date','boolean','category')),
  choices TEXT,
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE case_values (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  attribute_id TEXT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
  value TEXT,
  UNIQUE (case_id, attribute_id)
);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'text',
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  chars INTEGER NOT NULL,
  encoding TEXT,
  structure TEXT,
  case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
  original_name TEXT,
  original_type TEXT,
  original_data BLOB,
  imported_at TEXT NOT NULL,
  imported_by TEXT,
  deleted_at TEXT
);
CREATE UNIQUE INDEX sources_name ON sources(name) WHERE deleted_at IS NULL;
CREATE INDEX sources_hash ON sources(text_hash);
-- Source text never changes after import: codings depend on it.
CREATE TRIGGER sources_text_immutable BEFORE UPDATE OF text ON sources
WHEN NEW.text IS NOT OLD.text
BEGIN SELECT RAISE(ABORT, 'source text is immutable'); END;

CREATE TABLE case_segments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX case_segments_source ON case_segments(source_id);

CREATE TABLE codes (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  color TEXT NOT NULL DEFAULT '#4e79a7',
  definition TEXT,
  when_to_use TEXT,
  when_not_to_use TEXT,
  example TEXT,
  shortcut TEXT,
  sort INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by TEXT
);
CREATE INDEX codes_parent ON codes(parent_id);

CREATE TABLE code_links (
  id TEXT PRIMARY KEY,
  code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('sdg_goal','sdg_target','action','indicator')),
  target_id TEXT NOT NULL,
  UNIQUE (code_id, target_kind, target_id)
);

CREATE TABLE codings (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders(id) ON DELETE RESTRICT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  quote TEXT NOT NULL,
  comment TEXT,
  created_at TEXT NOT NULL,
  CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX codings_source ON codings(source_id, start);
CREATE INDEX codings_code ON codings(code_id);
CREATE INDEX codings_coder ON codings(coder_id);

CREATE TABLE memos (
  id TEXT PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project','source','code','case','coding','indicator','dataset')),
  target_id TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  author TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX memos_target ON memos(target_kind, target_id);

CREATE TABLE coding_decisions (
  id TEXT PRIMARY KEY,
  code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  decision TEXT NOT NULL CHECK (decision IN ('keep_a','keep_b','keep_both','merge')),
  coding_ids TEXT NOT NULL,
  result_ids TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT NOT NULL
);

CREATE TABLE datasets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT,
  wave TEXT,
  parent_id TEXT REFERENCES datasets(id) ON DELETE SET NULL,
  platform TEXT,
  file_name TEXT,
  file_hash TEXT,
  sheet TEXT,
  row_count INTEGER NOT NULL DEFAULT 0,
  header_rows TEXT,
  import_settings TEXT,
  recipe_version INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT NOT NULL,
  imported_by TEXT,
  deleted_at TEXT
);
CREATE UNIQUE INDEX datasets_name ON datasets(name) WHERE deleted_at IS NULL;

CREATE TABLE variables (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  label TEXT,
  type TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'question',
  value_labels TEXT,
  missing_codes TEXT,
  set_id TEXT,
  source_columns TEXT,
  derived TEXT,
  UNIQUE (dataset_id, name)
);

-- Columnar storage: one row per variable and layer. 'raw' holds the imported cells as they were
-- (text and parsed value) and is never rewritten; 'clean' is produced by the recipe.
CREATE TABLE column_data (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  variable_id TEXT REFERENCES variables(id) ON DELETE CASCADE,
  layer TEXT NOT NULL CHECK (layer IN ('raw','clean','rowid')),
  encoding TEXT NOT NULL DEFAULT 'json',
  data BLOB NOT NULL,
  UNIQUE (dataset_id, variable_id, layer)
);

CREATE TABLE recipes (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  steps TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT,
  UNIQUE (dataset_id, version)
);

CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_en TEXT,
  definition TEXT,
  unit TEXT NOT NULL DEFAULT 'count',
  kind TEXT NOT NULL DEFAULT 'output' CHECK (kind IN ('output','outcome','qualitative','context')),
  action_id TEXT REFERENCES actions(id) ON DELETE SET NULL,
  section_id TEXT REFERENCES report_sections(id) ON DELETE SET NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('survey','register','coding')),
  spec TEXT NOT NULL,
  disaggregations TEXT,
  baseline REAL,
  target REAL,
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicator_sdgs (
  id TEXT PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  goal_id TEXT NOT NULL REFERENCES sdg_goals(id) ON DELETE CASCADE,
  target_id TEXT REFERENCES sdg_targets(id) ON DELETE SET NULL,
  UNIQUE (indicator_id, goal_id, target_id)
);

CREATE TABLE report_tables (
  id TEXT PRIMARY KEY,
  section_id TEXT REFERENCES report_sections(id) ON DELETE SET NULL,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  spec TEXT NOT NULL,
  chart TEXT,
  notes TEXT,
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE joint_displays (
  id TEXT PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  code_ids TEXT NOT NULL,
  quote_ids TEXT NOT NULL,
  notes TEXT
)
`

export const m0001: Migration = {
  up: (db) => runStatements(db, SCHEMA_0001)
}
