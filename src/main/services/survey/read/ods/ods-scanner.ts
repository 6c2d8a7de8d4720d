import { englishText, msg } from '../../../../../shared/messages'
import { ByteAccumulator } from '../byte-accumulator'
import { readTag } from '../element-scan'
import { isoToExcelSerial } from '../excel-date'
import { GridBuilder } from '../grid-builder'
import { forEachAttr, xmlText } from '../xml-bytes'

const LT = 0x3c
const TEXT = 1
const NUMBER = 2
const DATE = 3
const BOOLEAN = 4
const ERROR = 5
const MAX_ROWS = 1_048_576
const MAX_COLS = 16_384
const MAX_MERGES = 100_000

/** One table of content.xml as the scanner met it. */
export interface OdsTable {
  name: string
  hidden: boolean
  /** Cells were stored for this table (it is the one asked for, or a candidate for it). */
  grid: GridBuilder | null
  hasData: boolean
}

/**
 * Which tables to keep: one by name (exact, else ignoring case), the proposal rule (first visible
 * table with data, else a hidden one), or none (names only).
 */
export type OdsTarget = { name: string } | 'auto' | 'none'

interface PendingCell {
  type: string
  value: string | null
  date: string | null
  time: string | null
  bool: string | null
  str: string | null
  calcError: boolean
  colRepeat: number
  colSpan: number
  rowSpan: number
}

/** A cell of the current row, kept until the row's repeat count is known (it may repeat the row). */
interface RowCell {
  col: number
  repeat: number
  kind: number
  text: string | null
  num: number
}

const local = (buf: Buffer, s: number, e: number): string => buf.toString('latin1', s, e)

/**
 * Streaming scanner of an OpenDocument spreadsheet's content.xml: tables, rows and cells walked
 * tag by tag with the byte helpers of the .xlsx scanner (no DOM). Repeated empty rows and columns
 * (LibreOffice writes a million of them) cost nothing; repeated cells with data are stored as
 * often as they repeat, so the grid's cell limit bounds them.
 */
export class OdsScanner {
  readonly tables: OdsTable[] = []
  private readonly hiddenStyles = new Set<string>()
  private styleName: string | null = null
  private table: OdsTable | null = null
  private row = -1
  private col = 0
  private rowRepeat = 1
  private rowCells: RowCell[] = []
  private cell: PendingCell | null = null
  private text: string[] = []
  private para = -1
  private skipDepth = 0
  private found = false
  private readonly acc = new ByteAccumulator(32 * 1024 * 1024, 'content.xml')

  constructor(
    private readonly target: OdsTarget,
    private readonly maxCells: number
  ) {}

  push(chunk: Buffer): void {
    this.acc.push(chunk, (buf) => this.scan(buf))
  }

  finish(): void {
    if (this.table) this.endTable()
  }

  private wants(name: string, hidden: boolean): boolean {
    if (this.target === 'none') return false
    if (this.target !== 'auto') {
      const wanted = this.target.name
      return name === wanted || name.trim().toLowerCase() === wanted.trim().toLowerCase()
    }
    if (this.found) return false
    // Visible tables are candidates until one has data; the first hidden one is kept as a fallback.
    return !hidden || !this.tables.some((t) => t.hidden && t.grid)
  }

  private scan(buf: Buffer): number {
    const len = buf.length
    let p = 0
    for (;;) {
      const lt = buf.indexOf(LT, p)
      if (lt < 0) {
        // Text may continue in the next chunk: keep it unless nothing collects text.
        if (this.para >= 0 && this.skipDepth === 0) return p
        return len
      }
      if (lt > p && this.para >= 0 && this.skipDepth === 0) this.text[this.para] += xmlText(buf, p, lt)
      const tag = readTag(buf, lt, len)
      if (!tag) return lt
      p = tag.end + 1
      if (tag.kind === 'other') continue
      const name = local(buf, tag.localStart, tag.nameEnd)
      const prefix = local(buf, tag.nameStart, Math.max(tag.nameStart, tag.localStart - 1))
      if (tag.kind === 'close') this.close(prefix, name)
      else this.open(buf, tag.nameEnd, tag.end, prefix, name, tag.selfClosing)
    }
  }

