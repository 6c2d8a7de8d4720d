import { nameKey } from '../text/tokens'
import { isCodiceFiscale, isIban, isPartitaIva } from './checks'
import type { Confidence, HitKind, RawHit } from './types'

/**
 * Identifiers found by their shape (and check digit where they have one): e-mails, phone numbers,
 * codici fiscali, partite IVA, IBANs, street addresses and dates of birth.
 */

const hit = (start: number, end: number, kind: HitKind, confidence: Confidence, text: string): RawHit => ({
  start,
  end,
  kind,
  confidence,
  origin: 'pattern',
  // Equal identifiers anywhere get the same surrogate: the entity is the identifier itself.
  entity: { key: `${kind}:${nameKey(text).replace(/[\s.\-/()]/g, '')}`, kind, full: text, part: 'full' }
})

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu

export function findEmails(text: string): RawHit[] {
  return [...text.matchAll(EMAIL)].map((m) => hit(m.index, m.index + m[0].length, 'email', 'high', m[0]))
}

const CF = /(?<![\p{L}\p{N}])[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![\p{L}\p{N}])/gu

export function findTaxCodes(text: string): RawHit[] {
  const out: RawHit[] = []
  for (const m of text.matchAll(CF)) if (isCodiceFiscale(m[0])) out.push(hit(m.index, m.index + m[0].length, 'taxcode', 'high', m[0].toUpperCase()))
  return out
}

const VAT = /(?<![\p{L}\p{N}])(?:IT[ ]?)?\d{11}(?![\p{L}\p{N}])/gu
const VAT_CONTEXT = /(?:p\.?\s?iva|partita\s+iva|vat|c\.?\s?f\.?|codice\s+fiscale)\W{0,6}$/i

export function findVatNumbers(text: string): RawHit[] {
  const out: RawHit[] = []
  for (const m of text.matchAll(VAT)) {
    const digits = m[0].replace(/\D/g, '')
    if (!isPartitaIva(digits)) continue
    const before = text.slice(Math.max(0, m.index - 24), m.index)
    // A random 11-digit number passes the check one time in ten: the words before it settle it.
    out.push(hit(m.index, m.index + m[0].length, 'vat', VAT_CONTEXT.test(before) || /^IT/.test(m[0]) ? 'high' : 'medium', digits))
  }
  return out
}

const IBAN_START = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?=[ ]?[A-Z0-9])/gu

/** IBANs written compact or in groups of four; the check (mod 97) and the country's length decide where one ends. */
export function findIbans(text: string): RawHit[] {
  const out: RawHit[] = []
  for (const m of text.matchAll(IBAN_START)) {
    const ends: number[] = []
    let compact = ''
    for (let i = m.index; i < text.length && compact.length < 34; i++) {
      const c = text[i]
      if (/[A-Z0-9]/.test(c)) {
        compact += c
        ends.push(i + 1)
      } else if (c === ' ' && /[A-Z0-9]/.test(text[i + 1] ?? '') && compact.length >= 4) continue
      else break
    }
    for (let len = Math.min(compact.length, 34); len >= 15; len--) {
      const end = ends[len - 1]
      if (/[\p{L}\p{N}]/u.test(text[end] ?? '') && len === compact.length) continue
      if (isIban(compact.slice(0, len)) && !/[A-Z0-9]/.test(text[end] ?? '')) {
        out.push(hit(m.index, end, 'iban', 'high', compact.slice(0, len)))
        break
      }
    }
  }
  return out
}

/**
 * Phone numbers written the Italian way: mobiles (3xx, 9–10 digits), landlines (0…, 6–11 digits),
 * with an optional +39 / 0039 (or another country code) and spaces, dots, dashes or slashes.
 */
const PHONE = /(?<![\p{L}\p{N}+/.,-])(?:(?:\+|00)\d{1,3}[ .-]?)?\(?\d{2,4}\)?(?:[ ./-]?\d{2,4}){1,4}(?![\p{L}\p{N}]|[.,]\d)/gu
const DATE_LIKE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/
const PHONE_CONTEXT = /(?:tel|telefono|cell|cellulare|numero|chiamare|chiamami|whatsapp|fax|recapito|mobile|phone)\W{0,12}$/i

export function findPhones(text: string): RawHit[] {
  const out: RawHit[] = []
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0]
    if (DATE_LIKE.test(raw)) continue
    const intl = /^(?:\+|00)/.test(raw)
    const digits = raw.replace(/\D/g, '')
    const national = intl ? digits.replace(/^(?:00)?(?:39)?/, '') : digits
    let ok = false
    if (intl) ok = digits.length >= 8 && digits.length <= 15
    else if (national.startsWith('3')) ok = national.length >= 9 && national.length <= 10
    else if (national.startsWith('0')) ok = national.length >= 6 && national.length <= 11
    else if (national.startsWith('80') || national.startsWith('89')) ok = national.length >= 6 && national.length <= 10
    if (!ok) continue
    // 11 contiguous digits with a valid check digit are a partita IVA, found by its own detector.
    if (/^\d{11}$/.test(raw) && isPartitaIva(raw)) continue
    const before = text.slice(Math.max(0, m.index - 24), m.index)
    const grouped = /[ ./-]/.test(raw)
    const confidence: Confidence = intl || PHONE_CONTEXT.test(before) || (grouped && national.startsWith('3')) ? 'high' : 'medium'
    out.push(hit(m.index, m.index + raw.length, 'phone', confidence, digits))
  }
  return out
}

