import { EsitiError } from '../../../../shared/errors'
import { msg } from '../../../../shared/messages'
import type { Ctx } from '../../context'
import type { VariableType } from '../frame'
import { recipeSteps, resolveDataset } from '../storage/dataset-rows'
import { variableDtos } from '../survey-service'
import { addSteps, updateStep, type ApplyResult } from './service'

/** What the user changes about one variable (the window's variable panel, `esiti survey override`). */
export interface VariableOverride {
  dataset: string
  variable: string
  type?: VariableType
  role?: 'metadata' | 'question' | 'weight'
  label?: string | null
  valueLabels?: { value: string | number; label: string; score?: number }[]
  missingCodes?: (string | number)[]
  /** Non-substantive answers, and whether the bases count them. */
  nonSubstantive?: { values: (string | number)[]; include: boolean }
}

/**
 * The importer's decisions are overridden by recipe steps (setType, setLabel, setValueLabels,
 * setMissing, setNonSubstantive), so that they replay on the next wave too: one undoable change.
 */
export function overrideVariable(ctx: Ctx, o: VariableOverride): ApplyResult {
  const ds = resolveDataset(ctx, o.dataset)
  const added: unknown[] = []
  if (o.type !== undefined || o.role !== undefined) {
    const current = variableDtos(ctx, ds.id).find((v) => v.name === o.variable)
    if (!current) throw new EsitiError('NOT_FOUND', 'survey.variableNotFound', { v: o.variable, dataset: ds.name })
    added.push({ op: 'setType', variable: o.variable, type: o.type ?? current.type, ...(o.role ? { role: o.role } : {}) })
  }
  if (o.label !== undefined) added.push({ op: 'setLabel', variable: o.variable, label: o.label })
  if (o.valueLabels) added.push({ op: 'setValueLabels', variable: o.variable, values: o.valueLabels })
  if (o.missingCodes) added.push({ op: 'setMissing', variables: [o.variable], codes: o.missingCodes, mode: 'replace' })
  if (o.nonSubstantive)
    added.push({ op: 'setNonSubstantive', variables: [o.variable], values: o.nonSubstantive.values, include: o.nonSubstantive.include, mode: 'replace' })
  if (!added.length) throw new EsitiError('INVALID_INPUT', 'survey.override.nothing')
  return addSteps(ctx, ds.id, added, msg('survey.override.summary', { v: o.variable, dataset: ds.name, count: added.length }))
}

/** Marks flagged rows of a validation step as reviewed and correct: they stop being issues. */
export function acceptIssues(ctx: Ctx, dataset: string, stepId: string, rows: string[]): ApplyResult {
  const ds = resolveDataset(ctx, dataset)
  const step = recipeSteps(ctx.project, ds).find((s) => s.id === stepId)
  if (!step) throw new EsitiError('NOT_FOUND', 'survey.recipe.stepNotFound', { id: stepId })
  if (step.op !== 'validate') throw new EsitiError('INVALID_INPUT', 'survey.recipe.notARule')
  const accepted = [...new Set([...step.accepted, ...rows])]
  return updateStep(ctx, ds.id, stepId, { accepted })
}
