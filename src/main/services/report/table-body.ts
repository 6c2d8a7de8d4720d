import type { EstimateDto, NumberFormat, TableCellDto, TableModelDto } from '../../../shared/ipc/indicators'

/**
 * What a test or an interval needs of one cell: the point (a percentage 0–100 or a mean), the base
 * it rests on (Kish's effective n with weights) and, for a mean, its sd. Kept beside the cell while
 * the table is built; the published cell carries only n, ci, sig and flags.
 */
export interface Est {
  kind: 'proportion' | 'mean'
  point: number
  base: number
  sd: number | null
  ci: [number, number] | null
  weighted: boolean
}

export type BodyCell = TableCellDto & { est?: Est | null }

export interface BodyRow {
  label: string
  cells: BodyCell[]
  note?: string
  isBase?: boolean
}

/** The computed part of a table, before numbering, section and statistics. */
export interface Body {
  header: string[]
  roles: TableModelDto['columnRoles']
  rows: BodyRow[]
  notes: string[]
  base: number | null
  missing: number | null
  sources: string[]
  error: string | null
  /** Categories × group columns (weighted counts) and the factor that takes them to effective counts. */
  contingency?: { counts: number[][]; scale: number } | null
  /** Some rows are complete counts (register, coding): they get no interval and no test. */
  census?: boolean
  /** Each row is one figure across groups (indicators, items): a chi-square per row when tests are on. */
  rowTests?: boolean
}

/** The test inputs of a computed estimate, with the figure it belongs to. */
export function estFrom(e: EstimateDto | null | undefined, value: number | null, n: number | null): Est | null {
  if (!e || value === null || !Number.isFinite(value) || n === null) return null
  return { kind: e.kind, point: value, base: e.neff ?? n, sd: e.sd, ci: e.ci, weighted: e.neff !== null }
}

export const plainCell = (value: number | null, format: NumberFormat, n: number | null = null, est: Est | null = null): BodyCell =>
  est ? { value, format, n, est } : { value, format, n }
