import path from 'node:path'
import { msg } from '../../../shared/messages'
import { readTable, type CellValue, type PlainTable } from '../io/table'
import { fail } from './common'

export type { CellValue }

/** A row problem as a message: the window and the CLI word it in the user's language. */
export interface RowProblem {
  key: string
  params?: Record<string, unknown>
}
export interface RowErrors {
  row: number
  problems: RowProblem[]
}

/** Header as compared: lower case, no accents, letters and digits only ("Data di adesione" → "datadiadesione"). */
export const foldHeader = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '')

export interface ColumnSpec<F extends string> {
  field: F
  /** Accepted headers: the Italian and the English name first (both named in messages), then variants. */
  headers: string[]
  required?: boolean
}

export interface MappedTable<F extends string> {
  table: PlainTable
  columns: Map<F, number>
  /** Which header each field was read from (reported, so no column is taken silently). */
  used: { field: F; header: string }[]
  get(cells: CellValue[], f: F): CellValue
}

/**
 * Reads the first (or named) sheet of an .xlsx or a .csv and finds the columns by header, Italian
 * or English. A required column that is missing is an error naming it and the header row found.
 */
export async function readMapped<F extends string>(file: string, specs: ColumnSpec<F>[], opts: { sheet?: string; signal?: AbortSignal } = {}): Promise<MappedTable<F>> {
  // The hardened reader (io/table): sizes, zip bombs and cells bounded, formulas by cached value.
  const table = findHeader(await readTable(file, { sheet: opts.sheet, signal: opts.signal }), specs)
  const columns = new Map<F, number>()
  const used: { field: F; header: string }[] = []
  for (const spec of specs) {
    const wanted = spec.headers.map(foldHeader)
    const i = table.header.findIndex((h) => wanted.includes(foldHeader(h)))
    if (i >= 0 && ![...columns.values()].includes(i)) {
      columns.set(spec.field, i)
      used.push({ field: spec.field, header: table.header[i] })
    }
  }
  const missing = specs.filter((s) => s.required && !columns.has(s.field))
  if (missing.length)
    throw fail('INVALID_INPUT', 'programme.importMissingColumns', {
      file: path.basename(file),
      columns: missing.map((m) => `${m.headers[0]} / ${m.headers[1]}`),
      row: table.headerRow,
      // Headers may span lines in the cell: the message stays on one line.
      found: table.header.filter(Boolean).map((h) => h.replace(/\s+/g, ' '))
    })
  if (table.rows.length === 0) throw fail('INVALID_INPUT', 'programme.importNoRows', { file: path.basename(file) })
  return {
    table,
    columns,
    used,
    get: (cells, f) => (columns.has(f) ? (cells[columns.get(f)!] ?? null) : null)
  }
}

/**
 * Sheets often carry a title or a blank line above the header ("Foglio presenze – corso del 12
 * marzo"): the header is the row, among the first ten, where most of the known column names are
 * found; without any, the first non-empty row. The row chosen is in the messages and the result.
 */
function findHeader<F extends string>(table: PlainTable, specs: ColumnSpec<F>[]): PlainTable {
  const known = new Set(specs.flatMap((s) => s.headers.map(foldHeader)))
  const score = (cells: CellValue[]) => cells.filter((c) => c !== null && known.has(foldHeader(String(c)))).length
  let best = { score: score(table.header), index: -1 }
  table.rows.slice(0, 10).forEach((r, i) => {
    const sc = score(r.cells)
    if (sc > best.score) best = { score: sc, index: i }
  })
  if (best.index < 0) return table
  const head = table.rows[best.index]
  return {
    header: head.cells.map((c) => (c === null ? '' : String(c).trim())),
    headerRow: head.row,
    rows: table.rows.slice(best.index + 1),
    warnings: table.warnings
  }
}

export const cellText = (v: CellValue): string | null => {
  if (v === null || v === undefined) return null
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  const s = String(v).normalize('NFC').trim()
  return s === '' ? null : s
}

/** Excel dates are zone-less: the reader gives UTC midnight, so they are read in UTC. */
export function cellDate(v: CellValue): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10)
  if (typeof v === 'number' && v > 20000 && v < 80000) return new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10)
  const s = cellText(v)
  if (!s) return null
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`
  return s
}

/** The all-or-nothing refusal: every row with its problems in `details`, the first ones in the message. */
export function rowsRefused(file: string, errors: RowErrors[], total: number): Error {
  const first = errors[0]
  return fail(
    'INVALID_INPUT',
    'programme.importRefused',
    {
      file: path.basename(file),
      count: errors.length,
      total,
      row: first.row,
      problem: msg(first.problems[0].key as 'programme.importRefused', first.problems[0].params as Record<string, string>)
    },
    errors
  )
}
