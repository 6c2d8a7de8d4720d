import { EsitiError } from '../../../../../shared/errors'
import type { CleanValue } from '../../frame'
import { answerClass, missingTester } from '../../infer/missing-codes'
import { discoverOptions, OptionSplitter } from '../../infer/multi-split'
import { detectDateOrder, formatParsed, parseLooseDate } from '../../infer/parse-date'
import { detectDecimal, parseLooseNumber } from '../../infer/parse-number'
import { excelSerialToIso } from '../../../io/sheet/excel-date'
import { looseKey, naturalCompare } from '../../infer/text-norm'
import { mapValues, result, warn, type OpContext, type OpResult, type Warning } from '../op-result'
import type { StepOf } from '../steps'
import type { WorkFrame, WorkVar } from '../work-frame'

function distinctStrings(frame: WorkFrame, v: WorkVar): Map<string, number> {
  const out = new Map<string, number>()
  for (let r = 0; r < frame.n; r++) {
    const x = v.values[r]
    if (typeof x === 'string' && frame.isActive(r)) out.set(x, (out.get(x) ?? 0) + 1)
  }
  return out
}

function failureNote(v: WorkVar, failed: Map<string, number>, what: 'numbers' | 'dates'): Warning[] {
  if (failed.size === 0) return []
  let n = 0
  for (const c of failed.values()) n += c
  const examples = [...failed.keys()].slice(0, 3).map((s) => (s.length > 40 ? s.slice(0, 37) + '…' : s))
  return [warn(what === 'numbers' ? 'survey.step.notNumbers' : 'survey.step.notDates', { count: n, v: v.name, examples })]
}

/** Text → number with the column's decimal mark; text missing codes become empty, numeric codes stay. */
export function toNumeric(frame: WorkFrame, v: WorkVar, decimal: ',' | '.' | 'auto'): { cells: number; warnings: Warning[] } {
  const strings = distinctStrings(frame, v)
  const mark = decimal === 'auto' ? (v.decimal ?? detectDecimal(strings.keys())) : decimal
  const isCode = missingTester(v.missingCodes)
  const failed = new Map<string, number>()
  const cells = mapValues(frame, v, (x) => {
    if (typeof x === 'number' || x === null) return x
    if (Array.isArray(x) || typeof x === 'boolean') return null
    const n = parseLooseNumber(x, mark)
    if (n === null && !isCode(x) && answerClass(x) === null) failed.set(x, (failed.get(x) ?? 0) + (strings.get(x) ?? 1))
    return n
  })
  v.type = 'numeric'
  v.decimal = mark
  v.missingCodes = v.missingCodes.flatMap((c) => {
    if (typeof c === 'number') return [c]
    const n = parseLooseNumber(c, mark)
    return n === null ? [] : [n]
  })
  if (!v.valueLabels.every((l) => typeof l.value === 'number')) {
    v.valueLabels = []
    v.labelsFixed = false
    v.scale = null
  }
  return { cells, warnings: failureNote(v, failed, 'numbers') }
}

export function toDate(
  frame: WorkFrame,
  v: WorkVar,
  order: 'dmy' | 'mdy' | 'ymd' | 'auto',
  time: boolean | 'auto'
): { cells: number; warnings: Warning[] } {
  const strings = distinctStrings(frame, v)
  const o = order === 'auto' ? (v.dateOrder ?? detectDateOrder(strings.keys())) : order
  let withTime = time === true
  if (time === 'auto') {
    withTime = v.type === 'datetime'
    for (const s of strings.keys()) {
      const p = parseLooseDate(s, o)
      if (p?.time && p.time !== '00:00:00') {
        withTime = true
        break
      }
    }
  }
  const isCode = missingTester(v.missingCodes)
  const failed = new Map<string, number>()
  const cells = mapValues(frame, v, (x) => {
    if (x === null) return null
    if (typeof x === 'number') {
      if (x < 1 || x >= 2958466) return null
      const iso = excelSerialToIso(x)
      return withTime ? (iso.length === 10 ? `${iso}T00:00:00` : iso) : iso.slice(0, 10)
    }
    if (typeof x !== 'string') return null
    const p = parseLooseDate(x, o)
    if (!p) {
      if (!isCode(x) && answerClass(x) === null) failed.set(x, (failed.get(x) ?? 0) + (strings.get(x) ?? 1))
      return null
    }
    return formatParsed(p, withTime)
  })
  v.type = withTime ? 'datetime' : 'date'
  v.dateOrder = o
  v.valueLabels = []
  v.labelsFixed = false
  v.scale = null
  v.missingCodes = []
  return { cells, warnings: failureNote(v, failed, 'dates') }
}

