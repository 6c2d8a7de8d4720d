/** Row types of the project file, as kysely sees them (see migrations/0001-init.ts). */
type Nullable<T> = T | null

export interface MetaTable { id: string; value: string }
export interface OpLogTable {
  seq: number
  id: string
  at: string
  actor: string
  kind: string
  summary: string
  /** The summary as a message (JSON { key, params }); null for operations logged before 0004. */
  message: Nullable<string>
  changes: string
  state: 'done' | 'undone' | 'discarded'
  undone_at: Nullable<string>
  undone_by: Nullable<string>
  /** Since 0011: the replica and hybrid-logical-clock timestamp of the operation. */
  replica: Nullable<string>
  hlc: Nullable<string>
  origin: 'local' | 'remote' | 'baseline'
  role: 'action' | 'undo' | 'redo'
  /** The operation an undo or redo compensates. */
  target: Nullable<string>
  /** 1 when the team server has it (or it is part of the published baseline). */
  pushed: number
  server_seq: Nullable<number>
  /** Pulled operations: the member role that pushed it and its blind scope (a blind coder's role). */
  author: Nullable<string>
  scope: Nullable<string>
}
export interface CoderTable { id: string; name: string; color: string; created_at: string }
export interface ProgrammeTable {
  id: string
  name: string
  full_name: Nullable<string>
  promoter: Nullable<string>
  period_start: Nullable<string>
  period_end: Nullable<string>
  area: Nullable<string>
  description: Nullable<string>
  /** What one territorial unit is called ("Municipio", "Quartiere", "Comune"); migration 0005. */
  area_label: Nullable<string>
}
export interface ActionTable {
  id: string
  programme_id: string
  code: string
  name: string
  description: Nullable<string>
  sort: number
  period_start: Nullable<string>
  period_end: Nullable<string>
  /** The lead partner (organisations.id). */
  lead_id: Nullable<string>
}
export interface OrganisationTable {
  id: string
  name: string
  kind: 'promoter' | 'partner' | 'company' | 'other'
  org_type: Nullable<string>
  sector: Nullable<string>
  size_class: Nullable<string>
  employees: Nullable<number>
  area_id: Nullable<string>
  notes: Nullable<string>
}
export interface OrganisationActionTable {
  id: string
  organisation_id: string
  action_id: string
  role: Nullable<string>
  joined_on: Nullable<string>
}
/** The 17 goals (reference data, migration 0005): title is the short title, full_title the goal's text. */
export interface SdgGoalTable {
  id: string
  number: number
  title: string
  title_en: string
  color: string
  full_title: Nullable<string>
  full_title_en: Nullable<string>
}
export interface SdgTargetTable { id: string; goal_id: string; code: string; text: string; text_en: string }
/** What the programme adopts: a goal (target_id null) or one of its targets. */
export interface SdgAdoptionTable { id: string; goal_id: string; target_id: Nullable<string> }
export interface ActionSdgTable { id: string; action_id: string; goal_id: string; target_id: Nullable<string> }
export interface AreaTable { id: string; name: string; sort: number }
export interface ActivityKindTable { id: string; name: string; sort: number }
export interface ParticipantValueTable { id: string; list: 'gender' | 'ageBand'; code: string; sort: number }
/** Personal data: one person (or pseudonym) reached by the programme. */
export interface PersonTable {
  id: string
  name: string
  name_key: string
  pseudonym: number
  gender: Nullable<string>
  age_band: Nullable<string>
  organisation_id: Nullable<string>
  created_at: string
}
export interface ParticipationTable { id: string; activity_id: string; person_id: string; role: Nullable<string> }
export interface RecipeTemplateTable { id: string; dataset_name: string; steps: string; created_at: string }
export interface ReportSectionTable {
  id: string
  number: number
  title: string
  title_en: Nullable<string>
  description: Nullable<string>
}
export interface ActivityTable {
  id: string
  action_id: string
  kind: string
  title: string
  date: string
  organiser_id: Nullable<string>
  mode: Nullable<string>
  area_id: Nullable<string>
  hours: Nullable<number>
  participants: number
  participants_women: Nullable<number>
  participants_men: Nullable<number>
  participants_other: Nullable<number>
  notes: Nullable<string>
}
export interface ActivityOrganisationTable { id: string; activity_id: string; organisation_id: string }
export interface CaseTable {
  id: string
  name: string
  kind: string
  organisation_id: Nullable<string>
  description: Nullable<string>
  created_at: string
}
export interface AttributeTable {
  id: string
  name: string
  type: 'text' | 'number' | 'date' | 'boolean' | 'category'
  choices: Nullable<string>
  sort: number
}
export interface CaseValueTable { id: string; case_id: string; attribute_id: string; value: Nullable<string> }
export interface SourceTable {
  id: string
  name: string
  kind: string
  text: string
  text_hash: string
  chars: number
  encoding: Nullable<string>
  structure: Nullable<string>
  case_id: Nullable<string>
  original_name: Nullable<string>
  original_type: Nullable<string>
  original_data: Nullable<Buffer>
  imported_at: string
  imported_by: Nullable<string>
  deleted_at: Nullable<string>
  /** The source this one is a pseudonymised version of (migrations/0009-privacy.ts). */
  version_of: Nullable<string>
  pseudonymised_at: Nullable<string>
}
export interface CaseSegmentTable { id: string; case_id: string; source_id: string; start: number; end: number }
export interface CodeTable {
  id: string
  parent_id: Nullable<string>
  name: string
  color: string
  definition: Nullable<string>
  when_to_use: Nullable<string>
  when_not_to_use: Nullable<string>
  example: Nullable<string>
  shortcut: Nullable<string>
  sort: number
  created_at: string
  created_by: Nullable<string>
}
export interface CodeLinkTable {
  id: string
  code_id: string
  target_kind: 'sdg_goal' | 'sdg_target' | 'action' | 'indicator'
  target_id: string
}
export interface CodingTable {
  id: string
  source_id: string
  code_id: string
  coder_id: string
  start: number
  end: number
  quote: string
  comment: Nullable<string>
  created_at: string
}
/** An audio or video recording of a transcript (migrations/0008-coding-media.ts). */
export interface MediaTable {
  id: string
  source_id: string
  name: string
  mime: string
  size: number
  chunk_size: number
  sha256: string
  added_at: string
  added_by: Nullable<string>
  deleted_at: Nullable<string>
}
export interface MediaChunkTable {
  id: string
  media_id: string
  seq: number
  data: Buffer
}
export interface MemoTable {
  id: string
  target_kind: 'project' | 'source' | 'code' | 'case' | 'coding' | 'indicator' | 'dataset'
  target_id: Nullable<string>
  title: string
  body: string
  author: Nullable<string>
  created_at: string
  updated_at: string
  /** 1: never leaves the project (shareable copies omit it). */
  private: number
}
export interface CodingDecisionTable {
  id: string
  code_id: string
  source_id: string
  decision: 'keep_a' | 'keep_b' | 'keep_both' | 'merge'
  coding_ids: string
  result_ids: string
  decided_by: Nullable<string>
  decided_at: string
}
export interface DatasetTable {
  id: string
  name: string
  title: Nullable<string>
  wave: Nullable<string>
  parent_id: Nullable<string>
  platform: Nullable<string>
  file_name: Nullable<string>
  file_hash: Nullable<string>
  sheet: Nullable<string>
  row_count: number
  header_rows: Nullable<string>
  import_settings: Nullable<string>
  recipe_version: number
  /** Since 0011: the recipe version in use, by id (version numbers may repeat across members). */
  recipe_id: Nullable<string>
  imported_at: string
  imported_by: Nullable<string>
  deleted_at: Nullable<string>
}
export interface VariableTable {
  id: string
  dataset_id: string
  position: number
  name: string
  label: Nullable<string>
  type: string
  role: string
  value_labels: Nullable<string>
  missing_codes: Nullable<string>
  set_id: Nullable<string>
  source_columns: Nullable<string>
  derived: Nullable<string>
  /** JSON (migration 0006): non-substantive answers, identifier kind, options not asked, a note. */
  details: Nullable<string>
}
export interface ColumnDataTable {
  id: string
  dataset_id: string
  variable_id: Nullable<string>
  layer: 'raw' | 'clean' | 'rowid'
  encoding: string
  data: Buffer
}
/** Derived columns, rebuilt when missing or stale (migrations/0003-column-cache.ts). */
export interface ColumnCacheTable {
  dataset_id: string
  kind: string
  variable_id: string
  key: string
  data: Buffer
}
export interface RecipeTable {
  id: string
  dataset_id: string
  version: number
  steps: string
  created_at: string
  created_by: Nullable<string>
}
export interface IndicatorTable {
  id: string
  code: string
  name: string
  name_en: Nullable<string>
  definition: Nullable<string>
  unit: string
  kind: 'output' | 'outcome' | 'qualitative' | 'context'
  action_id: Nullable<string>
  section_id: Nullable<string>
  source_kind: 'survey' | 'register' | 'coding'
  spec: string
  disaggregations: Nullable<string>
  baseline: Nullable<number>
  target: Nullable<number>
  sort: number
  baseline_year: Nullable<number>
  baseline_source: Nullable<string>
  milestone: Nullable<number>
  milestone_year: Nullable<number>
  target_year: Nullable<number>
  direction: Nullable<'increase' | 'decrease'>
  responsible_id: Nullable<string>
}
export interface IndicatorSdgTable { id: string; indicator_id: string; goal_id: string; target_id: Nullable<string> }
export interface ReportTableTable {
  id: string
  section_id: Nullable<string>
  number: number
  title: string
  spec: string
  chart: Nullable<string>
  /** JSON TableStats (migration 0007); null = figures and bases only. */
  stats: Nullable<string>
  notes: Nullable<string>
  sort: number
}
export interface JointDisplayTable {
  id: string
  indicator_id: string
  title: string
  code_ids: string
  quote_ids: string
  notes: Nullable<string>
}
/** Privacy (migrations/0009-privacy.ts): the key between pseudonyms and real identities, rules, marks. */
export interface PrivacyKeyTable {
  id: string
  group_id: string
  kind: string
  real_text: string
  real_key: string
  surrogate: string
  part: 'full' | 'first' | 'last'
  style: 'label' | 'realistic'
  entity_table: Nullable<string>
  entity_id: Nullable<string>
  created_at: string
}
export interface PrivacyRuleTable {
  id: string
  text: string
  text_key: string
  decision: 'always' | 'never'
  kind: string
  created_at: string
  created_by: Nullable<string>
}
export interface PrivacyIdentifierTable {
  id: string
  variable_id: string
  dataset_id: string
  kind: Nullable<string>
  direct: number
  decided_by: string
  decided_at: string
}
export interface PrivacyErasureTable { id: string; at: string; actor: string; removed: string }

