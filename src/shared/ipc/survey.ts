import { z } from 'zod'
import type { Msg } from '../messages'
import { channel } from './define'

// ---------------------------------------------------------------------------------------------
// DTOs of the questionnaire workspace. Datasets are named by id or exact name; variables by the
// name they have in the current recipe. Raw data is never written: every change is a recipe step.
// ---------------------------------------------------------------------------------------------

export type SurveyVariableType = 'id' | 'metadata' | 'nominal' | 'ordinal' | 'numeric' | 'date' | 'datetime' | 'text' | 'multi'
export type SurveyRole = 'metadata' | 'question' | 'derived' | 'weight'
export type SurveyLayer = 'clean' | 'raw'
export type SurveyScalar = string | number
export type SurveyCell = string | number | boolean | null | string[]
/** A message from main (warning, note, decision detail), worded by the window in its language. */
export type SurveyMsg = Msg
export type SurveyIdentifierKind = 'email' | 'vat' | 'taxcode' | 'phone' | 'uuid' | 'respondent' | 'code'
export interface SurveyNonSubstantiveDto {
  values: SurveyScalar[]
  include: boolean
}

/**
 * Everything the importer decides for the user that can change a figure, each listed with how many
 * cells, rows or columns it touches and reversible before the import.
 */
export type ImportDecisionKind =
  | 'headerRows'
  | 'rowsSkipped'
  | 'type'
  | 'identifier'
  | 'metadata'
  | 'missingCodes'
  | 'unparsed'
  | 'nonSubstantive'
  | 'scale'
  | 'multipleResponse'
  | 'hiddenColumn'
  | 'hiddenRows'
  | 'comments'

/** One automatic decision of an import, with its count; the user can undo it before importing. */
export interface ImportDecisionDto {
  id: string
  kind: ImportDecisionKind
  variable: string | null
  column: string | null
  count: number
  detail: SurveyMsg
  reversible: boolean
  reverted: boolean
}

export interface SurveyDatasetDto {
  id: string
  name: string
  title: string | null
  /** Wave labels, first import first ([] when the dataset has no waves). */
  waves: string[]
  platform: string | null
  file: string | null
  sheet: string | null
  /** Rows after cleaning, and rows imported (all waves). */
  rows: number
  totalRows: number
  variables: number
  recipeVersion: number
  steps: number
  issues: number
  excluded: number
  importedAt: string
  importedBy: string | null
}

export interface ImportPreviewDto {
  dataset: string
  id: string | null
  file: string
  format: 'xlsx' | 'csv' | 'ods' | 'xls' | 'sav'
  sheet: string
  sheets: { name: string; index: number; state: 'visible' | 'hidden' | 'veryHidden'; selected: boolean }[]
  encoding: string | null
  delimiter: string | null
  platform: string
  rows: number
  titleRows: number[]
  headerRows: number[]
  dataStart: number
  dataEnd: number
  blankRows: number
  totalRows: number[]
  noteRows: number[]
  variables: {
    name: string
    label: string | null
    group: string | null
    type: string
    role: string
    missing: number
    distinct: number
    missingCodes: SurveyScalar[]
    valueLabels: { value: SurveyScalar; label: string; score?: number }[]
    options: string[] | null
    columns: string[]
    examples: string[]
    nonSubstantive: SurveyNonSubstantiveDto | null
    identifier: SurveyIdentifierKind | null
    note: string | null
  }[]
  warnings: SurveyMsg[]
  decisions: ImportDecisionDto[]
  /** Cell comments kept as notes. */
  notes: number
  /** Hidden columns (letters) imported. */
  hiddenColumns: string[]
  wave: string | null
  preview: boolean
}

export interface SurveyVariableDto {
  id: string
  position: number
  name: string
  label: string | null
  type: SurveyVariableType
  role: string
  valueLabels: { value: SurveyScalar; label: string; score?: number }[]
  missingCodes: SurveyScalar[]
  options: string[] | null
  /** Source headers in the imported file ([] for derived variables). */
  columns: string[]
  derived: boolean
  nonSubstantive: SurveyNonSubstantiveDto | null
  identifier: SurveyIdentifierKind | null
  /** Multiple-response options some waves did not offer. */
  notAsked: { waveVariable: string; options: Record<string, string[]> } | null
  note: string | null
}

export interface GridPageDto {
  dataset: string
  layer: SurveyLayer
  columns: { name: string; label: string | null; type: string }[]
  total: number
  offset: number
  rows: { id: string; index: number; sheetRow: number; wave: string | null; excluded: SurveyMsg | null; cells: SurveyCell[] }[]
}

