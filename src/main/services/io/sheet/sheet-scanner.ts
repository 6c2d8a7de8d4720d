import { ByteAccumulator } from '../byte-accumulator'
import { msg } from '../../../../shared/messages'
import { LIMITS, overLimit } from '../limits'
import type { CellValues } from './cell-values'
import { closeLength, findClose, readTag, type Tag } from './element-scan'
import type { GridBuilder } from './grid-builder'
import { cellBody, dimensionOf, hiddenColsOf, mergeOf, rowNumberOf } from './sheet-tags'
import { nameIs } from './xml-bytes'

// Hot-path byte constants are module-local on purpose: imported bindings are property reads through
// getters under the CommonJS transform used by tests and benches, which costs seconds on big sheets.
const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const EQ = 0x3d
const QUOTE = 0x22
const APOS = 0x27
const SP = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09
/** Excel's grid: anything beyond is a damaged or hostile reference. */
const MAX_ROWS = LIMITS.rows.value
const MAX_COLS = LIMITS.columns.value
const MAX_CELL_BYTES = LIMITS.cellBytes.value

/** "XFD1048576" for zero-based (row, column). */
export function cellName(row: number, col: number): string {
  let letters = ''
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters
  return `${letters}${row + 1}`
}

const ROW = Buffer.from('row')
const SHEET_DATA = Buffer.from('sheetData')
const MERGE_CELL = Buffer.from('mergeCell')
const DIMENSION = Buffer.from('dimension')
const COL = Buffer.from('col')
const CLOSE_C = Buffer.from('</c>')
const MAX_MERGES = 100_000

/**
 * Incremental worksheet scanner: walks the XML bytes once, handing each `<c>` to CellValues and
 * collecting `<mergeCell>`s. Cells are consumed whole, so an element cut by a chunk boundary is
 * simply re-read once the next chunk arrives; no DOM, no per-row or per-cell objects.
 */
export class SheetScanner {
  private row = -1
  private col = -1
  private inData = false
  private readonly acc: ByteAccumulator
  dimension: string | undefined

  constructor(
    private readonly grid: GridBuilder,
    private readonly values: CellValues,
    private readonly file: string
  ) {
    this.acc = new ByteAccumulator(file, msg('io.where.element', { part: 'the sheet' }), 16 * 1024 * 1024)
  }

  push(chunk: Buffer): void {
    this.acc.push(chunk, (buf) => this.scan(buf))
  }

  finish(): void {
    if (this.acc.rest().includes(LT)) this.grid.warn(msg('survey.read.truncated'))
  }

  private scan(buf: Buffer): number {
    const len = buf.length
    let p = 0
    for (;;) {
      const lt = p < len && buf[p] === LT ? p : buf.indexOf(LT, p)
      if (lt < 0) return len
      if (lt + 2 >= len) return lt
      // Hot paths: an unprefixed <c …>, <row …> or </row>.
      if (this.inData) {
        const c1 = buf[lt + 1]
        const c2 = buf[lt + 2]
        if (c1 === 0x63 && (c2 === 0x20 || c2 === GT || c2 === SLASH)) {
          const next = this.cell(buf, lt + 2, null)
          if (next < 0) return lt
          p = next
          continue
        }
        if (c1 === 0x72 && c2 === 0x6f && lt + 4 < len && buf[lt + 3] === 0x77 && (SP(buf[lt + 4]) || buf[lt + 4] === GT || buf[lt + 4] === SLASH)) {
          const next = this.rowStart(buf, lt + 4)
          if (next < 0) return lt
          p = next
          continue
        }
        if (c1 === SLASH && c2 === 0x72 && lt + 5 < len && buf[lt + 3] === 0x6f && buf[lt + 4] === 0x77 && buf[lt + 5] === GT) {
          p = lt + 6
          continue
        }
      }
      const tag = readTag(buf, lt, len)
      if (!tag) return lt
      p = tag.end + 1
      const ls = tag.localStart
      const ne = tag.nameEnd
      if (tag.kind === 'open') {
        if (this.inData && ne - ls === 1 && buf[ls] === 0x63) {
          const next = this.cell(buf, ne, tag)
          if (next < 0) return lt
          p = next
        } else if (nameIs(buf, ls, ne, ROW)) {
          const r = rowNumberOf(buf, tag)
          this.row = r >= 1 ? r - 1 : this.row + 1
          this.col = -1
          if (hiddenAttr(buf, ls, tag.end)) this.grid.hideRow(this.row)
        } else if (nameIs(buf, ls, ne, SHEET_DATA)) this.inData = !tag.selfClosing
        else if (nameIs(buf, ls, ne, MERGE_CELL)) this.addMerge(buf, tag)
        else if (!this.inData && nameIs(buf, ls, ne, COL)) {
          const hidden = hiddenColsOf(buf, tag)
          if (hidden) this.grid.hideColumns(hidden.from, hidden.to)
        }
        else if (nameIs(buf, ls, ne, DIMENSION)) {
          const d = dimensionOf(buf, tag)
          if (d) {
            this.dimension = d.ref
            if (d.rows > 0) this.grid.setSizeHint(d.rows, d.cols)
          }
        }
      } else if (tag.kind === 'close' && nameIs(buf, ls, ne, SHEET_DATA)) this.inData = false
    }
  }

