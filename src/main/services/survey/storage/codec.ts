import { EsitiError } from '../../../../shared/errors'
import { cellDisplay } from '../clean/base-values'
import type { CleanValue } from '../frame'
import { CELL_BOOLEAN, CELL_NUMBER, CELL_TEXT, type RawColumn } from '../model'

/** A raw column read in place from a sheet: text of row r is strings[codes[from + r]] (code 0: none). */
export interface CodedRawColumn {
  kind: Uint8Array
  num: Float64Array
  codes: ArrayLike<number>
  strings: readonly (string | null)[]
  from: number
}
import { uuidTexts } from './row-ids'
import type { ColumnCodes } from '../recipe/column-codes'
import { In, Out, f64bytes, readDict, readDictCodes, readF64, scratchF64, writeCoded, writeDict } from './blob-io'

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
 * `numberTexts: false` leaves a number's or a date's text null when it is just the value's own display
 * (cellDisplay gives it back): converting a frame never needs those millions of strings.
 */
export function decodeRaw(buf: Buffer, opts: { numberTexts?: boolean } = {}): RawColumn[] {
  const numberTexts = opts.numberTexts !== false
  const input = new In(buf)
  if (input.u32() !== RAW_MAGIC) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
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
        if (text[i] === null && (numberTexts || kk === BOOLEAN)) text[i] = cellDisplay(kk, null, num[i])
      } else if (kk !== TEXT && kk !== 5) text[i] = null
    }
    cols.push({ kind, text, num })
  }
  return cols
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
  if (input.u32() !== CLEAN_MAGIC) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
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
    if (a.length !== n) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
    const values = new Array<CleanValue>(n)
    for (let i = 0; i < n; i++) values[i] = Number.isNaN(a[i]) ? null : a[i]
    return { values, coded: null }
  }
  if (tag !== 3) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
  return { values: JSON.parse(input.bytes().toString('utf8')) as CleanValue[], coded: null }
}

export function decodeClean(buf: Buffer): CleanValue[] {
  const input = new In(buf)
  if (input.u32() !== CLEAN_MAGIC) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
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
const hexValue = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1)

/**
 * The 16 bytes of a canonical UUID text ("8-4-4-4-12" hex digits) written at `at`, without the
 * intermediate strings of a replace (100,000 row ids per import); false for any other text.
 */
function uuidBytes(id: string, to: Buffer, at: number): boolean {
  if (id.length !== 36) return false
  let p = at
  for (let i = 0; i < 36; ) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (id.charCodeAt(i) !== 0x2d) return false
      i++
      continue
    }
    const hi = hexValue(id.charCodeAt(i))
    const lo = hexValue(id.charCodeAt(i + 1))
    if (hi < 0 || lo < 0) return false
    to[p++] = hi * 16 + lo
    i += 2
  }
  return true
}

export function encodeRowIds(ids: readonly string[], sheetRows: ArrayLike<number>): Buffer {
  const n = ids.length
  const out = new Out()
  out.u32(ROWID_MAGIC)
  out.u32(n)
  const bin = Buffer.allocUnsafe(n * 16)
  for (let i = 0; i < n; i++) if (!uuidBytes(ids[i], bin, i * 16)) bin.write(ids[i].replace(/-/g, ''), i * 16, 16, 'hex')
  out.bytes(bin)
  out.bytes(new Uint8Array(Uint32Array.from(sheetRows).buffer))
  return out.done()
}

export function decodeRowIds(buf: Buffer): { ids: string[]; sheetRows: Uint32Array } {
  const input = new In(buf)
  if (input.u32() !== ROWID_MAGIC) throw new EsitiError('CORRUPT_FILE', 'survey.store.rowIdsDamaged')
  const n = input.u32()
  const bin = input.bytes()
  if (bin.length !== n * 16) throw new EsitiError('CORRUPT_FILE', 'survey.store.rowIdsDamaged')
  const ids = uuidTexts(bin, n)
  const sheetRows = new Uint32Array(new Uint8Array(input.bytes()).buffer)
  return { ids, sheetRows }
}
