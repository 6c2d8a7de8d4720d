import { msg, type Msg } from '../../../../shared/messages'
import { LIMITS, overLimit, type ReadLimit } from '../limits'
import { CellKind, type ColumnCells, type SheetGrid } from './types'
import { TextList, TextListBuilder, Utf8TextTable, releaseBuffer } from './utf8-texts'

export const DEFAULT_MAX_CELLS = LIMITS.cells.value
/** Excel's row limit (the xlsx scanner skips cells beyond Excel's grid; CSV rows past it are refused). */
const MAX_ROWS = LIMITS.rows.value
const MAX_COLS = LIMITS.columns.value
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
  /** Codes into the builder's text table (0: none), narrowed to the column's own texts by finish(). */
  codes: Uint32Array
  /** Allocated at the column's first numeric value: text-only columns (most of a questionnaire) need none. */
  num: Float64Array | null
}

export { releaseBuffer }

function newColumn(cap: number): ColumnBuffer {
  return { kind: new Uint8Array(cap), codes: new Uint32Array(cap), num: null }
}

/**
 * While a sheet is scanned before its shared strings are read (deferSharedStrings), other texts get
 * codes from here up; finish() renumbers them after the shared strings (at most 5 million of them,
 * and at most 20 million other texts: every code still fits 32 bits).
 */
const DEFERRED_BASE = 0x4000_0000

/** Short texts set by `set` are looked up, so repeated answers share one code; longer ones are not. */
const INTERN_MAX_LEN = 32
const INTERN_MAX = 100_000

/**
 * Columnar cell store that grows geometrically. Only non-empty cells are stored, so formatted-but-empty
 * rows and columns cost nothing; the bounding box of stored cells is checked against maxCells before
 * anything is allocated for it. Texts are stored as codes into one table: a workbook's shared strings
 * (codes 1…n, without copying them) followed by every other text added.
 */
export class GridBuilder {
  private cap: number
  private cols: (ColumnBuffer | undefined)[] = []
  private maxRow = -1
  private maxCol = -1
  private rowsHint = 0
  private shared: readonly string[] | Utf8TextTable = []
  /** The shared strings come after the cells that use them (see deferSharedStrings). */
  private deferred = false
  private readonly extra: string[] = []
  private readonly codeByText = new Map<string, number>()
  /** Per text added (extra index), 1 when `set` gave it to one cell only (a long text: not looked up). */
  private singleUse = new Uint8Array(1024)
  private readonly warningCounts = new Map<string, { m: Msg; n: number }>()
  readonly merges: SheetGrid['merges'] = []
  private readonly hiddenCols = new Set<number>()
  private readonly hiddenRowList: number[] = []
  comments: NonNullable<SheetGrid['comments']> = []

  private readonly cellLimit: ReadLimit

  /** `file` names the file in a refusal; `maxCells` tightens the cells limit (small tables use tableCells). */
  constructor(
    readonly name: string,
    private readonly file: string = name,
    maxCells: number = DEFAULT_MAX_CELLS
  ) {
    this.cap = INITIAL_ROWS
    this.cellLimit = maxCells === LIMITS.tableCells.value ? LIMITS.tableCells : { ...LIMITS.cells, value: maxCells }
  }

  /** The declared size (from `<dimension>`): sizes the first allocation and the last growth step. */
  setSizeHint(rows: number, cols: number): void {
    this.rowsHint = Math.min(rows, MAX_ROWS)
    if (this.cols.length === 0) this.cap = initialRows(this.rowsHint, cols)
  }

  /** The shared strings table: its entry i gets code i + 1 (see setCode). Call before adding texts. */
  useSharedStrings(strings: readonly string[] | Utf8TextTable): void {
    if (this.extra.length > 0) throw new Error('GridBuilder: shared strings must come before other texts')
    this.shared = strings
  }

  /**
   * The sheet is scanned while its shared strings are still being read (in a worker): cells get a
   * shared string's index + 1 unchecked, other texts codes from DEFERRED_BASE, until
   * resolveSharedStrings. Call before adding texts.
   */
  deferSharedStrings(): void {
    if (this.extra.length > 0) throw new Error('GridBuilder: shared strings must come before other texts')
    this.deferred = true
  }

