import type { Msg } from '../../../shared/messages'
import { basename } from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { LIMITS } from './limits'
import { CellKind, cellText, readSheet, type SheetGrid } from './sheet'

export type CellValue = string | number | boolean | Date | null

/** A small sheet as plain cells: row numbers are 1-based as in the file (header = first non-empty row). */
export interface PlainTable {
  header: string[]
  headerRow: number
  rows: { row: number; cells: CellValue[] }[]
  /** What the reader did leniently (from the sheet reader), as messages worded by the window or the CLI. */
  warnings: Msg[]
}

/** Excel serial (1900 system, as the grid stores it) → the zone-less date at UTC midnight. */
const serialToDate = (serial: number): Date => new Date(Math.round((serial - 25569) * 86400000))

function cellValue(grid: SheetGrid, col: number, row: number): CellValue {
  const c = grid.columns[col]
  switch (c.kind[row]) {
    case CellKind.Text:
      return cellText(c, row)
    case CellKind.Number:
      return c.num[row]
    case CellKind.Date:
      return serialToDate(c.num[row])
    case CellKind.Boolean:
      return c.num[row] === 1
    default:
      return null
  }
}

const isBlank = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '')

/**
 * Reads the first (or the named) sheet of an .xlsx, or a CSV/TSV file, as a header and rows, through
 * the hardened sheet reader (sizes, zip bombs, columns, cells and cell lengths bounded; dates from
 * number formats; formulas by their cached value, never evaluated). For the small tables Esiti
 * imports besides questionnaires: case attributes and the activity register.
 */
export async function readTable(file: string, opts: { sheet?: string; signal?: AbortSignal } = {}): Promise<PlainTable> {
  const { grid } = await readSheet(file, { sheet: opts.sheet, signal: opts.signal, maxCells: LIMITS.tableCells.value })
  const rows: PlainTable['rows'] = []
  let header: string[] | null = null
  let headerRow = 0
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = new Array<CellValue>(grid.colCount)
    let blank = true
    for (let c = 0; c < grid.colCount; c++) {
      const v = cellValue(grid, c, r)
      cells[c] = v
      if (!isBlank(v)) blank = false
    }
    if (blank) continue
    if (header === null) {
      header = cells.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim()))
      headerRow = r + 1
    } else rows.push({ row: r + 1, cells })
  }
  if (header === null) throw new EsitiError('INVALID_INPUT', 'io.tableEmpty', { file: basename(file) })
  return { header, headerRow, rows, warnings: grid.warnings }
}
