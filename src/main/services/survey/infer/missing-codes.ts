import { looseKey } from './text-norm'

/**
 * Answers that mean "no answer" (n.d., "-", "N/A"): they stay in the data (the raw layer never changes
 * and the clean layer keeps them as user-missing values, as SPSS does) but are declared on the
 * variable so that indicators leave them out of denominators.
 */
const MISSING_TEXT = [
  'n.d.', 'nd', 'n/d', 'n.a.', 'na', 'n/a', 'non risponde', 'nessuna risposta', 'non pertinente', 'non applicabile',
  'non disponibile', 'non indicato', 'non specificato', '-', '--', '.', '?', 'xx', 'null', 'missing', 'not applicable',
  'no answer', 'not displayed'
]

/**
 * Answers that are not opinions but are answers all the same ("Non so", "Preferisco non rispondere"):
 * a class of their own (NonSubstantive), shown and counted apart, never silently missing. Value exports
 * (Kobo XML names) spell them with underscores: "non_so", "dont_know", "prefer_not_to_say".
 */
const NON_SUBSTANTIVE_TEXT = [
  'non so', 'non saprei', 'non lo so', 'non so rispondere', 'non saprei rispondere', 'preferisco non rispondere',
  'preferisco non dirlo', 'preferisco non specificare', 'preferisco non rispondo', 'non rispondo', 'nessuna opinione',
  'senza opinione', 'non ho un opinione', "non ho un'opinione", 'non ho opinione', "don't know", 'dont know', 'do not know',
  'prefer not to say', 'prefer not to answer', 'rather not say', 'no opinion', 'dk', 'nonso', 'pnr', 'ns/nr', 'nsnr',
  'ns nr', 'dont_know', 'dk_na', 'refused', 'rifiuta', 'rifiuto'
]

/** Underscores and hyphens as spaces: "non_so" and "prefer-not-to-say" are the same answers. */
const classKey = (s: string): string => looseKey(s.replace(/[_]+/g, ' '))

const MISSING_KEYS = new Set(MISSING_TEXT.map(classKey))
const NON_SUBSTANTIVE_KEYS = new Set(NON_SUBSTANTIVE_TEXT.map(classKey))
const MISSING_KEY_MAX = Math.max(...[...MISSING_KEYS, ...NON_SUBSTANTIVE_KEYS].map((k) => k.length))

/**
 * True when `s` has more than `max` ASCII letters and digits. Each of them survives looseKey as one
 * character, so such a text cannot have a loose key of length ≤ max: a cheap test that spares long
 * free-text answers the (slow) key.
 */
function longerKeyThan(s: string, max: number): boolean {
  if (s.length <= max) return false
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) if (++n > max) return true
  }
  return false
}

/** Which class an answer's text belongs to: 'missing', 'nonSubstantive', or null for a real answer. */
export function answerClass(text: string): 'missing' | 'nonSubstantive' | null {
  if (text.length > 60 || longerKeyThan(text, MISSING_KEY_MAX)) return null
  const k = classKey(text)
  return MISSING_KEYS.has(k) ? 'missing' : NON_SUBSTANTIVE_KEYS.has(k) ? 'nonSubstantive' : null
}

export function isMissingText(text: string): boolean {
  return answerClass(text) === 'missing'
}

export function isNonSubstantiveText(text: string): boolean {
  return answerClass(text) === 'nonSubstantive'
}

const NUMERIC_CODES = [99, 999, 9999, -9, -99, -999]

/**
 * Numeric sentinels (99, 999, -99, …) among otherwise small values: 99 on a 1–5 scale is a code, 99 among
 * ages up to 65 is not (it is below twice the largest real value).
 */
export function numericMissingCodes(counts: Map<number, number>): number[] {
  const codes: number[] = []
  let maxOther = -Infinity
  let minOther = Infinity
  // forEach: no iterator result allocated per entry (20,000 in a capped profile).
  counts.forEach((_, v) => {
    if (NUMERIC_CODES.includes(v)) return
    if (v > maxOther) maxOther = v
    if (v < minOther) minOther = v
  })
  if (!Number.isFinite(maxOther)) return codes
  for (const c of NUMERIC_CODES) {
    if (!counts.has(c)) continue
    if (c > 0 && c > 2 * Math.max(maxOther, 1)) codes.push(c)
    else if (c < 0 && minOther >= 0) codes.push(c)
  }
  return codes
}

/** Does a value equal one of the declared codes (text codes compared loosely, numbers exactly)? */
export function matchesMissing(value: unknown, codes: readonly (string | number)[]): boolean {
  if (value === null || value === undefined || codes.length === 0) return false
  if (typeof value === 'number') return codes.some((c) => c === value || (typeof c === 'string' && Number(c) === value && c.trim() !== ''))
  if (typeof value === 'string') {
    const k = looseKey(value)
    return codes.some((c) => (typeof c === 'string' ? looseKey(c) === k : String(c) === value.trim()))
  }
  return false
}

/** A fast membership test for one variable's codes, for loops over many rows. */
export function missingTester(codes: readonly (string | number)[]): (v: unknown) => boolean {
  if (codes.length === 0) return () => false
  const nums = new Set<number>()
  const texts = new Set<string>()
  for (const c of codes) {
    if (typeof c === 'number') {
      nums.add(c)
      texts.add(String(c))
    } else {
      texts.add(looseKey(c))
      if (c.trim() !== '' && Number.isFinite(Number(c))) nums.add(Number(c))
    }
  }
  const cache = new Map<string, boolean>()
  let maxLen = 0
  for (const t of texts) maxLen = Math.max(maxLen, t.length)
  return (v) => {
    if (typeof v === 'number') return nums.has(v)
    if (typeof v !== 'string') return false
    let hit = cache.get(v)
    if (hit === undefined && longerKeyThan(v, maxLen)) return false
    if (hit === undefined) {
      hit = texts.has(looseKey(v)) || texts.has(v.trim())
      if (cache.size < 100_000) cache.set(v, hit)
    }
    return hit
  }
}
