import { z } from 'zod'
import type { Msg } from '../messages'
import { channel } from './define'

/*
 * Contract of the monitoring register, the indicator framework, report tables/charts, the SDG
 * overview, joint displays and the report export. The zod schemas double as the validators of the
 * JSON stored in indicators.spec / indicators.disaggregations / report_tables.spec / .chart.
 */

// ---------- monitoring register ----------

/** The activity kinds a new project starts with; each programme edits its own list (activity_kinds). */
export const ACTIVITY_KINDS = ['webinar', 'incontro', 'consulenza', 'sportello', 'formazione', 'evento'] as const
export const ACTIVITY_MODES = ['online', 'presenza', 'ibrida'] as const
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'core.zod.isoDate')
const count = z.number().int().min(0).max(10_000_000)

/** One person on an activity's participant list: a name or a pseudonym, checked against the programme's lists. */
export const participantInput = z.object({
  name: z.string().trim().min(1).max(200),
  /** The name is a pseudonym or a code ("P-017"), not a real name. */
  pseudonym: z.boolean().optional(),
  /** A code of the programme's gender list (F, M, NB, or one it added). */
  gender: z.string().trim().max(40).nullish(),
  /** A code of the programme's age-band list ("18-29"). */
  ageBand: z.string().trim().max(40).nullish(),
  /** Organisation name or id. */
  organisation: z.string().trim().max(300).nullish(),
  role: z.string().trim().max(200).nullish()
})
export type ParticipantInput = z.input<typeof participantInput>

export const activityInput = z.object({
  date: isoDate,
  /** Action code (e.g. "SW") or id. */
  action: z.string().trim().min(1).max(200),
  /** One of the programme's activity kinds. */
  kind: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(500),
  /** Organising partner: organisation name or id. */
  organiser: z.string().trim().max(300).nullish(),
  /** Head count; with a participant list it is the list's length and may be left out. */
  participants: count.optional(),
  women: count.nullish(),
  men: count.nullish(),
  other: count.nullish(),
  /** Organisations reached: names or ids. */
  organisations: z.array(z.string().trim().min(1).max(300)).max(500).default([]),
  mode: z.enum(ACTIVITY_MODES).nullish(),
  /** One of the programme's territorial areas (name or id). */
  area: z.string().trim().max(300).nullish(),
  hours: z.number().min(0).max(10_000).nullish(),
  notes: z.string().max(5000).nullish(),
  /** The participant list, written with the activity (register add --participant). */
  participantList: z.array(participantInput).max(10_000).optional()
})
export type ActivityInput = z.input<typeof activityInput>

export interface ActivityDto {
  id: string
  date: string
  actionId: string
  actionCode: string
  actionName: string
  kind: string
  title: string
  organiserId: string | null
  organiser: string | null
  participants: number
  women: number | null
  men: number | null
  other: number | null
  organisations: { id: string; name: string; kind: string }[]
  mode: string | null
  areaId: string | null
  area: string | null
  hours: number | null
  notes: string | null
  /** Persons on the activity's participant list (0: only the head count is known). */
  listed: number
}

export interface RegisterGridDto {
  period: { start: string | null; end: string | null }
  kinds: string[]
  modes: string[]
  actions: { id: string; code: string; name: string }[]
  organisations: { id: string; name: string; kind: string }[]
  areas: { id: string; name: string }[]
  areaLabel: string | null
  genders: string[]
  ageBands: string[]
  rows: ActivityDto[]
  totals: {
    activities: number
    participants: number
    women: number
    men: number
    organisations: number
    /** Distinct persons on the participant lists of these activities. */
    persons: number
    /** Rows of those lists: a person attending three activities is three participations. */
    participations: number
  }
}

/** A refused row of an import: its number in the sheet and its problems as messages (key and parameters). */
export interface ImportRowError {
  /** 1-based row number in the sheet (the header is a row too). */
  row: number
  problems: { key: string; params?: Record<string, unknown> }[]
}
export type RegisterImportRowError = ImportRowError
export interface RegisterImportResult {
  imported: number
  activityIds: string[]
  /** What the sheet reader did leniently (a quote left open, mixed encodings…), as messages. */
  warnings: Msg[]
}

