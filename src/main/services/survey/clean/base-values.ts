import type { CleanValue } from '../frame'
import { isMissingText } from '../infer/missing-codes'
import {
  CELL_BOOLEAN,
  CELL_DATE,
  CELL_EMPTY,
  CELL_ERROR,
  CELL_NUMBER,
  CELL_TEXT,
  type BaseVariable,
  type RawColumn,
  type SourceColumn
} from '../model'
import { OptionSplitter } from '../infer/multi-split'
import { formatParsed, parseLooseDate } from '../infer/parse-date'
import { parseLooseNumber } from '../infer/parse-number'
import { canonicalYesNo } from '../infer/scales'
import { looseKey } from '../infer/text-norm'
import { textMark } from '../infer/marks'
import { isPercentText } from '../infer/percent'
import { vatDigits } from '../infer/identifiers'
import { excelSerialToIso } from '../../io/sheet/excel-date'
import { Interner, codeArray, type ColumnCodes } from '../recipe/column-codes'

// Module-local copies: hot loops read these per cell.
const EMPTY = CELL_EMPTY
const TEXT = CELL_TEXT
const NUMBER = CELL_NUMBER
const DATE = CELL_DATE
const BOOLEAN = CELL_BOOLEAN
const ERROR = CELL_ERROR

/** What a cell shows: its text, or the canonical text of its number, date or boolean. */
export function cellDisplay(kind: number, text: string | null, num: number): string | null {
  if (kind === EMPTY) return null
  if (text !== null) return text
  if (kind === NUMBER) return String(num)
  if (kind === BOOLEAN) return num ? 'TRUE' : 'FALSE'
  if (kind === DATE) return safeIso(num)
  return null
}

function safeIso(serial: number): string | null {
  try {
    return excelSerialToIso(serial)
  } catch {
    return null
  }
}

function serialToValue(serial: number, withTime: boolean): string | null {
  if (!(serial >= 1 && serial < 2958466)) return null
  const iso = safeIso(serial)
  if (!iso) return null
  if (!withTime) return iso.slice(0, 10)
  return iso.length === 10 ? `${iso}T00:00:00` : iso
}

type CellConverter = (kind: number, text: string | null, num: number) => CleanValue

/** Converts one column's cells for a single-column variable of the given definition. */
function cellConverter(v: BaseVariable): CellConverter {
  const decimal = v.decimal ?? ','
  switch (v.type) {
    case 'numeric':
      if (v.percent === 'points')
        // Fractions (0.45, typed or percent-formatted) join the "45%" answers on the points scale.
        return (k, t, n) => {
          if (k === NUMBER) return Math.abs(n) <= 1 ? n * 100 : n
          if (k === BOOLEAN) return n
          if (t === null || k === ERROR || k === DATE) return null
          const x = parseLooseNumber(t, decimal)
          return x === null || isPercentText(t) || Math.abs(x) > 1 ? x : x * 100
        }
      return (k, t, n) => {
        if (k === NUMBER) return n
        if (k === BOOLEAN) return n
        if (t === null || k === ERROR || k === DATE) return null
        return parseLooseNumber(t, decimal)
      }
    case 'id':
      if (v.identifier === 'vat')
        // A partita IVA stored as a number lost its leading zeros: they come back (a decision of the import).
        return (k, t, n) => {
          if (k === EMPTY || k === ERROR) return null
          if (k === NUMBER && Number.isInteger(n) && n >= 0) {
            const d = vatDigits(String(n))
            return d ?? String(n)
          }
          const text = t ?? cellDisplay(k, t, n)
          return text === null || !text.trim() ? null : text
        }
      return (k, t, n) => {
        if (k === EMPTY || k === ERROR) return null
        const text = t ?? cellDisplay(k, t, n)
        return text === null || !text.trim() ? null : text
      }
    case 'date':
    case 'datetime': {
      const withTime = v.type === 'datetime'
      const order = v.dateOrder ?? 'dmy'
      // Dates repeat (birth dates, survey days): convert each serial once.
      const bySerial = new Map<number, string | null>()
      return (k, t, n) => {
        if (k === DATE || k === NUMBER) {
          let d = bySerial.get(n)
          if (d === undefined) {
            d = serialToValue(n, withTime)
            if (bySerial.size < 100_000) bySerial.set(n, d)
          }
          return d
        }
        if (t === null || k === ERROR) return null
        const p = parseLooseDate(t, order)
        return p ? formatParsed(p, withTime) : null
      }
    }
    case 'nominal':
    case 'ordinal': {
      const numericLabels = v.valueLabels.length > 0 && v.valueLabels.every((l) => typeof l.value === 'number')
      const byKey = new Map<string, string | number>()
      for (const l of v.valueLabels) {
        byKey.set(looseKey(String(l.value)), l.value)
        byKey.set(looseKey(l.label), l.value)
      }
      const yesNo = v.scale === 'yesno'
      return (k, t, n) => {
        if (k === EMPTY || k === ERROR) return null
        if (numericLabels) {
          if (k === NUMBER) return n
          if (t === null) return null
          if (!t.trim()) return null
          const num = parseLooseNumber(t, decimal)
          if (num !== null) return num
          return t
        }
        const text = t ?? cellDisplay(k, t, n)
        if (text === null || !text.trim()) return null
        if (yesNo) {
          const c = canonicalYesNo(text)
          if (c) return c
        }
        if (byKey.size) {
          const hit = byKey.get(looseKey(text))
          if (hit !== undefined) return hit
        }
        return text
      }
    }
    default:
      return (k, t, n) => {
        if (k === EMPTY || k === ERROR) return null
        const text = t ?? cellDisplay(k, t, n)
        return text === null || !text.trim() ? null : text
      }
  }
}

