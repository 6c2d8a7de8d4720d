import { TextDecoder } from 'node:util'
/**
 * Shared facts of the SPSS system file (.sav) format, as the "System File Format" appendix of the
 * GNU PSPP developers' guide documents it: format codes, special values, the date epoch and how
 * character encodings are named. Used by the reader here and by the writer (survey/export).
 */

/** Print/write format types (the third byte of a format word). */
export const FMT = {
  A: 1,
  AHEX: 2,
  COMMA: 3,
  DOLLAR: 4,
  F: 5,
  E: 17,
  DATE: 20,
  TIME: 21,
  DATETIME: 22,
  ADATE: 23,
  JDATE: 24,
  DTIME: 25,
  WKDAY: 26,
  MONTH: 27,
  MOYR: 28,
  QYR: 29,
  WKYR: 30,
  PCT: 31,
  DOT: 32,
  EDATE: 38,
  SDATE: 39,
  MTIME: 40,
  YMDHMS: 41
} as const

const DATE_FORMATS = new Set<number>([FMT.DATE, FMT.ADATE, FMT.EDATE, FMT.SDATE, FMT.JDATE, FMT.MOYR, FMT.QYR, FMT.WKYR])
const DATETIME_FORMATS = new Set<number>([FMT.DATETIME, FMT.YMDHMS])
const DURATION_FORMATS = new Set<number>([FMT.TIME, FMT.DTIME, FMT.MTIME])

/** What a numeric variable's print format says its numbers are. */
export function numericKind(formatType: number): 'number' | 'date' | 'datetime' | 'duration' {
  if (DATE_FORMATS.has(formatType)) return 'date'
  if (DATETIME_FORMATS.has(formatType)) return 'datetime'
  if (DURATION_FORMATS.has(formatType)) return 'duration'
  return 'number'
}

export interface SavFormat {
  type: number
  width: number
  decimals: number
}

export const decodeFormat = (word: number): SavFormat => ({ type: (word >>> 16) & 0xff, width: (word >>> 8) & 0xff, decimals: word & 0xff })
export const encodeFormat = (f: SavFormat): number => ((f.type & 0xff) << 16) | ((f.width & 0xff) << 8) | (f.decimals & 0xff)

/** SYSMIS is -DBL_MAX; HIGHEST is DBL_MAX; LOWEST is -DBL_MAX (SPSS 21+) or the next value up (older files). */
export const SYSMIS = -Number.MAX_VALUE
export const HIGHEST = Number.MAX_VALUE
export const LOWEST_OLD = -1.7976931348623155e308
export const isLowest = (v: number): boolean => v === SYSMIS || v === LOWEST_OLD

/** Seconds from SPSS's epoch (1582-10-14 00:00, proleptic Gregorian) to the Unix epoch. */
export const SPSS_EPOCH_TO_UNIX = 12_219_379_200
const UNIX_EPOCH_SERIAL = 25569

/** SPSS date value (seconds since 1582-10-14) → Excel serial in the 1900 system, as the sheet grid stores dates. */
export function spssSecondsToSerial(secs: number): number {
  const days = (secs - SPSS_EPOCH_TO_UNIX) / 86400
  const serial = days + UNIX_EPOCH_SERIAL
  // Excel's phantom 1900-02-29 (serial 60): real days before it are one serial lower.
  return serial < 61 ? serial - 1 : serial
}

/** Excel serial (1900 system) → SPSS seconds since 1582-10-14. */
export function serialToSpssSeconds(serial: number): number {
  const s = serial < 60 ? serial + 1 : serial
  return Math.round((s - UNIX_EPOCH_SERIAL) * 86400 + SPSS_EPOCH_TO_UNIX)
}

/** ISO date or date-time ("2023-02-12", "2023-02-12T19:07:17") → SPSS seconds; NaN when not a date. */
export function isoToSpssSeconds(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/.exec(iso.trim())
  if (!m) return NaN
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
  if (Number.isNaN(ms)) return NaN
  const frac = m[7] ? Number(`0.${m[7]}`) : 0
  return ms / 1000 + frac + SPSS_EPOCH_TO_UNIX
}

/** Windows code page numbers of the machine integer info record → a TextDecoder label. */
export function encodingOfCodePage(code: number): string | null {
  if (code === 65001) return 'utf-8'
  if (code === 28591) return 'iso-8859-1'
  if (code === 2 || code === 3) return null // "ASCII": old SPSS wrote 2 whatever the real encoding
  if (code >= 874 && code <= 1258) return `windows-${code}`
  if (code >= 28592 && code <= 28605) return `iso-8859-${code - 28590}`
  return null
}

/** A TextDecoder for an encoding name from the file, or null when the runtime does not know it. */
export function decoderFor(name: string): TextDecoder | null {
  try {
    return new TextDecoder(name.trim().toLowerCase(), { fatal: false })
  } catch {
    return null
  }
}

/** Measurement levels of the variable display record. */
export type Measure = 'nominal' | 'ordinal' | 'scale'
export const measureOfCode = (code: number): Measure | null => (code === 1 ? 'nominal' : code === 2 ? 'ordinal' : code === 3 ? 'scale' : null)
export const codeOfMeasure = (m: Measure): number => (m === 'nominal' ? 1 : m === 'ordinal' ? 2 : 3)

/** Width of the segments a string of `width` bytes is stored in (very long strings: 255-byte segments of 252 bytes of width). */
export function stringSegments(width: number): number[] {
  if (width <= 255) return [width]
  const n = Math.floor((width + 251) / 252)
  const out: number[] = []
  for (let i = 0; i < n - 1; i++) out.push(255)
  out.push(width - (n - 1) * 252)
  return out
}

/** 8-byte elements a string segment of this width occupies in a case. */
export const segmentElements = (segmentWidth: number): number => Math.max(1, Math.ceil(segmentWidth / 8))
