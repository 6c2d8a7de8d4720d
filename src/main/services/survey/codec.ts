import { EsitiError } from '../../../shared/errors'
import { cellDisplay } from './base-values'
import type { CleanValue } from './frame'
import { CELL_BOOLEAN, CELL_NUMBER, CELL_TEXT, type RawColumn } from './model'
import { uuidTexts } from './row-ids'

// Module-local copies: hot loops read these per cell (an imported binding is a property read).
const BOOLEAN = CELL_BOOLEAN
const NUMBER = CELL_NUMBER
const TEXT = CELL_TEXT

/**
 * Column blobs in column_data. Questionnaire columns repeat a few answers many times, so texts are
 * dictionary-encoded (JSON dictionary + 1/2/4-byte indices); numbers are raw float64. 100k × 60 cells
 * encode and decode in a few hundred milliseconds and take a few MB.
 */
export const RAW_ENCODING = 'raw1'
export const CLEAN_ENCODING = 'clean1'
export const ROWID_ENCODING = 'rowid1'
export const STATE_ENCODING = 'state1'

const RAW_MAGIC = 0x31525345 // "ESR1"
const CLEAN_MAGIC = 0x31435345 // "ESC1"
const ROWID_MAGIC = 0x31495345 // "ESI1"
const MULTI_SEP = '\u001f'

class Out {
  private parts: Buffer[] = []
  u8(v: number): void {
    const b = Buffer.allocUnsafe(1)
    b[0] = v
    this.parts.push(b)
  }
  u32(v: number): void {
    const b = Buffer.allocUnsafe(4)
    b.writeUInt32LE(v >>> 0, 0)
    this.parts.push(b)
  }
  bytes(b: Uint8Array): void {
    this.u32(b.byteLength)
    this.parts.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
  }
  done(): Buffer {
    return Buffer.concat(this.parts)
  }
}

class In {
  private pos = 0
  constructor(private readonly buf: Buffer) {}
  u8(): number {
    this.need(1)
    return this.buf[this.pos++]
  }
  u32(): number {
    this.need(4)
    const v = this.buf.readUInt32LE(this.pos)
    this.pos += 4
    return v
  }
  bytes(): Buffer {
    const len = this.u32()
    this.need(len)
    const b = this.buf.subarray(this.pos, this.pos + len)
    this.pos += len
    return b
  }
  private need(n: number): void {
    if (this.pos + n > this.buf.length) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  }
}

/** Index scratch shared by every encode (columns are encoded one at a time, synchronously). */
let idxScratch = new Uint32Array(0)

/** Strings → dictionary (JSON) + indices; index 0 is null. Reads the first n values. */
function writeDict(out: Out, values: ArrayLike<string | null>, n = values.length): void {
  const dict = new Map<string, number>()
  const list: string[] = []
  if (idxScratch.length < n) idxScratch = new Uint32Array(n)
  const idx = idxScratch.subarray(0, n)
  for (let i = 0; i < n; i++) {
    const v = values[i]
    if (v === null) {
      idx[i] = 0
      continue
    }
    let d = dict.get(v)
    if (d === undefined) {
      list.push(v)
      d = list.length
      dict.set(v, d)
    }
    idx[i] = d
  }
  out.bytes(Buffer.from(JSON.stringify(list), 'utf8'))
  const width = list.length < 256 ? 1 : list.length < 65536 ? 2 : 4
  out.u8(width)
  const packed = width === 1 ? Uint8Array.from(idx) : width === 2 ? Uint16Array.from(idx) : idx.slice()
  out.bytes(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength))
}

function readDict(input: In, n: number): (string | null)[] {
  const list = JSON.parse(input.bytes().toString('utf8')) as string[]
  const width = input.u8()
  const raw = input.bytes()
  const copy = new Uint8Array(raw) // aligned copy
  const idx = width === 1 ? copy : width === 2 ? new Uint16Array(copy.buffer) : new Uint32Array(copy.buffer)
  if (idx.length !== n) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  // Sized up front: grown by push, a 100k-row column leaves a trail of discarded backing stores.
  const out = new Array<string | null>(n)
  for (let i = 0; i < n; i++) {
    const d = idx[i]
    out[i] = d === 0 ? null : list[d - 1]
  }
  return out
}

function f64bytes(a: Float64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
}

function readF64(input: In): Float64Array {
  const b = input.bytes()
  return new Float64Array(new Uint8Array(b).buffer)
}

/** Texts scratch shared by every encodeRaw (see idxScratch). */
const textScratch: (string | null)[] = []

/**
 * Raw cells of a variable's source columns: kinds, numbers and texts as the file had them. With
 * `range`, only rows [from, from + count) of the columns (whole sheet columns need no copy).
 */
