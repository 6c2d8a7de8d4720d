import { z } from 'zod'

/**
 * The cleaning recipe: an ordered list of JSON steps, OpenRefine-style, versioned in the recipes table.
 * Step 0 is always `import` (how the file was read and the variables it defined). Steps name variables
 * as they are called at that point of the recipe, so a recipe written for one wave replays on the next.
 */

const name = z.string().trim().min(1).max(200)
const scalar = z.union([z.string().max(2000), z.number()])
const variableList = z.union([z.literal('*'), z.array(name).min(1)])
const variableType = z.enum(['id', 'metadata', 'nominal', 'ordinal', 'numeric', 'date', 'datetime', 'text', 'multi'])
const common = {
  id: z.string().min(1).max(64),
  enabled: z.boolean().default(true),
  note: z.string().max(2000).optional()
}

const valueLabel = z.object({ value: scalar, label: z.string().max(2000), score: z.number().finite().optional() })
const nonSubstantive = z.object({ values: z.array(scalar).max(200), include: z.boolean() })
const identifierKind = z.enum(['email', 'vat', 'taxcode', 'phone', 'uuid', 'respondent', 'code'])

const baseVariable = z.object({
  id: z.string(),
  name,
  label: z.string().nullable(),
  group: z.string().nullable().default(null),
  type: variableType,
  role: z.enum(['metadata', 'question', 'derived', 'weight']),
  valueLabels: z.array(valueLabel).default([]),
  scale: z.string().nullable().default(null),
  missingCodes: z.array(scalar).default([]),
  options: z.array(z.string()).optional(),
  separator: z.string().optional(),
  decimal: z.enum([',', '.']).optional(),
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
  columns: z.array(z.string()).default([]),
  nonSubstantive: nonSubstantive.optional(),
  identifier: identifierKind.optional(),
  percent: z.literal('points').optional(),
  note: z.string().max(10_000).optional()
})

export const importStep = z.object({
  ...common,
  op: z.literal('import'),
  settings: z.record(z.string(), z.unknown()),
  variables: z.array(baseVariable)
})

const normaliseStep = z.object({
  ...common,
  op: z.literal('normalise'),
  variables: variableList,
  whitespace: z.boolean().default(true),
  apostrophes: z.boolean().default(true),
  case: z.enum(['keep', 'lower', 'upper', 'title', 'sentence']).default('keep')
})

const recodeStep = z.object({
  ...common,
  op: z.literal('recode'),
  variable: name,
  map: z.array(z.object({ from: z.array(scalar).min(1), to: scalar.nullable() })).min(1),
  /** Compare `from` values loosely (case, accents, spacing) instead of exactly. */
  loose: z.boolean().default(false),
  source: z.enum(['manual', 'cluster']).default('manual')
})

const setMissingStep = z.object({
  ...common,
  op: z.literal('setMissing'),
  variables: variableList,
  codes: z.array(scalar),
  mode: z.enum(['add', 'replace', 'remove']).default('add')
})

/**
 * Non-substantive answers ("Non so", "Preferisco non rispondere"): declared, and left out of the bases
 * (include: false) or counted as answers (include: true). `values` omitted: the ones already declared.
 */
const setNonSubstantiveStep = z.object({
  ...common,
  op: z.literal('setNonSubstantive'),
  variables: variableList,
  values: z.array(scalar).max(200).optional(),
  include: z.boolean(),
  mode: z.enum(['add', 'replace', 'remove']).default('add')
})

const parseNumberStep = z.object({
  ...common,
  op: z.literal('parseNumber'),
  variable: name,
  decimal: z.enum([',', '.', 'auto']).default('auto')
})

const parseDateStep = z.object({
  ...common,
  op: z.literal('parseDate'),
  variable: name,
  order: z.enum(['dmy', 'mdy', 'ymd', 'auto']).default('auto'),
  time: z.union([z.boolean(), z.literal('auto')]).default('auto')
})

const splitMultiStep = z.object({
  ...common,
  op: z.literal('splitMulti'),
  variable: name,
  separator: z.string().min(1).max(10),
  options: z.array(z.string()).optional()
})

/**
 * Several columns combined into one multiple-response set: each column one option (its label, or the
 * given option text), chosen when its cell says so (1, Y, Sì, x, ✓, the option's own text, any text of
 * an "other" column), not chosen on 0/No, not answered when every column is empty.
 */
const combineMultiStep = z.object({
  ...common,
  op: z.literal('combineMulti'),
  name,
  label: z.string().max(2000).nullable().optional(),
  variables: z.array(name).min(2).max(500),
  options: z.array(z.string().min(1).max(2000)).optional(),
  /** Drop the combined columns from the clean data (they stay in the raw layer). */
  drop: z.boolean().default(true)
})

