import type { FormatterModule } from 'i18next'
import { isLocale, localeTag } from './locale'

const tagOf = (lng: string | undefined): string => (isLocale(lng) ? localeTag(lng) : (lng ?? 'en-GB'))

const numberFormats = new Map<string, Intl.NumberFormat>()
const nf = (tag: string, opts?: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = tag + JSON.stringify(opts ?? {})
  let f = numberFormats.get(key)
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(tag, opts)))
  return f
}

/**
 * i18next formatter module. Unlike i18next's own, it also formats a bare `{{n}}` when n is a number,
 * so "1.048.576 colonne" and "1,048,576 columns" come out right without every translator having to
 * remember `{{n, number}}`. Named formats: number, integer, percent (a fraction: 0.47 → 47%), date,
 * datetime, list (Intl.ListFormat: "a, b e c").
 */
export const localeFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, format: string | undefined, lng: string | undefined): string {
    const tag = tagOf(lng)
    if (value === null || value === undefined) return ''
    switch ((format ?? '').trim()) {
      case '':
        if (typeof value === 'number') return Number.isFinite(value) ? nf(tag).format(value) : String(value)
        if (Array.isArray(value)) return new Intl.ListFormat(tag, { type: 'conjunction' }).format(value.map(String))
        return String(value)
      case 'number':
        return typeof value === 'number' ? nf(tag).format(value) : String(value)
      case 'integer':
        return typeof value === 'number' ? nf(tag, { maximumFractionDigits: 0 }).format(value) : String(value)
      case 'percent':
        return typeof value === 'number' ? nf(tag, { style: 'percent', maximumFractionDigits: 1 }).format(value) : String(value)
      case 'list':
        return Array.isArray(value) ? new Intl.ListFormat(tag, { type: 'conjunction' }).format(value.map(String)) : String(value)
      case 'date':
      case 'datetime': {
        const d = value instanceof Date ? value : new Date(String(value).length === 10 ? `${String(value)}T00:00:00` : String(value))
        if (Number.isNaN(d.getTime())) return String(value)
        return new Intl.DateTimeFormat(tag, format === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }).format(d)
      }
      default:
        return String(value)
    }
  }
}
