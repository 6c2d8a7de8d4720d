import type { CleanValue, DatasetFrame, VariableMeta } from '../survey'
import { problem } from './problem'

/** A categorical column as integer codes into ordered levels; -1 = missing. */
export interface CatColumn {
  codes: Int32Array
  /** Display labels, in scale order. */
  labels: string[]
  /** The stored value of each level. */
  values: (string | number)[]
}

/** A numeric column; NaN = missing. */
export type NumColumn = Float64Array

/**
 * A multiple-response column in compressed rows: row i chose codes[offsets[i] .. offsets[i+1]);
 * answered[i] = 0 when the question was not answered (null).
 */
export interface MultiColumn {
  offsets: Uint32Array
  codes: Int32Array
  answered: Uint8Array
  labels: string[]
  values: string[]
  /** Options some waves did not offer: 1 marks a row that was not asked about the option. */
  notAsked?: { option: number; rows: Uint8Array }[]
}

/**
 * Values a variable's bases leave out: its missing codes, and its non-substantive answers ("Non so")
 * unless the user chose to count them. Non-substantive answers are never scored.
 */
function excludedSet(meta: VariableMeta): Set<string> {
  const out = new Set(meta.missingCodes.map(String))
  if (meta.nonSubstantive && !meta.nonSubstantive.include) for (const v of meta.nonSubstantive.values) out.add(String(v))
  return out
}

const caches = new WeakMap<DatasetFrame, Map<string, unknown>>()

function cached<T>(frame: DatasetFrame, key: string, make: () => T): T {
  let m = caches.get(frame)
  if (!m) caches.set(frame, (m = new Map()))
  if (!m.has(key)) m.set(key, make())
  return m.get(key) as T
}

export function variableMeta(frame: DatasetFrame, name: string): VariableMeta {
  const meta = frame.variables.find((v) => v.name === name)
  if (!meta) {
    const near = frame.variables.filter((v) => v.name.toLowerCase() === name.toLowerCase()).map((v) => v.name)
    throw near.length
      ? problem('indicators.unknownVariableNear', { name, dataset: frame.name, near: near[0] })
      : problem('indicators.unknownVariable', { name, dataset: frame.name })
  }
  return meta
}

function isMissing(v: CleanValue | undefined, missing: Set<string>): boolean {
  if (v === null || v === undefined) return true
  if (typeof v === 'number') return Number.isNaN(v) || missing.has(String(v))
  if (typeof v === 'string') return v.trim() === '' || missing.has(v)
  return false
}

const scalarKey = (v: CleanValue): string | number =>
  typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : Array.isArray(v) ? v.join(';') : String(v)

export function categorical(frame: DatasetFrame, name: string): CatColumn {
  return cached(frame, 'c:' + name, () => {
    const meta = variableMeta(frame, name)
    const data = frame.column(name)
    const missing = excludedSet(meta)
    const index = new Map<string, number>()
    const labels: string[] = []
    const values: (string | number)[] = []
    for (const vl of meta.valueLabels) {
      if (missing.has(String(vl.value)) || index.has(String(vl.value))) continue
      index.set(String(vl.value), values.length)
      values.push(vl.value)
      labels.push(vl.label)
    }
    const declared = values.length
    const codes = new Int32Array(data.length)
    for (let i = 0; i < data.length; i++) {
      const v = data[i]
      if (isMissing(v, missing)) {
        codes[i] = -1
        continue
      }
      const key = scalarKey(v as CleanValue)
      let c = index.get(String(key))
      if (c === undefined) {
        c = values.length
        index.set(String(key), c)
        values.push(key)
        labels.push(String(key))
      }
      codes[i] = c
    }
    // Undeclared values sort after the declared scale: numbers ascending, then text.
    if (values.length > declared + 1) {
      const extra = values.slice(declared).map((v, j) => ({ v, j: declared + j }))
      extra.sort((a, b) =>
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'it')
      )
      const remap = new Int32Array(values.length)
      for (let j = 0; j < declared; j++) remap[j] = j
      extra.forEach((e, k) => (remap[e.j] = declared + k))
      for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]]
      const vs = [...values]
      const ls = [...labels]
      for (let j = declared; j < values.length; j++) {
        values[remap[j]] = vs[j]
        labels[remap[j]] = ls[j]
      }
    }
    return { codes, labels, values }
  })
}

