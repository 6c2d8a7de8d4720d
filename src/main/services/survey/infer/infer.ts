import type { ValueLabel, VariableType } from '../frame'
import type { ColumnProfile } from './column-profile'
import { isMissingText, numericMissingCodes } from './missing-codes'
import type { Role, SurveyPlatform } from '../model'
import { discoverOptions, looksLikeMultiSelect } from './multi-split'
import { detectDateOrder, parseLooseDate, type DateOrder } from './parse-date'
import { detectDecimal, parseLooseNumber, type DecimalMark } from './parse-number'
import { metadataType, platformSeparators } from '../import/platform'
import { numericScale, recogniseScale, type ScaleAxis } from './scales'
import { collapseSpaces, looseKey, normaliseApostrophes } from './text-norm'

/** What the importer decides about one column (the decisions the user can later override). */
export interface Inference {
  type: VariableType
  role: Role
  valueLabels: ValueLabel[]
  scale: ScaleAxis | 'numeric' | null
  missingCodes: (string | number)[]
  decimal?: DecimalMark
  dateOrder?: DateOrder
  options?: string[]
  separator?: string
  /** Non-missing distinct values (capped count for huge columns). */
  distinct: number
  /** Empty, error, blank and declared-missing cells. */
  missing: number
  warnings: string[]
}

const ID_HEADER_RE = /^(?:id|codice|cod\.?|code|uuid|matricola|respondent ?id|id rispondente|codice rispondente|n\.?|nr\.?)$/i
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const DATE_HEADER_RE = /\b(?:data|date|giorno|nascita|quando|scadenza|dal|al)\b/i
const SERIAL_MIN = 1 // 1900-01-01
const SERIAL_MAX = 73051 // 2099-12-31

function quote(s: string): string {
  return `"${s.length > 40 ? s.slice(0, 37) + '…' : s}"`
}

/** The most frequent spelling of each loose key (what a category is called). */
function canonicalSpellings(texts: Map<string, number>): Map<string, { label: string; count: number }> {
  const best = new Map<string, { label: string; count: number; top: number }>()
  for (const [t, n] of texts) {
    const key = looseKey(t)
    const label = collapseSpaces(normaliseApostrophes(t))
    const cur = best.get(key)
    if (!cur) best.set(key, { label, count: n, top: n })
    else {
      cur.count += n
      if (n > cur.top) {
        cur.top = n
        cur.label = label
      }
    }
  }
  return new Map([...best].map(([k, v]) => [k, { label: v.label, count: v.count }]))
}

function avgTextLength(texts: Map<string, number>): number {
  let len = 0
  let n = 0
  for (const [t, c] of texts) {
    len += t.length * c
    n += c
  }
  return n ? len / n : 0
}

