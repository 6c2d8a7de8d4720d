import type { FilterSpec } from '../../../shared/ipc/indicators'
import { formatMessage, msg, type Locale, type Msg } from '../../../shared/messages'
import type { DatasetFrame } from '../survey'
import { categorical, matchLevels, multi, numeric, variableMeta } from './encode'
import { problem } from './problem'
import type { Rows } from './stats'

const quote = (v: string | number): string => (typeof v === 'number' ? String(v) : `"${v}"`)

/** A filter as a message ("genere = "F"", "wave tra ("2021", "2023")"), worded in the language it is read in. */
export function filterMsg(f: FilterSpec): Msg {
  const vals = Array.isArray(f.value) ? f.value : f.value === undefined ? [] : [f.value]
  return msg(`indicators.filter.${f.op}`, { variable: f.variable, value: quote(vals[0] ?? ''), values: vals.map(quote).join(', ') })
}

export const filterText = (f: FilterSpec, locale: Locale = 'en'): string => formatMessage(filterMsg(f), locale)

// Every indicator without a filter reads all rows: one shared, never-written index array per size.
let everyRow: Rows = new Uint32Array(0)
const allRows = (n: number): Rows => {
  if (everyRow.length !== n) {
    everyRow = new Uint32Array(n)
    for (let i = 0; i < n; i++) everyRow[i] = i
  }
  return everyRow
}

/** The respondents a filter keeps; an unmatched value or an empty result is a problem on the indicator. */
export function filterRows(frame: DatasetFrame, f: FilterSpec | undefined): Rows {
  const n = frame.rowCount
  if (!f) return allRows(n)
  const meta = variableMeta(frame, f.variable)
  const vals = Array.isArray(f.value) ? f.value : f.value === undefined ? [] : [f.value]
  const keep = new Uint8Array(n)
  if (f.op === 'gt' || f.op === 'ge' || f.op === 'lt' || f.op === 'le') {
    const limit = Number(vals[0])
    if (vals.length !== 1 || !Number.isFinite(limit)) throw problem('indicators.filterNeedsNumber', { filter: filterMsg(f) })
    const x = numeric(frame, f.variable)
    const test = { gt: (v: number) => v > limit, ge: (v: number) => v >= limit, lt: (v: number) => v < limit, le: (v: number) => v <= limit }[f.op]
    for (let i = 0; i < n; i++) keep[i] = !Number.isNaN(x[i]) && test(x[i]) ? 1 : 0
  } else if (meta.type === 'multi') {
    const m = multi(frame, f.variable)
    if (f.op === 'missing' || f.op === 'notMissing') for (let i = 0; i < n; i++) keep[i] = (m.answered[i] === 0) === (f.op === 'missing') ? 1 : 0
    else {
      if (vals.length === 0) throw problem('indicators.filterNeedsValue', { filter: filterMsg(f) })
      const set = matchLevels(m, vals, f.variable)
      const positive = f.op === 'eq' || f.op === 'in'
      for (let i = 0; i < n; i++) {
        if (!m.answered[i]) continue
        let hit = false
        for (let p = m.offsets[i]; p < m.offsets[i + 1] && !hit; p++) hit = set.has(m.codes[p])
        keep[i] = hit === positive ? 1 : 0
      }
    }
  } else {
    const c = categorical(frame, f.variable)
    if (f.op === 'missing' || f.op === 'notMissing') for (let i = 0; i < n; i++) keep[i] = (c.codes[i] < 0) === (f.op === 'missing') ? 1 : 0
    else {
      if (vals.length === 0) throw problem('indicators.filterNeedsValue', { filter: filterMsg(f) })
      const set = matchLevels(c, vals, f.variable)
      const positive = f.op === 'eq' || f.op === 'in'
      for (let i = 0; i < n; i++) keep[i] = c.codes[i] >= 0 && set.has(c.codes[i]) === positive ? 1 : 0
    }
  }
  let size = 0
  for (let i = 0; i < n; i++) size += keep[i]
  if (size === 0) throw problem('indicators.filterEmpty', { filter: filterMsg(f), dataset: frame.name })
  const rows = new Uint32Array(size)
  for (let i = 0, k = 0; i < n; i++) if (keep[i]) rows[k++] = i
  return rows
}
