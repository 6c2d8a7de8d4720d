import { EsitiError } from '../../../../shared/errors'
import { msg, type Msg } from '../../../../shared/messages'
import type { Ctx } from '../../context'
import { hasWaves } from '../clean/clean-store'
import { WAVE_VARIABLE } from './engine'
import { compileExpression, expressionProblem } from './expression'
import { stepEffects } from './step-effects'
import type { ImportStep } from './steps'
import { recipeSteps, resolveDataset } from '../storage/dataset-rows'

export interface ExpressionCheck {
  ok: boolean
  /** What is wrong, worded by the window or the CLI; null when the expression is fine. */
  error: Msg | null
  /** Where (0-based character and length), to underline it. */
  position: number | null
  length: number | null
  /** Variables the expression reads. */
  variables: string[]
  /** A short syntax help with examples (Italian and English). */
  help: Msg
}

/** The variable names at a point of a dataset's recipe (before the step at `position`; end by default). */
function namesAt(ctx: Ctx, dataset: string, position?: number): Set<string> {
  const ds = resolveDataset(ctx, dataset)
  const steps = recipeSteps(ctx.project, ds)
  const names = new Set((steps[0] as ImportStep).variables.map((v) => v.name.toLowerCase()))
  if (hasWaves(ctx.project, ds)) names.add(WAVE_VARIABLE)
  for (const step of steps.slice(1, position ?? steps.length)) {
    if (step.enabled === false) continue
    const e = stepEffects(step)
    for (const r of e.renames) {
      names.delete(r.from.toLowerCase())
      names.add(r.to.toLowerCase())
    }
    for (const d of e.drops) names.delete(d.toLowerCase())
    for (const c of e.creates) names.add(c.toLowerCase())
  }
  return names
}

/**
 * Checks an expression before a step holding it is added: syntax, comparisons with null (a hint to
 * ismissing()), and variables that do not exist at that point of the recipe. The window calls it as
 * the user types; the CLI's `survey check`.
 */
export function checkExpression(ctx: Ctx, dataset: string, expression: string, position?: number): ExpressionCheck {
  const names = namesAt(ctx, dataset, position)
  const help = msg('survey.expr.help')
  try {
    const c = compileExpression(expression, (name) => (names.has(name.toLowerCase()) ? { get: () => null } : null))
    return { ok: true, error: null, position: null, length: null, variables: c.variables, help }
  } catch (e) {
    const p = expressionProblem(e)
    if (!p || !(e instanceof EsitiError)) throw e
    return { ok: false, error: e.msg, position: p.position, length: p.length, variables: [], help }
  }
}