export function toMulti(frame: WorkFrame, v: WorkVar, separator: string, options?: string[]): { cells: number; warnings: Warning[] } {
  const strings = distinctStrings(frame, v)
  const isCode = missingTester(v.missingCodes)
  const cells = new Map([...strings].filter(([s]) => !isCode(s)))
  const found = discoverOptions(cells, separator, options ?? v.options ?? [])
  const known = options ? [...options, ...found.options.filter((o) => !options.includes(o))] : found.options
  const splitter = new OptionSplitter(separator, known)
  const changed = mapValues(frame, v, (x) => {
    if (x === null || Array.isArray(x)) return x
    const s = String(x)
    if (isCode(s)) return null
    const parts = splitter.split(s)
    return parts.length ? parts : null
  })
  v.type = 'multi'
  v.separator = separator
  v.options = known
  v.valueLabels = []
  v.labelsFixed = false
  v.scale = null
  return { cells: changed, warnings: [] }
}

export function parseNumber(ctx: OpContext, step: StepOf<'parseNumber'>): OpResult {
  const r = toNumeric(ctx.frame, ctx.frame.get(step.variable), step.decimal)
  return result(r.cells, 0, r.warnings)
}

export function parseDate(ctx: OpContext, step: StepOf<'parseDate'>): OpResult {
  const r = toDate(ctx.frame, ctx.frame.get(step.variable), step.order, step.time)
  return result(r.cells, 0, r.warnings)
}

export function splitMulti(ctx: OpContext, step: StepOf<'splitMulti'>): OpResult {
  const r = toMulti(ctx.frame, ctx.frame.get(step.variable), step.separator, step.options)
  return result(r.cells, 0, r.warnings)
}

export function setType(ctx: OpContext, step: StepOf<'setType'>): OpResult {
  const v = ctx.frame.get(step.variable)
  if (step.role) v.role = step.role
  const from = v.type
  if (from === step.type) return result(0, 0, [])
  if (step.type === 'numeric') return wrap(toNumeric(ctx.frame, v, 'auto'))
  if (step.type === 'date' || step.type === 'datetime')
    return wrap(toDate(ctx.frame, v, 'auto', step.type === 'datetime'))
  if (step.type === 'multi') return wrap(toMulti(ctx.frame, v, v.separator ?? ', '))
  let cells = 0
  if (from === 'multi') cells = mapValues(ctx.frame, v, (x) => (Array.isArray(x) ? x.join(v.separator ?? ', ') : x))
  if (step.type === 'ordinal' && !v.labelsFixed) {
    // Until the user orders them, categories keep their natural order.
    const seen = new Set<string>()
    const values: (string | number)[] = []
    for (const x of v.values)
      if ((typeof x === 'string' || typeof x === 'number') && !seen.has(String(x))) {
        seen.add(String(x))
        values.push(x)
      }
    values.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : naturalCompare(String(a), String(b))))
    // Categories put in order are scored 1..k for means (setValueLabels edits the scores).
    v.valueLabels = values.map((x, i) => ({ value: x, label: String(x), ...(typeof x === 'string' ? { score: i + 1 } : {}) }))
    v.labelsFixed = true
  }
  if (step.type === 'text' || step.type === 'id') {
    v.valueLabels = []
    v.labelsFixed = false
    v.scale = null
  }
  v.type = step.type
  return result(cells, 0, [])
}

const wrap = (r: { cells: number; warnings: Warning[] }): OpResult => result(r.cells, 0, r.warnings)

export function setLabel(ctx: OpContext, step: StepOf<'setLabel'>): OpResult {
  ctx.frame.get(step.variable).label = step.label
  return result()
}

/** Sets categories and their order; data spelled differently (case, accents) is aligned to them. */
export function setValueLabels(ctx: OpContext, step: StepOf<'setValueLabels'>): OpResult {
  const v = ctx.frame.get(step.variable)
  v.valueLabels = step.values.map((l) => ({ value: l.value, label: l.label, ...(l.score !== undefined ? { score: l.score } : {}) }))
  v.labelsFixed = true
  v.scale = null
  if (v.type === 'multi') {
    v.options = step.values.map((l) => String(l.value))
    return result()
  }
  const byKey = new Map<string, string | number>()
  for (const l of step.values) byKey.set(looseKey(String(l.value)), l.value)
  const cells = mapValues(ctx.frame, v, (x): CleanValue => {
    if (typeof x !== 'string' && typeof x !== 'number') return x
    const hit = byKey.get(looseKey(String(x)))
    return hit === undefined ? x : hit
  })
  if (v.type !== 'ordinal' && v.type !== 'nominal') v.type = 'nominal'
  return result(cells, 0, [])
}

export function rename(ctx: OpContext, step: StepOf<'rename'>): OpResult {
  const v = ctx.frame.get(step.from)
  if (v.name === step.to) return result()
  if (ctx.frame.nameTaken(step.to, v)) throw new EsitiError('CONFLICT', 'survey.step.nameTaken', { name: step.to })
  v.name = step.to
  return result()
}

export function drop(ctx: OpContext, step: StepOf<'drop'>): OpResult {
  let cells = 0
  for (const name of step.variables) {
    const v = ctx.frame.get(name)
    v.dropped = true
    for (let r = 0; r < ctx.frame.n; r++) if (v.values[r] !== null && ctx.frame.isActive(r)) cells++
  }
  return result(cells, 0, [])
}
