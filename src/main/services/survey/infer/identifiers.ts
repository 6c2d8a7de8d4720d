import type { IdentifierKind } from '../frame'
import { isCodiceFiscale, isPartitaIva } from '../../privacy/detect/checks'
import { isUuid } from '../../../db/ids'

/**
 * Identifiers are typed as such, never as numbers: a respondent id, an e-mail, a partita IVA, a codice
 * fiscale, a phone number. Privacy (pseudonymisation) and exports rely on the kind; a mean of VAT
 * numbers is never a figure.
 */

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE_RE = /^\+?[\d\s()./-]{6,20}$/
export const ID_HEADER_RE =
  /^(?:id|codice|cod\.?|code|uuid|matricola|respondent ?id|response ?id|id rispondente|id risposta|codice rispondente|n\.?|nr\.?|record ?id|codice identificativo)$/i
const VAT_HEADER_RE = /\b(?:p\.?\s?iva|partita\s+iva|vat|codice\s+fiscale|c\.?\s?f\.?|tax\s*code)\b/i
const PHONE_HEADER_RE = /\b(?:telefono|tel\.?|cellulare|cell\.?|phone|mobile|numero di telefono|recapito telefonico)\b/i

// The check-digit tests are privacy's (one implementation of DM 12/03/1974 and of the VAT check digit).
export { isCodiceFiscale, isPartitaIva }

/** A partita IVA as written: 11 digits, optionally "IT" before, or a number that lost its leading zeros. */
export function vatDigits(text: string): string | null {
  const t = text.replace(/[\s.]/g, '').replace(/^IT/i, '')
  if (/^\d{8,11}$/.test(t)) return t.padStart(11, '0')
  return null
}

export interface IdentifierGuess {
  kind: IdentifierKind
  /** Number cells whose leading zeros the spreadsheet dropped (partite IVA stored as numbers). */
  zerosRestored: number
}

export interface IdentifierInput {
  header: string
  /** Distinct texts with their counts (numbers included as their own text). */
  texts: Map<string, number>
  /** Distinct numbers of number cells with their counts. */
  numbers: Map<number, number>
  /** Non-empty cells. */
  present: number
  /** True when the distinct values were capped (a high-cardinality column). */
  overflow: boolean
}

/** Occurrences (of `present`) whose text passes `test`. */
function share(texts: Map<string, number>, numbers: Map<number, number>, test: (s: string) => boolean): number {
  let hit = 0
  for (const [t, n] of texts) if (test(t.trim())) hit += n
  for (const [v, n] of numbers) if (test(String(v))) hit += n
  return hit
}

const SAMPLE = 256

/**
 * Whether most values pass `test`, looking at a sample first: a column of answers fails on its first
 * values, so the full pass (tens of thousands of distinct texts) is paid only by real identifiers.
 */
function mostPass(x: IdentifierInput, test: (s: string) => boolean, need = 0.9): number {
  let sampled = 0
  let passed = 0
  let k = 0
  for (const [t, n] of x.texts) {
    if (k++ >= SAMPLE) break
    sampled += n
    if (test(t.trim())) passed += n
  }
  k = 0
  for (const [v, n] of x.numbers) {
    if (k++ >= SAMPLE) break
    sampled += n
    if (test(String(v))) passed += n
  }
  if (sampled === 0 || passed < need * 0.8 * sampled) return 0
  return share(x.texts, x.numbers, test)
}

/**
 * The kind of identifier a column holds, or null. Formats with a check digit (partita IVA, codice
 * fiscale) and unmistakable shapes (e-mail, UUID) need no header; phone numbers and plain codes do,
 * or else all-distinct long integers (platform respondent ids).
 */
export function guessIdentifier(x: IdentifierInput): IdentifierGuess | null {
  const { texts, numbers, present, header } = x
  if (present === 0) return null
  const h = header.trim()
  const hinted = ID_HEADER_RE.test(h) || VAT_HEADER_RE.test(h) || PHONE_HEADER_RE.test(h)
  // Identifiers are (nearly) all different; a column repeating its values is answers, not ids.
  const distinct = x.overflow ? present : texts.size + numbers.size
  if (!hinted && distinct < 0.5 * present) return null
  // A capped profile (tens of thousands of distinct values) holds only some cells: judge on those.
  let counted = present
  if (x.overflow) {
    counted = 0
    for (const n of texts.values()) counted += n
    for (const n of numbers.values()) counted += n
  }
  const most = (n: number): boolean => n >= 0.9 * counted
  if (most(mostPass(x, (s) => s.length < 120 && EMAIL_RE.test(s)))) return { kind: 'email', zerosRestored: 0 }
  if (most(mostPass(x, isUuid))) return { kind: 'uuid', zerosRestored: 0 }
  if (most(mostPass(x, (s) => isCodiceFiscale(s)))) return { kind: 'taxcode', zerosRestored: 0 }
  const vatOk = (s: string): boolean => {
    const d = vatDigits(s)
    return d !== null && isPartitaIva(d)
  }
  const vatHinted = VAT_HEADER_RE.test(h)
  const vat = mostPass(x, vatOk, vatHinted ? 0.5 : 0.9)
  // A random 11-digit number passes the check one time in ten: most values passing it is no accident.
  if (present >= 3 && (most(vat) || (vatHinted && vat >= 0.5 * counted))) {
    let zerosRestored = 0
    for (const [v, n] of numbers) if (String(v).length < 11 && vatOk(String(v))) zerosRestored += n
    return { kind: 'vat', zerosRestored }
  }
  if (vatHinted && most(share(texts, numbers, (s) => isCodiceFiscale(s) || vatDigits(s) !== null))) return { kind: 'taxcode', zerosRestored: 0 }
  const digits = (s: string): number => s.replace(/\D/g, '').length
  if (PHONE_HEADER_RE.test(h) && most(mostPass(x, (s) => PHONE_RE.test(s) && digits(s) >= 6 && digits(s) <= 15))) return { kind: 'phone', zerosRestored: 0 }
  if (present >= 5 && most(mostPass(x, (s) => /^(?:\+39|0039)?\s?3\d{2}[\s.-]?\d{6,7}$/.test(s)))) return { kind: 'phone', zerosRestored: 0 }
  if (ID_HEADER_RE.test(h) && distinct >= 0.95 * present) return { kind: 'respondent', zerosRestored: 0 }
  // Every value a different long integer: ids (SurveyMonkey's respondent ids, 11 digits), not measures.
  if (present >= 20 && distinct === present && most(mostPass(x, (s) => /^\d{8,}$/.test(s)))) return { kind: 'respondent', zerosRestored: 0 }
  return null
}