export interface FacetsDto {
  total: number
  matching: number
  facets: { variable: string; rows: number; values: { value: SurveyScalar | null; label: string; count: number }[] }[]
}

export interface VariableProfileDto {
  name: string
  label: string | null
  type: string
  role: string
  rows: number
  /** Rows with a value in the base: not a declared missing code, not an excluded non-substantive answer. */
  valid: number
  /** Empty cells plus declared missing codes. */
  missing: number
  /** Non-substantive answers ("Non so"), counted apart whether or not the bases include them. */
  nonSubstantive: number
  nonSubstantiveIncluded: boolean
  distinct: number
  missingCodes: SurveyScalar[]
  /**
   * Categories in scale order (nominal, ordinal), options (multi: respondents choosing each), or top
   * values (text); `missing` marks a declared missing code, `nonSubstantive` a non-substantive answer,
   * `score` the number a category counts as in means, `notAsked` the waves that did not offer an option.
   */
  counts: { value: SurveyScalar; label: string; count: number; missing: boolean; nonSubstantive: boolean; score?: number; notAsked?: string[] }[] | null
  numeric: { min: number; max: number; mean: number; median: number; sd: number; bins: { from: number; to: number; count: number }[] } | null
  dates: { min: string; max: string } | null
}

export interface StepReportDto {
  status: 'ok' | 'skipped' | 'disabled'
  cells: number
  rows: number
  affected: number
  issues: number
  /** Why the step was skipped. */
  message: SurveyMsg | null
  warnings: SurveyMsg[]
}

export interface RecipeStepDto {
  id: string
  op: string
  enabled: boolean
  /** The step's own settings (variables, map, rule…), as stored in the recipe. */
  params: Record<string, unknown>
  /** One line from main; the UI writes its own text from `params` where it knows the step. */
  description: SurveyMsg
  /** Variables the step reads, creates and drops (names at that point of the recipe). */
  effects: StepEffectsDto
  report: StepReportDto | null
}

export interface RecipeViewDto {
  dataset: string
  datasetId: string
  version: number
  steps: RecipeStepDto[]
  rows: number
  totalRows: number
  excluded: number
  issues: number
}

export interface StepEffectsDto {
  reads: string[]
  creates: string[]
  drops: string[]
  renames: { from: string; to: string }[]
}

export interface ApplyResultDto {
  dataset: string
  version: number
  rows: number
  totalRows: number
  steps: { id: string; op: string; status: 'ok' | 'skipped' | 'disabled'; affected: number; cells: number; rows: number; message: SurveyMsg | null; warnings: SurveyMsg[] }[]
  issues: number
  excluded: number
}

export interface ClusterDto {
  values: { value: string; count: number }[]
  suggestion: string
  rows: number
}
export interface ClusterResultDto {
  dataset: string
  variable: string
  method: ClusterMethod
  distinct: number
  clusters: ClusterDto[]
}

export interface SurveyIssueDto {
  /** Stable per recipe version: step id + row id + variable. */
  id: string
  step: string
  rule: string
  severity: 'error' | 'warning'
  row: string
  /** Spreadsheet row the respondent came from, and the wave. */
  sheetRow: number
  wave: string | null
  variable: string | null
  value: SurveyCell
  message: SurveyMsg
  /** Other rows involved (near-duplicates). */
  related?: string[]
}
export interface SurveyIssuesDto {
  rows: number
  /** Issues found (the list is capped at `limit`). */
  total: number
  issues: SurveyIssueDto[]
  exclusions: { row: string; sheetRow: number; wave: string | null; reason: SurveyMsg; step: string }[]
}

export interface WaveMappingDto {
  from: string
  to: string | null
  score: number
  how: 'name' | 'label' | 'similar' | 'manual' | 'none'
  /** Matched by similar wording only: applied, to be reviewed. */
  review: boolean
  label: string | null
  column: string | null
}
export interface WavePreviewDto {
  dataset: string
  wave: string
  file: string
  rows: number
  platform: string
  mapping: WaveMappingDto[]
  unmapped: string[]
  unused: string[]
  affectedSteps: { id: string; op: string; variables: string[] }[]
  review: string[]
  warnings: SurveyMsg[]
  decisions: ImportDecisionDto[]
}
export interface AppendWaveDto extends WavePreviewDto {
  id: string
  totalRows: number
  cleanRows: number
  steps: { id: string; op: string; status: string; affected: number; message: SurveyMsg | null }[]
}
export interface WaveInfoDto {
  id: string
  wave: string
  file: string | null
  rows: number
  importedAt: string
  unmapped: string[]
}

