import { EsitiError } from '../../../shared/errors'
import { cellDisplay } from './base-values'
import type { CleanValue } from './frame'
import { CELL_BOOLEAN, CELL_NUMBER, CELL_TEXT, type RawColumn } from './model'

/** A raw column read in place from a sheet: text of row r is strings[codes[from + r]] (code 0: none). */
export interface CodedRawColumn {
  kind: Uint8Array
  num: Float64Array
  codes: ArrayLike<number>
  strings: readonly (string | null)[]
  from: number
}
import { uuidTexts } from './row-ids'
import type { ColumnCodes } from './recipe/column-codes'

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
/** state2: issues moved to their own record (issue-codec.ts), excluded row indices instead of active ones. */
export const STATE_ENCODING = 'state2'

const RAW_MAGIC = 0x31525345 // "ESR1"
const CLEAN_MAGIC = 0x31435345 // "ESC1"
const ROWID_MAGIC = 0x31495345 // "ESI1"
const MULTI_SEP = '\u001f'

/** Entries per piece of a long JSON list: pieces stay small, short-lived strings. */
const JSON_CHUNK = 512

/** Blob bytes are assembled here, then copied out once: one allocation per blob, whatever its parts. */
let outBuffer = Buffer.alloc(1 << 16)
let outGeneration = 0

/**
 * Writes one blob into the shared buffer. One Out at a time (encoders are synchronous and do not nest);
 * a second one started before the first is done makes the first fail loudly rather than interleave.
 */