  /**
   * The shared strings of a deferred scan, once read. Cells that name a missing string, or an empty
   * one, are then what they would have been had the table been there: not stored (warned for the
   * missing), and the sheet's extent is that of the cells left. `maxIndex`: the largest index a cell used.
   */
  resolveSharedStrings(table: Utf8TextTable, maxIndex: number): void {
    if (!this.deferred) throw new Error('GridBuilder: the shared strings were not deferred')
    this.shared = table
    if (maxIndex < table.count && !table.hasEmpty) return
    const n = table.count
    let maxRow = -1
    let maxCol = -1
    for (let c = 0; c <= this.maxCol; c++) {
      const col = this.cols[c]
      if (!col) continue
      let last = -1
      for (let r = 0; r <= this.maxRow; r++) {
        const kind = col.kind[r]
        if (kind === CellKind.Empty) continue
        const code = col.codes[r]
        if (kind === CellKind.Text && code > 0 && code < DEFERRED_BASE && (code > n || table.isEmpty(code - 1))) {
          if (code > n) this.warn(msg('survey.read.missingString'))
          col.kind[r] = CellKind.Empty
          col.codes[r] = 0
          continue
        }
        last = r
      }
      if (last >= 0) {
        maxCol = c
        if (last > maxRow) maxRow = last
      }
    }
    this.maxRow = maxRow
    this.maxCol = maxCol
  }

  /** A code for a text that is not a shared string (a new one each call: callers cache what repeats). */
  addText(text: string): number {
    this.extra.push(text)
    return (this.deferred ? DEFERRED_BASE : this.sharedCount()) + this.extra.length
  }

  private sharedCount(): number {
    const s = this.shared
    return s instanceof Utf8TextTable ? s.count : s.length
  }

  private markSingleUse(k: number): void {
    if (k >= this.singleUse.length) {
      const next = new Uint8Array(Math.max(k + 1, this.singleUse.length * 2))
      next.set(this.singleUse)
      this.singleUse = next
    }
    this.singleUse[k] = 1
  }

  /** A note about something read leniently: repeats are counted, not listed. */
  warn(m: Msg): void {
    const key = JSON.stringify(m)
    const hit = this.warningCounts.get(key)
    if (hit) hit.n++
    else this.warningCounts.set(key, { m, n: 1 })
  }

  /** Columns the sheet hides (from `<col hidden="1">`), zero-based and inclusive. */
  hideColumns(from: number, to: number): void {
    for (let c = from; c <= to && this.hiddenCols.size < 16_384; c++) this.hiddenCols.add(c)
  }

  hideRow(row: number): void {
    if (this.hiddenRowList.length < 1_048_576) this.hiddenRowList.push(row)
  }

  get rowCount(): number {
    return this.maxRow + 1
  }

  /** Stores a cell by text (short texts share a code). */
  set(row: number, col: number, kind: CellKind, text: string | null, num: number): void {
    let code = 0
    if (text !== null) {
      const hit = text.length <= INTERN_MAX_LEN ? this.codeByText.get(text) : undefined
      if (hit !== undefined) code = hit
      else {
        code = this.addText(text)
        if (text.length <= INTERN_MAX_LEN) {
          if (this.codeByText.size < INTERN_MAX) this.codeByText.set(text, code)
        } else this.markSingleUse(this.extra.length - 1)
      }
    }
    this.setCode(row, col, kind, code, num)
  }

  /** Stores a cell whose text is given by code: a shared string's index + 1, or one from addText; 0 for none. */
  setCode(row: number, col: number, kind: CellKind, code: number, num: number): void {
    if (row > this.maxRow || col > this.maxCol) this.extend(row, col)
    let c = this.cols[col]
    if (c === undefined) {
      while (this.cols.length < col) this.cols.push(undefined)
      c = newColumn(this.cap)
      this.cols[col] = c
    }
    c.kind[row] = kind
    c.codes[row] = code
    if (!Number.isNaN(num)) (c.num ??= new Float64Array(this.cap).fill(NaN))[row] = num
  }

