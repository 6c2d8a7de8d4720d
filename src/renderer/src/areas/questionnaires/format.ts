import type { I18n } from '../../i18n/I18n'
import type { SurveyCell } from '../../../../shared/ipc/survey'

/** A grid cell as text: numbers in the locale, several answers joined, empty cells blank. */
export function cellText(i18n: I18n, v: SurveyCell, type?: string): string {
  if (v === null) return ''
  if (Array.isArray(v)) return v.join('; ')
  if (typeof v === 'string' && (type === 'date' || type === 'datetime') && /^\d{4}-\d{2}-\d{2}/.test(v)) return dateText(i18n, v, type)
  if (typeof v === 'number') return i18n.number(v, { maximumFractionDigits: 6, useGrouping: type !== 'id' })
  if (typeof v === 'boolean') return i18n.t(v ? 'sv.yes' : 'sv.no')
  return v
}

/** A value of a profile or facet (null = empty cells). */
export function valueText(i18n: I18n, v: string | number | null, label?: string): string {
  if (v === null) return i18n.t('sv.empty')
  if (label && label !== String(v)) return label
  return typeof v === 'number' ? i18n.number(v, { maximumFractionDigits: 6 }) : v
}

/** "99, n.d., Non so" ⇄ [99, "n.d.", "Non so"]: numbers stay numbers. */
export function parseCodes(text: string): (string | number)[] {
  return text
    .split(/[;|]|,(?!\d)/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s))
}

export const codesText = (codes: (string | number)[]): string => codes.map(String).join('; ')

export const TYPE_KEYS = ['id', 'metadata', 'nominal', 'ordinal', 'numeric', 'date', 'datetime', 'text', 'multi'] as const

/** ISO dates as the locale writes them; a datetime keeps its seconds (submissions minutes apart). */
function dateText(i18n: I18n, iso: string, type: string): string {
  if (type === 'date' || iso.length <= 10) return i18n.date(iso.slice(0, 10), { day: '2-digit', month: '2-digit', year: 'numeric' })
  return i18n.date(iso, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' })
}
