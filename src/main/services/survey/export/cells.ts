import type { CleanValue, VariableMeta } from '../frame'
import { labelOf } from './export-data'

/** What one exported cell holds, before a writer formats it. */
export type OutCell = { kind: 'number'; value: number } | { kind: 'text'; value: string } | { kind: 'date'; iso: string; time: boolean } | null

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/

/**
 * The cells of one variable's value in a spreadsheet-like export: one cell, or for a multiple-response
 * set one per option (1 chosen, 0 not chosen, empty when the respondent did not answer). With
 * `labels`, categories are written as their labels.
 */
export function cellsOf(meta: VariableMeta, value: CleanValue, labels: boolean): OutCell[] {
  if (meta.type === 'multi') {
    const options = meta.options ?? []
    if (!Array.isArray(value)) return options.map(() => null)
    return options.map((o) => ({ kind: 'number', value: value.includes(o) ? 1 : 0 }))
  }
  return [cellOf(meta, value, labels)]
}

function cellOf(meta: VariableMeta, value: CleanValue, labels: boolean): OutCell {
  if (value === null) return null
  if (Array.isArray(value)) return { kind: 'text', value: value.join('; ') }
  if (typeof value === 'boolean') return { kind: 'number', value: value ? 1 : 0 }
  if (labels && (meta.type === 'nominal' || meta.type === 'ordinal' || meta.valueLabels.length > 0)) {
    const label = labelOf(meta, value)
    if (label !== String(value) || typeof value === 'string') return { kind: 'text', value: label }
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : null
  if ((meta.type === 'date' || meta.type === 'datetime') && ISO_DATE.test(value)) return { kind: 'date', iso: value, time: meta.type === 'datetime' || value.length > 10 }
  return { kind: 'text', value }
}

/** Header of each exported column: names, or (with labels) the variable label and, for options, the option. */
export function headersOf(meta: VariableMeta, labels: boolean): string[] {
  if (meta.type === 'multi') {
    const base = labels ? meta.label ?? meta.name : meta.name
    return (meta.options ?? []).map((o, k) => (labels ? `${base}: ${o}` : `${meta.name}_${k + 1}`))
  }
  return [labels ? meta.label ?? meta.name : meta.name]
}

/** "2023-02-12T19:07:17" → a Date at that wall-clock time in UTC (exceljs writes UTC as the serial). */
export function isoToUtcDate(iso: string): Date {
  const [d, t = '00:00:00'] = iso.split('T')
  const [y, m, day] = d.split('-').map(Number)
  const [h, mi, s] = t.split(':').map(Number)
  return new Date(Date.UTC(y, m - 1, day, h || 0, mi || 0, Math.floor(s || 0), Math.round(((s || 0) % 1) * 1000)))
}
