/**
 * Dates and timestamps typed or exported as text: Google Forms' Italian "12/02/2023 19.07.17" (dots in
 * the time), "12-02-2023", "2023-02-12T19:07:17", "12 febbraio 2023". Day/month order is decided per
 * column (detectDateOrder): Italian files are day-first unless a value proves otherwise.
 */

export type DateOrder = 'dmy' | 'mdy' | 'ymd'

export interface ParsedDate {
  /** YYYY-MM-DD */
  date: string
  /** HH:MM:SS, null when the text had no time. */
  time: string | null
}

const ISO_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/
const NUMERIC_RE =
  /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:,?\s+(?:ore\s+|h\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?\s*(am|pm|a\.m\.|p\.m\.)?)?$/i
const MONTHS: Record<string, number> = {
  gennaio: 1, gen: 1, febbraio: 2, feb: 2, marzo: 3, mar: 3, aprile: 4, apr: 4, maggio: 5, mag: 5, giugno: 6, giu: 6,
  luglio: 7, lug: 7, agosto: 8, ago: 8, settembre: 9, set: 9, sett: 9, ottobre: 10, ott: 10, novembre: 11, nov: 11,
  dicembre: 12, dic: 12, january: 1, jan: 1, february: 2, march: 3, april: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, oct: 10, november: 11, december: 12, dec: 12
}
const NAMED_RE =
  /^(?:\p{L}+,?\s+)?(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})(?:,?\s+(?:ore\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/u

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A real day of the (proleptic Gregorian) calendar, years 1000–9999. */
function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999 || !Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1])
}

function year(y: string): number {
  const n = Number(y)
  if (y.length > 2) return n
  return n < 70 ? 2000 + n : 1900 + n
}

function build(y: number, m: number, d: number, h?: string, mi?: string, s?: string, ampm?: string): ParsedDate | null {
  if (!valid(y, m, d)) return null
  let time: string | null = null
  if (h !== undefined && mi !== undefined) {
    let hh = Number(h)
    const ap = ampm?.toLowerCase().replace(/\./g, '')
    if (ap === 'pm' && hh < 12) hh += 12
    if (ap === 'am' && hh === 12) hh = 0
    const mm = Number(mi)
    const ss = s === undefined ? 0 : Number(s)
    if (hh > 23 || mm > 59 || ss > 59) return null
    time = `${pad(hh)}:${pad(mm)}:${pad(ss)}`
  }
  return { date: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, time }
}

const PAD2 = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'))

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
/** `/`, `.`, `-` */
const isDateSep = (c: number): boolean => c === 0x2f || c === 0x2e || c === 0x2d
/** `:`, `.` */
const isTimeSep = (c: number): boolean => c === 0x3a || c === 0x2e

function digitsEnd(t: string, i: number): number {
  while (i < t.length && isDigit(t.charCodeAt(i))) i++
  return i
}

function digitsValue(t: string, s: number, e: number): number {
  let v = 0
  for (let k = s; k < e; k++) v = v * 10 + t.charCodeAt(k) - 0x30
  return v
}

/**
 * The commonest shape, "12/02/2023 19.07.17" (Google Forms' Italian timestamp: one or two digits of
 * day and month, two or four of year, an optional time of hours, minutes and optional seconds after a
 * single space), read without regular expressions or intermediate strings: a 100,000-row export
 * parses each of its timestamps at inference and at conversion (issue 12). Gives exactly what the
 * general path below gives for such a text, and undefined for any other text (left to that path).
 */
