import type { Msg } from '../../../../shared/messages'
import type { I18n } from '../../i18n/I18n'

/** Landis & Koch (1977) bands, the labels reviewers expect next to a kappa. */
export type KappaBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'perfect'

export function kappaBand(k: number): KappaBand {
  if (k < 0) return 'poor'
  if (k <= 0.2) return 'slight'
  if (k <= 0.4) return 'fair'
  if (k <= 0.6) return 'moderate'
  if (k <= 0.8) return 'substantial'
  return 'perfect'
}

/** Each band with its bounds (null: open end), for the legend. */
export const KAPPA_BANDS: { band: KappaBand; from: number | null; to: number | null }[] = [
  { band: 'poor', from: null, to: 0 },
  { band: 'slight', from: 0, to: 0.2 },
  { band: 'fair', from: 0.21, to: 0.4 },
  { band: 'moderate', from: 0.41, to: 0.6 },
  { band: 'substantial', from: 0.61, to: 0.8 },
  { band: 'perfect', from: 0.81, to: 1 }
]

/** A coefficient (kappa, alpha) with three decimals, or a dash when undefined. */
export const coef = (i18n: I18n, v: number | null): string =>
  v === null ? '—' : i18n.number(v, { minimumFractionDigits: 3, maximumFractionDigits: 3 })

/** A 0..100 percentage with one decimal, or a dash. */
export const pct = (i18n: I18n, v: number | null): string => (v === null ? '—' : i18n.percent(v / 100, 1))

/** A text the services sent (explanation, summary, reason), worded in the interface language. */
/** The same message (an operation's summary read back from the log is compared with the one sent). */
export const sameMsg = (a: Msg, b: Msg): boolean => JSON.stringify(a) === JSON.stringify(b)

export const explain = (i18n: I18n, e: Msg | undefined): string => (e ? i18n.msg(e) : '')
