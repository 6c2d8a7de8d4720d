import { englishText, msg, type Msg } from '../../../../shared/messages'
import { isoToSpssSeconds, FMT, type Measure, type SavFormat } from '../../io/sheet/sav/format'
import { foldAccents } from '../infer/text-norm'
import type { ExportVariable } from './export-data'

/**
 * How each Esiti variable becomes SPSS variables. Numbers stay numbers; categories held as text
 * become numeric codes 1..k in category order with the texts as value labels (what SPSS users and
 * every platform's SPSS export expect), their missing codes numbered after them; dates become SPSS
 * date values; a multiple-response set becomes one 0/1 variable per option plus a
 * multiple-dichotomy set; everything else is a string as wide as its longest value.
 */
export interface SavOutVariable {
  name: string
  short: string
  label: string | null
  /** 0 numeric, else string width in bytes. */
  width: number
  format: SavFormat
  measure: Measure
  valueLabels: { value: number | string; label: string }[]
  missing: { values: (number | string)[]; range: { lo: number; hi: number } | null }
  /** The value of row r: a number (NaN for system-missing) or the string's UTF-8 bytes (null for blank). */
  value(r: number): number | Buffer | null
}

export interface SavOutSet {
  name: string
  label: string
  /** Short names of the member variables. */
  members: string[]
}

export interface SavPlan {
  variables: SavOutVariable[]
  sets: SavOutSet[]
  weight: string | null
  notes: Msg[]
}

const RESERVED = new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH'])
const MAX_LABEL_BYTES = 255
const MAX_STRING = 32767

