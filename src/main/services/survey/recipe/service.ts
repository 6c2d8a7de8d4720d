import { EsitiError } from '../../../../shared/errors'
import { msg, zodErrorMsg, type Msg } from '../../../../shared/messages'
import { newId, nowIso } from '../../../db/ids'
import { mutate } from '../../../db/op-log'
import type { Ctx } from '../../context'
import { cleanState, ensureClean, runRecipe, storedIssues, writeClean, type CleanState } from '../clean/clean-store'
import type { Issue } from './work-frame'
import type { CleanValue } from '../frame'
import { proposeMapping, type MappingEntry } from '../import/column-mapping'
import { datasetById, recipeSteps, recipeVersions, resolveDataset, type DatasetRow } from '../storage/dataset-rows'
import type { BaseVariable } from '../model'
import { uniqueName } from '../infer/text-norm'
import { syncVariables } from '../clean/variable-sync'
import type { StepReport } from './engine'
import { describeStep } from './step-text'
import { stepEffects, type StepEffects } from './step-effects'
import { expressionVariables } from './expression'
import { cleaningStep, importStep, recipeStep, type CleaningStep, type ImportStep, type RecipeStep } from './steps'
import '../clean/undo-hooks'

export const RECIPE_FORMAT = 'esiti-recipe'

export interface RecipeDocument {
  format: typeof RECIPE_FORMAT
  formatVersion: 1
  dataset: string
  recipeVersion: number
  steps: RecipeStep[]
}

export interface StepView {
  step: RecipeStep
  description: Msg
  effects: StepEffects
  report: StepReport | null
}

export interface RecipeView {
  dataset: string
  datasetId: string
  version: number
  versions: { version: number; steps: number; createdAt: string; createdBy: string | null }[]
  steps: StepView[]
  rows: number
  totalRows: number
  excluded: number
  issues: number
}

export interface ApplyResult {
  dataset: string
  version: number
  rows: number
  totalRows: number
  steps: { id: string; op: string; status: StepReport['status']; affected: number; cells: number; rows: number; message: Msg | null; warnings: Msg[] }[]
  issues: number
  excluded: number
}

export function recipeDocument(ctx: Ctx, dataset: string): RecipeDocument {
  const ds = resolveDataset(ctx, dataset)
  return { format: RECIPE_FORMAT, formatVersion: 1, dataset: ds.name, recipeVersion: ds.recipe_version, steps: recipeSteps(ctx.project, ds) }
}

export function recipeView(ctx: Ctx, dataset: string): RecipeView {
  const ds = resolveDataset(ctx, dataset)
  const state = ensureClean(ctx.project, ds)
  const steps = recipeSteps(ctx.project, ds)
  const reports = new Map(state.reports.map((r) => [r.id, r]))
  return {
    dataset: ds.name,
    datasetId: ds.id,
    version: ds.recipe_version,
    versions: recipeVersions(ctx.project, ds.id),
    steps: steps.map((s) => ({ step: s, description: describeStep(s), effects: stepEffects(s), report: reports.get(s.id) ?? null })),
    rows: state.rowCount,
    totalRows: state.totalRows,
    excluded: state.exclusions.length,
    issues: state.issueCount
  }
}

function applyResult(ds: DatasetRow, state: CleanState): ApplyResult {
  return {
    dataset: ds.name,
    version: state.recipeVersion,
    rows: state.rowCount,
    totalRows: state.totalRows,
    steps: state.reports.map((r) => ({
      id: r.id,
      op: r.op,
      status: r.status,
      affected: r.affected,
      cells: r.cells,
      rows: r.rows,
      message: r.message,
      warnings: r.warnings
    })),
    issues: state.issueCount,
    excluded: state.exclusions.length
  }
}