  private attrs(buf: Buffer, from: number, end: number): Map<string, string> {
    const out = new Map<string, string>()
    forEachAttr(buf, from, end, (ls, ne, vs, ve) => {
      let s = ls
      // Qualified name: walk back over the prefix for calcext:value-type vs office:value-type.
      while (s > from && buf[s - 1] !== 0x20 && buf[s - 1] !== 0x0a && buf[s - 1] !== 0x09 && buf[s - 1] !== 0x0d) s--
      out.set(buf.toString('latin1', s, ne), xmlText(buf, vs, ve))
    })
    return out
  }

  private open(buf: Buffer, from: number, end: number, prefix: string, name: string, selfClosing: boolean): void {
    if (this.skipDepth > 0) {
      if (!selfClosing) this.skipDepth++
      return
    }
    if (prefix === 'table') {
      switch (name) {
        case 'table-cell':
        case 'covered-table-cell': {
          if (!this.table) return
          const a = this.attrs(buf, from, end)
          const cell: PendingCell = {
            type: name === 'covered-table-cell' ? '' : a.get('office:value-type') ?? '',
            value: a.get('office:value') ?? null,
            date: a.get('office:date-value') ?? null,
            time: a.get('office:time-value') ?? null,
            bool: a.get('office:boolean-value') ?? null,
            str: a.get('office:string-value') ?? null,
            calcError: a.get('calcext:value-type') === 'error',
            colRepeat: Math.max(1, parseInt(a.get('table:number-columns-repeated') ?? '1', 10) || 1),
            colSpan: parseInt(a.get('table:number-columns-spanned') ?? '1', 10) || 1,
            rowSpan: parseInt(a.get('table:number-rows-spanned') ?? '1', 10) || 1
          }
          this.text = []
          this.para = -1
          if (selfClosing) this.endCell(cell)
          else this.cell = cell
          return
        }
        case 'table-row': {
          const a = this.attrs(buf, from, end)
          this.row++
          this.col = 0
          this.rowRepeat = Math.max(1, parseInt(a.get('table:number-rows-repeated') ?? '1', 10) || 1)
          this.rowCells = []
          if (selfClosing) this.endRow()
          return
        }
        case 'table': {
          if (this.table) this.endTable()
          const a = this.attrs(buf, from, end)
          const style = a.get('table:style-name')
          const hidden = style !== undefined && this.hiddenStyles.has(style)
          const index = this.tables.length
          const t: OdsTable = { name: a.get('table:name') ?? `Sheet${index + 1}`, hidden, grid: null, hasData: false }
          if (this.wants(t.name, hidden)) t.grid = new GridBuilder(t.name, this.maxCells)
          this.tables.push(t)
          this.table = t
          this.row = -1
          if (selfClosing) this.endTable()
          return
        }
      }
      return
    }
    if (this.cell) {
      if (prefix === 'office' && name === 'annotation') {
        // Comments are not the cell's value.
        if (!selfClosing) this.skipDepth = 1
        return
      }
      if (prefix === 'text') {
        if (name === 'p' || name === 'h') {
          this.text.push('')
          this.para = this.text.length - 1
          if (selfClosing) this.para = -1
        } else if (this.para >= 0 && name === 's') {
          const c = parseInt(this.attrs(buf, from, end).get('text:c') ?? '1', 10) || 1
          this.text[this.para] += ' '.repeat(Math.min(c, 10_000))
        } else if (this.para >= 0 && name === 'tab') this.text[this.para] += '\t'
        else if (this.para >= 0 && name === 'line-break') this.text[this.para] += '\n'
      }
      return
    }
    if (prefix === 'style' && name === 'style') {
      const a = this.attrs(buf, from, end)
      this.styleName = a.get('style:family') === 'table' ? a.get('style:name') ?? null : null
      if (selfClosing) this.styleName = null
    } else if (prefix === 'style' && name === 'table-properties' && this.styleName) {
      if (this.attrs(buf, from, end).get('table:display') === 'false') this.hiddenStyles.add(this.styleName)
    }
  }