class Out {
  private pos = 0
  private readonly generation = ++outGeneration
  private reserve(n: number): number {
    if (this.generation !== outGeneration) throw new Error('codec: two blobs were encoded at once')
    const at = this.pos
    if (at + n > outBuffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(at + n, outBuffer.length * 2))
      outBuffer.copy(grown, 0, 0, at)
      outBuffer = grown
    }
    this.pos += n
    return at
  }
  // reserve() may replace outBuffer: it runs before outBuffer is read.
  u8(v: number): void {
    const at = this.reserve(1)
    outBuffer[at] = v
  }
  u32(v: number): void {
    const at = this.reserve(4)
    outBuffer.writeUInt32LE(v >>> 0, at)
  }
  /** Length-prefixed bytes, copied at once (the caller may reuse `b`). */
  bytes(b: Uint8Array): void {
    this.u32(b.byteLength)
    const at = this.reserve(b.byteLength)
    outBuffer.set(b, at)
  }
  /**
   * A JSON list of strings, length-prefixed, written entry by entry: no single string of the whole
   * list (megabytes for a column of comments) is ever built.
   */
  jsonStrings(list: readonly string[]): void {
    const lenAt = this.reserve(4)
    const start = this.pos
    if (list.length <= JSON_CHUNK) this.raw(JSON.stringify(list))
    else {
      // Chunks of the list, each stringified natively and written without its brackets.
      this.raw('[')
      for (let i = 0; i < list.length; i += JSON_CHUNK) {
        const chunk = JSON.stringify(list.slice(i, i + JSON_CHUNK))
        this.raw(i === 0 ? chunk.slice(1, -1) : ',' + chunk.slice(1, -1))
      }
      this.raw(']')
    }
    outBuffer.writeUInt32LE(this.pos - start, lenAt)
  }
  private raw(s: string): void {
    const len = Buffer.byteLength(s, 'utf8')
    const at = this.reserve(len)
    outBuffer.write(s, at, len, 'utf8')
  }
  /** Length-prefixed UTF-8 text, written in place. */
  text(s: string): void {
    const len = Buffer.byteLength(s, 'utf8')
    this.u32(len)
    const at = this.reserve(len)
    outBuffer.write(s, at, len, 'utf8')
  }
  /**
   * The blob: a copy of its own, or with `view` the shared buffer itself, valid only until the next
   * encode (for a caller that hands it straight to SQLite, which copies it: no garbage per blob).
   */
  done(view = false): Buffer {
    if (this.generation !== outGeneration) throw new Error('codec: two blobs were encoded at once')
    return view ? outBuffer.subarray(0, this.pos) : Buffer.from(outBuffer.subarray(0, this.pos))
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

/** Packed indices and numbers: scratch too, since Out copies what it is given. */
let packScratch = new ArrayBuffer(1 << 16)
function scratchBytes(bytes: number): ArrayBuffer {
  if (packScratch.byteLength < bytes) packScratch = new ArrayBuffer(Math.max(bytes, packScratch.byteLength * 2))
  return packScratch
}

/** Dictionary indices in the narrowest width their count allows. */
function writeIndices(out: Out, idx: Uint32Array, entries: number): void {
  const width = entries < 256 ? 1 : entries < 65536 ? 2 : 4
  out.u8(width)
  const buf = scratchBytes(idx.length * width)
  const packed = width === 1 ? new Uint8Array(buf, 0, idx.length) : width === 2 ? new Uint16Array(buf, 0, idx.length) : new Uint32Array(buf, 0, idx.length)
  packed.set(idx)
  out.bytes(new Uint8Array(buf, 0, idx.length * width))
}

/** A Float64Array of n slots over the scratch (valid until the next scratch use). */
function scratchF64(n: number): Float64Array {
  return new Float64Array(scratchBytes(n * 8), 0, n)
}

/**
 * Strings → dictionary (JSON) + indices; index 0 is null. Equal texts share an entry while that pays:
 * once most texts are new (free-text comments), new ones are listed without being remembered, so a
 * column of unique answers builds no large map. Decoding does not mind repeated entries.
 */
function writeDict(out: Out, n: number, at: (i: number) => string | null): void {
  const dict = new Map<string, number>()
  const list: string[] = []
  if (idxScratch.length < n) idxScratch = new Uint32Array(n)
  const idx = idxScratch.subarray(0, n)
  let texts = 0
  for (let i = 0; i < n; i++) {
    const v = at(i)
    if (v === null) {
      idx[i] = 0
      continue
    }
    texts++
    let d = dict.get(v)
    if (d === undefined) {
      list.push(v)
      d = list.length
      if (dict.size < 1000 || dict.size * 2 < texts) dict.set(v, d)
    }
    idx[i] = d
  }
  out.jsonStrings(list)
  writeIndices(out, idx, list.length)
}

/** The dictionary and its indices (0 = null, d = list[d - 1]) as stored. */
function readDictCodes(input: In, n: number): { list: string[]; idx: Uint8Array | Uint16Array | Uint32Array } {
  const list = JSON.parse(input.bytes().toString('utf8')) as string[]
  const width = input.u8()
  const raw = input.bytes()
  if (width !== 1 && width !== 2 && width !== 4) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  const copy = new Uint8Array(raw.byteLength - (raw.byteLength % width))
  copy.set(raw.subarray(0, copy.length)) // aligned copy
  const idx = width === 1 ? copy : width === 2 ? new Uint16Array(copy.buffer) : new Uint32Array(copy.buffer)
  if (idx.length !== n) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  for (let i = 0; i < n; i++) if (idx[i] > list.length) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  return { list, idx }
}

function readDict(input: In, n: number): (string | null)[] {
  const { list, idx } = readDictCodes(input, n)
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
 * `range`, only rows [from, from + count) of the columns (whole sheet columns need no copy); with
 * `view`, see Out.done.
 */
export function encodeRaw(columns: RawColumn[], range?: { from: number; count: number }, opts: { view?: boolean } = {}): Buffer {
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
    const nums = scratchF64(m)
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
    writeDict(out, n, (i) => texts[i])
  }
  texts.fill(null)
  return out.done(opts.view)
}

/** Per-cell codes scratch for coded raw columns. */
let cellCodeScratch = new Uint32Array(0)

/**
 * The same blob as encodeRaw, from columns whose texts are codes into a table of the column's own
 * (a sheet read in place): the dictionary comes from the codes, with no lookup per cell. A text
 * the number (or date, or boolean) itself would show is left out, as encodeRaw does.
 */
export function encodeRawCoded(columns: CodedRawColumn[], opts: { view?: boolean } = {}): Buffer {
  const out = new Out()
  const n = columns[0]?.kind.length ?? 0
  out.u32(RAW_MAGIC)
  out.u32(n)
  out.u32(columns.length)
  if (cellCodeScratch.length < n) cellCodeScratch = new Uint32Array(n)
  const cellCodes = cellCodeScratch.subarray(0, n)
  for (const c of columns) {
    const { kind, num, codes, strings, from } = c
    out.bytes(kind)
    let m = 0
    for (let i = 0; i < n; i++) if (kind[i] >= NUMBER && kind[i] <= BOOLEAN) m++
    const nums = scratchF64(m)
    // A number's value follows from its text: whether its text is worth keeping is known per code.
    const keepNumber = new Int8Array(strings.length).fill(-1)
    for (let i = 0, j = 0; i < n; i++) {
      const k = kind[i]
      const code = codes[from + i]
      if (k >= NUMBER && k <= BOOLEAN) {
        nums[j++] = num[i]
        if (code === 0) cellCodes[i] = 0
        else if (k !== NUMBER) cellCodes[i] = strings[code] !== cellDisplay(k, null, num[i]) ? code : 0
        else {
          if (keepNumber[code] < 0) keepNumber[code] = strings[code] !== cellDisplay(k, null, num[i]) ? 1 : 0
          cellCodes[i] = keepNumber[code] ? code : 0
        }
      } else cellCodes[i] = code
    }
    out.bytes(f64bytes(nums))
    writeCoded(out, cellCodes, strings, null, n)
  }
  return out.done(opts.view)
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

/** Dictionary + indices from a coded column (code 0 = null), rows in order, entries by first use. */
function writeCoded(out: Out, codes: ArrayLike<number>, texts: readonly (string | null)[], rows: ArrayLike<number> | null, n: number): void {
  const slot = new Int32Array(texts.length).fill(-1)
  const list: string[] = []
  if (idxScratch.length < n) idxScratch = new Uint32Array(n)
  const idx = idxScratch.subarray(0, n)
  for (let i = 0; i < n; i++) {
    const k = codes[rows ? rows[i] : i]
    if (k === 0) {
      idx[i] = 0
      continue
    }
    let d = slot[k]
    if (d < 0) {
      list.push(texts[k]!)
      d = slot[k] = list.length
    }
    idx[i] = d
  }
  out.jsonStrings(list)
  writeIndices(out, idx, list.length)
}

type Shape = 'strings' | 'numbers' | 'lists' | 'mixed'

function shapeOf(n: number, at: (i: number) => CleanValue): Shape {
  let strings = true
  let numbers = true
  let lists = true
  for (let i = 0; i < n; i++) {
    const v = at(i)
    if (v === null) continue
    if (typeof v !== 'string') strings = false
    if (typeof v !== 'number') numbers = false
    if (!Array.isArray(v)) lists = false
    if (!strings && !numbers && !lists) return 'mixed'
  }
  return strings ? 'strings' : numbers ? 'numbers' : lists ? 'lists' : 'mixed'
}

/**
 * Clean values of one variable, picking the tightest encoding the values allow. `rows` selects (in
 * order) the rows to store; `coded` is the variable's dictionary view, which spares a lookup per cell.
 * Coded or not, the same values decode the same (and give the same bytes below 1,000 distinct texts).
 */
export function encodeClean(
  values: readonly CleanValue[],
  opts: { rows?: ArrayLike<number>; coded?: ColumnCodes | null; view?: boolean } = {}
): Buffer {
  const rows = opts.rows ?? null
  const n = rows ? rows.length : values.length
  const out = new Out()
  out.u32(CLEAN_MAGIC)
  out.u32(n)
  const at = (i: number): CleanValue => values[rows ? rows[i] : i]
  let coded = opts.coded ?? null
  const shape = coded ? codedShape(coded, rows) : shapeOf(n, at)
  if (shape === 'numbers') {
    out.u8(1)
    const a = scratchF64(n)
    for (let i = 0; i < n; i++) {
      const v = at(i)
      a[i] = v === null ? NaN : (v as number)
    }
    out.bytes(f64bytes(a))
  } else if (shape === 'strings' || shape === 'lists') {
    out.u8(shape === 'strings' ? 0 : 2)
    if (coded) {
      const texts = shape === 'strings' ? (coded.dict as (string | null)[]) : coded.dict.map((v) => (Array.isArray(v) ? v.join(MULTI_SEP) : null))
      writeCoded(out, coded.codes, texts, rows, n)
    } else if (shape === 'strings') writeDict(out, n, at as (i: number) => string | null)
    else {
      // Rows often share one list: join each list once.
      const joined = new Map<readonly string[], string>()
      writeDict(out, n, (i) => {
        const v = at(i) as string[] | null
        if (v === null) return null
        let s = joined.get(v)
        if (s === undefined) {
          s = v.join(MULTI_SEP)
          if (joined.size < 10_000) joined.set(v, s)
        }
        return s
      })
    }
  } else {
    out.u8(3)
    out.text(JSON.stringify(Array.from({ length: n }, (_, i) => at(i))))
  }
  return out.done(opts.view)
}

/** The shape of the dictionary entries the stored rows use (an excluded row's value does not count). */
function codedShape(coded: ColumnCodes, rows: ArrayLike<number> | null): Shape {
  const { codes, dict } = coded
  if (!rows) return shapeOf(dict.length, (k) => dict[k])
  const used = new Uint8Array(dict.length)
  for (let i = 0; i < rows.length; i++) used[codes[rows[i]]] = 1
  return shapeOf(dict.length, (k) => (used[k] ? dict[k] : null))
}

/**
 * A dictionary view needs one entry per distinct value, and writeDict may list a text more than once
 * (see there): repeated entries are merged, their indices pointed at the first.
 */
function canonical(d: { list: string[]; idx: Uint8Array | Uint16Array | Uint32Array }): typeof d {
  const first = new Map<string, number>()
  for (let k = 0; k < d.list.length; k++) if (!first.has(d.list[k])) first.set(d.list[k], k)
  if (first.size === d.list.length) return d
  const list: string[] = []
  const remap = new Uint32Array(d.list.length + 1)
  for (let k = 0; k < d.list.length; k++) {
    const f = first.get(d.list[k])!
    if (f === k) remap[k + 1] = list.push(d.list[k])
    else remap[k + 1] = remap[f + 1]
  }
  const idx = new Uint32Array(d.idx.length)
  for (let i = 0; i < idx.length; i++) idx[i] = remap[d.idx[i]]
  return { list, idx }
}

/** Clean values with their dictionary view when the column has one (texts and lists). */
export function decodeCleanCoded(buf: Buffer): { values: CleanValue[]; coded: ColumnCodes | null } {
  const input = new In(buf)
  if (input.u32() !== CLEAN_MAGIC) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  const n = input.u32()
  const tag = input.u8()
  if (tag === 0 || tag === 2) {
    const { list, idx } = canonical(readDictCodes(input, n))
    const dict: CleanValue[] = [null]
    // Lists are shared by the rows that hold them: nothing edits a clean value in place.
    for (const s of list) dict.push(tag === 0 ? s : s === '' ? [] : s.split(MULTI_SEP))
    const values = new Array<CleanValue>(n)
    for (let i = 0; i < n; i++) values[i] = dict[idx[i]]
    return { values, coded: { codes: idx, dict } }
  }
  if (tag === 1) {
    const a = readF64(input)
    if (a.length !== n) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
    const values = new Array<CleanValue>(n)
    for (let i = 0; i < n; i++) values[i] = Number.isNaN(a[i]) ? null : a[i]
    return { values, coded: null }
  }
  if (tag !== 3) throw new EsitiError('CORRUPT_FILE', 'A stored questionnaire column is damaged.')
  return { values: JSON.parse(input.bytes().toString('utf8')) as CleanValue[], coded: null }
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