function commonNumeric(t: string, order: DateOrder): ParsedDate | null | undefined {
  const n = t.length
  const aEnd = digitsEnd(t, 0)
  if (aEnd < 1 || aEnd > 2 || aEnd >= n || !isDateSep(t.charCodeAt(aEnd))) return undefined
  const bEnd = digitsEnd(t, aEnd + 1)
  if (bEnd - aEnd - 1 < 1 || bEnd - aEnd - 1 > 2 || bEnd >= n || !isDateSep(t.charCodeAt(bEnd))) return undefined
  const cEnd = digitsEnd(t, bEnd + 1)
  const cLen = cEnd - bEnd - 1
  if (cLen !== 2 && cLen !== 4) return undefined
  const a = digitsValue(t, 0, aEnd)
  const b = digitsValue(t, aEnd + 1, bEnd)
  const c = digitsValue(t, bEnd + 1, cEnd)
  const y = cLen > 2 ? c : c < 70 ? 2000 + c : 1900 + c
  const m = order === 'mdy' ? a : b
  const d = order === 'mdy' ? b : a
  if (cEnd === n) return valid(y, m, d) ? { date: `${y}-${PAD2[m]}-${PAD2[d]}`, time: null } : null
  if (t.charCodeAt(cEnd) !== 0x20) return undefined
  const hEnd = digitsEnd(t, cEnd + 1)
  if (hEnd - cEnd - 1 < 1 || hEnd - cEnd - 1 > 2 || hEnd >= n || !isTimeSep(t.charCodeAt(hEnd))) return undefined
  const miEnd = digitsEnd(t, hEnd + 1)
  if (miEnd - hEnd - 1 !== 2) return undefined
  let ss = 0
  if (miEnd < n) {
    if (!isTimeSep(t.charCodeAt(miEnd))) return undefined
    const sEnd = digitsEnd(t, miEnd + 1)
    if (sEnd - miEnd - 1 !== 2 || sEnd !== n) return undefined
    ss = digitsValue(t, miEnd + 1, sEnd)
  }
  if (!valid(y, m, d)) return null
  const hh = digitsValue(t, cEnd + 1, hEnd)
  const mm = digitsValue(t, hEnd + 1, miEnd)
  if (hh > 23 || mm > 59 || ss > 59) return null
  return { date: `${y}-${PAD2[m]}-${PAD2[d]}`, time: `${PAD2[hh]}:${PAD2[mm]}:${PAD2[ss]}` }
}

/** One text → date (and time), or null. `order` resolves "03/04/2023". */
export function parseLooseDate(text: string, order: DateOrder = 'dmy'): ParsedDate | null {
  if (text.length < 6 || text.length > 60) return null
  const common = commonNumeric(text, order)
  if (common !== undefined) return common
  const s = text.trim().replace(/\s+/g, ' ')
  if (s.length < 6 || s.length > 40) return null
  let m = ISO_RE.exec(s)
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6])
  m = NUMERIC_RE.exec(s)
  if (m) {
    const [a, b, c] = [m[1], m[2], m[3]]
    if (a.length === 4) return build(Number(a), Number(b), Number(c), m[4], m[5], m[6], m[7])
    if (c.length === 3 || a.length === 3) return null
    if (order === 'mdy') return build(year(c), Number(a), Number(b), m[4], m[5], m[6], m[7])
    return build(year(c), Number(b), Number(a), m[4], m[5], m[6], m[7])
  }
  m = NAMED_RE.exec(s)
  if (m) {
    const month = MONTHS[m[2].toLowerCase()]
    if (!month) return null
    return build(Number(m[3]), month, Number(m[1]), m[4], m[5], m[6])
  }
  return null
}

/** A date + optional time as the value stored for date/datetime variables. */
export function formatParsed(p: ParsedDate, withTime: boolean): string {
  return withTime ? `${p.date}T${p.time ?? '00:00:00'}` : p.date
}

/**
 * Day-first unless some value can only be month-first ("02/13/2023") and none can only be day-first.
 */
export function detectDateOrder(texts: Iterable<string>): DateOrder {
  let dayFirst = 0
  let monthFirst = 0
  for (const t of texts) {
    if (t.length > 60) continue
    const m = NUMERIC_RE.exec(t.trim())
    if (!m || m[1].length === 4) continue
    const a = Number(m[1])
    const b = Number(m[2])
    if (a > 12 && b <= 12) dayFirst++
    else if (b > 12 && a <= 12) monthFirst++
  }
  return monthFirst > 0 && dayFirst === 0 ? 'mdy' : 'dmy'
}

/** Does this text look like a date at all (any order)? Cheap test used in type inference. */
export function looksLikeDate(text: string): boolean {
  return parseLooseDate(text, 'dmy') !== null || parseLooseDate(text, 'mdy') !== null
}
