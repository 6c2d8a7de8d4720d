import { EsitiError } from '../../../../shared/errors'

/** 9999-12-31 + 1: Excel's last representable day. */
export const MAX_EXCEL_SERIAL = 2958466
/** Days between the 1904 and the 1900 date systems. */
export const DATE1904_OFFSET = 1462
/** Serial of 1970-01-01 in the 1900 system. */
const UNIX_EPOCH_SERIAL = 25569

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n

/** Days since 1970-01-01 → [y, m, d] (proleptic Gregorian; H. Hinnant's civil_from_days). */
function civilFromDays(z: number): [number, number, number] {
  z += 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d]
}

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function dateText(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`
}

/**
 * An Excel serial (1900 system, already corrected for date1904) as ISO text: "2023-02-12T19:07:17",
 * "2023-02-12" when there is no time part, "19:07:17" for a pure time (serial below 1). Rounds to the
 * second as Excel displays. Serial 60 is Excel's phantom 1900-02-29, kept as Excel shows it.
 * Throws INVALID_INPUT outside [0, 2958466).
 */
export function excelSerialToIso(serial: number): string {
  if (!Number.isFinite(serial) || serial < 0 || serial >= MAX_EXCEL_SERIAL)
    throw new EsitiError('INVALID_INPUT', 'survey.read.notSerial', { serial, max: MAX_EXCEL_SERIAL - 1 })
  const totalSec = Math.round(serial * 86400)
  const days = Math.floor(totalSec / 86400)
  const secs = totalSec - days * 86400
  const time = secs === 0 ? '' : `${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`
  if (days === 0) return time || '00:00:00'
  let date: string
  if (days === 60) date = '1900-02-29'
  else {
    // Excel counts the phantom 1900-02-29, so serials before it are one day "early".
    const [y, m, d] = civilFromDays(days - UNIX_EPOCH_SERIAL + (days < 60 ? 1 : 0))
    date = dateText(y, m, d)
  }
  return time ? `${date}T${time}` : date
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/
const TIME_RE = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/

/**
 * ISO date/date-time text (as in `t="d"` cells) → Excel serial in the 1900 system; NaN when it is not
 * a date Excel can hold. The wall-clock time is kept: a zone suffix is ignored, as Excel has no zones.
 */
export function isoToExcelSerial(iso: string): number {
  const s = iso.trim()
  const t = TIME_RE.exec(s)
  if (t) return timeFraction(+t[1], +t[2], +(t[3] ?? 0), t[4])
  const m = ISO_RE.exec(s)
  if (!m) return NaN
  const y = +m[1]
  const mo = +m[2]
  const d = +m[3]
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return NaN
  const days = daysFromCivil(y, mo, d)
  const [cy, cm] = civilFromDays(days)
  if (cy !== y || cm !== mo) return NaN // e.g. 2023-02-30
  let serial = days + UNIX_EPOCH_SERIAL
  if (serial < 61) serial -= 1
  if (serial < 1) return NaN
  const frac = m[4] === undefined ? 0 : timeFraction(+m[4], +m[5], +(m[6] ?? 0), m[7])
  if (Number.isNaN(frac)) return NaN
  return serial + frac
}

function timeFraction(h: number, mi: number, s: number, fraction: string | undefined): number {
  if (h > 24 || mi > 59 || s > 60) return NaN
  return (h * 3600 + mi * 60 + s + (fraction ? Number(fraction) : 0)) / 86400
}

/** Built-in number format ids that display dates or times (ECMA-376 §18.8.30, including CJK ones). */
export function isBuiltinDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)
}

/**
 * Whether a custom format code shows a date or time: a d/m/y/h/s outside quoted text, `[...]`
 * sections (colours, locales, conditions), `\x` escapes and `_x`/`*x` padding.
 */
export function isDateFormatCode(code: string): boolean {
  let out = ''
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]
    if (ch === '"') {
      const end = code.indexOf('"', i + 1)
      if (end < 0) break
      i = end
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1)
      if (end < 0) break
      i = end
    } else if (ch === '\\' || ch === '_' || ch === '*') i++
    else out += ch
  }
  return /[dmyhs]/i.test(out) && !/^general$/i.test(out.trim())
}
