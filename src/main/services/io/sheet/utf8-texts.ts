/**
 * Texts held as UTF-8 bytes with end offsets instead of JavaScript strings (issue 12, decision 0029);
 * a column whose texts all fit Latin-1 (most Italian answers) keeps them as Latin-1, which decodes
 * about three times faster.
 * A sheet of 100,000 answers keeps several hundred thousand distinct texts (e-mails, timestamps, free
 * answers) from the read until each column is stored: as strings they cost a 16-byte header, padding
 * and a pointer each (~88 bytes for a 66-character answer), as bytes their length plus 4. A text is
 * decoded only when it is read, and a column's table is handed back as a whole once the column is
 * stored. `Buffer#toString('utf8')` of the bytes gives back the very string that was added, except for
 * strings with unpaired surrogates (UTF-8 cannot hold them): those are kept aside as strings.
 */

const SURROGATE = /[\uD800-\uDFFF]/
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/
const LONE_SURROGATE = /\p{Cs}/u

/** Whether UTF-8 round-trips the string (no unpaired surrogate). */
const wellFormed = (s: string): boolean => !SURROGATE.test(s) || !LONE_SURROGATE.test(s)

const CACHE = 64

/**
 * Frees a buffer now rather than at the next full garbage collection, which on a large sheet comes
 * late: detaching hands its memory back at once. Only for buffers nothing else views.
 */
export function releaseBuffer(buf: ArrayBufferLike): void {
  const b = buf as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean }
  if (typeof b.transfer === 'function' && !b.detached) b.transfer(0)
}

/** Allocation that owns its memory (never a slice of Node's shared pool), so it can be detached. */
const ownBuffer = (n: number): Buffer => Buffer.allocUnsafeSlow(n)

/** A Utf8TextTable's state as handed from a worker thread to another (its two buffers transferred, not copied). */
export interface TransferredTextTable {
  bytes: ArrayBuffer
  ends: ArrayBuffer
  used: number
  n: number
  empties: number
  odd: [number, string][]
}

/** Growable, append-only table of texts, numbered from 0: a workbook's shared strings while they are read. */
export class Utf8TextTable {
  private bytes: Buffer
  private ends: Uint32Array
  private used = 0
  private n = 0
  private odd: Map<number, string> | null = null
  /** How many texts are empty (a sheet read before its shared strings checks them only when some are). */
  private empties = 0

  /** `bytesHint`: the expected total size (the part's own size), to allocate once. */
  constructor(bytesHint = 64 * 1024) {
    this.bytes = ownBuffer(Math.max(1024, Math.min(bytesHint, 0x7fffffff)))
    this.ends = new Uint32Array(1024)
  }

  get count(): number {
    return this.n
  }

  /** Whether some text is the empty string. */
  get hasEmpty(): boolean {
    return this.empties > 0
  }

  /**
   * The table's state for postMessage, with the buffers to transfer (the table is empty afterwards:
   * its memory now belongs to the receiver).
   */
  transfer(): { state: TransferredTextTable; buffers: ArrayBuffer[] } {
    const bytes = this.bytes.buffer as ArrayBuffer
    const ends = this.ends.buffer as ArrayBuffer
    const state: TransferredTextTable = { bytes, ends, used: this.used, n: this.n, empties: this.empties, odd: [...(this.odd ?? [])] }
    this.empty()
    return { state, buffers: [bytes, ends] }
  }

  /** The table holds nothing any more (its buffers were handed back or handed over). */
  private empty(): void {
    this.bytes = Buffer.alloc(0)
    this.ends = new Uint32Array(0)
    this.used = 0
    this.n = 0
    this.empties = 0
    this.odd = null
  }

  /** The table a worker handed over (see transfer); its sizes are checked, as for any received data. */
  static received(t: TransferredTextTable): Utf8TextTable {
    const table = new Utf8TextTable(0)
    const ends = new Uint32Array(t.ends)
    if (!(t.n >= 0 && t.n <= ends.length && t.used >= 0 && t.used <= t.bytes.byteLength && (t.n === 0 || ends[t.n - 1] === t.used)))
      throw new Error('shared strings: the table received from the worker is inconsistent')
    table.bytes = Buffer.from(t.bytes)
    table.ends = ends
    table.used = t.used
    table.n = t.n
    table.empties = t.empties
    table.odd = t.odd.length ? new Map(t.odd) : null
    return table
  }

  /** Bytes of UTF-8 held (the table's size in memory, with 4 bytes per text for offsets). */
  get byteLength(): number {
    return this.used
  }

