import type { TableModelDto } from '../../../shared/ipc/indicators'

/** Categorical palette (Tableau 10): distinguishable, and printable in greyscale by lightness. */
export const PALETTE = ['#4E79A7', '#F28E2B', '#59A14F', '#E15759', '#76B7B2', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC']
/** Diverging red → green for ordered scales (Likert). */
const DIVERGING = ['#D7191C', '#FDAE61', '#E0E0A0', '#A6D96A', '#1A9641']

function diverging(k: number): string[] {
  if (k <= 1) return [DIVERGING[4]]
  return Array.from({ length: k }, (_, i) => DIVERGING[Math.round((i * (DIVERGING.length - 1)) / (k - 1))])
}

/**
 * What a table's chart shows, for both renderings (the PNG for the window and Word, the native chart
 * in the workbook): bar charts take the rows as categories and the value columns as series (stacked
 * for Likert distributions); line charts run over the group columns (waves) with one line per row.
 */
export interface ChartPlan {
  type: 'bar' | 'line'
  horizontal: boolean
  stacked: boolean
  percent: boolean
  /** Cell indices (cells[k]) of the columns drawn: series (bar) or x-axis points (line). */
  columns: number[]
  /** Model rows drawn (figures only): categories (bar) or series (line). */
  rows: number[]
  /** One colour per series. */
  colours: string[]
}

export function chartPlan(t: TableModelDto): ChartPlan | null {
  const spec = t.chartSpec
  if (!spec || spec.type === 'none' || t.status !== 'ok') return null
  const rows = t.rows.map((r, i) => ({ r, i })).filter(({ r }) => !r.isBase)
  const valueCols = t.columnRoles
    .map((role, k) => ({ role, k: k - 1 }))
    .filter((c) => c.role === 'total' || c.role === 'group' || c.role === 'category')
  const hasGroups = valueCols.some((c) => c.role === 'group')
  let series = valueCols.filter((c) => c.role !== 'total' || !hasGroups || spec.includeTotal)
  const percent = rows.every(({ r }) => series.every((c) => r.cells[c.k]?.format === 'percent'))
  if (spec.type === 'line') {
    const cols = series.filter((c) => c.role !== 'total')
    series = cols.length ? cols : series
  }
  const anyValue = rows.some(({ r }) => series.some((c) => r.cells[c.k]?.value !== null && r.cells[c.k]?.value !== undefined))
  if (!anyValue || !rows.length || !series.length) return null
  const stacked = spec.type === 'stackedBar'
  const nSeries = spec.type === 'line' ? rows.length : series.length
  const colours = stacked && series.every((c) => c.role === 'category') ? diverging(series.length) : Array.from({ length: nSeries }, (_, i) => PALETTE[i % PALETTE.length])
  return {
    type: spec.type === 'line' ? 'line' : 'bar',
    horizontal: spec.type !== 'line' && (spec.horizontal || stacked),
    stacked,
    percent,
    columns: series.map((c) => c.k),
    rows: rows.map(({ i }) => i),
    colours
  }
}
