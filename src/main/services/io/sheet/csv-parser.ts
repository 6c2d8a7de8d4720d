import { ByteAccumulator } from '../byte-accumulator'
import { msg } from '../../../../shared/messages'
import { LIMITS, overLimit } from '../limits'

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d
const QUOTE_PAIR = /""/g
const INTERN_MAX_BYTES = 32
const INTERN_MAX_ENTRIES = 100_000
const MAX_COLUMNS = LIMITS.columns.value
const MAX_CELL_BYTES = LIMITS.cellBytes.value

/** Receives each non-empty field. Rows are numbered from 0 including blank lines. */
export type FieldSink = (row: number, col: number, text: string) => void

/**
 * RFC 4180 parser over UTF-8 bytes, tolerant the way spreadsheet users need: CRLF, LF and CR line ends
 * in any mix, newlines inside quoted fields kept as written, ragged rows, text after a closing quote
 * kept, an unterminated quote at the end of the file taken to the end (with a warning). Records are
 * consumed whole, so a record cut by a chunk boundary is re-read when the next chunk arrives.
 */
export class CsvParser {
  private row = 0
  private final = false
  private readonly acc: ByteAccumulator
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private readonly flags: number[] = []
  private readonly junk: number[] = []
  /** Byte-hash → field text; `bytes` holds the raw bytes one char each (latin1) for the check. */
  private readonly interned = new Map<number, { bytes: string; text: string }>()
  unterminatedQuote = false

  constructor(
    private readonly file: string,
    private readonly delim: number,
    private readonly sink: FieldSink,
    private skipFirstRecord = false
  ) {
    this.acc = new ByteAccumulator(file, msg('io.where.record'))
  }

  push(chunk: Buffer): void {
    this.acc.push(chunk, (buf) => this.scan(buf))
  }

  end(): void {
    this.final = true
    const rest = Buffer.from(this.acc.rest())
    if (rest.length) this.scan(rest)
  }

  get rowsSeen(): number {
    return this.row
  }

  private scan(buf: Buffer): number {
    let p = 0
    while (p < buf.length) {
      const next = this.record(buf, p)
      if (next < 0) return p
      p = next
    }
    return buf.length
  }

  /** Parses one record from `start`; returns the index after its line end, or -1 if it is incomplete. */
  private record(buf: Buffer, start: number): number {
    const len = buf.length
    const delim = this.delim
    const final = this.final
    let n = 0
    let i = start
    for (;;) {
      let s = i
      let e: number
      let flag = 0
      let junkEnd = -1
      if (i < len && buf[i] === QUOTE) {
        let j = i + 1
        for (;;) {
          const k = buf.indexOf(QUOTE, j)
          if (k < 0) {
            if (!final) return -1
            this.unterminatedQuote = true
            e = len
            i = len
            break
          }
          if (k + 1 >= len && !final) return -1
          if (buf[k + 1] === QUOTE) {
            flag = 1
            j = k + 2
            continue
          }
          e = k
          i = k + 1
          break
        }
        s += 1
        let x = i
        while (x < len && buf[x] !== delim && buf[x] !== LF && buf[x] !== CR) x++
        if (x >= len && !final) return -1
        if (x > i) junkEnd = x
        i = x
      } else {
        while (i < len && buf[i] !== delim && buf[i] !== LF && buf[i] !== CR) i++
        if (i >= len && !final) return -1
        e = i
      }
      this.starts[n] = s
      this.ends[n] = e
      this.flags[n] = flag
      this.junk[n] = junkEnd
      n++
      if (i >= len) break
      const b = buf[i]
      if (b === delim) {
        i++
        continue
      }
      if (b === CR) {
        if (i + 1 >= len && !final) return -1
        i += buf[i + 1] === LF ? 2 : 1
      } else i++
      break
    }
    this.emit(buf, n)
    return i
  }

  /**
   * Field text, interned by its bytes: answer categories repeat millions of times, so a short field is
   * looked up by an FNV hash of its bytes (checked byte by byte) before any string is built.
   */
  private textOf(buf: Buffer, s: number, e: number): string {
    const n = e - s
    if (n > INTERN_MAX_BYTES) return buf.toString('utf8', s, e)
    let h = 0x811c9dc5
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 0x01000193)
    const key = (h >>> 0) * 64 + n
    const hit = this.interned.get(key)
    if (hit !== undefined) {
      const k = hit.bytes
      let i = 0
      while (i < n && k.charCodeAt(i) === buf[s + i]) i++
      if (i === n) return hit.text
    }
    const text = buf.toString('utf8', s, e)
    if (hit === undefined && this.interned.size < INTERN_MAX_ENTRIES) this.interned.set(key, { bytes: buf.toString('latin1', s, e), text })
    return text
  }

  private emit(buf: Buffer, n: number): void {
    if (this.skipFirstRecord) {
      this.skipFirstRecord = false
      return
    }
    // Checked per record, before any field reaches the grid: a million-column line would otherwise
    // allocate a million columns.
    if (n > MAX_COLUMNS) throw overLimit(this.file, LIMITS.columns, n, { where: msg('io.where.row', { row: this.row + 1 }) })
    for (let c = 0; c < n; c++) {
      const s = this.starts[c]
      const e = this.ends[c]
      const j = this.junk[c]
      if (e <= s && j < 0) continue
      if ((j >= 0 ? j : e) - s > MAX_CELL_BYTES)
        throw overLimit(this.file, LIMITS.cellBytes, (j >= 0 ? j : e) - s, { where: msg('io.where.rowColumn', { row: this.row + 1, column: c + 1 }) })
      let text: string
      if (this.flags[c] === 0 && j < 0) text = this.textOf(buf, s, e)
      else {
        text = buf.toString('utf8', s, e)
        if (this.flags[c]) text = text.replace(QUOTE_PAIR, '"')
        if (j >= 0) text += buf.toString('utf8', e + 1, j)
      }
      if (text !== '') this.sink(this.row, c, text)
    }
    this.row++
  }
}