/** A case-insensitive spelling of a plain word, for patterns that must keep \p{Lu} meaning "capital". */
const ci = (word: string): string => word.replace(/[a-zà-ù]/g, (c) => `[${c}${c.toUpperCase()}]`)
const STREET_WORDS = [
  'via', 'viale', 'v\\.le', 'piazza', 'p\\.zza', 'p\\.za', 'piazzale', 'p\\.le', 'piazzetta', 'corso', 'c\\.so', 'largo',
  'vicolo', 'vico', 'strada', 'contrada', 'c\\.da', 'località', 'loc\\.', 'borgo', 'lungomare', 'lungotevere', 'lungarno',
  'salita', 'calle', 'galleria', 'traversa', 'circonvallazione', 'alzaia', 'ripa', 'stradone', 'frazione', 'fraz\\.'
]
  .map(ci)
  .join('|')
const PARTICLES = `(?:${['di', 'de', 'del', 'della', 'delle', 'dello', 'dell', 'dei', 'degli', 'da', 'san', 'santa', 'sant', 's\\.', 'l', 'la', 'le', 'lo', 'il', 'gli', 'i'].map(ci).join('|')})`
// A proper name (not an acronym like "COVID"), an initial ("G."), or a Roman numeral ("XX Settembre").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}]*\.?|\p{Lu}\.|[IVXLC]+(?![\p{L}]))`
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${STREET_WORDS})\s+` +
    String.raw`((?:\d{1,2}\s+)?(?:${PARTICLES}['’\s]\s*)*${NAME_WORD}(?:[\s'’-]+(?:${PARTICLES}['’\s]\s*)*${NAME_WORD}){0,5})` +
    String.raw`(\s*,?\s*(?:n\.?\s*|n°\s*|nr\.?\s*)?\d{1,4}(?:\s?\/\s?(?:\d{1,3}|[A-Za-z](?![\p{L}]))|[A-Za-z](?![\p{L}])|\s[A-Z](?![\p{L}]))?(?![\p{L}\p{N}]))?` +
    String.raw`(\s*,?\s*\d{5}\s+\p{Lu}[\p{L}\p{M}'’]*(?:\s+\p{Lu}[\p{L}\p{M}'’]*){0,2}(?:\s*\(\p{Lu}{2}\))?)?`,
  'gu'
)

// A civic letter is "12a", "12/a" or "12 A": "12 a Torino" keeps its preposition out of the address.
/** Street addresses: a street word ("via", "piazza", "corso"…), a capitalised name, a civic number, a CAP and town. */
export function findAddresses(text: string): RawHit[] {
  const out: RawHit[] = []
  for (const m of text.matchAll(ADDRESS)) {
    const hasNumber = !!m[3]
    const capitalisedWord = /^\p{Lu}/u.test(m[1])
    const end = m.index + m[0].length
    out.push(hit(m.index, end, 'address', hasNumber || m[4] || capitalisedWord ? 'high' : 'medium', m[0]))
  }
  return out
}

const MONTHS = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'
const BIRTH_TRIGGER = /(?<![\p{L}])(?:nat[oaie]|nascita|data\s+di\s+nascita|d\.\s?n\.|classe|compleanno|born)(?![\p{L}])/giu
const DATE_AFTER = new RegExp(
  String.raw`(?<![\p{N}])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}(?:°|º)?\s+(?:${MONTHS})\s+\d{4}|(?:19|20)\d{2})(?![\p{N}])`,
  'iu'
)

/** Dates (or years) of birth: a date after "nato il", "nata a Bari nel", "data di nascita", "classe". */
export function findBirthDates(text: string): RawHit[] {
  const out: RawHit[] = []
  for (const m of text.matchAll(BIRTH_TRIGGER)) {
    const from = m.index + m[0].length
    let window = text.slice(from, from + 60)
    const stop = window.search(/[.!?;\n](?!\d)/)
    if (stop >= 0) window = window.slice(0, stop)
    const d = DATE_AFTER.exec(window)
    if (!d) continue
    const start = from + d.index
    out.push(hit(start, start + d[0].length, 'birthdate', 'high', d[0]))
  }
  return out
}

const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.])/g
const IPV6 = /(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}(?![\p{L}\p{N}:])/giu

export function isIpAddress(value: string): boolean {
  const v = value.trim()
  IPV4.lastIndex = 0
  IPV6.lastIndex = 0
  const four = IPV4.exec(v)
  if (four && four[0] === v) return true
  const six = IPV6.exec(v)
  return !!six && six[0] === v
}

/** Every pattern detector over one text. */
export function findPatterns(text: string): RawHit[] {
  return [
    ...findEmails(text),
    ...findTaxCodes(text),
    ...findVatNumbers(text),
    ...findIbans(text),
    ...findPhones(text),
    ...findAddresses(text),
    ...findBirthDates(text)
  ]
}