  /** An unprefixed `<row …>` whose attributes start at `i`: sets the current row. Returns the index after it, or -1. */
  private rowStart(buf: Buffer, i: number): number {
    const len = buf.length
    let r = -1
    let hidden = false
    while (i < len) {
      const b = buf[i]
      if (b === GT) break
      // hidden="1" (or "true"): a row filtered out or hidden by hand, imported all the same but noted.
      if (b === 0x68 && SP(buf[i - 1]) && i + 8 < len && buf[i + 6] === EQ && buf.toString('latin1', i, i + 6) === 'hidden') {
        const v = buf[i + 8]
        hidden = v === 0x31 || v === 0x74
      }
      if (b === QUOTE || b === APOS) {
        while (++i < len && buf[i] !== b);
        i++
        continue
      }
      // r="…": the only attribute named by a single 'r' after a space.
      if (b === 0x72 && SP(buf[i - 1]) && buf[i + 1] === EQ && (buf[i + 2] === QUOTE || buf[i + 2] === APOS)) {
        const q = buf[i + 2]
        let k = i + 3
        let n = 0
        let digits = 0
        for (; k < len && buf[k] !== q; k++) {
          const ch = buf[k]
          if (ch < 0x30 || ch > 0x39 || digits > 8) {
            n = -1
            break
          }
          n = n * 10 + (ch - 0x30)
          digits++
        }
        if (n >= 0 && digits > 0) r = n
        while (k < len && buf[k] !== q) k++
        i = k + 1
        continue
      }
      i++
    }
    if (i >= len) return -1
    this.row = r >= 1 ? r - 1 : this.row + 1
    this.col = -1
    if (hidden) this.grid.hideRow(this.row)
    return i + 1
  }

