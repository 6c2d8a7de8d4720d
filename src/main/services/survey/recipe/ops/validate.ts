import type { CleanValue } from '../../frame'
import { missingTester } from '../../infer/missing-codes'
import { msg, type Msg } from '../../../../../shared/messages'
import { parseLooseNumber } from '../../infer/parse-number'
import { looseKey } from '../../infer/text-norm'
import { compileExpression } from '../expression'
import { result, show, type OpContext, type OpResult } from '../op-result'
import type { StepOf } from '../steps'
import type { WorkVar } from '../work-frame'

/**
 * Validation rules never change data: every violation becomes an issue the user resolves (exclude
 * the row, edit the cell, recode, or accept it).
 */
export function validate(ctx: OpContext, step: StepOf<'validate'>): OpResult {
  const frame = ctx.frame
  const rule = step.rule
  const accepted = new Set(step.accepted)
  let flagged = 0
  const flag = (r: number, variable: WorkVar | null, value: CleanValue, message: Msg): void => {
    const row = frame.rowIds[r]
    if (accepted.has(row)) return
    flagged++
    frame.issues.push({
      id: `${step.id}:${row}`,
      step: step.id,
      rule: rule.kind,
      severity: step.severity,
      row,
      sheetRow: frame.sheetRows[r],
      wave: frame.rowWave[r],
      variable: variable?.name ?? null,
      value,
      message
    })
  }

  if (rule.kind === 'expression') {
    const expr = compileExpression(rule.expression, frame.resolver())
    const shownVar = expr.variables.length ? frame.find(expr.variables[0]) ?? null : null
    for (let r = 0; r < frame.n; r++)
      if (frame.isActive(r) && expr.evaluate(r) === false) flag(r, shownVar, shownVar?.values[r] ?? null, msg('survey.issue.expression', { message: rule.message }))
    return result(0, flagged, [])
  }

  const v = frame.get(rule.variable)
  const isCode = missingTester(v.missingCodes)
  const isMissing = (x: CleanValue): boolean =>
    x === null || (typeof x === 'string' && x.trim() === '') || (Array.isArray(x) && x.length === 0) || isCode(x)

  if (rule.kind === 'required') {
    for (let r = 0; r < frame.n; r++)
      if (frame.isActive(r) && isMissing(v.values[r])) flag(r, v, v.values[r], msg('survey.issue.required', { v: v.name }))
  } else if (rule.kind === 'range') {
    const lo = rule.min ?? -Infinity
    const hi = rule.max ?? Infinity
    for (let r = 0; r < frame.n; r++) {
      const x = v.values[r]
      if (!frame.isActive(r) || isMissing(x)) continue
      const n = typeof x === 'number' ? x : typeof x === 'string' ? parseLooseNumber(x, v.decimal ?? ',') : null
      if (n === null) flag(r, v, x, msg('survey.issue.notNumber', { value: show(x), v: v.name }))
      else if (n < lo || n > hi)
        flag(r, v, x, msg('survey.issue.range', { value: show(x), v: v.name, min: rule.min ?? '−∞', max: rule.max ?? '∞' }))
    }
  } else if (rule.kind === 'allowed') {
    const allowed = new Set(rule.values.map((a) => (typeof a === 'number' ? `#${a}` : looseKey(a))))
    const ok = (x: string | number): boolean =>
      allowed.has(typeof x === 'number' ? `#${x}` : looseKey(x)) || (typeof x === 'number' && allowed.has(looseKey(String(x))))
    for (let r = 0; r < frame.n; r++) {
      const x = v.values[r]
      if (!frame.isActive(r) || isMissing(x)) continue
      const items = Array.isArray(x) ? x : [x as string | number]
      const bad = items.filter((i) => !ok(i))
      if (bad.length) flag(r, v, x, msg('survey.issue.allowed', { value: show(bad.join(', ')), v: v.name }))
    }
  } else if (rule.kind === 'unique') {
    const seen = new Map<string, number>()
    for (let r = 0; r < frame.n; r++) {
      const x = v.values[r]
      if (!frame.isActive(r) || isMissing(x)) continue
      const k = typeof x === 'string' ? looseKey(x) : JSON.stringify(x)
      const first = seen.get(k)
      if (first === undefined) seen.set(k, r)
      else flag(r, v, x, msg('survey.issue.unique', { value: show(x), v: v.name, row: frame.sheetRows[first] }))
    }
  }
  return result(0, flagged, [])
}
