import { EsitiError } from '../../../../shared/errors'
import { CellKind, type ColumnCells, type SheetGrid } from './types'

export const DEFAULT_MAX_CELLS = 20_000_000
/** Excel's row limit (the scanners skip cells beyond Excel's grid). */
const MAX_ROWS = 1_048_576
const INITIAL_ROWS = 64
/**
 * A declared dimension sizes the first allocation when it is plausible (at most ~8M cells, ~140 MB):
 * one exact allocation instead of repeated growth. Producers overstate it (formatted empty rows), so
 * beyond that the store starts small and grows.
 */
const MAX_TRUSTED_CELLS = 8_000_000
const MAX_TRUSTED_ROWS = 262_144

function initialRows(rows: number, cols: number): number {
  if (rows <= MAX_TRUSTED_ROWS && rows * Math.max(1, cols) <= MAX_TRUSTED_CELLS) return Math.max(INITIAL_ROWS, rows)
  return Math.max(INITIAL_ROWS, Math.min(16_384, Math.floor(MAX_TRUSTED_CELLS / 4 / Math.max(1, cols))))
}

interface ColumnBuffer {
  kind: Uint8Array
  text: (string | null)[]
  /** Allocated at the column's first numeric value: text-only columns (most of a questionnaire) need none. */
  num: Float64Array | null
}

function nulls(n: number): (string | null)[] {
  // Filled at once, the array stays in fast (holey) elements mode; checked up to 1M rows.
  return new Array<string | null>(n).fill(null)
}

function newColumn(cap: number): ColumnBuffer {
  return { kind: new Uint8Array(cap), text: nulls(cap), num: null }
}

/**
 * Columnar cell store that grows geometrically. Only non-empty cells are stored, so formatted-but-empty
 * rows and columns cost nothing; the bounding box of stored cells is checked against maxCells before
 * anything is allocated for it.
 */
export class GridBuilder {
  private cap: number
  private cols: (ColumnBuffer | undefined)[] = []
  private maxRow = -1
  private maxCol = -1
  private rowsHint = 0
  private readonly warningCounts = new Map<string, number>()
  readonly merges: SheetGrid['merges'] = []

  constructor(
    readonly name: string,
    private readonly maxCells: number = DEFAULT_MAX_CELLS
  ) {
    this.cap = INITIAL_ROWS
  }

  /** The declared size (from `<dimension>`): sizes the first allocation and the last growth step. */
  setSizeHint(rows: number, cols: number): void {
    this.rowsHint = Math.min(rows, MAX_ROWS)
    if (this.cols.length === 0) this.cap = initialRows(this.rowsHint, cols)
  }

  warn(message: string): void {
    this.warningCounts.set(message, (this.warningCounts.get(message) ?? 0) + 1)
  }

  get rowCount(): number {
    return this.maxRow + 1
  }

  set(row: number, col: number, kind: CellKind, text: string | null, num: number): void {
    if (row > this.maxRow || col > this.maxCol) this.extend(row, col)
    let c = this.cols[col]
    if (c === undefined) {
      while (this.cols.length < col) this.cols.push(undefined)
      c = newColumn(this.cap)
      this.cols[col] = c
    }
    c.kind[row] = kind
    c.text[row] = text
    if (!Number.isNaN(num)) (c.num ??= new Float64Array(this.cap).fill(NaN))[row] = num
  }

  private extend(row: number, col: number): void {
    const rows = Math.max(row, this.maxRow) + 1
    const cols = Math.max(col, this.maxCol) + 1
    if (rows * cols > this.maxCells)
      throw new EsitiError(
        'TOO_LARGE',
        `Sheet "${this.name}" spans ${rows.toLocaleString('en')} rows × ${cols.toLocaleString('en')} columns, ` +
          `more than the ${this.maxCells.toLocaleString('en')}-cell limit: split the file or remove unused rows and columns.`
      )
    if (row >= this.cap) this.grow(row + 1)
    this.maxRow = rows - 1
    this.maxCol = cols - 1
  }

  private grow(needed: number): void {
    let next = Math.max(needed, this.cap * 2)
    // Jump straight to the declared size when it is near: saves one full copy of every column.
    if (this.rowsHint >= needed && this.rowsHint <= this.cap * 4) next = this.rowsHint
    next = Math.min(Math.max(next, needed), MAX_ROWS)
    for (const c of this.cols) {
      if (!c) continue
      const kind = new Uint8Array(next)
      kind.set(c.kind)
      if (c.num) {
        const num = new Float64Array(next).fill(NaN, this.cap)
        num.set(c.num)
        c.num = num
      }
      c.text.length = next
      c.text.fill(null, this.cap)
      c.kind = kind
    }
    this.cap = next
  }

  finish(): SheetGrid {
    const rowCount = this.maxRow + 1
    const colCount = this.maxCol + 1
    const columns: ColumnCells[] = []
    // Columns without numbers share one all-NaN array (the grid is read-only once built).
    let noNumbers: Float64Array | null = null
    const nanColumn = (): Float64Array => (noNumbers ??= new Float64Array(rowCount).fill(NaN))
    for (let i = 0; i < colCount; i++) {
      const c = this.cols[i]
      if (!c) {
        columns.push({ kind: new Uint8Array(rowCount), text: nulls(rowCount), num: nanColumn() })
        continue
      }
      // A view avoids a second copy of every column; copy only when most of the buffer is slack.
      const slack = this.cap > rowCount * 2
      c.text.length = rowCount
      columns.push({
        kind: slack ? c.kind.slice(0, rowCount) : c.kind.subarray(0, rowCount),
        text: c.text,
        num: c.num === null ? nanColumn() : slack ? c.num.slice(0, rowCount) : c.num.subarray(0, rowCount)
      })
      this.cols[i] = undefined
    }
    const warnings = [...this.warningCounts].map(([m, n]) => (n > 1 ? `${m} (${n.toLocaleString('en')} times)` : m))
    return { name: this.name, rowCount, colCount, columns, merges: this.merges, warnings }
  }
}