  private room(bytes: number): void {
    if (this.n === this.ends.length) {
      const next = new Uint32Array(this.ends.length * 2)
      next.set(this.ends)
      this.ends = next
    }
    const need = this.used + bytes
    if (need > 0xffffffff) throw new RangeError('text table over 4 GB')
    if (need > this.bytes.length) {
      const next = ownBuffer(Math.min(Math.max(need, this.bytes.length * 2), 0xffffffff))
      this.bytes.copy(next, 0, 0, this.used)
      this.bytes = next
    }
  }

  add(s: string): void {
    if (s === '') this.empties++
    if (!wellFormed(s)) {
      ;(this.odd ??= new Map()).set(this.n, s)
      this.room(0)
    } else {
      this.room(s.length * 3)
      this.used += this.bytes.write(s, this.used, 'utf8')
    }
    this.ends[this.n++] = this.used
  }

  /** Adds the text whose UTF-8 is buf[s, e) as is (it decodes as `buf.toString('utf8', s, e)` would). */
  addUtf8(buf: Buffer, s: number, e: number): void {
    if (e === s) this.empties++
    this.room(e - s)
    buf.copy(this.bytes, this.used, s, e)
    this.used += e - s
    this.ends[this.n++] = this.used
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1]
  }

  /** Text i (0-based); undefined when out of range. */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.n)) return undefined
    const odd = this.odd?.get(i)
    return odd ?? this.bytes.toString('utf8', this.start(i), this.ends[i])
  }

  isEmpty(i: number): boolean {
    return this.ends[i] === this.start(i) && !this.odd?.has(i)
  }

  /** UTF-8 length of text i (0 for a text kept aside). */
  utf8Length(i: number): number {
    return this.ends[i] - this.start(i)
  }

  /**
   * Length of text i in Latin-1 (one byte per character), or -1 when it has a character above U+00FF,
   * is kept aside, or is not well-formed UTF-8 (which decodes to U+FFFD).
   */
  latin1Length(i: number): number {
    if (this.odd?.has(i)) return -1
    const b = this.bytes
    const e = this.ends[i]
    let n = 0
    for (let p = this.start(i); p < e; p++) {
      const c = b[p]
      if (c < 0x80) n++
      else if ((c === 0xc2 || c === 0xc3) && p + 1 < e && (b[p + 1] & 0xc0) === 0x80) {
        n++
        p++
      } else return -1
    }
    return n
  }

  /** Writes text i as Latin-1 into `to` at `at` (only for a text whose latin1Length is not -1); returns the bytes written. */
  copyLatin1(i: number, to: Buffer, at: number): number {
    const b = this.bytes
    const e = this.ends[i]
    let q = at
    for (let p = this.start(i); p < e; p++) {
      const c = b[p]
      if (c < 0x80) to[q++] = c
      else to[q++] = ((c & 0x1f) << 6) | (b[++p] & 0x3f)
    }
    return q - at
  }

  /** Whether text i is kept aside as a string (see the top of this file). */
  isOdd(i: number): boolean {
    return this.odd?.has(i) ?? false
  }

  /** Copies the UTF-8 of text i into `to` at `at` (nothing for a text kept aside: see isOdd); returns the bytes copied. */
  copyUtf8(i: number, to: Buffer, at: number): number {
    return this.bytes.copy(to, at, this.start(i), this.ends[i])
  }

  /** Hands the memory back at once (the table is empty afterwards). */
  release(): void {
    releaseBuffer(this.bytes.buffer)
    releaseBuffer(this.ends.buffer)
    this.empty()
  }
}

/**
 * A column's distinct texts, read-only: entry 0 is null (a cell without text), entries 1…length-1 the
 * texts its codes point to. Read one with `get`; for a pass over every row, `toArray` once.
 */
export class TextList {
  /** Texts decoded lately, by code modulo CACHE: row-by-row readers of repeated answers decode each once. */
  private cacheCodes: Int32Array | null = null
  private cacheTexts: string[] | null = null

  private constructor(
    private bytes: Buffer,
    private ends: Uint32Array | Float64Array,
    private readonly odd: Map<number, string> | null,
    /** The bytes are Latin-1 (every text of the column fits): decoded about three times faster. */
    private readonly encoding: 'utf8' | 'latin1' = 'utf8'
  ) {}

  /** Entries, the null at 0 included. */
  get length(): number {
    return this.ends.length
  }

  get(i: number): string | null {
    if (!(i > 0 && i < this.ends.length)) return null
    const slot = i & (CACHE - 1)
    const codes = (this.cacheCodes ??= new Int32Array(CACHE))
    const texts = (this.cacheTexts ??= new Array<string>(CACHE))
    if (codes[slot] === i) return texts[slot]
    const t = this.decode(i)
    codes[slot] = i
    texts[slot] = t
    return t
  }