// ---------- indicator specs ----------

const scalar = z.union([z.string(), z.number()])
export const FILTER_OPS = ['eq', 'ne', 'in', 'notIn', 'gt', 'ge', 'lt', 'le', 'missing', 'notMissing'] as const
export const filterSpec = z.object({
  variable: z.string().min(1),
  op: z.enum(FILTER_OPS),
  value: z.union([scalar, z.array(scalar)]).optional()
})
export type FilterSpec = z.infer<typeof filterSpec>

export const SURVEY_STATISTICS = [
  'count',
  'percent',
  'mean',
  'median',
  'sd',
  'likert',
  'top2box',
  'itemMeans',
  'multi',
  'crosstab'
] as const
export type SurveyStatistic = (typeof SURVEY_STATISTICS)[number]

export const surveySpec = z.object({
  source: z.literal('survey'),
  dataset: z.string().min(1),
  layer: z.enum(['clean', 'raw']).default('clean'),
  statistic: z.enum(SURVEY_STATISTICS),
  variable: z.string().min(1).optional(),
  /** Codes or labels counted as "yes" (percent, count, top2box override, multi headline). */
  categories: z.array(scalar).optional(),
  /** Numeric answers counted as "yes" (percent, count): min ≤ value ≤ max, e.g. { min: 2 } days a week. */
  range: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
  /** Item variables of a battery (itemMeans). */
  items: z.array(z.string().min(1)).optional(),
  /** Column variable of a crosstab. */
  colVariable: z.string().min(1).optional(),
  percentBase: z.enum(['row', 'col', 'total']).default('row'),
  filter: filterSpec.optional(),
  weight: z.string().min(1).optional()
})

export const REGISTER_MEASURES = [
  'activities',
  'participants',
  'womenShare',
  'hours',
  'organisations',
  'companiesJoined',
  /** Distinct persons on the participant lists: a person attending several activities counts once. */
  'persons',
  /** Rows of the participant lists: one per person and activity. */
  'participations'
] as const
export const ORG_KINDS = ['promoter', 'partner', 'company', 'other'] as const
export const registerSpec = z.object({
  source: z.literal('register'),
  measure: z.enum(REGISTER_MEASURES),
  kinds: z.array(z.string()).optional(),
  /** Action codes or ids. */
  actions: z.array(z.string()).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Areas (names) where the activity took place. */
  areas: z.array(z.string().min(1)).optional(),
  /** Areas of the organisations counted (organisations, companiesJoined). */
  orgAreas: z.array(z.string().min(1)).optional(),
  orgKinds: z.array(z.enum(ORG_KINDS)).optional(),
  modes: z.array(z.string()).optional()
})

export const CODING_MEASURES = ['sources', 'cases', 'codings'] as const
export const codingSpec = z.object({
  source: z.literal('coding'),
  measure: z.enum(CODING_MEASURES),
  /** Code names, paths "Parent > Child", or ids. */
  codes: z.array(z.string().min(1)).min(1),
  includeChildren: z.boolean().default(true),
  coders: z.array(z.string()).optional()
})

export const indicatorSpec = z.discriminatedUnion('source', [surveySpec, registerSpec, codingSpec])
export type IndicatorSpec = z.output<typeof indicatorSpec>
export type SurveySpec = z.output<typeof surveySpec>
export type RegisterSpec = z.output<typeof registerSpec>
export type CodingSpec = z.output<typeof codingSpec>

/** One disaggregation: a dataset variable (survey), a register dimension, or a case attribute / "coder" (coding). */
export const disaggregationSpec = z.object({ by: z.string().min(1).max(200), label: z.string().max(200).optional() })
export const disaggregationsSpec = z.array(disaggregationSpec).max(6)
export type Disaggregation = z.infer<typeof disaggregationSpec>

export const REGISTER_DIMENSIONS = ['action', 'kind', 'area', 'year', 'mode', 'sizeClass', 'sector', 'orgKind', 'gender', 'ageBand'] as const
export const DIRECTIONS = ['increase', 'decrease'] as const

