import { isoToExcelSerial } from './excel-date'
import type { GridBuilder } from './grid-builder'
import type { Utf8TextTable } from './utf8-texts'
import { xmlText } from './xml-bytes'
import { msg } from '../../../../shared/messages'
import { LIMITS } from '../limits'

/** The most strings a shared strings table may hold (read once: this is checked per cell). */
const MAX_SHARED_STRINGS = LIMITS.sharedStrings.value

// CellKind values, module-local for the hot path (see the note in sheet-scanner.ts).
const TEXT = 1
const NUMBER = 2
const DATE = 3
const BOOLEAN = 4
const ERROR = 5
/** excel-date's MAX_EXCEL_SERIAL and DATE1904_OFFSET. */
const MAX_SERIAL = 2958466
const OFFSET_1904 = 1462

const INTERN_MAX_LEN = 32
const CACHE_MAX = 100_000
/** 10^k for k ≤ 22 is exact in a double, so mantissa / 10^k is correctly rounded (= Number(text)). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k)
/** Mantissas below 2^42 keep the text key (mantissa, decimals, digits, sign) under 2^53. */
const KEYABLE_MANTISSA = 2 ** 42

/** What a `<v>` of a numeric cell may hold (no hex, no Infinity). */
const NUMBER_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/

const SP = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09

/**
 * Turns raw cell values into grid cells. Shared strings keep their table index as text code; dates
 * and plain integers need none (their text follows from the value); other repeated short texts
 * (decimals, error codes, inline answers) get one code each, so a large sheet keeps one copy of each
 * instead of millions.
 */
export class CellValues {
  private readonly interned = new Map<string, number>()
  private readonly decimals = new Map<number, number>()
  private trueCode = 0
  private falseCode = 0
  private readonly dateOffset: number
  /** Set by parseNumber for the last number: see there. */
  private decKey = -1
  private plainInt = false

  /** The largest shared string index a cell used (a scan before the shared strings, see `sst`). */
  maxSharedIndex = -1

  /**
   * `sst`: the shared strings, or null when they are still being read (a worker reads them while
   * the sheet is scanned): cells then keep their index unchecked, and the grid checks them once the
   * table is there (GridBuilder.resolveSharedStrings with maxSharedIndex).
   */
  constructor(
    private readonly grid: GridBuilder,
    private readonly sst: Utf8TextTable | null,
    private readonly dateStyles: Uint8Array,
    date1904: boolean
  ) {
    this.dateOffset = date1904 ? OFFSET_1904 : 0
    if (sst) grid.useSharedStrings(sst)
    else grid.deferSharedStrings()
  }

  /** The text's code: one per distinct short text (up to a bound), a new one for each long text. */
  intern(s: string): number {
    if (s.length > INTERN_MAX_LEN) return this.grid.addText(s)
    const hit = this.interned.get(s)
    if (hit !== undefined) return hit
    const code = this.grid.addText(s)
    if (this.interned.size < CACHE_MAX) this.interned.set(s, code)
    return code
  }

  /**
   * Stores the value in [vs, ve) of `buf` (or `inline` text from `<is>`) at (row, col); the `t`
   * attribute value is [ts, te) (ts < 0 when absent).
   */
  store(row: number, col: number, buf: Buffer, ts: number, te: number, style: number, vs: number, ve: number, inline: string | null): void {
    const n = te - ts
    const t0 = ts >= 0 ? buf[ts] : 0x6e
    if (ts < 0 || (n === 1 && t0 === 0x6e) /* n */) return this.storeNumber(row, col, style, buf, vs, ve)
    if (n === 1 && t0 === 0x73 /* s */) return this.storeShared(row, col, buf, vs, ve)
    const g = this.grid
    if ((n === 3 && t0 === 0x73) /* str */ || (n === 9 && t0 === 0x69) /* inlineStr */) {
      const s = inline ?? (ve > vs ? xmlText(buf, vs, ve) : '')
      if (s !== '') g.setCode(row, col, TEXT, this.intern(s), NaN)
      return
    }
    const v = buf.toString('utf8', vs, ve).trim()
    if (v === '') return
    if (n === 1 && t0 === 0x62 /* b */) {
      const on = v === '1' || v.toLowerCase() === 'true'
      const code = on ? (this.trueCode ||= this.intern('TRUE')) : (this.falseCode ||= this.intern('FALSE'))
      g.setCode(row, col, BOOLEAN, code, on ? 1 : 0)
    } else if (n === 1 && t0 === 0x65 /* e */) g.setCode(row, col, ERROR, this.intern(v), NaN)
    else if (n === 1 && t0 === 0x64 /* d */) {
      const serial = isoToExcelSerial(v)
      if (Number.isNaN(serial) || serial >= MAX_SERIAL) {
        g.warn(msg('survey.read.badIsoDate'))
        g.setCode(row, col, TEXT, this.intern(v), NaN)
      } else g.setCode(row, col, DATE, 0, serial)
    } else {
      g.warn(msg('survey.read.unknownType', { type: buf.toString('latin1', ts, te) }))
      this.storeNumber(row, col, style, buf, vs, ve)
    }
  }