  private close(prefix: string, name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--
      return
    }
    if (prefix === 'table') {
      if ((name === 'table-cell' || name === 'covered-table-cell') && this.cell) {
        const c = this.cell
        this.cell = null
        this.endCell(c)
      } else if (name === 'table-row') this.endRow()
      else if (name === 'table' && this.table) this.endTable()
    } else if (prefix === 'text' && (name === 'p' || name === 'h')) this.para = -1
    else if (prefix === 'style' && name === 'style') this.styleName = null
  }

  private endCell(c: PendingCell): void {
    const col = this.col
    this.col += c.colRepeat
    const t = this.table
    if (!t?.grid) return
    if (c.colSpan > 1 || c.rowSpan > 1) {
      if (t.grid.merges.length < MAX_MERGES)
        t.grid.merges.push({ r0: this.row, c0: col, r1: this.row + Math.max(1, c.rowSpan) - 1, c1: col + Math.max(1, c.colSpan) - 1 })
    }
    const shown = this.text.length ? this.text.join('\n') : null
    let kind = 0
    let text: string | null = null
    let num = NaN
    switch (c.type) {
      case 'float':
      case 'percentage':
      case 'currency': {
        num = c.value !== null ? Number(c.value) : NaN
        if (Number.isFinite(num)) {
          kind = NUMBER
          text = c.value !== null && c.value !== String(num) ? c.value : null
        } else if (shown) {
          kind = TEXT
          text = shown
        }
        break
      }
      case 'date': {
        const serial = c.date ? isoToExcelSerial(c.date.replace(/Z$/, '')) : NaN
        if (Number.isFinite(serial)) {
          kind = DATE
          num = serial
        } else if (shown) {
          kind = TEXT
          text = shown
        }
        break
      }
      case 'time': {
        const m = c.time ? /^-?PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(c.time) : null
        const secs = m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : NaN
        if (Number.isFinite(secs) && secs < 86400) {
          kind = DATE
          num = secs / 86400
        } else if (Number.isFinite(secs)) {
          kind = NUMBER
          num = secs / 86400
        } else if (shown) {
          kind = TEXT
          text = shown
        }
        break
      }
      case 'boolean':
        kind = BOOLEAN
        num = c.bool === 'true' ? 1 : 0
        text = num ? 'TRUE' : 'FALSE'
        break
      default: {
        const s = c.str ?? shown
        if (s !== null && s !== '') {
          kind = c.calcError ? ERROR : TEXT
          text = s
        }
      }
    }
    if (kind === 0) return
    this.rowCells.push({ col, repeat: c.colRepeat, kind, text, num })
  }

  private endRow(): void {
    const t = this.table
    const cells = this.rowCells
    this.rowCells = []
    const first = this.row
    this.row += this.rowRepeat - 1
    if (!t?.grid || cells.length === 0) return
    const g = t.grid
    for (let r = first; r <= this.row; r++) {
      if (r >= MAX_ROWS) {
        g.warn(englishText(msg('formats.ods.outsideGrid')))
        break
      }
      for (const c of cells)
        for (let k = 0; k < c.repeat; k++) {
          const col = c.col + k
          if (col >= MAX_COLS) {
            g.warn(englishText(msg('formats.ods.outsideGrid')))
            break
          }
          g.set(r, col, c.kind, c.text, c.num)
        }
    }
    t.hasData = true
  }

  private endTable(): void {
    const t = this.table
    this.table = null
    if (!t) return
    if (this.target === 'auto' && t.hasData && !t.hidden) {
      this.found = true
      // Other candidates are no longer needed.
      for (const o of this.tables) if (o !== t) o.grid = null
    } else if (this.target === 'auto' && !t.hasData && t.grid) {
      // An empty table stays only as the first visible one (the proposal when no table has data).
      if (t.hidden || this.tables.some((o) => o !== t && o.grid && !o.hidden)) t.grid = null
    }
  }
}