export const indicatorInput = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(500),
  nameEn: z.string().trim().max(500).nullish(),
  definition: z.string().max(5000).nullish(),
  unit: z.string().trim().max(40).nullish(),
  kind: z.enum(['output', 'outcome', 'qualitative', 'context']).default('output'),
  /** Action code or id. */
  action: z.string().nullish(),
  /** Report section number. */
  section: z.number().int().nullish(),
  /** SDG goals, each optionally with target codes ("5.4"). */
  sdgs: z.array(z.object({ goal: z.number().int().min(1).max(17), targets: z.array(z.string()).default([]) })).default([]),
  baseline: z.number().nullish(),
  baselineYear: z.number().int().min(1900).max(2200).nullish(),
  baselineSource: z.string().trim().max(500).nullish(),
  /** Intermediate value to reach by milestoneYear (cohesion policy: 2024 milestone, 2029 target). */
  milestone: z.number().nullish(),
  milestoneYear: z.number().int().min(1900).max(2200).nullish(),
  target: z.number().nullish(),
  targetYear: z.number().int().min(1900).max(2200).nullish(),
  /** Whether a higher or a lower value is better; inferred from baseline and target when not given. */
  direction: z.enum(DIRECTIONS).nullish(),
  /** Partner responsible for the figure: organisation name or id. */
  responsible: z.string().trim().max(300).nullish(),
  spec: indicatorSpec,
  disaggregations: disaggregationsSpec.default([]),
  sort: z.number().int().optional()
})
export type IndicatorInput = z.input<typeof indicatorInput>

// ---------- computed indicators ----------

export type NumberFormat = 'percent' | 'count' | 'decimal'
export type Achievement = 'met' | 'progress' | 'below' | 'none'

/**
 * What a sample figure's uncertainty rests on (questionnaire percentages and means; register and
 * coding figures are complete counts and have none). ci is the 95 % interval in the value's unit
 * (0–100 for percentages): Wilson for proportions, Student t for means; with weights both use
 * Kish's effective n (neff).
 */
export interface EstimateDto {
  kind: 'proportion' | 'mean'
  ci: [number, number] | null
  /** Standard deviation of a mean (weighted: the sample sd the interval uses). */
  sd: number | null
  /** Kish's effective sample size; null when unweighted (then n is the base). */
  neff: number | null
}

export interface BreakdownDto {
  by: string
  byLabel: string
  group: string
  /** The group's code where it differs from its label (register: "F" for "Donne"). */
  key?: string
  value: number | null
  n: number
  missing: number
  estimate: EstimateDto | null
}
/** Multi-valued statistics (distribution, items, options): one entry each. */
export interface SeriesDto {
  key: string
  label: string
  value: number | null
  n: number
  /** Multiple response: % of responses beside value = % of respondents. */
  secondary?: number | null
}
export interface CrosstabDto {
  rowLabels: string[]
  colLabels: string[]
  counts: number[][]
  percents: (number | null)[][]
  base: 'row' | 'col' | 'total'
}
export interface ProvenanceDto {
  source: 'survey' | 'register' | 'coding'
  dataset: string | null
  datasetId: string | null
  recipeVersion: number | null
  layer: string | null
  filter: string | null
  weight: string | null
  statistic: string
  computedAt: string
}
export interface IndicatorResultDto {
  id: string
  code: string
  name: string
  nameEn: string | null
  definition: string | null
  unit: string
  format: NumberFormat
  kind: string
  source: 'survey' | 'register' | 'coding'
  action: { id: string; code: string; name: string } | null
  section: { id: string; number: number; title: string } | null
  sdg: number[]
  sdgTargets: string[]
  baseline: number | null
  target: number | null
  meta: IndicatorMetaDto
  /** Share of the way from baseline to target covered, in % (100 = target reached); null without a baseline and target. */
  achievementPct: number | null
  value: number | null
  n: number
  missing: number
  weightedN: number | null
  /** Interval and test inputs of a questionnaire percentage or mean; null otherwise. */
  estimate: EstimateDto | null
  status: 'ok' | 'error'
  message?: string
  achievement: Achievement
  breakdown: BreakdownDto[]
  series: SeriesDto[]
  /** Labels of SeriesDto.value / .secondary (e.g. "% rispondenti" / "% risposte"). */
  seriesLabels: { value: string; secondary: string | null } | null
  crosstab: CrosstabDto | null
  provenance: ProvenanceDto
}

