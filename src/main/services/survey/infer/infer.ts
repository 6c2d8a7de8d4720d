import { msg, type Msg } from '../../../../shared/messages'
import type { IdentifierKind, NonSubstantive, ValueLabel, VariableType } from '../frame'
import type { ColumnProfile } from './column-profile'
import { answerClass, numericMissingCodes } from './missing-codes'
import type { DecisionKind, Role, SurveyPlatform } from '../model'
import { discoverJoinedLabels, discoverOptions, looksLikeMultiSelect } from './multi-split'
import { detectDateOrder, parseLooseDate, type DateOrder } from './parse-date'
import { detectDecimal, parseLooseNumber, type DecimalMark } from './parse-number'
import { metadataType, platformSeparators } from '../import/platform'
import { numericScale, recogniseScale, type ScaleAxis } from './scales'
import { collapseSpaces, looseKey, normaliseApostrophes } from './text-norm'
import { guessIdentifier } from './identifiers'
import { percentMix } from './percent'

/** A decision inference took about one column; the plan gives it its id (kind and column letter). */
export interface InferDecision {
  kind: DecisionKind
  count: number
  detail: Msg
  reversible: boolean
  /** The user undid it: listed, not applied. */
  reverted: boolean
}

/** What the importer decides about one column (the decisions the user can undo, or override later). */
export interface Inference {
  type: VariableType
  role: Role
  valueLabels: ValueLabel[]
  scale: ScaleAxis | 'numeric' | null
  missingCodes: (string | number)[]
  nonSubstantive?: NonSubstantive
  identifier?: IdentifierKind
  percent?: 'points'
  decimal?: DecimalMark
  dateOrder?: DateOrder
  options?: string[]
  separator?: string
  /** Non-missing distinct values (capped count for huge columns). */
  distinct: number
  /** Empty, error, blank and declared-missing cells. */
  missing: number
  warnings: Msg[]
  decisions: InferDecision[]
}

export interface InferOptions {
  platform: SurveyPlatform
  /** Decision kinds the user undid for this column. */
  reverted?: (kind: DecisionKind) => boolean
  /** Kobo label exports: options known from the option columns beside a joined column. */
  knownOptions?: string[]
}

const DATE_HEADER_RE = /\b(?:data|date|giorno|nascita|quando|scadenza|dal|al)\b/i
const SERIAL_MIN = 1 // 1900-01-01
const SERIAL_MAX = 73051 // 2099-12-31
/** An XML name (Kobo value exports): no spaces, never a leading digit. */
const XML_NAME = /^[A-Za-z_][\w.-]*$/

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

const sum = (m: Map<unknown, number>): number => {
  let s = 0
  m.forEach((n) => (s += n))
  return s
}

const shown = (s: string): string => (s.length > 40 ? s.slice(0, 37) + '…' : s)

