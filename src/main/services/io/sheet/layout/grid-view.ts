import { CellKind, cellText, type SheetGrid } from '../types'

type Merge = SheetGrid['merges'][number]

const NUMBER_TEXT = /^[-+]?(?:\d+|\d{1,3}(?:[.,'\s]\d{3})+)(?:[.,]\d+)?\s*%?$/
const DATE_TEXT = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?=$|[T\s,])/
/** Merged cells are indexed only in the top rows (where headers live); cap the index itself too. */
const MAX_MERGE_INDEX = 2_000_000

/** Row/cell questions the layout heuristics ask of a columnar grid. */
export class GridView {
  readonly usedCols: number[]
  private readonly mergeIndex = new Map<number, Merge>()

  constructor(
    readonly grid: SheetGrid,
    readonly mergeRows: number
  ) {
    this.usedCols = []
    for (let c = 0; c < grid.colCount; c++) {
      const kind = grid.columns[c].kind
      for (let r = 0; r < grid.rowCount; r++)
        if (kind[r] !== CellKind.Empty && this.filled(r, c)) {
          this.usedCols.push(c)
          break
        }
    }
    let entries = 0
    for (const m of grid.merges) {
      if (m.r0 >= mergeRows) continue
      const r1 = Math.min(m.r1, mergeRows - 1)
      const c1 = Math.min(m.c1, grid.colCount - 1)
      entries += (r1 - m.r0 + 1) * Math.max(0, c1 - m.c0 + 1)
      if (entries > MAX_MERGE_INDEX) break
      for (let r = m.r0; r <= r1; r++) for (let c = m.c0; c <= c1; c++) this.mergeIndex.set(r * grid.colCount + c, m)
    }
  }

  /** Trimmed display text, '' when empty. */
  text(r: number, c: number): string {
    const col = this.grid.columns[c]
    if (!col || r >= this.grid.rowCount || col.kind[r] === CellKind.Empty) return ''
    return (cellText(col, r) ?? '').trim()
  }

  filled(r: number, c: number): boolean {
    return this.text(r, c) !== ''
  }

  /** Numbers, dates, booleans and text that reads as one (CSV cells are all text). */
  isNumeric(r: number, c: number): boolean {
    const col = this.grid.columns[c]
    const k = col.kind[r]
    if (k === CellKind.Number || k === CellKind.Date || k === CellKind.Boolean) return true
    if (k !== CellKind.Text) return false
    const t = this.text(r, c)
    return NUMBER_TEXT.test(t) || DATE_TEXT.test(t)
  }

  isText(r: number, c: number): boolean {
    const k = this.grid.columns[c].kind[r]
    return k === CellKind.Text && !this.isNumeric(r, c)
  }

  /** Filled cells of a row, in column order. */
  filledCols(r: number): number[] {
    const out: number[] = []
    for (const c of this.usedCols) if (this.filled(r, c)) out.push(c)
    return out
  }

  isBlank(r: number): boolean {
    for (const c of this.usedCols) if (this.filled(r, c)) return false
    return true
  }

  mergeAt(r: number, c: number): Merge | undefined {
    return this.mergeIndex.get(r * this.grid.colCount + c)
  }

  /** Text shown at (r, c): its own, or the merged range's top-left cell's. */
  shownText(r: number, c: number): string {
    const own = this.text(r, c)
    if (own) return own
    const m = this.mergeAt(r, c)
    return m ? this.text(m.r0, m.c0) : ''
  }

  /** Merges in row r that span several columns without covering (almost) the whole table. */
  innerHorizontalMerges(r: number): Merge[] {
    const width = this.usedCols.length
    const seen = new Set<Merge>()
    for (const c of this.usedCols) {
      const m = this.mergeAt(r, c)
      if (m && m.r0 === r && m.c1 > m.c0 && !seen.has(m) && this.spannedUsed(m) < Math.max(2, width * 0.9)) seen.add(m)
    }
    return [...seen]
  }

  /** Used columns a merge covers. */
  spannedUsed(m: Merge): number {
    let n = 0
    for (const c of this.usedCols) if (c >= m.c0 && c <= m.c1) n++
    return n
  }
}
