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

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return false
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
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

/** One text → date (and time), or null. `order` resolves "03/04/2023". */
export function parseLooseDate(text: string, order: DateOrder = 'dmy'): ParsedDate | null {
  if (text.length < 6 || text.length > 60) return null
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