export function inferColumn(p: ColumnProfile, header: string, platform: SurveyPlatform): Inference {
  const warnings: string[] = []
  const meta = metadataType(header, platform)
  const role: Role = meta ? 'metadata' : 'question'
  const missingTexts = new Map<string, number>()
  const texts = new Map<string, number>()
  for (const [t, n] of p.texts) {
    if (isMissingText(t)) missingTexts.set(t, n)
    else texts.set(t, n)
  }
  let missingByCode = 0
  for (const n of missingTexts.values()) missingByCode += n
  const textCodes = [...canonicalSpellings(missingTexts).values()].map((v) => v.label)
  const base = p.empty + p.errors
  const present = p.textCount - missingByCode + p.numberCount + p.dateCells
  if (p.errors > 0) warnings.push(`${p.errors} error cell(s) (#N/A, #DIV/0!, …) in ${quote(header)} are treated as missing.`)
  const done = (r: Omit<Inference, 'warnings' | 'role'> & { role?: Role }): Inference => ({
    role,
    ...r,
    warnings
  })

  if (present === 0)
    return done({ type: meta ?? 'text', valueLabels: [], scale: null, missingCodes: textCodes, distinct: 0, missing: base + missingByCode })

  // Dates and date-times: real date cells, text dates, and serial numbers in a date column.
  const dateOrder = detectDateOrder(texts.keys())
  let dateCount = p.dateCells - p.timeOnly
  let withTime = p.dateTimes
  for (const [t, n] of texts) {
    const d = parseLooseDate(t, dateOrder)
    if (d) {
      dateCount += n
      if (d.time && d.time !== '00:00:00') withTime += n
    }
  }
  const dateish = meta === 'date' || meta === 'datetime' || p.dateCells > 0 || DATE_HEADER_RE.test(header)
  if (dateish && dateCount > 0)
    for (const [v, n] of p.numbers) if (v >= SERIAL_MIN && v <= SERIAL_MAX) {
      dateCount += n
      if (v !== Math.floor(v)) withTime += n
    }
  if (dateCount > 0 && dateCount >= 0.9 * present) {
    const type: VariableType = withTime > 0 || meta === 'datetime' ? 'datetime' : 'date'
    const bad = present - dateCount
    if (bad > 0) warnings.push(`${bad} value(s) in ${quote(header)} are not dates and are treated as missing.`)
    return done({ type, valueLabels: [], scale: null, missingCodes: textCodes, dateOrder, distinct: texts.size + p.numbers.size, missing: base + missingByCode + bad })
  }

  // Numbers: number cells plus texts such as "3,5", "1.200", "45 anni", "due".
  const decimal = detectDecimal(texts.keys())
  const numbers = new Map(p.numbers)
  let numCount = p.numberCount
  let leadingZero = 0
  const failures: string[] = []
  let failed = 0
  for (const [t, n] of texts) {
    if (/^0\d+$/.test(t.trim())) leadingZero += n
    const v = parseLooseNumber(t, decimal)
    if (v === null) {
      failed += n
      if (failures.length < 3) failures.push(quote(t))
    } else {
      numCount += n
      numbers.set(v, (numbers.get(v) ?? 0) + n)
    }
  }
  const textShare = p.textCount ? leadingZero / p.textCount : 0
  if (numCount > 0 && numCount >= 0.9 * present && textShare < 0.5 && meta !== 'text') {
    const codes = numericMissingCodes(numbers)
    let coded = 0
    for (const c of codes) coded += numbers.get(c) ?? 0
    const values = [...numbers.keys()].filter((v) => !codes.includes(v))
    const distinct = values.length
    if (failed > 0)
      warnings.push(`${failed} value(s) in ${quote(header)} are not numbers (${failures.join(', ')}) and are treated as missing.`)
    const missingCodes = [...codes, ...textCodes]
    const missing = base + missingByCode + failed + coded
    if (meta === 'id' || (ID_HEADER_RE.test(header.trim()) && distinct === numCount))
      return done({ type: 'id', valueLabels: [], scale: null, missingCodes, decimal, distinct, missing })
    const scale = meta ? null : numericScale(values, header)
    if (scale)
      return done({
        type: 'ordinal',
        valueLabels: scale.map((v) => ({ value: v, label: String(v) })),
        scale: 'numeric',
        missingCodes,
        decimal,
        distinct,
        missing
      })
    return done({ type: meta ?? 'numeric', valueLabels: [], scale: null, missingCodes, decimal, distinct, missing })
  }

  // From here on the column is text; numbers in it count as their text.
  const allTexts = new Map(texts)
  for (const [v, n] of p.numbers) allTexts.set(String(v), (allTexts.get(String(v)) ?? 0) + n)
  const missing = base + missingByCode
  const distinct = allTexts.size
  if (meta === 'id' || meta === 'text' || meta === 'numeric')
    return done({ type: meta === 'numeric' ? 'text' : meta, valueLabels: [], scale: null, missingCodes: textCodes, distinct, missing })
  let emails = 0
  for (const [t, n] of allTexts) if (t.length < 120 && EMAIL_RE.test(t.trim())) emails += n
  if (emails >= 0.9 * present || (ID_HEADER_RE.test(header.trim()) && distinct >= 0.95 * present))
    return done({ type: 'id', role: 'metadata', valueLabels: [], scale: null, missingCodes: textCodes, distinct, missing })

  // Scales have a handful of labels: many distinct texts cannot be one.
  const spellings = allTexts.size <= 200 ? canonicalSpellings(allTexts) : new Map<string, { label: string; count: number }>()
  const labels = [...spellings.values()].map((s) => s.label)
  let scale = recogniseScale(labels)
  if (!scale && labels.length >= 4) {
    // A stray answer or two ("boh") must not hide a scale: try without values under 2% of answers.
    const common = [...spellings.values()].filter((s) => s.count / present >= 0.02).map((s) => s.label)
    const rare = labels.length - common.length
    if (rare > 0 && rare <= 2) scale = recogniseScale(common)
  }
  if (scale) {
    const ordered = scale.axis === 'yesno' ? ['Sì', 'No'] : scale.labels
    return done({
      type: scale.ordered ? 'ordinal' : 'nominal',
      valueLabels: ordered.map((l) => ({ value: l, label: l })),
      scale: scale.axis,
      missingCodes: textCodes,
      distinct: spellings.size,
      missing
    })
  }
  // A multiple-answer column has few distinct short cells; long or countless texts are free answers.
  const multiCandidate = !p.overflow && allTexts.size <= 5000 && avgTextLength(allTexts) <= 400
  for (const sep of multiCandidate ? platformSeparators(platform) : []) {
    let withSep = 0
    let trailing = 0
    const sepTrim = sep.trim()
    for (const [t, n] of allTexts) {
      if (t.includes(sep) || (sepTrim && t.includes(sepTrim))) withSep += n
      if (sepTrim && t.trim().endsWith(sepTrim)) trailing += n
    }
    if (withSep === 0) continue
    // "2,5" is an Italian decimal, not the options "2" and "5": a column with such answers is numbers.
    if (sepTrim === ',' && decimalCommaShare(allTexts, present) >= 0.05) continue
    // Kobo joins XML names with spaces: only identifier-like tokens qualify, or every sentence would split.
    if (sep === ' ' && ![...allTexts.keys()].every((t) => /^[\w.-]+( [\w.-]+)*$/.test(t.trim()))) continue
    const found = discoverOptions(allTexts, sep)
    if (looksLikeMultiSelect(found, allTexts.size, trailing / Math.max(1, present - 0)))
      return done({
        type: 'multi',
        valueLabels: [],
        scale: null,
        missingCodes: textCodes,
        options: found.options,
        separator: sep,
        distinct: found.options.length,
        missing
      })
  }

  let totalLen = 0
  for (const [t, n] of allTexts) totalLen += t.length * n
  const avgLen = totalLen / Math.max(1, present)
  const nominal = !p.overflow && distinct <= 50 && (distinct <= 12 || distinct <= 0.6 * present) && avgLen <= 60
  return done({ type: nominal ? 'nominal' : 'text', valueLabels: [], scale: null, missingCodes: textCodes, distinct, missing })
}

const DECIMAL_COMMA = /^\s*[-+]?\d+,\d+\s*$/

function decimalCommaShare(texts: Map<string, number>, present: number): number {
  let n = 0
  for (const [t, k] of texts) if (DECIMAL_COMMA.test(t)) n += k
  return n / Math.max(1, present)
}