export interface TombstoneTable {
  tbl: string
  row_id: string
  deleted_hlc: string
  deleted_op: Nullable<string>
  restored_hlc: Nullable<string>
  row: string
  deleted_at: string
}
export interface SyncClockTable { tbl: string; row_id: string; col: string; hlc: string; op_id: string }
export interface SyncConflictTable {
  id: string
  kind: string
  tbl: string
  row_id: string
  review: number
  message: string
  detail: string
  first_hlc: Nullable<string>
  detected_at: string
  resolved_at: Nullable<string>
  resolved_by: Nullable<string>
  resolution: Nullable<string>
}
export interface SyncAsideTable { tbl: string; row_id: string; conflict_id: string; row: string }
export interface SyncParkedTable { op_id: string; idx: number; hlc: string; tbl: string; row_id: string; change: string; reason: string }
export interface SyncAliasTable { tbl: string; from_id: string; to_id: string }
export interface SyncPartTable { part_id: string; op_id: string }

export interface DB {
  meta: MetaTable
  op_log: OpLogTable
  coders: CoderTable
  programmes: ProgrammeTable
  actions: ActionTable
  organisations: OrganisationTable
  organisation_actions: OrganisationActionTable
  sdg_goals: SdgGoalTable
  sdg_targets: SdgTargetTable
  report_sections: ReportSectionTable
  activities: ActivityTable
  activity_organisations: ActivityOrganisationTable
  cases: CaseTable
  attributes: AttributeTable
  case_values: CaseValueTable
  sources: SourceTable
  case_segments: CaseSegmentTable
  codes: CodeTable
  code_links: CodeLinkTable
  codings: CodingTable
  memos: MemoTable
  media: MediaTable
  media_chunks: MediaChunkTable
  coding_decisions: CodingDecisionTable
  datasets: DatasetTable
  variables: VariableTable
  column_data: ColumnDataTable
  column_cache: ColumnCacheTable
  recipes: RecipeTable
  indicators: IndicatorTable
  indicator_sdgs: IndicatorSdgTable
  report_tables: ReportTableTable
  joint_displays: JointDisplayTable
  areas: AreaTable
  sdg_adoptions: SdgAdoptionTable
  action_sdgs: ActionSdgTable
  activity_kinds: ActivityKindTable
  participant_values: ParticipantValueTable
  persons: PersonTable
  participations: ParticipationTable
  recipe_templates: RecipeTemplateTable
  privacy_key: PrivacyKeyTable
  privacy_rules: PrivacyRuleTable
  privacy_identifiers: PrivacyIdentifierTable
  privacy_erasures: PrivacyErasureTable
  tombstones: TombstoneTable
  sync_clock: SyncClockTable
  sync_conflicts: SyncConflictTable
  sync_aside: SyncAsideTable
  sync_parked: SyncParkedTable
  sync_alias: SyncAliasTable
  sync_parts: SyncPartTable
}

export type TableName = keyof DB