export function inferColumn(p: ColumnProfile, header: string, opts: InferOptions): Inference {
  const { platform } = opts
  const reverted = opts.reverted ?? (() => false)
  const warnings: Msg[] = []
  const decisions: InferDecision[] = []
  const decide = (kind: DecisionKind, count: number, detail: Msg, reversible = true): void => {
    decisions.push({ kind, count, detail, reversible, reverted: reversible && reverted(kind) })
  }
  const platformMeta = metadataType(header, platform)
  const meta = platformMeta && !reverted('metadata') ? platformMeta : null
  if (platformMeta) decide('metadata', p.rows - p.empty, msg('survey.decision.metadata', { platform: msg(`survey.platform.${platform}`), type: msg(`survey.type.${platformMeta}`) }))
  const role: Role = meta ? 'metadata' : 'question'

  // Answers that mean "no answer" (missing codes) and answers that are not opinions (non-substantive).
  const missingTexts = new Map<string, number>()
  const nonSubTexts = new Map<string, number>()
  const keepMissing = reverted('missingCodes')
  // forEach, not for…of: a column's 20,000 entries would each allocate an [text, count] pair.
  p.texts.forEach((n, t) => {
    const cls = answerClass(t)
    if (cls === 'missing' && !keepMissing) missingTexts.set(t, n)
    else if (cls === 'nonSubstantive') nonSubTexts.set(t, n)
  })
  // The profile's own Map when no text is set apart (nothing below writes to it): a copy of a column
  // of 20,000 free answers was only garbage. Otherwise the other texts, in the profile's order.
  let texts = p.texts
  if (missingTexts.size + nonSubTexts.size > 0) {
    const kept = new Map<string, number>()
    p.texts.forEach((n, t) => {
      if (!missingTexts.has(t) && !nonSubTexts.has(t)) kept.set(t, n)
    })
    texts = kept
  }
  const missingByCode = sum(missingTexts)
  const nonSubCount = sum(nonSubTexts)
  const textCodes = [...canonicalSpellings(missingTexts).values()].map((v) => v.label)
  const nonSubValues = [...canonicalSpellings(nonSubTexts).values()].map((v) => v.label)
  let nonSubstantive: NonSubstantive | undefined
  if (nonSubValues.length) {
    const include = reverted('nonSubstantive')
    nonSubstantive = { values: nonSubValues, include }
    decide('nonSubstantive', nonSubCount, msg('survey.decision.nonSubstantive', { values: nonSubValues, count: nonSubCount }))
  }
  const textMissingDecision = (): void => {
    if (textCodes.length) decide('missingCodes', missingByCode, msg('survey.decision.missingCodes', { codes: textCodes, count: missingByCode }))
  }
  const base = p.empty + p.errors
  const present = p.textCount - missingByCode - nonSubCount + p.numberCount + p.dateCells
  if (p.errors > 0) warnings.push(msg('survey.infer.errorCells', { count: p.errors, v: header }))
  const done = (r: Omit<Inference, 'warnings' | 'role' | 'decisions'> & { role?: Role }): Inference => ({
    role,
    ...(nonSubstantive ? { nonSubstantive } : {}),
    ...r,
    warnings,
    decisions
  })

  if (present === 0) {
    textMissingDecision()
    return done({ type: meta ?? 'text', valueLabels: [], scale: null, missingCodes: textCodes, distinct: 0, missing: base + missingByCode })
  }

  // Identifiers first: a partita IVA or a respondent id is never a number to average.
  if (meta === null || meta === 'id') {
    const guess = guessIdentifier({ header, texts, numbers: p.numbers, present, overflow: p.overflow })
    if (guess && !meta) {
      const kind = msg(`survey.identifier.${guess.kind}`)
      decide('identifier', present, guess.zerosRestored ? msg('survey.decision.identifierZeros', { kind, zeros: guess.zerosRestored }) : msg('survey.decision.identifier', { kind }))
    }
    if (meta === 'id' || (guess && !reverted('identifier'))) {
      textMissingDecision()
      return done({
        type: 'id',
        role: 'metadata',
        identifier: guess?.kind ?? 'respondent',
        valueLabels: [],
        scale: null,
        missingCodes: textCodes,
        distinct: texts.size + p.numbers.size,
        missing: base + missingByCode
      })
    }
  }

  const keepText = reverted('type') || reverted('unparsed')

  // Dates and date-times: real date cells, text dates, and serial numbers in a date column. A column
  // of free answers (tens of thousands of texts) shows it is no date column in its first texts.
  const dateOrder = detectDateOrder(texts.keys())
  let dateCount = p.dateCells - p.timeOnly
  let textDates = 0
  let withTime = p.dateTimes
  const maybeDates = p.dateCells > 0 || meta === 'date' || meta === 'datetime' || mostlyParse(texts, (t) => parseLooseDate(t, dateOrder) !== null)
  for (const [t, n] of maybeDates ? texts : EMPTY_TEXTS) {
    const d = parseLooseDate(t, dateOrder)
    if (d) {
      dateCount += n
      textDates += n
      if (d.time && d.time !== '00:00:00') withTime += n
    }
  }
  // A capped profile (over 20,000 distinct texts: timestamps written as text, one per respondent)
  // holds only the first texts; the others are taken to parse as those seen do, so that 100,000 text
  // timestamps are not judged on a fifth of them. Conversion parses every cell, and the profile of
  // the imported variable counts the ones that did not.
  const unseen = unseenTexts(p)
  if (unseen.cells > 0 && textDates > 0) {
    const more = Math.round((unseen.cells * textDates) / unseen.seen)
    dateCount += more
    withTime += Math.round((more * Math.max(0, withTime - p.dateTimes)) / textDates)
    textDates += more
  }
  const dateish = meta === 'date' || meta === 'datetime' || p.dateCells > 0 || DATE_HEADER_RE.test(header)
  if (dateish && dateCount > 0)
    for (const [v, n] of p.numbers)
      if (v >= SERIAL_MIN && v <= SERIAL_MAX) {
        dateCount += n
        textDates += n
        if (v !== Math.floor(v)) withTime += n
      }
  if (dateCount > 0 && dateCount >= 0.9 * present && !(keepText && textDates > 0)) {
    const type: VariableType = withTime > 0 || meta === 'datetime' ? 'datetime' : 'date'
    const bad = present - dateCount
    if (textDates > 0) decide('type', textDates, msg('survey.decision.dates', { count: textDates, type: msg(`survey.type.${type}`) }))
    if (bad > 0) decide('unparsed', bad, msg('survey.decision.notDates', { count: bad }))
    textMissingDecision()
    return done({ type, valueLabels: [], scale: null, missingCodes: textCodes, dateOrder, distinct: texts.size + p.numbers.size, missing: base + missingByCode + bad })
  }

  // Numbers: number cells plus texts such as "3,5", "1.200", "45 anni", "45%", "due".
  const decimal = detectDecimal(texts.keys())
  // The profile's numbers, copied only once a text adds to them (nothing else writes to them).
  let numbers = p.numbers
  let numCount = p.numberCount
  let textNumbers = 0
  let leadingZero = 0
  const failures: string[] = []
  let failed = 0
  const maybeNumbers = p.numberCount > 0 || mostlyParse(texts, (t) => parseLooseNumber(t, decimal) !== null)
  if (!maybeNumbers) failed += sum(texts)
  ;(maybeNumbers ? texts : EMPTY_TEXTS).forEach((n, t) => {
    if (/^0\d+$/.test(t.trim())) leadingZero += n
    const v = parseLooseNumber(t, decimal)
    if (v === null) {
      failed += n
      if (failures.length < 3) failures.push(shown(t))
    } else {
      numCount += n
      textNumbers += n
      if (numbers === p.numbers) numbers = new Map(p.numbers)
      numbers.set(v, (numbers.get(v) ?? 0) + n)
    }
  })
  if (unseen.cells > 0 && maybeNumbers) {
    const more = Math.round((unseen.cells * textNumbers) / unseen.seen)
    numCount += more
    textNumbers += more
    failed += unseen.cells - more
  } else failed += unseen.cells
  const textShare = p.textCount ? leadingZero / p.textCount : 0
  const numeric = numCount > 0 && numCount >= 0.9 * present && textShare < 0.5 && meta !== 'text' && !(keepText && textNumbers > 0)
  if (numeric) {
    const codes = reverted('missingCodes') ? [] : numericMissingCodes(numbers)
    let coded = 0
    for (const c of codes) coded += numbers.get(c) ?? 0
    const values = [...numbers.keys()].filter((v) => !codes.includes(v))
    const distinct = values.length
    if (textNumbers > 0) decide('type', textNumbers, msg('survey.decision.numbers', { count: textNumbers, examples: [...texts.keys()].filter((t) => parseLooseNumber(t, decimal) !== null).slice(0, 3).map(shown) }))
    if (failed > 0) decide('unparsed', failed, msg('survey.decision.notNumbers', { count: failed, examples: failures }))
    const missingCodes = [...codes, ...textCodes]
    if (missingCodes.length)
      decide('missingCodes', coded + missingByCode, msg('survey.decision.missingCodes', { codes: missingCodes, count: coded + missingByCode }))
    const missing = base + missingByCode + failed + coded
    // A column mixing percent texts ("45%") with fractions (0.45): one scale, in points.
    const mix = percentMix(p, texts)
    let percent: 'points' | undefined
    if (mix) {
      decide('scale', mix.fractions, msg('survey.decision.percent', { count: mix.fractions }))
      if (!reverted('scale')) percent = 'points'
    }
    const scaleValues = numericScale(values, header)
    if (!meta && !mix && scaleValues) {
      decide('scale', distinct, msg('survey.decision.ratingScale', { min: scaleValues[0], max: scaleValues.at(-1)! }))
      if (!reverted('scale'))
        return done({
          type: 'ordinal',
          valueLabels: scaleValues.map((v) => ({ value: v, label: String(v) })),
          scale: 'numeric',
          missingCodes,
          decimal,
          distinct,
          missing
        })
    }
    return done({ type: meta ?? 'numeric', valueLabels: [], scale: null, missingCodes, decimal, distinct, missing, ...(percent ? { percent } : {}) })
  }

  // From here on the column is text; numbers in it count as their text.
  textMissingDecision()
  // A copy only when numbers join the texts (nothing below writes to it).
  const allTexts = p.numbers.size ? new Map(texts) : texts
  for (const [v, n] of p.numbers) allTexts.set(String(v), (allTexts.get(String(v)) ?? 0) + n)
  const missing = base + missingByCode
  const distinct = allTexts.size
  if (meta === 'text' || meta === 'numeric')
    return done({ type: 'text', valueLabels: [], scale: null, missingCodes: textCodes, distinct, missing })

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
    if (scale.axis === 'yesno') {
      // "si", "SI", "Sì " are one answer: respelled, they count together.
      const respelled = [...allTexts].filter(([t]) => t !== 'Sì' && t !== 'No').reduce((s, [, n]) => s + n, 0)
      if (respelled > 0) decide('scale', respelled, msg('survey.decision.yesNo', { count: respelled }))
      if (!(respelled > 0 && reverted('scale')))
        return done({
          type: 'nominal',
          valueLabels: ['Sì', 'No'].map((l) => ({ value: l, label: l })),
          scale: 'yesno',
          missingCodes: textCodes,
          distinct: spellings.size,
          missing
        })
    } else {
      const ordered = scale.labels
      const scored = scale.ordered
      if (scored)
        decide('scale', ordered.length, msg('survey.decision.likertScores', { k: ordered.length, first: ordered[0], last: ordered.at(-1)! }))
      const withScores = scored && !reverted('scale')
      return done({
        type: scale.ordered ? 'ordinal' : 'nominal',
        valueLabels: ordered.map((l, i) => ({ value: l, label: l, ...(withScores ? { score: i + 1 } : {}) })),
        scale: scale.axis,
        missingCodes: textCodes,
        distinct: spellings.size,
        missing
      })
    }
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
    if (sepTrim === ',' && decimalCommaShare(allTexts, present) >= 0.05 && !listOfCodes(allTexts)) continue
    // Kobo joins XML names with spaces in value exports (any token splits) and labels in label exports,
    // whose own spaces only the options known so far can tell apart.
    const found =
      sep === ' ' && !(XML_NAME.test(header.trim()) && [...allTexts.keys()].every((t) => t.trim().split(/\s+/).every((w) => XML_NAME.test(w))))
        ? discoverJoinedLabels(allTexts, sep, opts.knownOptions)
        : discoverOptions(allTexts, sep, opts.knownOptions)
    if (looksLikeMultiSelect(found, allTexts.size, trailing / Math.max(1, present))) {
      decide('multipleResponse', found.cells, msg('survey.decision.joined', { count: found.cells, options: found.options.length, separator: sep === ' ' ? '␣' : sep.trim() }))
      if (reverted('multipleResponse')) break
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
  }

  let totalLen = 0
  allTexts.forEach((n, t) => (totalLen += t.length * n))
  const avgLen = totalLen / Math.max(1, present)
  const nominal = !p.overflow && distinct <= 50 && (distinct <= 12 || distinct <= 0.6 * present) && avgLen <= 60
  return done({ type: nominal ? 'nominal' : 'text', valueLabels: [], scale: null, missingCodes: textCodes, distinct, missing })
}