/** The evaluation metadata of an indicator beside its value, baseline and target. */
export interface IndicatorMetaDto {
  baselineYear: number | null
  baselineSource: string | null
  milestone: number | null
  milestoneYear: number | null
  targetYear: number | null
  /** As stored; null means inferred. */
  direction: 'increase' | 'decrease' | null
  /** The direction used for achievement (stored, else inferred from baseline and target). */
  effectiveDirection: 'increase' | 'decrease'
  responsibleId: string | null
  responsible: string | null
}

export interface IndicatorDefDto {
  id: string
  code: string
  name: string
  nameEn: string | null
  definition: string | null
  unit: string
  kind: string
  sourceKind: 'survey' | 'register' | 'coding'
  actionId: string | null
  sectionId: string | null
  sdgs: { goal: number; targets: string[] }[]
  baseline: number | null
  target: number | null
  meta: IndicatorMetaDto
  spec: IndicatorSpec
  disaggregations: Disaggregation[]
  sort: number
}

// ---------- tables, charts, SDG overview, joint displays ----------

export const tableSpec = z.discriminatedUnion('rows', [
  z.object({
    rows: z.literal('indicators'),
    /** Indicator codes or ids, in row order. */
    indicators: z.array(z.string().min(1)).min(1),
    /** Disaggregation shown as columns (its "by"); none → value only. */
    by: z.string().optional(),
    showTarget: z.boolean().default(true)
  }),
  z.object({
    rows: z.literal('categories'),
    dataset: z.string().min(1),
    variable: z.string().min(1),
    statistic: z.enum(['percent', 'count']).default('percent'),
    /** Columns: the groups of this variable (e.g. "wave"), after a "Totale" column. */
    by: z.string().optional(),
    filter: filterSpec.optional(),
    weight: z.string().optional(),
    layer: z.enum(['clean', 'raw']).default('clean')
  }),
  z.object({
    rows: z.literal('items'),
    dataset: z.string().min(1),
    items: z.array(z.string().min(1)).min(1),
    /** likert: columns = scale categories (%); mean / top2box: columns = Totale + groups of "by". */
    statistic: z.enum(['likert', 'mean', 'top2box']).default('likert'),
    by: z.string().optional(),
    filter: filterSpec.optional(),
    weight: z.string().optional(),
    layer: z.enum(['clean', 'raw']).default('clean')
  })
])
export type TableSpec = z.output<typeof tableSpec>

export const chartSpec = z.object({
  type: z.enum(['bar', 'stackedBar', 'line', 'none']).default('bar'),
  horizontal: z.boolean().default(false),
  /** Which columns become series (default: all but Totale when groups exist). */
  includeTotal: z.boolean().default(false)
})
export type ChartSpec = z.output<typeof chartSpec>

/**
 * Statistics a table shows besides its figures (per table; `export --ci --tests --min-base N` turn
 * them on for every table): 95 % intervals, tests of group differences (column letters and
 * chi-square), and suppression of figures whose base is under minBase respondents.
 */
export const tableStats = z.object({
  ci: z.boolean().default(false),
  tests: z.boolean().default(false),
  minBase: z.number().int().min(1).max(100_000).nullish()
})
export type TableStats = z.output<typeof tableStats>
/** Bases under this many respondents are flagged (read with caution) whether or not they are suppressed. */
export const LOW_BASE = 30

export const tableInput = z.object({
  /** Report section number; null = outside the sections. */
  section: z.number().int().nullish(),
  number: z.number().int().min(1).optional(),
  title: z.string().trim().min(1).max(500),
  spec: tableSpec,
  chart: chartSpec.nullish(),
  stats: tableStats.nullish(),
  notes: z.string().max(5000).nullish(),
  sort: z.number().int().optional()
})
export type TableInput = z.input<typeof tableInput>