/** Validates a whole recipe: step 0 is the import, step ids are unique, every step is well formed. */
export function validateSteps(steps: unknown[], firstNumber = 1): RecipeStep[] {
  const parsed: RecipeStep[] = []
  steps.forEach((s, i) => {
    const input = s && typeof s === 'object' && !('id' in s) ? { ...(s as object), id: newId() } : s
    const r = (i === 0 ? importStep : cleaningStep).safeParse(input)
    if (!r.success) {
      const op = (s as { op?: unknown })?.op
      throw new EsitiError('INVALID_INPUT', 'survey.recipe.badStep', {
        number: i + firstNumber,
        op: typeof op === 'string' ? op : '?',
        detail: zodErrorMsg(r.error)
      })
    }
    parsed.push(r.data as RecipeStep)
  })
  const ids = new Set<string>()
  for (const s of parsed) {
    if (ids.has(s.id)) throw new EsitiError('INVALID_INPUT', 'survey.recipe.duplicateId', { id: s.id })
    ids.add(s.id)
  }
  // Expressions are checked now (syntax, comparisons with null), before anything runs or is saved.
  parsed.forEach((s, i) => {
    for (const source of expressionsOf(s)) {
      try {
        expressionVariables(source)
      } catch (e) {
        if (!(e instanceof EsitiError)) throw e
        throw new EsitiError('INVALID_INPUT', 'survey.recipe.badExpression', { number: i + firstNumber, op: s.op, error: e.msg }, e.details)
      }
    }
  })
  return parsed
}

/** The expressions a step holds (computed variables, row filters, cross-field rules). */
function expressionsOf(s: RecipeStep): string[] {
  if (s.op === 'compute') return [s.expression]
  if (s.op === 'exclude' && s.where) return [s.where]
  if (s.op === 'validate' && s.rule.kind === 'expression') return [s.rule.expression]
  return []
}

/**
 * Saves a new recipe version and recomputes the clean layer, as one undoable operation. The recipe
 * runs in full before the write transaction opens.
 */
export function commitRecipe(ctx: Ctx, ds: DatasetRow, steps: unknown[], summary: Msg, firstNumber = 1, opts: { mustApply?: string[] } = {}): ApplyResult {
  const valid = validateSteps(steps, firstNumber)
  const run = runRecipe(ctx.project, ds, { steps: valid, signal: ctx.progress.signal, keepBase: true })
  // A step the user just added or edited must apply here and now: it is refused, not saved as skipped.
  for (const id of opts.mustApply ?? []) {
    const r = run.reports.find((x) => x.id === id)
    if (r?.status === 'skipped' && r.message) throw new EsitiError('INVALID_INPUT', 'survey.recipe.stepRefused', { reason: r.message }, r.details)
  }
  let state: CleanState | null = null
  mutate(ctx.project, { actor: ctx.actor, kind: 'survey.recipe', summary }, (w) => {
    const max = ctx.project.sqlite.prepare('SELECT MAX(version) v FROM recipes WHERE dataset_id = ?').get(ds.id) as { v: number | null }
    const version = (max.v ?? 0) + 1
    // Identified by id: another member may save a version with the same number offline (0011).
    const recipeId = w.insert('recipes', { dataset_id: ds.id, version, steps: JSON.stringify(valid), created_at: nowIso(), created_by: ctx.actor })
    w.update('datasets', ds.id, { recipe_version: version, recipe_id: recipeId })
    syncVariables(w, ds.id, run.frame)
    state = writeClean(ctx.project, datasetById(ctx.project, ds.id)!, run)
  })
  return applyResult(datasetById(ctx.project, ds.id)!, state!)
}

function parseNewStep(input: unknown): CleaningStep {
  const withId = input && typeof input === 'object' && !(input as { id?: unknown }).id ? { ...(input as object), id: newId() } : input
  const r = cleaningStep.safeParse(withId)
  if (!r.success) throw new EsitiError('INVALID_INPUT', 'survey.recipe.invalidStep', { detail: zodErrorMsg(r.error) })
  return r.data
}

function indexOfStep(steps: RecipeStep[], stepId: string): number {
  const i = steps.findIndex((s) => s.id === stepId)
  if (i < 0) throw new EsitiError('NOT_FOUND', 'survey.recipe.stepNotFound', { id: stepId })
  return i
}

const summaryOf = (ds: DatasetRow, what: Msg): Msg => msg('survey.recipe.summary', { dataset: ds.name, what })