export function numeric(frame: DatasetFrame, name: string): NumColumn {
  return cached(frame, 'n:' + name, () => {
    const meta = variableMeta(frame, name)
    const data = frame.column(name)
    const missing = excludedSet(meta)
    // Ordered categories carry scores (Likert items 1..k): a mean of them needs no recoding by hand.
    const scores = new Map(meta.valueLabels.filter((l) => l.score !== undefined).map((l) => [String(l.value), l.score!]))
    const out = new Float64Array(data.length)
    let any = false
    let bad = 0
    for (let i = 0; i < data.length; i++) {
      const v = data[i]
      if (isMissing(v, missing)) out[i] = NaN
      else if (typeof v === 'number') (out[i] = v), (any = true)
      else if (typeof v === 'boolean') (out[i] = v ? 1 : 0), (any = true)
      else if (typeof v === 'string' && scores.has(v)) (out[i] = scores.get(v)!), (any = true)
      else if (typeof v === 'string' && meta.nonSubstantive?.values.some((x) => String(x) === v)) out[i] = NaN
      else if (typeof v === 'string') {
        const n = Number(v.trim().replace(',', '.'))
        out[i] = n
        if (Number.isNaN(n)) bad++
        else any = true
      } else (out[i] = NaN), bad++
    }
    if (!any && bad > 0) throw problem('indicators.notNumeric', { name })
    return out
  })
}

export function multi(frame: DatasetFrame, name: string): MultiColumn {
  return cached(frame, 'm:' + name, () => {
    const meta = variableMeta(frame, name)
    const data = frame.column(name)
    const index = new Map<string, number>()
    const labels: string[] = []
    const values: string[] = []
    const add = (v: string, label: string): number => {
      let c = index.get(v)
      if (c === undefined) {
        c = values.length
        index.set(v, c)
        values.push(v)
        labels.push(label)
      }
      return c
    }
    const labelOf = new Map(meta.valueLabels.map((l) => [String(l.value), l.label]))
    for (const o of meta.options ?? []) add(o, labelOf.get(o) ?? o)
    for (const l of meta.valueLabels) add(String(l.value), l.label)
    const offsets = new Uint32Array(data.length + 1)
    const answered = new Uint8Array(data.length)
    const chosen: number[] = []
    for (let i = 0; i < data.length; i++) {
      const v = data[i]
      offsets[i] = chosen.length
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue
      answered[i] = 1
      const list = Array.isArray(v) ? v : [String(v)]
      const seen = new Set<number>()
      for (const o of list) seen.add(add(o, labelOf.get(o) ?? o))
      chosen.push(...seen)
    }
    offsets[data.length] = chosen.length
    const notAsked: MultiColumn['notAsked'] = []
    if (meta.notAsked && Object.keys(meta.notAsked.options).length) {
      const waves = frame.variables.some((v) => v.name === meta.notAsked!.waveVariable) ? frame.column(meta.notAsked.waveVariable) : null
      if (waves)
        for (const [option, list] of Object.entries(meta.notAsked.options)) {
          const o = index.get(option)
          if (o === undefined) continue
          const rows = new Uint8Array(data.length)
          const set = new Set(list)
          for (let i = 0; i < data.length; i++) if (set.has(String(waves[i]))) rows[i] = 1
          notAsked.push({ option: o, rows })
        }
    }
    return { offsets, codes: Int32Array.from(chosen), answered, labels, values, notAsked }
  })
}

/** The rows with a numeric value, sorted by it (for medians); computed once per column. */
export function sortedOrder(frame: DatasetFrame, name: string): Uint32Array {
  return cached(frame, 'o:' + name, () => {
    const x = numeric(frame, name)
    let n = 0
    for (let i = 0; i < x.length; i++) if (x[i] === x[i]) n++
    const order = new Uint32Array(n)
    for (let i = 0, k = 0; i < x.length; i++) if (x[i] === x[i]) order[k++] = i
    return order.sort((a, b) => x[a] - x[b] || a - b)
  })
}

/** Level codes matching user-given categories (a stored value or a label, case-insensitive). */
export function matchLevels(
  levels: { labels: string[]; values: (string | number)[] },
  categories: (string | number)[],
  variable: string
): Set<number> {
  const out = new Set<number>()
  const fold = (s: string): string => s.trim().toLocaleLowerCase('it')
  for (const c of categories) {
    let hit = levels.values.findIndex((v) => String(v) === String(c))
    if (hit < 0) hit = levels.labels.findIndex((l) => l === String(c))
    if (hit < 0) hit = levels.labels.findIndex((l) => fold(l) === fold(String(c)))
    if (hit < 0) hit = levels.values.findIndex((v) => fold(String(v)) === fold(String(c)))
    if (hit < 0) {
      const known = levels.labels.slice(0, 8).map((l) => `"${l}"`).join(', ')
      throw problem('indicators.notACategory', { value: String(c), variable, known: known || { key: 'indicators.noCategoriesObserved' } })
    }
    out.add(hit)
  }
  return out
}