  /**
   * Entry i decoded anew, without the cache: for a pass that reads each code once (1 ≤ i < length;
   * see get for any other i).
   */
  decode(i: number): string {
    const odd = this.odd
    return (odd !== null && odd.get(i)) || this.bytes.toString(this.encoding, this.ends[i - 1], this.ends[i])
  }

  /** Every entry decoded (index = code), for passes that read a text per row. */
  toArray(): (string | null)[] {
    const n = this.ends.length
    const out = new Array<string | null>(n)
    out[0] = null
    const { bytes, ends, odd, encoding } = this
    for (let i = 1; i < n; i++) out[i] = odd?.get(i) ?? bytes.toString(encoding, ends[i - 1], ends[i])
    return out
  }

  /** Memory held: bytes plus offsets. */
  get byteLength(): number {
    return this.bytes.length + this.ends.byteLength
  }

  /** Lets the memory go now (the list reads as empty afterwards): see releaseBuffer. */
  detach(): void {
    if (this.ends.length <= 1) return
    releaseBuffer(this.bytes.buffer)
    releaseBuffer(this.ends.buffer)
    this.bytes = Buffer.alloc(0)
    this.ends = new Uint32Array(1)
    this.cacheCodes = null
    this.cacheTexts = null
  }

  static of(texts: readonly (string | null)[]): TextList {
    const b = new TextListBuilder(texts.length - 1)
    for (let i = 1; i < texts.length; i++) b.sizeString(texts[i] ?? '')
    b.allocate()
    for (let i = 1; i < texts.length; i++) b.writeString(texts[i] ?? '')
    return b.finish()
  }

  static readonly empty = new TextList(Buffer.alloc(0), new Uint32Array(1), null)

  /** @internal for TextListBuilder */
  static make(bytes: Buffer, ends: Uint32Array | Float64Array, odd: Map<number, string> | null, encoding: 'utf8' | 'latin1'): TextList {
    return new TextList(bytes, ends, odd, encoding)
  }
}

/**
 * Builds a TextList in two passes, so its bytes are allocated once at their exact size: size every
 * text (sizeString / sizeUtf8), allocate, then write them in the same order.
 */
export class TextListBuilder {
  private total = 0
  /** Bytes as Latin-1, while every text sized so far fits it (-1 once one does not). */
  private latin1Total = 0
  private sized = 0
  private bytes: Buffer = Buffer.alloc(0)
  private ends: Uint32Array | Float64Array
  private at = 0
  private i = 1
  private odd: Map<number, string> | null = null
  private readonly oddLater = new Set<number>()
  private latin1 = false

  constructor(count: number) {
    this.ends = new Uint32Array(count + 1)
  }

  sizeString(s: string): void {
    this.sized++
    if (!wellFormed(s)) return void this.oddLater.add(this.sized)
    this.total += Buffer.byteLength(s, 'utf8')
    if (this.latin1Total >= 0) this.latin1Total = BEYOND_LATIN1.test(s) ? -1 : this.latin1Total + s.length
  }

  /** Sizes text `k` of a table (see writeFrom). */
  sizeFrom(table: Utf8TextTable, k: number): void {
    this.sized++
    if (table.isOdd(k)) return void this.oddLater.add(this.sized)
    this.total += table.utf8Length(k)
    if (this.latin1Total >= 0) {
      const n = table.latin1Length(k)
      this.latin1Total = n < 0 ? -1 : this.latin1Total + n
    }
  }

  allocate(): void {
    this.latin1 = this.latin1Total >= 0
    const size = this.latin1 ? this.latin1Total : this.total
    if (size > 0xffffffff) this.ends = Float64Array.from(this.ends)
    this.bytes = ownBuffer(size)
  }

  writeString(s: string): void {
    if (this.oddLater.has(this.i)) (this.odd ??= new Map()).set(this.i, s)
    else this.at += this.bytes.write(s, this.at, this.latin1 ? 'latin1' : 'utf8')
    this.ends[this.i++] = this.at
  }

  /** Writes text `k` of a table (its bytes as they are, or as Latin-1; a text kept aside there is kept aside here). */
  writeFrom(table: Utf8TextTable, k: number): void {
    if (this.oddLater.has(this.i)) return this.writeString(table.get(k) ?? '')
    this.at += this.latin1 ? table.copyLatin1(k, this.bytes, this.at) : table.copyUtf8(k, this.bytes, this.at)
    this.ends[this.i++] = this.at
  }

  finish(): TextList {
    return TextList.make(this.bytes, this.ends, this.odd, this.latin1 ? 'latin1' : 'utf8')
  }
}