  private extend(row: number, col: number): void {
    const rows = Math.max(row, this.maxRow) + 1
    const cols = Math.max(col, this.maxCol) + 1
    const where = msg('io.where.sheet', { sheet: this.name })
    if (cols > MAX_COLS) throw overLimit(this.file, LIMITS.columns, cols, { where, atLeast: true })
    if (rows > MAX_ROWS) throw overLimit(this.file, LIMITS.rows, rows, { where, atLeast: true })
    // The area a sheet spans, checked before anything is allocated for it: two cells at A1 and
    // XFD1048576 span 17 billion cells, which no loop over rows × columns may ever visit.
    if (rows * cols > this.cellLimit.value)
      throw overLimit(this.file, this.cellLimit, rows * cols, { where: msg('io.where.sheetArea', { sheet: this.name, rows, columns: cols }) })
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
        releaseBuffer(c.num.buffer)
        c.num = num
      }
      const codes = new Uint32Array(next)
      codes.set(c.codes)
      releaseBuffer(c.codes.buffer)
      releaseBuffer(c.kind.buffer)
      c.codes = codes
      c.kind = kind
    }
    this.cap = next
  }

  finish(): SheetGrid {
    const rowCount = this.maxRow + 1
    const colCount = this.maxCol + 1
    const columns: ColumnCells[] = []
    // Columns without numbers share one all-NaN array, and empty columns one code array (the grid
    // is read-only once built).
    let noNumbers: Float64Array | null = null
    const nanColumn = (): Float64Array => (noNumbers ??= new Float64Array(rowCount).fill(NaN))
    let noCodes: Uint16Array | null = null
    const local = new Int32Array(this.sharedCount() + this.extra.length + 1)
    for (let i = 0; i < colCount; i++) {
      const c = this.cols[i]
      if (!c) {
        columns.push({ kind: new Uint8Array(rowCount), codes: (noCodes ??= new Uint16Array(rowCount)), strings: TextList.empty, num: nanColumn() })
        continue
      }
      // A view avoids a second copy of every column; copy only when most of the buffer is slack.
      const slack = this.cap > rowCount * 2
      const { codes, strings } = this.narrow(c.codes, rowCount, local)
      columns.push({
        kind: slack ? c.kind.slice(0, rowCount) : c.kind.subarray(0, rowCount),
        codes: codes instanceof Uint32Array && slack ? codes.slice(0, rowCount) : codes,
        strings,
        num: c.num === null ? nanColumn() : slack ? c.num.slice(0, rowCount) : c.num.subarray(0, rowCount)
      })
      if (codes.buffer !== c.codes.buffer || slack) releaseBuffer(c.codes.buffer)
      if (slack) {
        releaseBuffer(c.kind.buffer)
        if (c.num) releaseBuffer(c.num.buffer)
      }
      this.cols[i] = undefined
    }
    this.shared = []
    this.extra.length = 0
    this.singleUse = new Uint8Array(0)
    this.codeByText.clear()
    const warnings = [...this.warningCounts.values()].map(({ m, n }) => (n > 1 ? msg('survey.read.repeated', { message: m, count: n }) : m))
    const hiddenColumns = [...this.hiddenCols].filter((c) => c < colCount).sort((a, b) => a - b)
    const hiddenRows = this.hiddenRowList.filter((r) => r < rowCount)
    return {
      name: this.name,
      rowCount,
      colCount,
      columns,
      merges: this.merges,
      warnings,
      ...(hiddenColumns.length ? { hiddenColumns } : {}),
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(this.comments.length ? { comments: this.comments } : {})
    }
  }

  /**
   * Renumbers a column's codes to its own texts, in order of first appearance, stores them in 16
   * bits when they fit (nearly always: a column rarely holds 65,535 distinct texts), and copies the
   * texts into the column's own TextList (UTF-8, sized exactly). `local` maps table codes to column
   * codes and is all zero on entry and on return.
   */
  private narrow(codes: Uint32Array, rowCount: number, local: Int32Array): { codes: Uint16Array | Uint32Array; strings: TextList } {
    const shared = this.shared
    const table = shared instanceof Utf8TextTable ? shared : null
    const extra = this.extra
    const n = this.sharedCount()
    const used: number[] = []
    const deferred = this.deferred
    for (let r = 0; r < rowCount; r++) {
      let code = codes[r]
      if (code === 0) continue
      // Texts added during a deferred scan follow the shared strings from here on.
      if (deferred && code >= DEFERRED_BASE) code = code - DEFERRED_BASE + n
      let l = local[code]
      if (l === 0) {
        used.push(code)
        l = used.length
        local[code] = l
      }
      codes[r] = l
    }
    const texts = new TextListBuilder(used.length)
    const textOf = (code: number): string => (code <= n ? (shared as readonly string[])[code - 1] : extra[code - n - 1])
    for (const code of used) {
      if (table && code <= n) texts.sizeFrom(table, code - 1)
      else texts.sizeString(textOf(code))
    }
    texts.allocate()
    for (const code of used) {
      if (table && code <= n) texts.writeFrom(table, code - 1)
      else {
        const t = textOf(code)
        texts.writeString(t)
        // A long text stored by `set` is never looked up, so no other cell has its code: its string
        // can go now (most of a CSV's text), not when the whole grid is done.
        if (code > n && this.singleUse[code - n - 1] === 1) extra[code - n - 1] = ''
      }
      local[code] = 0
    }
    const strings = texts.finish()
    if (strings.length > 0x10000) return { codes: codes.subarray(0, rowCount), strings }
    const narrow = new Uint16Array(rowCount)
    narrow.set(codes.subarray(0, rowCount))
    return { codes: narrow, strings }
  }
}