export function encodeRaw(columns: RawColumn[], range?: { from: number; count: number }): Buffer {
  const out = new Out()
  const from = range?.from ?? 0
  const n = range?.count ?? columns[0]?.kind.length ?? 0
  out.u32(RAW_MAGIC)
  out.u32(n)
  out.u32(columns.length)
  const texts = textScratch
  for (const c of columns) {
    const kinds = range ? c.kind.subarray(from, from + n) : c.kind
    out.bytes(kinds)
    let m = 0
    for (let i = 0; i < n; i++) if (kinds[i] >= NUMBER && kinds[i] <= BOOLEAN) m++
    const nums = new Float64Array(m)
    // A number cell's value follows from its text, so the comparison below is cached per text.
    const keepNumberText = new Map<string, boolean>()
    for (let i = 0, j = 0; i < n; i++) {
      const k = kinds[i]
      const t = c.text[from + i]
      if (k >= NUMBER && k <= BOOLEAN) {
        nums[j++] = c.num[from + i]
        // Only texts that differ from what the number itself would show are worth storing.
        if (t === null) texts[i] = null
        else if (k !== NUMBER) texts[i] = t !== cellDisplay(k, null, c.num[from + i]) ? t : null
        else {
          let keep = keepNumberText.get(t)
          if (keep === undefined) {
            keep = t !== cellDisplay(k, null, c.num[from + i])
            if (keepNumberText.size < 50_000) keepNumberText.set(t, keep)
          }
          texts[i] = keep ? t : null
        }
      } else texts[i] = t
    }
    out.bytes(f64bytes(nums))
    writeDict(out, texts, n)
  }
  texts.fill(null)
  return out.done()
}

/**
 * `numberTexts: false` leaves a number cell's text null when it is just the number's own display
 * (cellDisplay gives it back): converting a frame never needs those millions of strings.
 */
export function decodeRaw(buf: Buffer, opts: { numberTexts?: boolean } = {}): RawColumn[] {
  const numberTexts = opts.numberTexts !== false
  const input = new In(buf)
  if (input.u32() !== RAW_MAGIC) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  const n = input.u32()
  const k = input.u32()
  const cols: RawColumn[] = []
  for (let c = 0; c < k; c++) {
    const kind = new Uint8Array(input.bytes())
    const nums = readF64(input)
    const text = readDict(input, n)
    const num = new Float64Array(n).fill(NaN)
    for (let i = 0, j = 0; i < n; i++) {
      const kk = kind[i]
      if (kk >= NUMBER && kk <= BOOLEAN) {
        num[i] = nums[j++]
        if (text[i] === null && (numberTexts || kk !== NUMBER)) text[i] = cellDisplay(kk, null, num[i])
      } else if (kk !== TEXT && kk !== 5) text[i] = null
    }
    cols.push({ kind, text, num })
  }
  return cols
}

/** Clean values of one variable. Picks the tightest encoding the values allow. */
export function encodeClean(values: readonly CleanValue[]): Buffer {
  const out = new Out()
  const n = values.length
  out.u32(CLEAN_MAGIC)
  out.u32(n)
  let strings = true
  let numbers = true
  let lists = true
  for (let i = 0; i < n; i++) {
    const v = values[i]
    if (v === null) continue
    if (typeof v !== 'string') strings = false
    if (typeof v !== 'number') numbers = false
    if (!Array.isArray(v)) lists = false
    if (!strings && !numbers && !lists) break
  }
  if (strings) {
    out.u8(0)
    writeDict(out, values as (string | null)[])
  } else if (numbers) {
    out.u8(1)
    const a = new Float64Array(n)
    for (let i = 0; i < n; i++) a[i] = values[i] === null ? NaN : (values[i] as number)
    out.bytes(f64bytes(a))
  } else if (lists) {
    out.u8(2)
    writeDict(
      out,
      values.map((v) => (v === null ? null : (v as string[]).join(MULTI_SEP)))
    )
  } else {
    out.u8(3)
    out.bytes(Buffer.from(JSON.stringify(values), 'utf8'))
  }
  return out.done()
}

export function decodeClean(buf: Buffer): CleanValue[] {
  const input = new In(buf)
  if (input.u32() !== CLEAN_MAGIC) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  const n = input.u32()
  const tag = input.u8()
  if (tag === 0) return readDict(input, n)
  if (tag === 1) {
    const a = readF64(input)
    const out: CleanValue[] = []
    for (let i = 0; i < n; i++) out.push(Number.isNaN(a[i]) ? null : a[i])
    return out
  }
  if (tag === 2) {
    const keys = readDict(input, n)
    const cache = new Map<string, string[]>()
    return keys.map((k) => {
      if (k === null) return null
      let v = cache.get(k)
      if (!v) {
        v = k === '' ? [] : k.split(MULTI_SEP)
        cache.set(k, v)
      }
      return v.slice()
    })
  }
  return JSON.parse(input.bytes().toString('utf8')) as CleanValue[]
}

/** Row identity of one imported part: a UUID per row and the spreadsheet row it came from. */
export function encodeRowIds(ids: readonly string[], sheetRows: ArrayLike<number>): Buffer {
  const n = ids.length
  const out = new Out()
  out.u32(ROWID_MAGIC)
  out.u32(n)
  const bin = Buffer.allocUnsafe(n * 16)
  for (let i = 0; i < n; i++) bin.write(ids[i].replace(/-/g, ''), i * 16, 16, 'hex')
  out.bytes(bin)
  out.bytes(new Uint8Array(Uint32Array.from(sheetRows).buffer))
  return out.done()
}

export function decodeRowIds(buf: Buffer): { ids: string[]; sheetRows: Uint32Array } {
  const input = new In(buf)
  if (input.u32() !== ROWID_MAGIC) throw new EsitiError('CORRUPT_FILE', 'Stored row identities are damaged.')
  const n = input.u32()
  const bin = input.bytes()
  if (bin.length !== n * 16) throw new EsitiError('CORRUPT_FILE', 'Stored row identities are damaged.')
  const ids = uuidTexts(bin, n)
  const sheetRows = new Uint32Array(new Uint8Array(input.bytes()).buffer)
  return { ids, sheetRows }
}
