import { msg } from '../../../../../shared/messages'
import { ByteAccumulator } from '../../byte-accumulator'
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

const QUOTE = 0x22
const APOS = 0x27
const AMP = 0x26

/** Qualified names the scanner acts on; every producer writes the standard prefixes. */
const NAMES = [
  'table:table-cell',
  'table:covered-table-cell',
  'table:table-row',
  'table:table',
  'text:p',
  'text:h',
  'text:s',
  'text:tab',
  'text:line-break',
  'office:annotation',
  'style:style',
  'style:table-properties'
] as const
type TagName = (typeof NAMES)[number]
const NAME_BYTES = NAMES.map((n) => Buffer.from(n, 'latin1'))

function tagName(buf: Buffer, s: number, e: number): TagName | null {
  const len = e - s
  for (let k = 0; k < NAME_BYTES.length; k++) {
    const n = NAME_BYTES[k]
    if (n.length !== len || n[len - 1] !== buf[e - 1] || n[0] !== buf[s]) continue
    let i = 1
    while (i < len && n[i] === buf[s + i]) i++
    if (i === len) return NAMES[k]
  }
  return null
}

/** A tag's attributes as qualified name bounds → raw value bounds, nothing decoded. */
function attrBounds(buf: Buffer, from: number, end: number, visit: (ns: number, ne: number, vs: number, ve: number) => void): void {
  forEachAttr(buf, from, end, (_ls, ne, vs, ve, qs) => visit(qs, ne, vs, ve))
}

/** Element text: UTF-8, through the entity decoder only when it has an '&' or a CR. */
function plainText(buf: Buffer, s: number, e: number): string {
  for (let i = s; i < e; i++) if (buf[i] === AMP || buf[i] === 0x0d) return xmlText(buf, s, e)
  return buf.toString('utf8', s, e)
}

function is(buf: Buffer, s: number, e: number, name: string): boolean {
  if (e - s !== name.length) return false
  for (let i = 0; i < name.length; i++) if (buf[s + i] !== name.charCodeAt(i)) return false
  return true
}

const GT = 0x3e
const SLASH = 0x2f

/**
 * The tag at `lt` (a '<'): kind 0 open, 1 close, 2 other (comment, declaration); null when the
 * buffer ends inside it. Local rather than element-scan's readTag: imported bindings cost a getter
 * call per byte under the CommonJS transform the tests and the bench run in.
 */
function tagAt(buf: Buffer, lt: number, len: number, out: { kind: number; ns: number; ne: number; end: number; self: boolean }): boolean {
  if (lt + 1 >= len) return false
  const c1 = buf[lt + 1]
  if (c1 === 0x21 || c1 === 0x3f) {
    const closer = buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d ? '-->' : c1 === 0x3f ? '?>' : buf[lt + 2] === 0x5b ? ']]>' : '>'
    const e = buf.indexOf(closer, lt + 2)
    if (e < 0 || e + closer.length > len) return false
    out.kind = 2
    out.end = e + closer.length - 1
    return true
  }
  const closing = c1 === SLASH
  const ns = closing ? lt + 2 : lt + 1
  let i = ns
  while (i < len) {
    const b = buf[i]
    if (b === 0x20 || b === GT || b === SLASH || b === 0x0a || b === 0x0d || b === 0x09) break
    i++
  }
  if (i >= len) return false
  let end = i
  while (end < len) {
    const b = buf[end]
    if (b === GT) break
    if (b === QUOTE || b === APOS) {
      const close = buf.indexOf(b, end + 1)
      if (close < 0) return false
      end = close + 1
    } else end++
  }
  if (end >= len) return false
  out.kind = closing ? 1 : 0
  out.ns = ns
  out.ne = i
  out.end = end
  out.self = !closing && buf[end - 1] === SLASH
  return true
}