export function addStep(ctx: Ctx, dataset: string, input: unknown, position?: number): ApplyResult {
  const ds = resolveDataset(ctx, dataset)
  const steps = recipeSteps(ctx.project, ds)
  const step = parseNewStep(input)
  const at = position === undefined ? steps.length : Math.max(1, Math.min(steps.length, position))
  steps.splice(at, 0, step)
  return commitRecipe(ctx, ds, steps, summaryOf(ds, describeStep(step)), 1, { mustApply: [step.id] })
}

/** Several steps added as one undoable change (the window's variable overrides). */
export function addSteps(ctx: Ctx, dataset: string, inputs: unknown[], summary?: Msg): ApplyResult {
  const ds = resolveDataset(ctx, dataset)
  const steps = recipeSteps(ctx.project, ds)
  const added = inputs.map(parseNewStep)
  return commitRecipe(ctx, ds, [...steps, ...added], summary ?? summaryOf(ds, msg('survey.recipe.stepsAdded', { count: added.length })), 1, {
    mustApply: added.map((s) => s.id)
  })
}

/** Replaces a step's settings (op and id stay); `enabled: false` disables it. */
export function updateStep(ctx: Ctx, dataset: string, stepId: string, patch: Record<string, unknown>): ApplyResult {
  const ds = resolveDataset(ctx, dataset)
  const steps = recipeSteps(ctx.project, ds)
  const i = indexOfStep(steps, stepId)
  if (i === 0) throw new EsitiError('INVALID_INPUT', 'survey.recipe.importFixed')
  const next = parseNewStep({ ...steps[i], ...patch, id: stepId, op: steps[i].op })
  steps[i] = next
  const what = patch.enabled === false ? 'disable' : patch.enabled === true && Object.keys(patch).length === 1 ? 'enable' : 'edit'
  return commitRecipe(ctx, ds, steps, summaryOf(ds, msg(`survey.recipe.${what}`, { step: describeStep(next) })), 1, {
    mustApply: next.enabled === false ? [] : [stepId]
  })
}

export function removeStep(ctx: Ctx, dataset: string, stepId: string): ApplyResult {
  const ds = resolveDataset(ctx, dataset)
  const steps = recipeSteps(ctx.project, ds)
  const i = indexOfStep(steps, stepId)
  if (i === 0) throw new EsitiError('INVALID_INPUT', 'survey.recipe.importStays')
  const [removed] = steps.splice(i, 1)
  return commitRecipe(ctx, ds, steps, summaryOf(ds, msg('survey.recipe.remove', { step: describeStep(removed) })))
}

export function moveStep(ctx: Ctx, dataset: string, stepId: string, toIndex: number): ApplyResult {
  const ds = resolveDataset(ctx, dataset)
  const steps = recipeSteps(ctx.project, ds)
  const i = indexOfStep(steps, stepId)
  if (i === 0 || toIndex < 1) throw new EsitiError('INVALID_INPUT', 'survey.recipe.importFirst')
  const [step] = steps.splice(i, 1)
  steps.splice(Math.min(toIndex, steps.length), 0, step)
  return commitRecipe(ctx, ds, steps, summaryOf(ds, msg('survey.recipe.move', { step: describeStep(step) })))
}

/** Base definitions of the recipe's variables carried onto the dataset's own columns. */
function mergeBase(target: ImportStep, source: ImportStep, mapping: MappingEntry[]): ImportStep {
  const src = new Map(source.variables.map((v) => [v.name, v]))
  const byTarget = new Map<string, BaseVariable>()
  for (const m of mapping) if (m.to) byTarget.set(m.to, src.get(m.from) as BaseVariable)
  const mapped = new Set<string>()
  const variables = target.variables.map((t) => {
    const s = byTarget.get(t.name)
    if (!s) return { ...t }
    mapped.add(t.id)
    return { ...s, id: t.id, columns: t.columns }
  })
  // A column the recipe does not know must not take a name the recipe gives to another variable.
  const taken = new Set(variables.filter((v) => mapped.has(v.id)).map((v) => v.name.toLowerCase()))
  for (const v of variables) {
    if (mapped.has(v.id)) continue
    if (taken.has(v.name.toLowerCase())) v.name = uniqueName(`${v.name}_new`, taken)
    else taken.add(v.name.toLowerCase())
  }
  return { ...target, variables: variables as ImportStep['variables'] }
}

