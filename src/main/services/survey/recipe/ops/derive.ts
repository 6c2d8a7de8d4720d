import { EsitiError } from '../../../../../shared/errors'
import type { CleanValue, VariableType } from '../../frame'
import { missingTester } from '../../infer/missing-codes'
import { parseLooseNumber } from '../../infer/parse-number'
import { compileExpression } from '../expression'
import { result, warn, type OpContext, type OpResult } from '../op-result'
import type { StepOf } from '../steps'
import type { WorkVar } from '../work-frame'

function newVariable(ctx: OpContext, stepId: string, op: string, name: string, label: string | null | undefined): WorkVar {
  if (ctx.frame.nameTaken(name)) throw new EsitiError('CONFLICT', 'survey.step.nameTaken', { name })
  const v: WorkVar = {
    id: ctx.derivedId(stepId, 0),
    name,
    label: label ?? null,
    group: null,
    type: 'nominal',
    role: 'derived',
    valueLabels: [],
    labelsFixed: false,
    scale: null,
    missingCodes: [],
    columns: [],
    values: new Array<CleanValue>(ctx.frame.n).fill(null),
    derivedBy: { step: stepId, op },
    dropped: false
  }
  ctx.frame.vars.push(v)
  return v
}

/** Classes from a number, e.g. company size from employees: micro < 10, piccola 10–49, … */
export function bin(ctx: OpContext, step: StepOf<'bin'>): OpResult {
  const src = ctx.frame.get(step.source)
  const isCode = missingTester(src.missingCodes)
  const v = newVariable(ctx, step.id, 'bin', step.name, step.label ?? src.label)
  v.type = 'ordinal'
  v.valueLabels = step.bins.map((b) => ({ value: b.label, label: b.label }))
  v.labelsFixed = true
  let cells = 0
  let outside = 0
  for (let r = 0; r < ctx.frame.n; r++) {
    const x = src.values[r]
    if (x === null || isCode(x)) continue
    const n = typeof x === 'number' ? x : typeof x === 'string' ? parseLooseNumber(x, src.decimal ?? ',') : null
    if (n === null) continue
    const hit = step.bins.find((b) => (b.min === undefined || n >= b.min) && (b.max === undefined || n < b.max))
    if (!hit) {
      if (ctx.frame.isActive(r)) outside++
      continue
    }
    v.values[r] = hit.label
    if (ctx.frame.isActive(r)) cells++
  }
  return result(cells, 0, outside ? [warn('survey.step.outsideBins', { count: outside, v: src.name })] : [])
}

/** A variable computed by an expression, row by row. */
export function compute(ctx: OpContext, step: StepOf<'compute'>): OpResult {
  const expr = compileExpression(step.expression, ctx.frame.resolver())
  const values: CleanValue[] = []
  let numbers = 0
  let strings = 0
  let booleans = 0
  for (let r = 0; r < ctx.frame.n; r++) {
    const x = expr.evaluate(r)
    if (typeof x === 'number') numbers++
    else if (typeof x === 'string') strings++
    else if (typeof x === 'boolean') booleans++
    values.push(x as CleanValue)
  }
  const v = newVariable(ctx, step.id, 'compute', step.name, step.label ?? step.expression)
  let type: VariableType = step.type ?? (strings === 0 ? 'numeric' : 'nominal')
  let cells = 0
  const distinct = new Set<string>()
  for (let r = 0; r < ctx.frame.n; r++) {
    let x = values[r]
    if (typeof x === 'boolean') x = type === 'numeric' ? (x ? 1 : 0) : x ? 'Sì' : 'No'
    if (type === 'numeric' && typeof x === 'string') x = parseLooseNumber(x)
    if (type !== 'numeric' && typeof x === 'number') x = String(x)
    if (Array.isArray(x)) x = x.join(', ')
    v.values[r] = x
    if (x !== null && ctx.frame.isActive(r)) {
      cells++
      if (typeof x === 'string' && distinct.size <= 50) distinct.add(x)
    }
  }
  if (!step.type && type === 'nominal' && distinct.size > 50) type = 'text'
  if (booleans > 0 && numbers === 0 && strings === 0 && !step.type) {
    v.valueLabels = [
      { value: 1, label: 'Sì' },
      { value: 0, label: 'No' }
    ]
  }
  v.type = type
  return result(cells, 0, [])
}
