import type { CleanValue } from '../../frame'
import { missingTester } from '../../infer/missing-codes'
import { collapseSpaces, looseKey, normaliseApostrophes } from '../../infer/text-norm'
import { mapValues, result, show, targets, warn, type OpContext, type OpResult } from '../op-result'
import type { StepOf } from '../steps'
import { excludedCodes, type WorkFrame, type WorkVar } from '../work-frame'

const TEXTUAL = new Set(['nominal', 'ordinal', 'text', 'id', 'metadata', 'multi'])

// Italian (and English) have no locale-specific case mappings (only Turkish, Azeri and Lithuanian
// do), so the plain mappings give the same text as toLocale…Case('it') at a fraction of the cost.
function caseFn(mode: StepOf<'normalise'>['case']): (s: string) => string {
  switch (mode) {
    case 'lower':
      return (s) => s.toLowerCase()
    case 'upper':
      return (s) => s.toUpperCase()
    case 'title':
      return (s) => s.toLowerCase().replace(/(^|[\s'’(-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
    case 'sentence':
      return (s) => {
        const l = s.toLowerCase()
        return l.charAt(0).toUpperCase() + l.slice(1)
      }
    default:
      return (s) => s
  }
}

/** Remaps a variable's definition (labels, options, codes) through a value function. */
function remapDefinition(v: WorkVar, fn: (s: string) => string | null): void {
  if (v.labelsFixed && v.valueLabels.length) {
    const seen = new Set<string>()
    v.valueLabels = v.valueLabels.flatMap((l) => {
      if (typeof l.value !== 'string') return [l]
      const value = fn(l.value)
      if (value === null || seen.has(value)) return []
      seen.add(value)
      return [{ value, label: l.value === l.label ? value : l.label }]
    })
  }
  if (v.options) v.options = [...new Set(v.options.map(fn).filter((o): o is string => o !== null))]
  if (v.nonSubstantive)
    v.nonSubstantive = {
      ...v.nonSubstantive,
      values: [...new Set(v.nonSubstantive.values.map((c) => (typeof c === 'string' ? (fn(c) ?? c) : c)))]
    }
  if (v.notAsked) {
    const options: Record<string, string[]> = {}
    for (const [o, waves] of Object.entries(v.notAsked.options)) {
      const to = fn(o)
      if (to !== null) options[to] = waves
    }
    v.notAsked = { ...v.notAsked, options }
  }
  v.missingCodes = [
    ...new Set(v.missingCodes.map((c) => (typeof c === 'string' ? (fn(c) ?? c) : c)))
  ]
}

export function normalise(ctx: OpContext, step: StepOf<'normalise'>): OpResult {
  const vars = targets(ctx.frame, step.variables, (v) => TEXTUAL.has(v.type))
  const cased = caseFn(step.case)
  const fix = (s: string): string | null => {
    let t = s
    if (step.apostrophes) t = normaliseApostrophes(t)
    if (step.whitespace) t = collapseSpaces(t)
    t = cased(t)
    return t === '' ? null : t
  }
  let cells = 0
  for (const v of vars) {
    cells += mapValues(ctx.frame, v, (x) => {
      if (typeof x === 'string') return fix(x)
      if (Array.isArray(x)) return [...new Set(x.map(fix).filter((o): o is string => o !== null))]
      return x
    })
    remapDefinition(v, fix)
  }
  return result(cells, 0, cells ? [] : [warn('survey.step.nothingToNormalise')])
}

export function recode(ctx: OpContext, step: StepOf<'recode'>): OpResult {
  const v = ctx.frame.get(step.variable)
  const exact = new Map<string, string | number | null>()
  const loose = new Map<string, string | number | null>()
  for (const entry of step.map)
    for (const f of entry.from) {
      exact.set(typeof f === 'number' ? `#${f}` : `$${f}`, entry.to)
      if (typeof f === 'string') loose.set(looseKey(f), entry.to)
    }
  const lookup = (x: string | number): string | number | null | undefined => {
    const hit = exact.get(typeof x === 'number' ? `#${x}` : `$${x}`)
    if (hit !== undefined) return hit
    if (typeof x === 'number') return exact.get(`$${x}`)
    const asNum = Number(x)
    if (x.trim() !== '' && Number.isFinite(asNum) && exact.has(`#${asNum}`)) return exact.get(`#${asNum}`)
    return step.loose ? loose.get(looseKey(x)) : undefined
  }
  const cells = mapValues(ctx.frame, v, (x): CleanValue => {
    if (Array.isArray(x)) {
      const out: string[] = []
      for (const o of x) {
        const to = lookup(o)
        const val = to === undefined ? o : to
        if (val !== null && !out.includes(String(val))) out.push(String(val))
      }
      return out
    }
    if (typeof x !== 'string' && typeof x !== 'number') return x
    const to = lookup(x)
    return to === undefined ? x : to
  })
  remapDefinition(v, (s) => {
    const to = lookup(s)
    return to === undefined ? s : to === null ? null : String(to)
  })
  return result(cells, 0, cells ? [] : [warn('survey.step.noRecodeMatch', { v: v.name })])
}

export function setMissing(ctx: OpContext, step: StepOf<'setMissing'>): OpResult {
  const vars = targets(ctx.frame, step.variables, (v) => v.type !== 'multi')
  let cells = 0
  for (const v of vars) {
    const before = missingTester(v.missingCodes)
    if (step.mode === 'replace') v.missingCodes = [...step.codes]
    else if (step.mode === 'add') {
      const keys = new Set(v.missingCodes.map((c) => (typeof c === 'number' ? `#${c}` : looseKey(c))))
      for (const c of step.codes) {
        const k = typeof c === 'number' ? `#${c}` : looseKey(c)
        if (!keys.has(k)) {
          keys.add(k)
          v.missingCodes.push(c)
        }
      }
    } else {
      const drop = new Set(step.codes.map((c) => (typeof c === 'number' ? `#${c}` : looseKey(c))))
      v.missingCodes = v.missingCodes.filter((c) => !drop.has(typeof c === 'number' ? `#${c}` : looseKey(c)))
    }
    const after = missingTester(v.missingCodes)
    cells += changedCells(ctx.frame, v, (x) => before(x) !== after(x))
  }
  return result(cells, 0, cells ? [] : [warn('survey.step.noMissingMatch')])
}

/** Active cells whose value passes `test`, each distinct value tested once. */
function changedCells(frame: WorkFrame, v: WorkVar, test: (x: CleanValue) => boolean): number {
  const active = frame.activeMask()
  const { codes, dict } = frame.codesOf(v)
  const hit = new Uint8Array(dict.length)
  for (let k = 1; k < dict.length; k++) hit[k] = test(dict[k]) ? 1 : 0
  let cells = 0
  for (let r = 0; r < frame.n; r++) cells += hit[codes[r]] & active[r]
  return cells
}

/** Declares non-substantive answers and whether the bases count them (see steps.ts). */
export function setNonSubstantive(ctx: OpContext, step: StepOf<'setNonSubstantive'>): OpResult {
  const vars = targets(ctx.frame, step.variables, (v) => v.type !== 'multi')
  let cells = 0
  const key = (c: string | number): string => (typeof c === 'number' ? `#${c}` : looseKey(c))
  for (const v of vars) {
    const before = excludedCodes(v)
    const current = v.nonSubstantive?.values ?? []
    let values: (string | number)[]
    if (!step.values) values = current
    else if (step.mode === 'replace') values = [...step.values]
    else if (step.mode === 'remove') {
      const gone = new Set(step.values.map(key))
      values = current.filter((c) => !gone.has(key(c)))
    } else {
      const seen = new Set(current.map(key))
      values = [...current, ...step.values.filter((c) => !seen.has(key(c)))]
    }
    v.nonSubstantive = values.length ? { values, include: step.include } : undefined
    if (!v.nonSubstantive) delete v.nonSubstantive
    const was = missingTester(before)
    const now = missingTester(excludedCodes(v))
    const hits = missingTester(values)
    cells += changedCells(ctx.frame, v, (x) => was(x) !== now(x) || (step.values !== undefined && hits(x)))
  }
  return result(cells, 0, cells ? [] : [warn('survey.step.noNonSubstantiveMatch')])
}

export function editCell(ctx: OpContext, step: StepOf<'editCell'>): OpResult {
  const v = ctx.frame.get(step.variable)
  const r = ctx.frame.rowIndex(step.row)
  if (r < 0) return result(0, 0, [warn('survey.step.rowNotFound', { row: step.row })])
  const before = v.values[r]
  v.values[r] = step.value
  v.codes = null
  v.base = false
  const changed = JSON.stringify(before) !== JSON.stringify(step.value)
  return result(changed ? 1 : 0, 0, changed ? [] : [warn('survey.step.cellUnchanged', { value: show(before) })])
}