/**
 * One option cell of a multiple-response set: chosen, shown but not chosen, or no answer (empty, or
 * LimeSurvey's "N/A" for a question not shown). A free-text "other" column is chosen when it holds text;
 * an SPSS multiple-dichotomy set names the value that counts as chosen.
 */
function isChosen(kind: number, text: string | null, num: number, source: SourceColumn): boolean | null {
  if (kind === EMPTY || kind === ERROR) return null
  const counted = source.counted
  if (counted !== undefined) {
    if (kind === NUMBER || kind === BOOLEAN) return num === counted
    return text !== null && text.trim() === String(counted).trim()
  }
  if (kind === NUMBER || kind === BOOLEAN) return num !== 0
  if (text === null || !text.trim()) return null
  const m = textMark(text, source.option)
  if (m === 1) return true
  if (m === 0) return false
  if (m === null) return null
  // Any other text: the free answer of an "other" option, or an answer that is not a mark at all.
  return source.other ? true : !isMissingText(text)
}

/**
 * Converts a variable's raw cells into its base values (before any cleaning step). A multiple-response
 * set yields string[] per respondent (null when the respondent left the question blank).
 */
const CACHE_MAX = 100_000

/** Option columns a set may have for its rows' choices to be keyed by a bit mask (bits 0–30 of an int). */
const MASK_OPTIONS = 31

/**
 * Writes the variable's clean values into `out` from index `at` (by default, appends). With `shareLists`, rows with the same joined answer
 * (or the same choices over option columns) share one option array: only for values that are read,
 * never edited (the import encodes them).
 */