/** A valid, unique SPSS long name (≤ 64 bytes; letter first; letters, digits, . _ $ # @; not a reserved word). */
function longName(raw: string, used: Set<string>): string {
  let s = raw.normalize('NFC').replace(/[^\p{L}\p{N}._$#@]/gu, '_')
  if (!/^\p{L}/u.test(s)) s = `v${s}`
  s = s.replace(/[._]+$/, '') || 'v'
  while (Buffer.byteLength(s) > 64) s = s.slice(0, -1)
  if (RESERVED.has(s.toUpperCase())) s = `${s}_v`
  let out = s
  for (let i = 2; used.has(out.toUpperCase()); i++) {
    const suffix = `_${i}`
    let base = s
    while (Buffer.byteLength(base + suffix) > 64) base = base.slice(0, -1)
    out = base + suffix
  }
  used.add(out.toUpperCase())
  return out
}

/** An 8-byte upper-case ASCII short name, unique in the file. */
export function shortName(long: string, used: Set<string>): string {
  let s = foldAccents(long).toUpperCase().replace(/[^A-Z0-9_$#@.]/g, '_')
  if (!/^[A-Z@]/.test(s)) s = `V${s}`
  s = s.slice(0, 8)
  if (RESERVED.has(s)) s = `${s}_`.slice(0, 8)
  let out = s
  for (let i = 1; used.has(out); i++) {
    const suffix = String(i)
    out = s.slice(0, 8 - suffix.length) + suffix
  }
  used.add(out)
  return out
}

/** Text cut to `max` UTF-8 bytes without splitting a character. */
export function cutBytes(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s
  let out = s
  while (Buffer.byteLength(out) > max) out = out.slice(0, -1)
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1)
  return out
}

function decimalsOf(values: number[]): number {
  let d = 0
  for (const v of values) {
    if (!Number.isFinite(v) || Number.isInteger(v)) continue
    const s = String(Math.abs(v))
    const e = s.indexOf('e-')
    const k = e >= 0 ? Number(s.slice(e + 2)) + (s.slice(0, e).split('.')[1]?.length ?? 0) : s.split('.')[1]?.length ?? 0
    d = Math.max(d, k)
    if (d >= 10) return 10
  }
  return d
}

function numericFormat(values: number[]): SavFormat {
  const decimals = decimalsOf(values)
  let digits = 1
  for (const v of values) if (Number.isFinite(v)) digits = Math.max(digits, String(Math.trunc(Math.abs(v))).length + (v < 0 ? 1 : 0))
  return { type: FMT.F, width: Math.min(40, Math.max(8, digits + decimals + (decimals ? 1 : 0))), decimals }
}

/**
 * Numeric user-missing values in SPSS's shapes: up to three values, or a range (plus one value) when
 * no valid value falls inside it. Codes that fit neither are reported.
 */
function numericMissing(codes: number[], valid: number[], name: string, notes: Msg[]): SavOutVariable['missing'] {
  const uniq = [...new Set(codes)].sort((a, b) => a - b)
  if (uniq.length <= 3) return { values: uniq, range: null }
  const inside = (lo: number, hi: number): boolean => valid.some((v) => v >= lo && v <= hi)
  const lo = uniq[0]
  const hi = uniq[uniq.length - 1]
  if (!inside(lo, hi)) return { values: [], range: { lo, hi } }
  // One code apart and the rest as a range.
  for (const [single, rest] of [[lo, uniq.slice(1)], [hi, uniq.slice(0, -1)]] as const)
    if (!inside(rest[0], rest[rest.length - 1])) return { values: [single], range: { lo: rest[0], hi: rest[rest.length - 1] } }
  notes.push(msg('dataExport.sav.missingDropped', { variable: name, codes: uniq.slice(3).join(', ') }))
  return { values: uniq.slice(0, 3), range: null }
}

function label(s: string | null, what: string, notes: Msg[]): string | null {
  if (s === null || s === '') return null
  const cut = cutBytes(s, MAX_LABEL_BYTES)
  if (cut !== s) notes.push(msg('dataExport.sav.labelCut', { what, bytes: MAX_LABEL_BYTES }))
  return cut
}

/** Plans the SPSS variables of an export. `selected`/`unselected` label a multiple-response option's 1/0. */
export function planSav(vars: ExportVariable[], words: { selected: string; notSelected: string }): SavPlan {
  const longs = new Set<string>()
  const shorts = new Set<string>()
  const notes: Msg[] = []
  const out: SavOutVariable[] = []
  const sets: SavOutSet[] = []
  let weight: string | null = null
  const named = (raw: string): { name: string; short: string } => {
    const name = longName(raw, longs)
    return { name, short: shortName(name, shorts) }
  }
  for (const { meta: declared, values } of vars) {
    // Non-substantive answers the bases leave out ("Non so") are SPSS user-missing values: kept and
    // labelled, out of the statistics, as in Esiti.
    const ns = declared.nonSubstantive
    const meta = ns && !ns.include ? { ...declared, missingCodes: [...declared.missingCodes, ...ns.values] } : declared
    const vlabel = label(meta.label && meta.label !== meta.name ? meta.label : null, meta.name, notes)
    if (meta.type === 'multi') {
      const options = meta.options ?? []
      const members: string[] = []
      options.forEach((o, k) => {
        const n = named(`${meta.name}_${k + 1}`)
        members.push(n.short)
        out.push({
          ...n,
          label: label(o, `${meta.name}: ${o}`, notes),
          width: 0,
          format: { type: FMT.F, width: 1, decimals: 0 },
          measure: 'nominal',
          valueLabels: [
            { value: 0, label: words.notSelected },
            { value: 1, label: words.selected }
          ],
          missing: { values: [], range: null },
          value: (r) => {
            const x = values[r]
            return Array.isArray(x) ? (x.includes(o) ? 1 : 0) : NaN
          }
        })
      })
      if (members.length) sets.push({ name: longName(meta.name, new Set()).slice(0, 63), label: meta.label ?? meta.name, members })
      continue
    }
    const n = named(meta.name)
    const present = values.filter((x) => x !== null)
    const allNumbers = present.every((x) => typeof x === 'number' || typeof x === 'boolean')
    if (meta.type === 'date' || meta.type === 'datetime') {
      const time = meta.type === 'datetime'
      out.push({
        ...n,
        label: vlabel,
        width: 0,
        format: time ? { type: FMT.DATETIME, width: 20, decimals: 0 } : { type: FMT.DATE, width: 11, decimals: 0 },
        measure: 'scale',
        valueLabels: [],
        missing: { values: [], range: null },
        value: (r) => {
          const x = values[r]
          return typeof x === 'string' ? isoToSpssSeconds(x) : NaN
        }
      })
      continue
    }
    if (allNumbers) {
      const nums = present.map((x) => Number(x))
      const codes = meta.missingCodes.filter((c): c is number => typeof c === 'number')
      const valid = nums.filter((x) => !codes.includes(x))
      const categorical = meta.type === 'nominal' || meta.type === 'ordinal'
      if (meta.role === 'weight') weight = n.short
      out.push({
        ...n,
        label: vlabel,
        width: 0,
        format: numericFormat([...nums, ...meta.valueLabels.map((l) => Number(l.value)).filter(Number.isFinite)]),
        measure: meta.type === 'ordinal' ? 'ordinal' : categorical ? 'nominal' : 'scale',
        valueLabels: meta.valueLabels
          .filter((l) => typeof l.value === 'number' && String(l.value) !== l.label)
          .map((l) => ({ value: l.value, label: label(l.label, `${meta.name} = ${l.value}`, notes) ?? '' })),
        missing: numericMissing(codes, valid, meta.name, notes),
        value: (r) => {
          const x = values[r]
          return typeof x === 'number' ? x : typeof x === 'boolean' ? (x ? 1 : 0) : NaN
        }
      })
      continue
    }
    if (meta.type === 'nominal' || meta.type === 'ordinal') {
      // Categories as codes 1..k in their order; values met outside them follow; missing codes last.
      const isCode = new Set(meta.missingCodes.map(String))
      const order: (string | number)[] = []
      const seen = new Set<string>()
      const add = (x: string | number): void => {
        const k = String(x)
        if (!seen.has(k)) {
          seen.add(k)
          order.push(x)
        }
      }
      for (const l of meta.valueLabels) if (!isCode.has(String(l.value))) add(l.value)
      for (const x of present) if (!isCode.has(String(x))) add(x as string | number)
      const k = order.length
      for (const c of meta.missingCodes) add(c)
      for (const x of present) add(x as string | number)
      const code = new Map(order.map((x, i) => [String(x), i + 1]))
      const labelled = new Map(meta.valueLabels.map((l) => [String(l.value), l.label]))
      const m = order.length - k
      out.push({
        ...n,
        label: vlabel,
        width: 0,
        format: { type: FMT.F, width: Math.max(1, String(order.length).length), decimals: 0 },
        measure: meta.type === 'ordinal' ? 'ordinal' : 'nominal',
        valueLabels: order.map((x, i) => ({ value: i + 1, label: label(labelled.get(String(x)) ?? String(x), `${meta.name} = ${x}`, notes) ?? '' })),
        missing: m === 0 ? { values: [], range: null } : m <= 3 ? { values: Array.from({ length: m }, (_, i) => k + 1 + i), range: null } : { values: [], range: { lo: k + 1, hi: order.length } },
        value: (r) => {
          const x = values[r]
          return x === null || Array.isArray(x) || typeof x === 'boolean' ? NaN : code.get(String(x)) ?? NaN
        }
      })
      notes.push(msg('dataExport.sav.coded', { variable: meta.name, count: k }))
      continue
    }
    // Text: a string as wide as its longest value.
    const bytes = values.map((x) => (x === null || x === '' ? null : Buffer.from(Array.isArray(x) ? x.join('; ') : String(x), 'utf8')))
    let width = 1
    for (const b of bytes) if (b && b.length > width) width = b.length
    if (width > MAX_STRING) {
      notes.push(msg('dataExport.sav.textCut', { variable: meta.name, bytes: MAX_STRING }))
      width = MAX_STRING
    }
    const strCodes = meta.missingCodes.map(String).filter((c) => Buffer.byteLength(c) <= Math.min(8, width))
    if (strCodes.length < meta.missingCodes.length || strCodes.length > 3)
      notes.push(msg('dataExport.sav.missingDropped', { variable: meta.name, codes: meta.missingCodes.filter((c) => !strCodes.slice(0, 3).includes(String(c))).join(', ') }))
    out.push({
      ...n,
      label: vlabel,
      width,
      format: { type: FMT.A, width: Math.min(width, 255), decimals: 0 },
      measure: 'nominal',
      valueLabels: [],
      missing: { values: strCodes.slice(0, 3), range: null },
      value: (r) => {
        const b = bytes[r]
        return b && b.length > width ? Buffer.from(cutBytes(b.toString('utf8'), width)) : b
      }
    })
  }
  return { variables: out, sets, weight, notes }
}

export const noteText = (m: Msg): string => englishText(m)
