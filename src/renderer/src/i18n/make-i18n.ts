import { createI18next, localeTag, MSG_NS, resolveParams, type Msg, type MsgParams, type Resources } from '../../../shared/messages'
import { NAMESPACES, type Locale } from './dictionaries'
import type { ErrorInfo } from '../../../shared/errors'

/** The translator without React: the provider hands it out, and tests of text helpers build it directly. */
export interface I18n {
  locale: Locale
  /** A window string; numbers in `vars` are formatted by locale, `count` picks the plural form. */
  t(key: string, vars?: MsgParams): string
  /** Whether a window key has text (for ids sent by main that may be new: shown only when worded). */
  exists(key: string): boolean
  /** A message from the services (error, warning, note), worded in the interface language. */
  msg(m: Msg): string
  /** An error result from the services, worded in the interface language. */
  error(e: Pick<ErrorInfo, 'key' | 'params' | 'message'>): string
  number(value: number, opts?: Intl.NumberFormatOptions): string
  percent(fraction: number, digits?: number): string
  date(iso: string | null | undefined, opts?: Intl.DateTimeFormatOptions): string
}

function resources(): Resources {
  const out: Resources = { it: {}, en: {} }
  for (const [ns, d] of Object.entries(NAMESPACES)) {
    out.it![ns] = d.it
    out.en![ns] = d.en
  }
  return out
}

export function makeI18n(locale: Locale, onMissing?: (key: string) => void): I18n {
  const inst = createI18next(locale, resources(), onMissing)
  const tag = localeTag(locale)
  const t = (key: string, vars?: MsgParams): string => inst.t(key, resolveParams(t, vars) as never) as unknown as string
  const tm = (key: string, params?: MsgParams): string =>
    inst.t(key, { ...resolveParams(tm, params), ns: MSG_NS } as never) as unknown as string
  return {
    locale,
    t,
    exists: (key) => inst.exists(key),
    msg: (m) => tm(m.key, m.params),
    // An error from an older main without a key falls back to its English sentence.
    error: (e) => (e.key ? tm(e.key, e.params) : e.message),
    number: (value, opts) => new Intl.NumberFormat(tag, opts).format(value),
    percent: (fraction, digits = 1) =>
      new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction),
    date(iso, opts = { day: '2-digit', month: 'short', year: 'numeric' }) {
      if (!iso) return '—'
      const d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso)
      return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(tag, opts).format(d)
    }
  }
}