export function convertRaw(
  v: BaseVariable,
  sources: SourceColumn[],
  raw: RawColumn[],
  out: CleanValue[] = [],
  shareLists = false,
  at = out.length
): CleanValue[] {
  raw = raw.map(withTexts)
  const n = raw[0]?.kind.length ?? 0
  // Sized once: grown by push, a 100k-row column leaves a trail of discarded backing stores.
  if (out.length < at + n) out.length = at + n
  if (v.type === 'multi') {
    const categoryCols = sources.map((s, i) => ({ s, i })).filter((x) => x.s.role === 'category')
    if (categoryCols.length > 0) {
      // Each column holds the code of one chosen option: the answer is every labelled option met, in label order.
      const order = new Map<string, number>()
      const byCode = new Map<string, string>()
      v.valueLabels.forEach((l, k) => {
        byCode.set(String(l.value), l.label)
        if (!order.has(l.label)) order.set(l.label, k)
      })
      const missing = new Set(v.missingCodes.map(String))
      for (let r = 0; r < n; r++) {
        const chosen: string[] = []
        let answered = false
        for (const { i } of categoryCols) {
          const c = raw[i]
          const t = cellDisplay(c.kind[r], c.text[r + (c.textFrom ?? 0)], c.num[r])
          if (t === null || c.kind[r] === ERROR || !t.trim() || missing.has(t.trim())) continue
          answered = true
          const label = byCode.get(t.trim()) ?? t.trim()
          if (!chosen.includes(label)) chosen.push(label)
        }
        chosen.sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9))
        out[at + r] = answered ? chosen : null
      }
      return out
    }
    const optionCols = sources.map((s, i) => ({ s, i })).filter((x) => x.s.role === 'option')
    if (optionCols.length > 0) {
      // Shared, the rows with the same choices get one array, keyed by which option columns count as
      // chosen: one array a row made 100,000 small arrays a set, each joined into a key again when the
      // dictionary view interned it (issue 12: the Kobo shape's two sets of 8 options, ~15 MB of heap).
      const lists = shareLists && optionCols.length <= MASK_OPTIONS ? new Map<number, string[]>() : null
      for (let r = 0; r < n; r++) {
        let answered = false
        let mask = 0
        let chosen: string[] | undefined = lists ? undefined : []
        for (let j = 0; j < optionCols.length; j++) {
          const { s, i } = optionCols[j]
          const c = raw[i]
          const hit = isChosen(c.kind[r], c.text[r + (c.textFrom ?? 0)], c.num[r], s)
          if (hit === null) continue
          answered = true
          if (!hit) continue
          if (chosen) chosen.push(s.option ?? s.header)
          else mask |= 1 << j
        }
        if (!answered) {
          out[at + r] = null
          continue
        }
        if (!chosen) {
          chosen = lists!.get(mask)
          if (chosen === undefined) {
            chosen = []
            for (let j = 0; j < optionCols.length; j++) if (mask & (1 << j)) chosen.push(optionCols[j].s.option ?? optionCols[j].s.header)
            lists!.set(mask, chosen)
          }
        }
        out[at + r] = chosen
      }
      return out
    }
    const splitter = new OptionSplitter(v.separator ?? ', ', v.options ?? [])
    const c = raw[0]
    const tf = raw[0]?.textFrom ?? 0
    const missing = v.missingCodes.map((m) => looseKey(String(m)))
    // Joined answers repeat (one per combination of options): split each distinct text once. Every
    // row still gets its own array, since cleaning steps may change one respondent's answer.
    const cache = new Map<string, string[] | null>()
    for (let r = 0; r < n; r++) {
      const k = c.kind[r]
      const t = cellDisplay(k, c.text[r + tf], c.num[r])
      if (t === null || k === ERROR) {
        out[at + r] = null
        continue
      }
      let split = cache.get(t)
      if (split === undefined) {
        split = !t.trim() || missing.includes(looseKey(t)) ? null : splitter.split(t)
        if (cache.size < 100_000) cache.set(t, split)
      }
      out[at + r] = split === null ? null : shareLists ? split : split.slice()
    }
    return out
  }
  const convert = cellConverter(v)
  const idx = Math.max(0, sources.findIndex((s) => s.role === 'value'))
  const c = raw[idx]
  if (!c) {
    for (let r = 0; r < n; r++) out[at + r] = null
    return out
  }
  const tf = c.textFrom ?? 0
  // Texts repeat a lot in questionnaires: convert each distinct text once. A column of (nearly) unique
  // texts, such as comments, gains nothing from the cache and would only fill memory: once most of
  // the texts seen are new, the cache stops growing.
  const cache = new Map<string, CleanValue>()
  let texts = 0
  for (let r = 0; r < n; r++) {
    const k = c.kind[r]
    const t = c.text[r + tf]
    if (t !== null && k !== NUMBER && k !== DATE) {
      let val = cache.get(t)
      if (val === undefined && !cache.has(t)) {
        val = convert(k, t, c.num[r])
        if (cache.size < CACHE_MAX && (texts < 1000 || cache.size * 2 < texts)) cache.set(t, val)
      }
      texts++
      out[at + r] = val ?? null
    } else out[at + r] = convert(k, t, c.num[r])
  }
  return out
}