  private storeShared(row: number, col: number, buf: Buffer, vs: number, ve: number): void {
    let idx = 0
    let k = vs
    for (; k < ve && k < vs + 10; k++) {
      const ch = buf[k]
      if (ch < 0x30 || ch > 0x39) break
      idx = idx * 10 + (ch - 0x30)
    }
    const sst = this.sst
    // Deferred, an index past the most strings a table may hold is missing already (and could not be a code).
    if (k !== ve || k === vs || idx >= (sst ? sst.count : MAX_SHARED_STRINGS)) this.grid.warn(msg('survey.read.missingString'))
    else if (!sst) {
      if (idx > this.maxSharedIndex) this.maxSharedIndex = idx
      this.grid.setCode(row, col, TEXT, idx + 1, NaN)
    } else if (!sst.isEmpty(idx)) this.grid.setCode(row, col, TEXT, idx + 1, NaN)
  }

  private storeNumber(row: number, col: number, style: number, buf: Buffer, vs: number, ve: number): void {
    while (vs < ve && SP(buf[vs])) vs++
    while (ve > vs && SP(buf[ve - 1])) ve--
    if (vs === ve) return
    let num = this.parseNumber(buf, vs, ve)
    let raw: string | null = null
    if (Number.isNaN(num)) {
      // Exponents, long mantissas, stray text: the slow path.
      raw = buf.toString('latin1', vs, ve)
      num = NUMBER_TEXT.test(raw) ? Number(raw) : NaN
      if (!Number.isFinite(num)) {
        this.grid.warn(msg('survey.read.numberText'))
        this.grid.setCode(row, col, TEXT, this.intern(xmlText(buf, vs, ve)), NaN)
        return
      }
    }
    if (style < this.dateStyles.length && this.dateStyles[style] === 1) {
      const serial = num + this.dateOffset
      if (serial >= 0 && serial < MAX_SERIAL) {
        this.grid.setCode(row, col, DATE, 0, serial)
        return
      }
      this.grid.warn(msg('survey.read.dateRange'))
    }
    let text: number
    const key = this.decKey
    if (raw !== null) text = this.intern(raw)
    else if (this.plainInt) text = 0
    else if (key >= 0) {
      let hit = this.decimals.get(key)
      if (hit === undefined) {
        // "123.45" is the value's own display (ownText gives it back): no text is kept for it, as for
        // a plain integer; "0.50" or "-0" are kept as written. The key is the exact text, so the
        // answer holds for every cell with the same key.
        const written = buf.toString('latin1', vs, ve)
        hit = written === String(num) ? 0 : this.grid.addText(written)
        if (this.decimals.size < CACHE_MAX) this.decimals.set(key, hit)
      }
      text = hit
    } else text = this.intern(buf.toString('latin1', vs, ve))
    this.grid.setCode(row, col, NUMBER, text, num)
  }

  /**
   * Value of a plain decimal (`-?digits[.digits]`, at most 15 digits) without building a string. Sets
   * plainInt (canonical non-negative integer text) and decKey, a key that identifies the exact text
   * (mantissa, decimals, digit count, sign) or -1. Returns NaN for anything else (exponents, long
   * mantissas), which the caller parses from text.
   */
  private parseNumber(buf: Buffer, vs: number, ve: number): number {
    this.decKey = -1
    this.plainInt = false
    let k = vs
    const neg = buf[k] === 0x2d
    if (neg) k++
    let m = 0
    let digits = 0
    let frac = -1
    for (; k < ve; k++) {
      const ch = buf[k]
      if (ch >= 0x30 && ch <= 0x39) {
        m = m * 10 + (ch - 0x30)
        if (++digits > 15) return NaN
        if (frac >= 0) frac++
      } else if (ch === 0x2e && frac < 0) frac = 0
      else return NaN
    }
    if (digits === 0) return NaN
    const decimals = frac < 0 ? 0 : frac
    this.plainInt = frac < 0 && !neg && (buf[vs] !== 0x30 || ve - vs === 1)
    if (m < KEYABLE_MANTISSA) this.decKey = ((m * 32 + (frac < 0 ? 31 : decimals)) * 16 + digits) * 2 + (neg ? 1 : 0)
    const v = m / POW10[decimals]
    return neg ? -v : v
  }
}
