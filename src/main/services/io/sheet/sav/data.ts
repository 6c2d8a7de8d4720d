import { inflateSync } from 'node:zlib'
import { basename } from 'node:path'
import { EsitiError } from '../../../../../shared/errors'
import { msg } from '../../../../../shared/messages'
import { throwIfCancelled } from '../../cancel'
import type { GridBuilder } from '../grid-builder'
import { ByteReader, truncated } from './byte-reader'
import type { SavDictionary } from './dictionary'
import { decoderFor, spssSecondsToSerial, SYSMIS } from './format'

// CellKind values, module-local for the hot loop.
const TEXT = 1
const NUMBER = 2
const DATE = 3

/** Inflated bytes the ZLIB blocks of one file may produce in all (bomb guard; also bounded by the cell limit). */
const MAX_INFLATED = 1536 * 1024 * 1024
const YIELD_EVERY = 20_000

export interface DataOptions {
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
  /** Row of the grid that receives the first case (the header row comes before). */
  firstRow: number
}

/**
 * The data record of a system file, bytecode-decompressed when needed, as a flat run of 8-byte
 * elements: uncompressed files are used in place; ZLIB blocks are inflated (each within the budget
 * the trailer declares, all within MAX_INFLATED) and then bytecode-decoded like compression 1.
 */
function dataBytes(buf: Buffer, dict: SavDictionary, file: string): Buffer {
  if (dict.compression !== 2) return buf.subarray(dict.dataOffset)
  const r = new ByteReader(buf, dict.littleEndian, basename(file))
  r.pos = dict.dataOffset
  r.i64('the ZLIB header')
  const trailerOfs = r.i64('the ZLIB header')
  r.i64('the ZLIB header')
  if (trailerOfs < r.pos || trailerOfs > buf.length) throw truncated(basename(file), 'the ZLIB trailer')
  const t = new ByteReader(buf, dict.littleEndian, basename(file))
  t.pos = trailerOfs
  t.i64('the ZLIB trailer')
  t.i64('the ZLIB trailer')
  t.i32('the ZLIB trailer')
  const n = t.i32('the ZLIB trailer')
  if (n < 0 || n * 24 > t.remaining) throw truncated(basename(file), 'the ZLIB trailer')
  const parts: Buffer[] = []
  let total = 0
  for (let i = 0; i < n; i++) {
    t.i64('the ZLIB trailer')
    const cofs = t.i64('the ZLIB trailer')
    const usize = t.i32('the ZLIB trailer')
    const csize = t.i32('the ZLIB trailer')
    if (cofs < 0 || csize < 0 || cofs + csize > buf.length || usize < 0) throw truncated(basename(file), 'a ZLIB block')
    total += usize
    if (total > MAX_INFLATED) throw new EsitiError('TOO_LARGE', 'formats.sav.inflatedTooLarge', { file: basename(file), limit: MAX_INFLATED })
    try {
      parts.push(inflateSync(buf.subarray(cofs, cofs + csize), { maxOutputLength: Math.max(1, usize) }))
    } catch {
      throw new EsitiError('CORRUPT_FILE', 'formats.sav.badZlib', { file: basename(file) })
    }
  }
  return Buffer.concat(parts)
}

/**
 * Turns bytecode-compressed data into plain 8-byte elements, one case at a time. Codes 1–251 are
 * the number code − bias, 253 takes the next raw element after the command block, 254 is eight
 * spaces, 255 system-missing, 252 the end, 0 padding (see "Data Record" in the PSPP guide).
 */
class Bytecode {
  private cmd = 0
  private cmdEnd = 0
  private next: number
  ended = false
  /** The data stopped inside a case. */
  partial = false

  constructor(
    private readonly src: Buffer,
    private readonly bias: number,
    private readonly le: boolean
  ) {
    this.next = 0
  }

  get consumed(): number {
    return this.next
  }

  /** Fills `out` (caseElements × 8 bytes) with one case; false at the end of the data (or a partial case). */
  readCase(out: Buffer, isString: Uint8Array): boolean {
    const n = isString.length
    const src = this.src
    for (let e = 0; e < n; e++) {
      let code = 0
      for (;;) {
        if (this.cmd >= this.cmdEnd) {
          if (this.next + 8 > src.length) {
            this.ended = true
            this.partial = e > 0
            return false
          }
          this.cmd = this.next
          this.cmdEnd = this.next + 8
          this.next += 8
        }
        code = src[this.cmd++]
        if (code !== 0) break
      }
      const o = e * 8
      if (code === 252) {
        this.ended = true
        this.partial = e > 0
        return false
      }
      if (code === 253) {
        if (this.next + 8 > src.length) {
          this.ended = true
          this.partial = true
          return false
        }
        src.copy(out, o, this.next, this.next + 8)
        this.next += 8
      } else if (code === 254) out.fill(0x20, o, o + 8)
      else if (code === 255) {
        if (isString[e]) out.fill(0x20, o, o + 8)
        else if (this.le) out.writeDoubleLE(SYSMIS, o)
        else out.writeDoubleBE(SYSMIS, o)
      } else if (isString[e]) out.fill(code - this.bias === 0 ? 0 : 0x20, o, o + 8)
      else if (this.le) out.writeDoubleLE(code - this.bias, o)
      else out.writeDoubleBE(code - this.bias, o)
    }
    return true
  }
}