const int = (buf: Buffer, vs: number, ve: number): number => {
  let n = 0
  for (let k = vs; k < ve && k < vs + 9; k++) {
    const c = buf[k]
    if (c < 0x30 || c > 0x39) return n
    n = n * 10 + (c - 0x30)
  }
  return n
}

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
  private readonly tag = { kind: 0, ns: 0, ne: 0, end: 0, self: false }
  private readonly acc: ByteAccumulator

  constructor(
    private readonly target: OdsTarget,
    private readonly maxCells: number,
    private readonly file: string
  ) {
    this.acc = new ByteAccumulator(file, msg('io.where.element', { part: 'content.xml' }), 32 * 1024 * 1024)
  }

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
      if (lt > p && this.para >= 0 && this.skipDepth === 0) this.text[this.para] += plainText(buf, p, lt)
      const tag = this.tag
      if (!tagAt(buf, lt, len, tag)) return lt
      p = tag.end + 1
      if (tag.kind === 2) continue
      const name = tagName(buf, tag.ns, tag.ne)
      if (tag.kind === 1) this.close(name)
      else this.open(buf, tag.ne, tag.end, name, tag.self)
    }
  }

  private attrs(buf: Buffer, from: number, end: number): Map<string, string> {
    const out = new Map<string, string>()
    attrBounds(buf, from, end, (ns, ne, vs, ve) => out.set(buf.toString("latin1", ns, ne), xmlText(buf, vs, ve)))
    return out
  }

  /** A cell's attributes, read without building anything for the ones it does not use. */
  private cellAttrs(buf: Buffer, from: number, end: number, covered: boolean): PendingCell {
    const c: PendingCell = { type: '', value: null, date: null, time: null, bool: null, str: null, calcError: false, colRepeat: 1, colSpan: 1, rowSpan: 1 }
    attrBounds(buf, from, end, (ns, ne, vs, ve) => {
      const n = ne - ns
      if (buf[ns] === 0x6f /* o */) {
        if (is(buf, ns, ne, 'office:value-type')) c.type = covered ? '' : buf.toString("latin1", vs, ve)
        else if (is(buf, ns, ne, 'office:value')) c.value = buf.toString("latin1", vs, ve)
        else if (is(buf, ns, ne, 'office:date-value')) c.date = buf.toString("latin1", vs, ve)
        else if (is(buf, ns, ne, 'office:time-value')) c.time = buf.toString("latin1", vs, ve)
        else if (is(buf, ns, ne, 'office:boolean-value')) c.bool = buf.toString("latin1", vs, ve)
        else if (is(buf, ns, ne, 'office:string-value')) c.str = xmlText(buf, vs, ve)
      } else if (buf[ns] === 0x74 /* t */ && n > 20) {
        if (is(buf, ns, ne, 'table:number-columns-repeated')) c.colRepeat = Math.max(1, int(buf, vs, ve))
        else if (is(buf, ns, ne, 'table:number-columns-spanned')) c.colSpan = Math.max(1, int(buf, vs, ve))
        else if (is(buf, ns, ne, 'table:number-rows-spanned')) c.rowSpan = Math.max(1, int(buf, vs, ve))
      } else if (buf[ns] === 0x63 /* c */ && is(buf, ns, ne, 'calcext:value-type')) c.calcError = buf.toString("latin1", vs, ve) === 'error'
    })
    return c
  }

  private open(buf: Buffer, from: number, end: number, name: TagName | null, selfClosing: boolean): void {
    if (this.skipDepth > 0) {
      if (!selfClosing) this.skipDepth++
      return
    }
    switch (name) {
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        if (!this.table) return
        const cell = this.cellAttrs(buf, from, end, name === 'table:covered-table-cell')
        this.text = []
        this.para = -1
        if (selfClosing) this.endCell(cell)
        else this.cell = cell
        return
      }
      case 'table:table-row': {
        let repeat = 1
        attrBounds(buf, from, end, (ns, ne, vs, ve) => {
          if (is(buf, ns, ne, 'table:number-rows-repeated')) repeat = Math.max(1, int(buf, vs, ve))
        })
        this.row++
        this.col = 0
        this.rowRepeat = repeat
        this.rowCells = []
        if (selfClosing) this.endRow()
        return
      }
      case 'table:table': {
        if (this.table) this.endTable()
        const a = this.attrs(buf, from, end)
        const style = a.get('table:style-name')
        const hidden = style !== undefined && this.hiddenStyles.has(style)
        const index = this.tables.length
        const t: OdsTable = { name: a.get('table:name') ?? `Sheet${index + 1}`, hidden, grid: null, hasData: false }
        if (this.wants(t.name, hidden)) t.grid = new GridBuilder(t.name, this.file, this.maxCells)
        this.tables.push(t)
        this.table = t
        this.row = -1
        if (selfClosing) this.endTable()
        return
      }
      case 'office:annotation':
        // Comments are not the cell's value.
        if (this.cell && !selfClosing) this.skipDepth = 1
        return
      case 'text:p':
      case 'text:h':
        if (!this.cell) return
        this.text.push('')
        this.para = selfClosing ? -1 : this.text.length - 1
        return
      case 'text:s':
        if (this.cell && this.para >= 0) {
          const c = parseInt(this.attrs(buf, from, end).get('text:c') ?? '1', 10) || 1
          this.text[this.para] += ' '.repeat(Math.min(c, 10_000))
        }
        return
      case 'text:tab':
        if (this.cell && this.para >= 0) this.text[this.para] += '\t'
        return
      case 'text:line-break':
        if (this.cell && this.para >= 0) this.text[this.para] += '\n'
        return
      case 'style:style': {
        const a = this.attrs(buf, from, end)
        this.styleName = !selfClosing && a.get('style:family') === 'table' ? a.get('style:name') ?? null : null
        return
      }
      case 'style:table-properties':
        if (this.styleName && this.attrs(buf, from, end).get('table:display') === 'false') this.hiddenStyles.add(this.styleName)
        return
    }
  }

  private close(name: TagName | null): void {
    if (this.skipDepth > 0) {
      this.skipDepth--
      return
    }
    switch (name) {
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (this.cell) {
          const c = this.cell
          this.cell = null
          this.endCell(c)
        }
        return
      case 'table:table-row':
        this.endRow()
        return
      case 'table:table':
        if (this.table) this.endTable()
        return
      case 'text:p':
      case 'text:h':
        this.para = -1
        return
      case 'style:style':
        this.styleName = null
    }
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
        g.warn(msg('formats.ods.outsideGrid'))
        break
      }
      for (const c of cells)
        for (let k = 0; k < c.repeat; k++) {
          const col = c.col + k
          if (col >= MAX_COLS) {
            g.warn(msg('formats.ods.outsideGrid'))
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