export type ClusterMethod = 'fingerprint' | 'ngram' | 'levenshtein' | 'accent'

export interface ExpressionCheckDto {
  ok: boolean
  error: SurveyMsg | null
  /** 0-based character and length of the problem, to underline it. */
  position: number | null
  length: number | null
  variables: string[]
  help: SurveyMsg
}

// ---------------------------------------------------------------------------------------------
// Input schemas
// ---------------------------------------------------------------------------------------------

/** What a clean-data export wrote (survey:exportData). Notes are messages the window words. */
export interface SurveyExportDto {
  dataset: string
  file: string
  format: 'xlsx' | 'csv' | 'sav'
  rows: number
  variables: number
  columns: number
  omitted: string[]
  pseudonymised: string[]
  notes: { key: string; params?: Record<string, unknown> }[]
}

const dataset = z.string().min(1).max(255)
const variable = z.string().trim().min(1).max(200)
const jobId = z.string().max(64).optional()
const scalar = z.union([z.string().max(2000), z.number()])
const layer = z.enum(['clean', 'raw']).default('clean')
const file = z.string().min(1).max(4096)
const sheet = z.string().min(1).max(255).optional()
const variableType = z.enum(['id', 'metadata', 'nominal', 'ordinal', 'numeric', 'date', 'datetime', 'text', 'multi'])
const filters = z.array(z.object({ variable, values: z.array(scalar.nullable()).max(5000) })).max(50).default([])
const waveMap = z.record(z.string().max(200), z.string().max(2000).nullable()).default({})
/** Decisions of the import to undo (ids from the preview), and header rows chosen by the user (1-based). */
const revert = z.array(z.string().min(1).max(120)).max(5000).optional()
const headerRows = z.array(z.number().int().min(0).max(1_048_576)).max(10).optional()

export const STEP_KINDS = [
  'normalise',
  'recode',
  'setMissing',
  'setNonSubstantive',
  'parseNumber',
  'parseDate',
  'splitMulti',
  'combineMulti',
  'bin',
  'compute',
  'rename',
  'setType',
  'setLabel',
  'setValueLabels',
  'dedupe',
  'exclude',
  'validate',
  'editCell',
  'drop'
] as const
export type StepKind = (typeof STEP_KINDS)[number]

/** A new step: its op and settings. Main checks the settings against the step's full schema. */
const newStep = z.looseObject({ op: z.enum(STEP_KINDS) }).refine((s) => !('id' in s) || typeof s.id === 'string', 'core.zod.idText')

/**
 * The questionnaire workspace's channels. Files are chosen by main's picker (pickImport, pickWave):
 * the import and append channels accept only a file picked that way. Every change is one undoable
 * operation (project:undo).
 */