/** Types converted once per distinct text by convertCoded (numbers and multiple answers are not). */
const CODED_TYPES = new Set(['nominal', 'ordinal', 'text', 'id', 'date', 'datetime', 'metadata'])

/**
 * Whether convertCoded converts the variable (when its column comes with codes and no cell says
 * otherwise): an import reading it in place need not write its texts out per row (see withTexts).
 */
export const convertsCoded = (v: { type: string; sources: readonly unknown[] }): boolean => v.sources.length === 1 && CODED_TYPES.has(v.type)

/**
 * A column whose texts were left to its codes (`text` empty, see convertsCoded) with its texts written
 * out per row, for convertRaw: the few such columns convertCoded turns down.
 */
function withTexts(c: RawColumn): RawColumn {
  const coded = c.coded
  const n = c.kind.length
  if (!coded || c.text.length >= n) return c
  const { codes, strings, from } = coded
  const text = new Array<string | null>(n)
  for (let r = 0; r < n; r++) {
    const code = codes[from + r]
    text[r] = code !== 0 ? (strings[code] ?? null) : null
  }
  return { kind: c.kind, text, num: c.num }
}

/** First-pass clean codes, before their width is known (one buffer: conversions are synchronous). */
let wideCodes = new Uint32Array(0)

/**
 * convertRaw for a single-column variable read in place from a sheet (RawColumn.coded): each distinct
 * text is converted once and each of its cells is an array index (convertRaw looks every text cell up
 * in a Map, and stops caching in a column of mostly distinct texts). Writes out[0…n) exactly as
 * convertRaw does and returns `codes`: for categories (nominal, ordinal) their dictionary view, the
 * one buildCodes would give (same dictionary, same order), which spares finaliseVar a lookup per
 * cell; null for other types (a view of 100,000 distinct texts would cost more than it spares).
 * Returns null when it does not apply (the caller then calls convertRaw): a multiple-response or
 * numeric variable, no codes, or a text in a cell that is neither a text cell nor a number or date
 * (convertRaw's text cache is shared by the kinds there, which only convertRaw reproduces).
 */
export function convertCoded(v: BaseVariable, sources: SourceColumn[], raw: RawColumn[], out: CleanValue[]): { codes: ColumnCodes | null } | null {
  if (!CODED_TYPES.has(v.type)) return null
  const c = raw[Math.max(0, sources.findIndex((s) => s.role === 'value'))]
  const coded = c?.coded
  if (!coded) return null
  const { kind, num } = c
  const { codes, strings, from } = coded
  const n = kind.length
  for (let r = 0; r < n; r++) {
    const k = kind[r]
    if (k !== TEXT && k !== NUMBER && k !== DATE && codes[from + r] !== 0) return null
  }
  if (out.length < n) out.length = n
  const convert = cellConverter(v)
  const interner = v.type === 'nominal' || v.type === 'ordinal' ? new Interner() : null
  // Per code of a text cell: converted yet (1) or not (0), its value and its clean code.
  const seen = new Uint8Array(strings.length)
  const valueOf = new Array<CleanValue>(strings.length)
  const codeOf = interner ? new Uint32Array(strings.length) : null
  if (interner && wideCodes.length < n) wideCodes = new Uint32Array(n)
  const wide = wideCodes
  for (let r = 0; r < n; r++) {
    const k = kind[r]
    const code = codes[from + r]
    const t = code !== 0 ? (strings[code] ?? null) : null
    if (k === TEXT && t !== null) {
      // A text cell's value depends on its text alone (see cellConverter): converted once per code.
      if (seen[code] === 0) {
        const val = convert(k, t, num[r])
        seen[code] = 1
        valueOf[code] = val
        if (codeOf) codeOf[code] = interner!.code(val)
      }
      out[r] = valueOf[code]
      if (codeOf) wide[r] = codeOf[code]
      continue
    }
    const val = convert(k, t, num[r])
    out[r] = val
    if (interner) wide[r] = interner.code(val)
  }
  if (!interner) return { codes: null }
  const dict = interner.dict
  const view = codeArray(n, dict.length)
  view.set(wide.subarray(0, n))
  return { codes: { codes: view, dict } }
}