const binStep = z.object({
  ...common,
  op: z.literal('bin'),
  source: name,
  name,
  label: z.string().nullable().optional(),
  /** Intervals [min, max): a missing bound is open. First matching bin wins. */
  bins: z.array(z.object({ label: z.string().min(1), min: z.number().optional(), max: z.number().optional() })).min(1)
})

const computeStep = z.object({
  ...common,
  op: z.literal('compute'),
  name,
  label: z.string().nullable().optional(),
  expression: z.string().min(1).max(5000),
  type: z.enum(['numeric', 'text', 'nominal', 'ordinal', 'date']).optional()
})

const renameStep = z.object({ ...common, op: z.literal('rename'), from: name, to: name })

const setTypeStep = z.object({
  ...common,
  op: z.literal('setType'),
  variable: name,
  type: variableType,
  role: z.enum(['metadata', 'question', 'weight']).optional()
})

const setLabelStep = z.object({ ...common, op: z.literal('setLabel'), variable: name, label: z.string().max(2000).nullable() })

const setValueLabelsStep = z.object({
  ...common,
  op: z.literal('setValueLabels'),
  variable: name,
  /** In scale order for ordinal variables. */
  values: z.array(valueLabel).min(1)
})

const dedupeStep = z.object({
  ...common,
  op: z.literal('dedupe'),
  keys: z.array(name).min(1),
  /** Timestamp variable: the latest submission is kept. Without it, the last row is kept. */
  by: name.optional(),
  keep: z.enum(['latest', 'earliest']).default('latest'),
  /** Flag near-duplicates (similar keys, identical answers) as issues. */
  near: z.boolean().default(true),
  /** 'wave': a respondent may answer once per wave (panels); 'all': once in the whole dataset. */
  scope: z.enum(['wave', 'all']).default('wave')
})

const excludeStep = z.object({
  ...common,
  op: z.literal('exclude'),
  rows: z.array(z.string()).optional(),
  where: z.string().max(5000).optional(),
  reason: z.string().min(1).max(500)
})

const rule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), variable: name, min: z.number().optional(), max: z.number().optional() }),
  z.object({ kind: z.literal('allowed'), variable: name, values: z.array(scalar).min(1) }),
  z.object({ kind: z.literal('required'), variable: name }),
  z.object({ kind: z.literal('unique'), variable: name }),
  z.object({ kind: z.literal('expression'), expression: z.string().min(1).max(5000), message: z.string().max(500) })
])

const validateStep = z.object({
  ...common,
  op: z.literal('validate'),
  rule,
  severity: z.enum(['error', 'warning']).default('error'),
  /** Rows (ids) whose issue the user reviewed and accepted as correct. */
  accepted: z.array(z.string()).default([])
})

const editCellStep = z.object({
  ...common,
  op: z.literal('editCell'),
  row: z.string(),
  variable: name,
  value: z.union([scalar, z.null(), z.array(z.string())]),
  reason: z.string().max(500).optional()
})

const dropStep = z.object({ ...common, op: z.literal('drop'), variables: z.array(name).min(1) })

export const cleaningStep = z.discriminatedUnion('op', [
  normaliseStep,
  recodeStep,
  setMissingStep,
  setNonSubstantiveStep,
  parseNumberStep,
  parseDateStep,
  splitMultiStep,
  combineMultiStep,
  binStep,
  computeStep,
  renameStep,
  setTypeStep,
  setLabelStep,
  setValueLabelsStep,
  dedupeStep,
  excludeStep,
  validateStep,
  editCellStep,
  dropStep
])

export const recipeStep = z.discriminatedUnion('op', [importStep, ...cleaningStep.options])

export type ImportStep = z.infer<typeof importStep>
export type CleaningStep = z.infer<typeof cleaningStep>
export type RecipeStep = z.infer<typeof recipeStep>
export type StepOp = RecipeStep['op']
export type ValidationRule = z.infer<typeof rule>
export type StepOf<O extends StepOp> = Extract<RecipeStep, { op: O }>

/** Input shape of a step (defaults optional): what the CLI file, IPC and tests may pass. */
export type CleaningStepInput = z.input<typeof cleaningStep>

export const STEP_OPS = cleaningStep.options.map((o) => o.shape.op.value)

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
/** A step to add: its id is optional (one is generated). */
export type NewStep = DistributiveOmit<CleaningStepInput, 'id'> & { id?: string }