/**
 * lowBase: the base is under LOW_BASE respondents (read with caution); suppressed: the figure is not
 * shown because its base is under the table's minimum (statistical confidentiality); nonFinite: the
 * computation gave no finite number (an infinite or undefined value in the data).
 */
export type CellFlag = 'lowBase' | 'suppressed' | 'nonFinite'

export interface TableCellDto {
  value: number | null
  format: NumberFormat
  /** The base: respondents (or activities, sources…) the figure is computed on. */
  n: number | null
  /** Kish's effective n of a weighted base. */
  neff?: number | null
  /** 95 % interval in the value's unit, when the table shows intervals and the figure has one. */
  ci?: [number, number] | null
  /** Letters of the group columns this figure is significantly greater than (tests on). */
  sig?: string[]
  flags?: CellFlag[]
}

export interface ChiSquareDto {
  statistic: number
  df: number
  p: number
  /** Share of cells with an expected count under 5. */
  smallExpected: number
}

export interface TableModelDto {
  id: string
  sectionId: string | null
  sectionNumber: number | null
  sectionTitle: string | null
  number: number
  /** "2.3" */
  label: string
  title: string
  /** header[0] labels the row-label column; header[k] describes cells[k - 1]. */
  header: string[]
  /**
   * What each header column is: charts use 'total' | 'group' | 'category' columns as series;
   * 'allPercent' is the total as a % of every case, missing answers included, beside the valid %.
   */
  columnRoles: ('label' | 'total' | 'group' | 'category' | 'allPercent' | 'target' | 'n')[]
  /** isBase marks the row of N per column (not a series value); test: chi-square across the row's groups. */
  rows: { label: string; cells: TableCellDto[]; note?: string; isBase?: boolean; test?: ChiSquareDto | null }[]
  notes: string[]
  base: number | null
  missing: number | null
  sources: string[]
  status: 'ok' | 'error'
  message?: string
  chartSpec: ChartSpec | null
  spec: TableSpec
  /** The statistics this table was built with (its own, or those the export asked for). */
  stats: TableStats
  /** With tests: the letter of each cell column (index as cells), null where the column is not compared. */
  letters: (string | null)[] | null
  /** With tests: chi-square of the whole table (categories by groups). */
  chiSquare: ChiSquareDto | null
}

/** chart.js-ready: `new Chart(canvas, { type, data, options })`. */
export interface ChartConfigDto {
  type: 'bar' | 'line'
  data: {
    /** A label split in lines is an array of strings (chart.js multi-line labels). */
    labels: (string | string[])[]
    datasets: { label: string; data: (number | null)[]; backgroundColor: string | string[]; borderColor: string; stack?: string; fill?: boolean }[]
  }
  options: Record<string, unknown>
}

export interface SdgOverviewDto {
  goals: {
    number: number
    title: string
    color: string
    indicators: {
      id: string
      code: string
      name: string
      targets: string[]
      value: number | null
      unit: string
      format: NumberFormat
      target: number | null
      baseline: number | null
      achievement: Achievement
      status: 'ok' | 'error'
      message?: string
    }[]
  }[]
}

export const jointDisplayInput = z.object({
  /** Indicator code or id. */
  indicator: z.string().min(1),
  title: z.string().trim().min(1).max(500),
  /** Code ids, names or paths; empty → the codes linked to the indicator (code_links). */
  codes: z.array(z.string()).default([]),
  /** Coding ids of the illustrative quotes. */
  quotes: z.array(z.string()).default([]),
  notes: z.string().max(5000).nullish()
})
export type JointDisplayInput = z.input<typeof jointDisplayInput>

export interface JointDisplayDto {
  id: string
  title: string
  notes: string | null
  indicator: IndicatorResultDto
  codes: { id: string; name: string; path: string; color: string; codings: number; sources: number; cases: number }[]
  quotes: { id: string; code: string; source: string; caseName: string | null; text: string }[]
}

export interface ExportResultDto {
  file: string
  sheets: number
  tables: number
  /** Native charts in the workbook, each bound to its table's cells. */
  charts: number
  /** The Word report, when one was asked for. */
  docx?: string
  csv: string[]
  /** What the export could not do (charts not drawn in Word), as messages in the user's language. */
  warnings: Msg[]
}

