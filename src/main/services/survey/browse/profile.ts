import type { Ctx } from '../../context'
import { resolveDataset } from '../storage/dataset-rows'
import type { CleanValue, DatasetFrame, VariableMeta } from '../frame'
import { missingTester } from '../infer/missing-codes'
import { loadDatasetFrame } from '../storage/store'
import { naturalCompare } from '../infer/text-norm'
import type { VariableProfileDto } from '../../../../shared/ipc/survey'

/** Per-variable summaries for the variable list, the profile panel and `survey profile`. */

export type VariableProfile = VariableProfileDto
export type ValueCount = NonNullable<VariableProfileDto['counts']>[number]
export type NumericSummary = NonNullable<VariableProfileDto['numeric']>

export interface DatasetProfile {
  dataset: string
  layer: 'clean' | 'raw'
  rows: number
  variables: VariableProfile[]
}

const TOP_TEXT = 20

function histogram(sorted: number[]): NumericSummary['bins'] {
  const min = sorted[0]
  const max = sorted[sorted.length - 1]
  if (min === max) return [{ from: min, to: max, count: sorted.length }]
  const k = Math.min(20, Math.max(5, Math.ceil(Math.log2(sorted.length) + 1)))
  const allInts = sorted.every(Number.isInteger)
  const width = allInts && max - min + 1 <= k ? 1 : (max - min) / k
  const count = allInts && width === 1 ? max - min + 1 : k
  const bins = Array.from({ length: count }, (_, i) => ({ from: min + i * width, to: min + (i + 1) * width, count: 0 }))
  for (const x of sorted) {
    const i = Math.min(count - 1, Math.floor((x - min) / width))
    bins[i].count++
  }
  return bins
}

export function profileVariable(meta: VariableMeta, values: readonly CleanValue[]): VariableProfile {
  const isCode = missingTester(meta.missingCodes)
  const isNonSub = missingTester(meta.nonSubstantive?.values ?? [])
  const includeNonSub = meta.nonSubstantive?.include ?? false
  const scoreOf = new Map(meta.valueLabels.filter((l) => l.score !== undefined).map((l) => [`${typeof l.value === 'number' ? 'n' : 's'}:${l.value}`, l.score!]))
  let nonSub = 0
  const counts = new Map<string, { value: string | number; count: number }>()
  const numbers: number[] = []
  let valid = 0
  let dmin: string | null = null
  let dmax: string | null = null
  for (const x of values) {
    if (x === null || (Array.isArray(x) && x.length === 0 && meta.type !== 'multi')) continue
    if (Array.isArray(x)) {
      valid++
      for (const o of x) {
        const c = counts.get(`s:${o}`)
        if (c) c.count++
        else counts.set(`s:${o}`, { value: o, count: 1 })
      }
      continue
    }
    const v = typeof x === 'boolean' ? (x ? 1 : 0) : x
    const key = `${typeof v === 'number' ? 'n' : 's'}:${v}`
    const c = counts.get(key)
    if (c) c.count++
    else counts.set(key, { value: v, count: 1 })
    if (isCode(v)) continue
    if (isNonSub(v)) {
      nonSub++
      if (!includeNonSub) continue
    }
    valid++
    if (typeof v === 'number') numbers.push(v)
    else if (scoreOf.size) {
      // Likert categories count as their scores (1..k in scale order) in means.
      const s = scoreOf.get(`s:${v}`)
      if (s !== undefined) numbers.push(s)
    }
    else if ((meta.type === 'date' || meta.type === 'datetime') && typeof v === 'string') {
      if (dmin === null || v < dmin) dmin = v
      if (dmax === null || v > dmax) dmax = v
    }
  }
  const rows = values.length
  let numeric: NumericSummary | null = null
  if (numbers.length && (meta.type === 'numeric' || meta.type === 'ordinal' || meta.type === 'id' || meta.type === 'metadata')) {
    numbers.sort((a, b) => a - b)
    const n = numbers.length
    const mean = numbers.reduce((s, x) => s + x, 0) / n
    const sd = n > 1 ? Math.sqrt(numbers.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0
    const median = n % 2 ? numbers[(n - 1) / 2] : (numbers[n / 2 - 1] + numbers[n / 2]) / 2
    numeric = { min: numbers[0], max: numbers[n - 1], mean, median, sd, bins: meta.type === 'id' ? [] : histogram(numbers) }
  }
  let list: ValueCount[] | null = null
  const toCount = (c: { value: string | number; count: number }): ValueCount => {
    const l = meta.valueLabels.find((x) => x.value === c.value)
    const notAsked = meta.notAsked?.options[String(c.value)]
    return {
      value: c.value,
      label: l?.label ?? String(c.value),
      count: c.count,
      missing: isCode(c.value),
      nonSubstantive: isNonSub(c.value),
      ...(l?.score !== undefined ? { score: l.score } : {}),
      ...(notAsked ? { notAsked } : {})
    }
  }
  if (meta.type === 'nominal' || meta.type === 'ordinal' || meta.type === 'multi') {
    const order = new Map(meta.valueLabels.map((l, i) => [`${typeof l.value === 'number' ? 'n' : 's'}:${l.value}`, i]))
    list = [...counts.entries()]
      .sort(([a, x], [b, y]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || naturalCompare(String(x.value), String(y.value)))
      .map(([, c]) => toCount(c))
    if (meta.type !== 'multi')
      for (const l of meta.valueLabels)
        if (!list.some((c) => c.value === l.value)) list.push({ ...toCount({ value: l.value, count: 0 }), label: l.label })
    if (meta.type === 'multi')
      for (const o of meta.options ?? []) if (!list.some((c) => c.value === o)) list.push(toCount({ value: o, count: 0 }))
  } else if (meta.type === 'text' || meta.type === 'metadata') {
    list = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, TOP_TEXT).map(toCount)
  }
  return {
    name: meta.name,
    label: meta.label,
    type: meta.type,
    role: meta.role,
    rows,
    valid,
    missing: rows - valid - (includeNonSub ? 0 : nonSub),
    nonSubstantive: nonSub,
    nonSubstantiveIncluded: includeNonSub,
    distinct: counts.size,
    missingCodes: meta.missingCodes,
    counts: list,
    numeric,
    dates: dmin !== null && dmax !== null ? { min: dmin, max: dmax } : null
  }
}

export function profileFrame(frame: DatasetFrame, names?: string[]): VariableProfile[] {
  const wanted = names ? frame.variables.filter((v) => names.includes(v.name)) : frame.variables
  return wanted.map((v) => profileVariable(v, frame.column(v.name)))
}

export function profileDataset(ctx: Ctx, dataset: string, opts: { layer?: 'clean' | 'raw'; variables?: string[] } = {}): DatasetProfile {
  const ds = resolveDataset(ctx, dataset)
  const layer = opts.layer ?? 'clean'
  const frame = loadDatasetFrame(ctx, ds.id, { layer })
  return { dataset: ds.name, layer, rows: frame.rowCount, variables: profileFrame(frame, opts.variables) }
}
