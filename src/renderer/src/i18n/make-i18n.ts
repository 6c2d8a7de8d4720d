import { DICTIONARIES, type Locale } from './dictionaries'

/** The translator without React: the provider hands it out, and tests of text helpers build it directly. */
export interface I18n {
  locale: Locale
  t(key: string, vars?: Record<string, string | number>): string
  number(value: number, opts?: Intl.NumberFormatOptions): string
  percent(fraction: number, digits?: number): string
  date(iso: string | null | undefined, opts?: Intl.DateTimeFormatOptions): string
}

const tag = (l: Locale): string => (l === 'it' ? 'it-IT' : 'en-GB')

export function makeI18n(locale: Locale): I18n {
  const dict = DICTIONARIES[locale]
  const fallback = DICTIONARIES.it
  return {
    locale,
    t(key, vars) {
      let s = dict[key] ?? fallback[key] ?? key
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(typeof v === 'number' ? new Intl.NumberFormat(tag(locale)).format(v) : v)
      return s
    },
    number: (value, opts) => new Intl.NumberFormat(tag(locale), opts).format(value),
    percent: (fraction, digits = 1) =>
      new Intl.NumberFormat(tag(locale), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction),
    date(iso, opts = { day: '2-digit', month: 'short', year: 'numeric' }) {
      if (!iso) return '—'
      const d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso)
      return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(tag(locale), opts).format(d)
    }
  }
}