/**
 * Reads every case into the grid, one column per variable: numbers as numbers (system-missing as
 * empty), date formats as dates, strings as text with their padding removed. Returns the number of
 * cases read and notes what was lenient.
 */
export async function readCases(buf: Buffer, dict: SavDictionary, grid: GridBuilder, file: string, opts: DataOptions): Promise<number> {
  const data = dataBytes(buf, dict, file)
  const elements = dict.caseElements
  if (elements === 0) return 0
  const isString = new Uint8Array(elements)
  for (const v of dict.variables) if (v.width > 0) for (const s of v.segments) isString.fill(1, s.element, s.element + Math.max(1, Math.ceil(s.width / 8)))
  const caseBytes = elements * 8
  const le = dict.littleEndian
  const decoder = dict.encoding === 'utf-8' ? null : decoderFor(dict.encoding)
  const scratch = Buffer.alloc(Math.max(8, ...dict.variables.map((v) => v.segments.length * 256)))
  const vars = dict.variables.map((v, col) => ({
    col,
    numeric: v.width === 0,
    date: v.kind === 'date' || v.kind === 'datetime',
    element: v.segments[0].element,
    segments: v.segments,
    width: v.width
  }))
  const bytecode = dict.compression === 0 ? null : new Bytecode(data, dict.bias, le)
  const plain = Buffer.alloc(caseBytes)
  const expected = dict.cases >= 0 ? dict.cases : Math.floor(data.length / caseBytes)
  if (dict.cases >= 0) grid.setSizeHint(opts.firstRow + dict.cases, vars.length)
  let row = opts.firstRow
  let cases = 0
  let decoded: Map<string, string> | null = new Map<string, string>()
  for (;;) {
    let c: Buffer
    if (bytecode) {
      if (!bytecode.readCase(plain, isString)) break
      c = plain
    } else {
      const at = cases * caseBytes
      if (at + caseBytes > data.length) {
        if (at < data.length) grid.warn(msg('formats.sav.partialCase'))
        break
      }
      c = data.subarray(at, at + caseBytes)
    }
    for (const v of vars) {
      if (v.numeric) {
        const x = le ? c.readDoubleLE(v.element * 8) : c.readDoubleBE(v.element * 8)
        if (x === SYSMIS || Number.isNaN(x)) continue
        if (v.date) grid.setCode(row, v.col, DATE, 0, spssSecondsToSerial(x))
        else grid.setCode(row, v.col, NUMBER, 0, x)
        continue
      }
      // Segments of a very long string hold 255 bytes of it each (the 256th is padding).
      let len = 0
      if (v.segments.length === 1) {
        const s = v.element * 8
        len = Math.min(v.width, Math.ceil(v.width / 8) * 8)
        c.copy(scratch, 0, s, s + len)
      } else {
        for (const seg of v.segments) {
          const take = Math.min(255, seg.width)
          c.copy(scratch, len, seg.element * 8, seg.element * 8 + take)
          len += take
        }
        len = Math.min(len, v.width)
      }
      while (len > 0 && (scratch[len - 1] === 0x20 || scratch[len - 1] === 0)) len--
      if (len === 0) continue
      let text: string
      if (!decoder) text = scratch.toString('utf8', 0, len)
      else if (len <= 32 && decoded) {
        const key = scratch.toString('latin1', 0, len)
        const hit = decoded.get(key)
        if (hit === undefined) {
          text = decoder.decode(scratch.subarray(0, len))
          decoded.set(key, text)
          if (decoded.size > 100_000) decoded = null
        } else text = hit
      } else text = decoder.decode(scratch.subarray(0, len))
      grid.set(row, v.col, TEXT, text, NaN)
    }
    row++
    cases++
    if (cases % YIELD_EVERY === 0) {
      opts.onProgress?.(bytecode ? bytecode.consumed : cases * caseBytes, data.length)
      // Lets a cancel (and progress) reach this loop: reading is otherwise one synchronous run.
      await new Promise<void>((resolve) => setImmediate(resolve))
      throwIfCancelled(opts.signal)
    }
  }
  if (bytecode?.partial) grid.warn(msg('formats.sav.partialCase'))
  if (dict.cases >= 0 && cases !== expected) grid.warn(msg('formats.sav.caseCount', { declared: dict.cases, found: cases }))
  opts.onProgress?.(data.length, data.length)
  return cases
}