// ---------- channels ----------

const id = z.string().min(1).max(200)
const jobId = z.string().max(64).optional()
const locale = z.enum(['it', 'en']).optional()

export const indicatorChannels = {
  'register:grid': channel<RegisterGridDto>()(
    z.object({ action: z.string().optional(), kind: z.string().optional(), from: isoDate.optional(), to: isoDate.optional() })
  ),
  'register:create': channel<ActivityDto>()(activityInput),
  'register:update': channel<ActivityDto>()(z.object({ id, patch: activityInput.partial() })),
  'register:delete': channel<{ deleted: number }>()(z.object({ ids: z.array(id).min(1).max(10_000) })),
  /** Opens a file dialog (xlsx/csv); null when cancelled. Errors carry details: RegisterImportRowError[]. */
  'register:import': channel<RegisterImportResult | null>()(z.object({ sheet: z.string().optional() })),
  'indicators:list': channel<IndicatorDefDto[]>()(z.object({})),
  'indicators:compute': channel<IndicatorResultDto[]>()(z.object({ ids: z.array(id).optional(), locale, jobId })),
  'indicators:create': channel<IndicatorDefDto>()(indicatorInput),
  'indicators:update': channel<IndicatorDefDto>()(z.object({ id, patch: indicatorInput.partial() })),
  'indicators:delete': channel<{ deleted: number }>()(z.object({ ids: z.array(id).min(1) })),
  'indicators:options': channel<IndicatorOptionsDto>()(z.object({})),
  'tables:list': channel<TableModelDto[]>()(z.object({ locale })),
  'tables:create': channel<TableModelDto>()(tableInput.extend({ locale })),
  'tables:update': channel<TableModelDto>()(z.object({ id, patch: tableInput.partial(), locale })),
  'tables:delete': channel<{ deleted: number }>()(z.object({ ids: z.array(id).min(1) })),
  'tables:chart': channel<ChartConfigDto | null>()(z.object({ id, locale })),
  'sdg:overview': channel<SdgOverviewDto>()(z.object({ locale })),
  'joint:list': channel<JointDisplayDto[]>()(z.object({ locale })),
  'joint:create': channel<JointDisplayDto>()(jointDisplayInput.extend({ locale })),
  'joint:update': channel<JointDisplayDto>()(z.object({ id, patch: jointDisplayInput.partial(), locale })),
  'joint:delete': channel<{ deleted: number }>()(z.object({ ids: z.array(id).min(1) })),
  /** Asks for the path with a save dialog; null when cancelled. */
  'report:export': channel<ExportResultDto | null>()(
    z.object({
      locale,
      withData: z.boolean().default(false),
      /** Identifier variables in the data sheets: left out unless the user asks (issue 17). */
      identifiers: z.enum(['omit', 'hash', 'keep']).default('omit'),
      csv: z.boolean().default(false),
      delimiter: z.enum([',', ';']).optional(),
      /** Also write the Word report, beside the workbook with the same name. */
      docx: z.boolean().default(false),
      /** Statistics for every table, on top of each table's own (`export --ci --tests --min-base N`). */
      ci: z.boolean().default(false),
      tests: z.boolean().default(false),
      minBase: z.number().int().min(1).max(100_000).nullish(),
      jobId
    })
  )
}

/** What the indicator editor offers: datasets with variables, codes, actions, register dimensions. */
export interface IndicatorOptionsDto {
  datasets: {
    id: string
    name: string
    recipeVersion: number
    variables: { name: string; label: string | null; type: string; role: string; categories: { value: string | number; label: string }[] }[]
  }[]
  codes: { id: string; path: string }[]
  actions: { id: string; code: string; name: string }[]
  sections: { id: string; number: number; title: string }[]
  /** The whole framework; `adopted` marks what the programme adopted (goal or any of its targets). */
  sdgs: { number: number; title: string; targets: string[]; adopted: boolean; adoptedTargets: string[] }[]
  areas: string[]
  organisations: { id: string; name: string; kind: string }[]
  registerMeasures: string[]
  registerDimensions: string[]
  activityKinds: string[]
  caseAttributes: string[]
  statistics: string[]
}
