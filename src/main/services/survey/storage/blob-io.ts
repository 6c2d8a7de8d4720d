import { EsitiError } from '../../../../shared/errors'

/**
 * The byte-level pieces of the column codecs (codec.ts): blobs assembled in one reused buffer,
 * length-prefixed parts, and dictionaries of texts (a JSON list plus 1-, 2- or 4-byte indices).
 */

/** Blob bytes are assembled here, then copied out once: one allocation per blob, whatever its parts. */
let outBuffer = Buffer.alloc(1 << 16)
let outGeneration = 0

/**
 * Writes one blob into the shared buffer. One Out at a time (encoders are synchronous and do not nest);
 * a second one started before the first is done makes the first fail loudly rather than interleave.
 */
/** Characters of list entries per JSON.stringify call in Out.jsonStrings (see there). */
const SLICE_CHARS = 16_384

export class Out {
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
   * A JSON list of strings, length-prefixed, written a slice of entries at a time: no single string
   * of the whole list (megabytes for a column of comments) is ever built, and each slice goes through
   * JSON.stringify, native and several times faster than escaping entry by entry (the bytes are those
   * JSON.stringify gives the whole list).
   */
  jsonStrings(list: readonly string[]): void {
    const lenAt = this.reserve(4)
    const start = this.pos
    if (list.length === 0) {
      this.u8(0x5b) // [
      this.u8(0x5d) // ]
    }
    for (let i = 0; i < list.length; ) {
      // Up to 4,096 entries or ~16k characters a slice, whichever comes first (at least one entry):
      // a slice's JSON then stays a small string, which dies young. Larger ones (256k characters
      // before) went to V8's large-object space, which only a full collection frees: 2 × 4 MB a column
      // of comments, enough to trigger the import's forced collections (releaseMemoryIfGrown) several
      // times more often.
      let j = i
      let chars = 0
      while (j < list.length && j - i < 4096 && chars < SLICE_CHARS) {
        const e = list[j++]
        chars += typeof e === 'string' ? e.length : 4
      }
      const json = JSON.stringify(list.slice(i, j))
      const len = Buffer.byteLength(json, 'utf8')
      const at = this.reserve(len)
      outBuffer.write(json, at, len, 'utf8')
      // The slice's "[" opens the list or becomes the comma after the previous slice; its "]" is
      // dropped, to be written by the next slice's comma or the list's end.
      if (i > 0) outBuffer[at] = 0x2c
      this.pos--
      i = j
      if (i === list.length) this.u8(0x5d)
    }
    outBuffer.writeUInt32LE(this.pos - start, lenAt)
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

export class In {
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
    if (this.pos + n > this.buf.length) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
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
export function scratchF64(n: number): Float64Array {
  return new Float64Array(scratchBytes(n * 8), 0, n)
}

/**
 * Strings → dictionary (JSON) + indices; index 0 is null. Equal texts share an entry while that pays:
 * once most texts are new (free-text comments), new ones are listed without being remembered, so a
 * column of unique answers builds no large map. Decoding does not mind repeated entries.
 */
export function writeDict(out: Out, n: number, at: (i: number) => string | null): void {
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
export function readDictCodes(input: In, n: number): { list: string[]; idx: Uint8Array | Uint16Array | Uint32Array } {
  const list = JSON.parse(input.bytes().toString('utf8')) as string[]
  const width = input.u8()
  const raw = input.bytes()
  if (width !== 1 && width !== 2 && width !== 4) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
  const copy = new Uint8Array(raw.byteLength - (raw.byteLength % width))
  copy.set(raw.subarray(0, copy.length)) // aligned copy
  const idx = width === 1 ? copy : width === 2 ? new Uint16Array(copy.buffer) : new Uint32Array(copy.buffer)
  if (idx.length !== n) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
  for (let i = 0; i < n; i++) if (idx[i] > list.length) throw new EsitiError('CORRUPT_FILE', 'survey.store.columnDamaged')
  return { list, idx }
}

export function readDict(input: In, n: number): (string | null)[] {
  const { list, idx } = readDictCodes(input, n)
  // Sized up front: grown by push, a 100k-row column leaves a trail of discarded backing stores.
  const out = new Array<string | null>(n)
  for (let i = 0; i < n; i++) {
    const d = idx[i]
    out[i] = d === 0 ? null : list[d - 1]
  }
  return out
}

export function f64bytes(a: Float64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
}

export function readF64(input: In): Float64Array {
  const b = input.bytes()
  return new Float64Array(new Uint8Array(b).buffer)
}

/** Dictionary + indices from a coded column (code 0 = null), rows in order, entries by first use. */
export function writeCoded(out: Out, codes: ArrayLike<number>, texts: readonly (string | null)[], rows: ArrayLike<number> | null, n: number): void {
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