const EMPTY_TEXTS = new Map<string, number>()

/** Text cells a capped profile did not keep (beyond its distinct-values cap), and those it kept. */
function unseenTexts(p: ColumnProfile): { cells: number; seen: number } {
  if (!p.overflow) return { cells: 0, seen: 0 }
  const seen = sum(p.texts)
  return { cells: Math.max(0, p.textCount - seen), seen: Math.max(1, seen) }
}

/**
 * Whether a column's texts may be dates or numbers at all, judged on its first distinct texts: a
 * type needs 90% of the answers, so a column whose first texts mostly fail cannot have it.
 */
function mostlyParse(texts: Map<string, number>, parses: (t: string) => boolean): boolean {
  if (texts.size <= 64) return true
  let tried = 0
  let ok = 0
  for (const t of texts.keys()) {
    if (tried++ >= 64) break
    if (parses(t)) ok++
  }
  return ok >= 32
}

const DECIMAL_COMMA = /^\s*[-+]?\d+,\d+\s*$/

function decimalCommaShare(texts: Map<string, number>, present: number): number {
  let n = 0
  for (const [t, k] of texts) if (DECIMAL_COMMA.test(t)) n += k
  return n / Math.max(1, present)
}

/** Qualtrics joins the codes of a multiple answer with bare commas ("1,3,4"): a list, not a decimal. */
function listOfCodes(texts: Map<string, number>): boolean {
  for (const t of texts.keys()) if (/^\s*\d+(?:,\d+){2,}\s*$/.test(t)) return true
  return false
}