  /** Reads one cell whose attributes start at `i`. Returns the index after it, or -1 when incomplete. */
  private cell(buf: Buffer, i: number, prefixed: Tag | null): number {
    const len = buf.length
    let col = -1
    let row = -1
    let badRef = false
    let style = 0
    let typeS = -1
    let typeE = -1
    let openEnd = -1
    let selfClosing = false
    while (i < len) {
      const b = buf[i]
      if (SP(b)) {
        i++
        continue
      }
      if (b === GT) {
        openEnd = i
        break
      }
      if (b === SLASH) {
        if (i + 1 < len && buf[i + 1] === GT) {
          openEnd = i + 1
          selfClosing = true
          break
        }
        i++
        continue
      }
      const ns = i
      while (i < len && buf[i] !== EQ && buf[i] !== GT && !SP(buf[i])) i++
      const ne = i
      while (i < len && SP(buf[i])) i++
      if (i >= len) return -1
      if (buf[i] !== EQ) continue
      i++
      while (i < len && SP(buf[i])) i++
      if (i >= len) return -1
      const q = buf[i]
      if (q !== QUOTE && q !== APOS) continue
      const vs = i + 1
      let ve = vs
      while (ve < len && buf[ve] !== q) ve++
      if (ve >= len) return -1
      if (ne - ns === 1) {
        const a = buf[ns]
        if (a === 0x72 /* r */) {
          // "AB12" → column 27, row 11 (zero-based); "$" allowed; anything else is a bad reference.
          let k = vs
          let c = 0
          for (; k < ve; k++) {
            let ch = buf[k]
            if (ch === 0x24) continue
            if (ch >= 0x61 && ch <= 0x7a) ch -= 32
            if (ch < 0x41 || ch > 0x5a || c > MAX_COLS) break
            c = c * 26 + (ch - 0x40)
          }
          let r = 0
          let digits = 0
          for (; k < ve; k++) {
            const ch = buf[k]
            if (ch === 0x24 && digits === 0) continue
            if (ch < 0x30 || ch > 0x39 || digits > 8) {
              c = 0
              break
            }
            r = r * 10 + (ch - 0x30)
            digits++
          }
          if (c > 0) {
            col = c - 1
            row = digits > 0 ? r - 1 : -1
          } else badRef = true
        } else if (a === 0x73 /* s */) {
          let s = 0
          for (let k = vs; k < ve && k < vs + 9; k++) {
            const ch = buf[k]
            if (ch < 0x30 || ch > 0x39) break
            s = s * 10 + (ch - 0x30)
          }
          style = s
        } else if (a === 0x74 /* t */) {
          typeS = vs
          typeE = ve
        }
      }
      i = ve + 1
    }
    if (openEnd < 0) return -1

    // Position: from the reference, else the next column of the current row. Committed only once the
    // whole cell is in the buffer, since an incomplete one is read again with the next chunk.
    let atCol = this.col + 1
    let atRow = this.row < 0 ? 0 : this.row
    if (col >= 0) {
      atCol = col
      if (row >= 0) atRow = row
    } else if (badRef) this.grid.warn(msg('survey.read.badRefs'))
    if (selfClosing) {
      this.col = atCol
      this.row = atRow
      return openEnd + 1
    }

    let vs = -1
    let ve = -1
    let end = -1
    let inline: string | null = null
    const o = openEnd + 1
    if (!prefixed && buf[o] === LT && buf[o + 1] === 0x76 && buf[o + 2] === GT) {
      // <v>…</v></c>: the common shape, read without searching.
      vs = o + 3
      ve = vs
      while (ve < len && buf[ve] !== LT) ve++
      if (ve + 7 < len && buf[ve + 1] === SLASH && buf[ve + 2] === 0x76 && buf[ve + 3] === GT && buf[ve + 4] === LT && buf[ve + 5] === SLASH && buf[ve + 6] === 0x63 && buf[ve + 7] === GT)
        end = ve + 8
      else vs = -1
    }
    if (end < 0) {
      const close = prefixed ? findClose(buf, prefixed, o, len) : buf.indexOf(CLOSE_C, o)
      if (close < 0) return -1
      end = close + (prefixed ? closeLength(prefixed) : 4)
      if (vs < 0) {
        const body = cellBody(buf, o, close)
        vs = body.vs
        ve = body.ve
        inline = body.inline
      }
    }
    this.col = atCol
    this.row = atRow
    if (ve <= vs && inline === null) return end
    if (atRow >= MAX_ROWS || atCol >= MAX_COLS) {
      this.grid.warn(msg('survey.read.outsideGrid'))
      return end
    }
    if (ve - vs > MAX_CELL_BYTES || (inline !== null && inline.length > MAX_CELL_BYTES))
      throw overLimit(this.file, LIMITS.cellBytes, Math.max(ve - vs, inline?.length ?? 0), { where: msg('io.where.cell', { cell: cellName(atRow, atCol) }) })
    this.values.store(atRow, atCol, buf, typeS, typeE, style, vs, ve, inline)
    return end
  }

  private addMerge(buf: Buffer, tag: Tag): void {
    const m = mergeOf(buf, tag)
    if (!m) return
    if (this.grid.merges.length >= MAX_MERGES) this.grid.warn(msg('survey.read.tooManyMerges', { limit: MAX_MERGES }))
    else this.grid.merges.push(m)
  }
}

/** A prefixed or unusual `<row>`: does it carry hidden="1"? */
function hiddenAttr(buf: Buffer, from: number, to: number): boolean {
  const at = buf.indexOf('hidden=', from, 'latin1')
  if (at < 0 || at >= to) return false
  const v = buf[at + 8]
  return v === 0x31 || v === 0x74
}