export interface ApplyRecipeResult extends ApplyResult {
  mapping: MappingEntry[]
  /** Steps that did not apply on this dataset (missing variables, name clashes, bad expressions). */
  skipped: { id: string; op: string; message: Msg | null }[]
}

/**
 * Applies a recipe document (from `survey recipe`, possibly another dataset or wave) to a dataset. The
 * recipe's variables are matched to the dataset's columns (manual pairs first); matched columns take
 * the recipe's names and definitions, so every later step finds them.
 */
export function applyRecipeDocument(ctx: Ctx, dataset: string, doc: unknown, manual: Record<string, string | null> = {}): ApplyRecipeResult {
  const ds = resolveDataset(ctx, dataset)
  const rawSteps = Array.isArray(doc) ? doc : (doc as { steps?: unknown })?.steps
  if (!Array.isArray(rawSteps) || rawSteps.length === 0)
    throw new EsitiError('INVALID_INPUT', 'survey.recipe.notARecipe')
  const own = recipeSteps(ctx.project, ds)
  const ownImport = own[0] as ImportStep
  let mapping: MappingEntry[] = []
  let base = ownImport
  const first = rawSteps[0] as { op?: unknown }
  let cleaning = rawSteps
  if (first?.op === 'import') {
    const parsed = recipeStep.safeParse(first)
    if (!parsed.success || parsed.data.op !== 'import') throw new EsitiError('INVALID_INPUT', 'survey.recipe.badImportStep')
    const theirs = parsed.data
    cleaning = rawSteps.slice(1)
    const same = theirs.variables.every((v) => ownImport.variables.some((o) => o.id === v.id))
    if (!same) {
      mapping = proposeMapping(theirs.variables, ownImport.variables, manual)
      base = mergeBase(ownImport, theirs, mapping)
    }
  }
  // Step numbers in errors follow the user's file: its own import step is step 1, or its first step is.
  const firstNumber = cleaning === rawSteps ? 0 : 1
  const result = commitRecipe(ctx, ds, [base, ...cleaning], msg('survey.recipe.apply', { dataset: ds.name, count: cleaning.length }), firstNumber)
  return {
    ...result,
    mapping,
    skipped: result.steps.filter((s) => s.status === 'skipped').map((s) => ({ id: s.id, op: s.op, message: s.message }))
  }
}

/** The import step of a dataset's current recipe (the variables as the import defined them). */
export function recipeImportStep(ctx: Ctx, dataset: string): ImportStep {
  return recipeSteps(ctx.project, resolveDataset(ctx, dataset))[0] as ImportStep
}

/**
 * Values of variables after a recipe, computed in memory (nothing written): what the analyst sees in
 * the clustering and value views before adding the data-driven steps.
 */
export function valuesAfterSteps(ctx: Ctx, dataset: string, steps: unknown[], names: string[]): CleanValue[][] {
  const ds = resolveDataset(ctx, dataset)
  const run = runRecipe(ctx.project, ds, { steps: validateSteps(steps), signal: ctx.progress.signal })
  return names.map((n) => run.frame.vars.find((v) => v.name === n)?.values ?? [])
}

/** Saves a whole recipe (import step first) as the dataset's next version: one undoable change. */
export function replaceRecipe(ctx: Ctx, dataset: string, steps: unknown[], summary?: Msg): ApplyResult {
  const ds = resolveDataset(ctx, dataset)
  return commitRecipe(ctx, ds, steps, summary ?? summaryOf(ds, msg('survey.recipe.replaced', { count: steps.length - 1 })))
}

/** Current issues and exclusions (for the issues list). */
export function issuesOf(ctx: Ctx, dataset: string): Pick<CleanState, 'exclusions'> & { issues: Issue[]; rows: number } {
  const ds = resolveDataset(ctx, dataset)
  const state = ensureClean(ctx.project, ds)
  return { issues: storedIssues(ctx.project, ds.id), exclusions: state.exclusions, rows: state.rowCount }
}

export { cleanState }
