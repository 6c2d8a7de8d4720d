import type { Achievement, NumberFormat } from '../../../../shared/ipc/indicators'
import type { I18n } from '../../i18n/I18n'

/** Italian style guides group thousands from 1.000 on; Intl's default for 'it' waits for 10.000. */
const GROUP = { useGrouping: 'always' } as const

/** Units that only restate the format: shown as the number itself, without a suffix. */
const SILENT_UNITS = new Set(['', 'n', '%', 'media'])

/**
 * Formats a figure computed in main for display. Percentages arrive as 0–100 (as in the Excel
 * report), counts may be weighted (so not always whole).
 */
export function formatValue(i18n: I18n, value: number | null | undefined, format: NumberFormat): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  if (format === 'percent') return i18n.percent(value / 100, 1)
  if (format === 'count') return i18n.number(value, { ...GROUP, maximumFractionDigits: Number.isInteger(value) ? 0 : 1 })
  return i18n.number(value, { ...GROUP, minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/** The unit to print after a value, or '' when the format already says it. */
export const unitSuffix = (unit: string, format: NumberFormat): string =>
  format === 'percent' || SILENT_UNITS.has(unit.trim().toLowerCase()) ? '' : unit.trim()

export function formatWithUnit(i18n: I18n, value: number | null | undefined, format: NumberFormat, unit: string): string {
  const v = formatValue(i18n, value, format)
  const u = unitSuffix(unit, format)
  return v === '—' || !u ? v : `${v} ${u}`
}

export const formatCount = (i18n: I18n, n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : i18n.number(n, { ...GROUP, maximumFractionDigits: Number.isInteger(n) ? 0 : 1 })

/** CSS class of an achievement or error. */
export function statusClass(status: 'ok' | 'error', achievement: Achievement): string {
  if (status === 'error') return 'ind-status error'
  return `ind-status ach-${achievement}`
}

/** The label of an enum value, or the value itself when the dictionary has none. */
export function optionLabel(i18n: I18n, prefix: string, value: string): string {
  const key = `${prefix}.${value}`
  return i18n.exists(key) ? i18n.t(key) : value
}

/**
 * How far a value has gone from the baseline towards the target, 0..1, for a progress bar.
 * A target below the baseline means "lower is better", as in main's achievement rule.
 */
export function progressShare(value: number | null, target: number | null, baseline: number | null): number | null {
  if (value === null || target === null) return null
  const from = baseline ?? 0
  if (target === from) return value >= target ? 1 : 0
  const share = (value - from) / (target - from)
  return Math.max(0, Math.min(1, share))
}
