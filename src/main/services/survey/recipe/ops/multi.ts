import { EsitiError } from '../../../../../shared/errors'
import type { CleanValue } from '../../frame'
import { valueMark } from '../../infer/marks'
import { missingTester } from '../../infer/missing-codes'
import { result, warn, type OpContext, type OpResult, type Warning } from '../op-result'
import type { StepOf } from '../steps'
import type { WorkVar } from '../work-frame'

/** Columns combined into one multiple-response set (see steps.ts, combineMulti). */
export function combineMulti(ctx: OpContext, step: StepOf<'combineMulti'>): OpResult {
  const frame = ctx.frame
  const sources = step.variables.map((n) => frame.get(n))
  if (step.options && step.options.length !== sources.length)
    throw new EsitiError('INVALID_INPUT', 'survey.step.optionsCount', { options: step.options.length, variables: sources.length })
  if (frame.nameTaken(step.name, ...(step.drop ? sources : [])))
    throw new EsitiError('CONFLICT', 'survey.step.nameTaken', { name: step.name })
  const options = sources.map((v, k) => step.options?.[k] ?? v.label?.trim() ?? v.name)
  const warnings: Warning[] = []
  // A column of free answers counts as chosen when not empty: said once, since the figure depends on it.
  sources.forEach((v, k) => {
    const odd = new Set<string>()
    for (let r = 0; r < frame.n && odd.size < 3; r++) {
      const x = v.values[r]
      if (typeof x === 'string' && valueMark(x, options[k]) === 1 && !/^(?:1|y|yes|si|sì|x|✓|✔|true|vero)$/i.test(x.trim()) && x.trim() !== options[k].trim())
        odd.add(x.length > 30 ? x.slice(0, 27) + '…' : x)
    }
    if (odd.size) warnings.push(warn('survey.step.notASet', { v: v.name, examples: [...odd] }))
  })
  const excluded = sources.map((v) => missingTester(v.missingCodes))
  const values: CleanValue[] = new Array<CleanValue>(frame.n)
  let cells = 0
  for (let r = 0; r < frame.n; r++) {
    let answered = false
    const chosen: string[] = []
    for (let k = 0; k < sources.length; k++) {
      const x = sources[k].values[r]
      if (x !== null && excluded[k](x)) continue
      const m = valueMark(Array.isArray(x) ? (x.length ? 1 : 0) : x, options[k])
      if (m === null || m === undefined) continue
      answered = true
      if (m === 1) chosen.push(options[k])
    }
    values[r] = answered ? chosen : null
    if (answered && frame.isActive(r)) cells++
  }
  if (step.drop) for (const v of sources) v.dropped = true
  const v: WorkVar = {
    id: ctx.derivedId(step.id, 0),
    name: step.name,
    label: step.label ?? null,
    group: sources[0].group,
    type: 'multi',
    role: 'derived',
    valueLabels: [],
    labelsFixed: false,
    scale: null,
    missingCodes: [],
    options,
    columns: [],
    values,
    derivedBy: { step: step.id, op: 'combineMulti' },
    dropped: false
  }
  frame.vars.push(v)
  return result(cells, 0, warnings)
}