export const surveyChannels = {
  'survey:datasets': channel<SurveyDatasetDto[]>()(z.object({})),
  /** Clean data out: main asks for the path in a save dialog; null when cancelled. */
  'survey:exportData': channel<SurveyExportDto | null>()(
    z.object({
      dataset,
      format: z.enum(['xlsx', 'csv', 'sav']),
      labels: z.boolean().default(false),
      dialect: z.enum(['standard', 'excel-it']).default('standard'),
      bom: z.boolean().default(false),
      identifiers: z.enum(['omit', 'hash', 'keep']).default('omit'),
      jobId
    })
  ),
  /** The data dictionary alone (.xlsx), through a save dialog; null when cancelled. */
  'survey:exportDictionary': channel<{ dataset: string; file: string; variables: number } | null>()(
    z.object({ dataset, identifiers: z.enum(['omit', 'hash', 'keep']).default('omit') })
  ),
  /** Opens the file picker and previews the chosen file; null when the user cancels. */
  'survey:pickImport': channel<ImportPreviewDto | null>()(z.object({ jobId })),
  /** Previews a picked file again (another sheet). Writes nothing. */
  'survey:previewImport': channel<ImportPreviewDto>()(z.object({ file, sheet, revert, headerRows, jobId })),
  /** Imports a picked file as a new dataset: all or nothing, cancellable. */
  'survey:import': channel<ImportPreviewDto>()(
    z.object({ file, sheet, dataset: z.string().trim().min(1).max(200).optional(), wave: z.string().trim().min(1).max(50).optional(), revert, headerRows, jobId })
  ),

  'survey:variables': channel<SurveyVariableDto[]>()(z.object({ dataset })),
  /**
   * Overrides the importer's decisions about one variable. Each given field becomes a recipe step
   * (setType, setLabel, setValueLabels, setMissing): one undoable operation.
   */
  'survey:overrideVariable': channel<ApplyResultDto>()(
    z.object({
      dataset,
      variable,
      type: variableType.optional(),
      role: z.enum(['metadata', 'question', 'weight']).optional(),
      label: z.string().max(2000).nullable().optional(),
      valueLabels: z.array(z.object({ value: scalar, label: z.string().max(2000), score: z.number().finite().optional() })).min(1).max(500).optional(),
      missingCodes: z.array(scalar).max(200).optional(),
      nonSubstantive: z.object({ values: z.array(scalar).max(200), include: z.boolean() }).optional()
    })
  ),
  /** Checks an expression before a step holding it is added: syntax, null comparisons, variables at that point. */
  'survey:checkExpression': channel<ExpressionCheckDto>()(
    z.object({ dataset, expression: z.string().max(5000), position: z.number().int().min(1).optional() })
  ),
  'survey:profile': channel<VariableProfileDto>()(z.object({ dataset, variable, layer })),

  'survey:rows': channel<GridPageDto>()(
    z.object({
      dataset,
      layer,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
      filters,
      columns: z.array(variable).max(5000).optional()
    })
  ),
  'survey:facets': channel<FacetsDto>()(z.object({ dataset, layer, variables: z.array(variable).min(1).max(20), filters })),

  'survey:recipe': channel<RecipeViewDto>()(z.object({ dataset })),
  'survey:addStep': channel<ApplyResultDto>()(
    z.object({ dataset, step: newStep, position: z.number().int().min(1).optional(), jobId })
  ),
  'survey:toggleStep': channel<ApplyResultDto>()(z.object({ dataset, stepId: z.string().min(1).max(64), enabled: z.boolean(), jobId })),
  'survey:moveStep': channel<ApplyResultDto>()(
    z.object({ dataset, stepId: z.string().min(1).max(64), toIndex: z.number().int().min(1), jobId })
  ),
  'survey:removeStep': channel<ApplyResultDto>()(z.object({ dataset, stepId: z.string().min(1).max(64), jobId })),

  'survey:clusters': channel<ClusterResultDto>()(
    z.object({
      dataset,
      variable,
      method: z.enum(['fingerprint', 'ngram', 'levenshtein', 'accent']).default('fingerprint'),
      radius: z.number().int().min(1).max(10).optional()
    })
  ),
  /** Accepted clusters become one recode step (from → to). */
  'survey:acceptClusters': channel<ApplyResultDto>()(
    z.object({
      dataset,
      variable,
      clusters: z.array(z.object({ from: z.array(z.string().max(2000)).min(1).max(1000), to: z.string().max(2000) })).min(1).max(1000),
      jobId
    })
  ),
  /** Marks flagged rows of a validation step as reviewed and correct: they stop being issues. */
  'survey:acceptIssues': channel<ApplyResultDto>()(
    z.object({ dataset, stepId: z.string().min(1).max(64), rows: z.array(z.string().min(1).max(64)).min(1).max(100_000), jobId })
  ),
  'survey:issues': channel<SurveyIssuesDto>()(z.object({ dataset, limit: z.number().int().min(1).max(100_000).default(2000) })),

  'survey:waves': channel<WaveInfoDto[]>()(z.object({ dataset })),
  /** Opens the file picker for the next wave and proposes the column mapping; null when cancelled. */
  'survey:pickWave': channel<WavePreviewDto | null>()(z.object({ dataset, wave: z.string().trim().min(1).max(50), jobId })),
  /** Re-proposes the mapping of a picked wave file with the user's manual pairs. */
  'survey:previewWave': channel<WavePreviewDto>()(
    z.object({ dataset, file, wave: z.string().trim().min(1).max(50), sheet, map: waveMap, baseWave: z.string().trim().min(1).max(50).optional(), revert, jobId })
  ),
  'survey:appendWave': channel<AppendWaveDto>()(
    z.object({ dataset, file, wave: z.string().trim().min(1).max(50), sheet, map: waveMap, baseWave: z.string().trim().min(1).max(50).optional(), revert, jobId })
  )
}
