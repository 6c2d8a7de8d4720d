import { EsitiError } from '../../../../shared/errors'
import { expressionVariables } from './expression'
import type { RecipeStep } from './steps'

/**
 * What each step does to the set of variables, OpenRefine-style: the variables it reads, creates,
 * drops and renames, by their names at that point of the recipe. The recipe is checked with them
 * before it is committed (checkRecipe), and a wave's preview lists the steps that read variables the
 * new file lacks.
 */
export interface StepEffects {
  reads: string[]
  creates: string[]
  drops: string[]
  renames: { from: string; to: string }[]
}

const none = (): StepEffects => ({ reads: [], creates: [], drops: [], renames: [] })
const reads = (names: string[]): StepEffects => ({ ...none(), reads: names })

/** Variables an expression reads; a syntax error reads none (the step reports the error when it runs). */
function expressionReads(source: string): string[] {
  try {
    return expressionVariables(source)
  } catch (e) {
    if (e instanceof EsitiError) return []
    throw e
  }
}

export function stepEffects(step: RecipeStep): StepEffects {
  switch (step.op) {
    case 'import':
      return { ...none(), creates: step.variables.map((v) => v.name) }
    case 'normalise':
    case 'setMissing':
    case 'setNonSubstantive':
      return reads(step.variables === '*' ? [] : step.variables)
    case 'recode':
    case 'parseNumber':
    case 'parseDate':
    case 'splitMulti':
    case 'setType':
    case 'setLabel':
    case 'setValueLabels':
    case 'editCell':
      return reads([step.variable])
    case 'combineMulti':
      return { ...none(), reads: step.variables, creates: [step.name], drops: step.drop ? step.variables : [] }
    case 'bin':
      return { ...none(), reads: [step.source], creates: [step.name] }
    case 'compute':
      return { ...none(), reads: expressionReads(step.expression), creates: [step.name] }
    case 'rename':
      return { ...none(), reads: [step.from], renames: [{ from: step.from, to: step.to }] }
    case 'drop':
      return { ...none(), reads: step.variables, drops: step.variables }
    case 'dedupe':
      return reads(step.by ? [...step.keys, step.by] : step.keys)
    case 'validate':
      return reads(step.rule.kind === 'expression' ? expressionReads(step.rule.expression) : [step.rule.variable])
    case 'exclude':
      return reads(step.where ? expressionReads(step.where) : [])
  }
}

/** Variables a step reads or writes (by name at that point of the recipe). */
export function stepVariables(step: RecipeStep): string[] {
  const e = stepEffects(step)
  return [...new Set([...e.reads, ...e.renames.map((r) => r.from)])]
}

export interface RecipeProblem {
  /** Index of the step in the recipe. */
  index: number
  stepId: string
  /** A variable the step needs that does not exist at that point (dropped, renamed, never there). */
  variable: string
}

/**
 * Walks a recipe with the names each step leaves (OpenRefine checks a recipe's column dependencies the
 * same way): a step that reads a variable dropped or renamed before it, or never defined, is listed.
 * `initial` holds the names the data has before the first cleaning step (import variables, the wave
 * variable). Names compare case-insensitively, as the steps find them.
 */
export function checkRecipe(steps: RecipeStep[], initial: string[]): RecipeProblem[] {
  const names = new Set(initial.map((n) => n.toLowerCase()))
  const problems: RecipeProblem[] = []
  steps.forEach((step, index) => {
    if (step.op === 'import') return
    const e = stepEffects(step)
    if (step.enabled !== false) for (const r of e.reads) if (!names.has(r.toLowerCase())) problems.push({ index, stepId: step.id, variable: r })
    if (step.enabled === false) return
    for (const r of e.renames) {
      names.delete(r.from.toLowerCase())
      names.add(r.to.toLowerCase())
    }
    for (const d of e.drops) names.delete(d.toLowerCase())
    for (const c of e.creates) names.add(c.toLowerCase())
  })
  return problems
}
