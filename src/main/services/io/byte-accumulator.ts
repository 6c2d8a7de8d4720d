import { LIMITS, overLimit, type Where } from './limits'

/**
 * Joins streamed chunks for scanners that consume whole elements: whatever a scan leaves unconsumed
 * (an element cut by the chunk boundary) is kept and the next chunk appended to it. The buffer grows
 * geometrically, so a large element costs amortised linear copying; an element (a CSV record, an XML
 * element) larger than the lineBytes limit means a damaged or hostile file, refused naming the limit.
 */
export class ByteAccumulator {
  private buf: Buffer = Buffer.alloc(0)
  private len = 0

  constructor(
    private readonly file: string,
    /** What one unit is, for the error (io.where.record, io.where.element). */
    private readonly what: Where,
    private readonly maxCarry: number = LIMITS.lineBytes.value
  ) {}

  /** Feeds a chunk; `scan(buf)` returns how many bytes of `buf` it consumed. */
  push(chunk: Buffer, scan: (buf: Buffer) => number): void {
    if (this.len === 0) {
      const used = scan(chunk)
      if (used < chunk.length) this.keep(chunk, used)
      return
    }
    const need = this.len + chunk.length
    if (need > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2))
      this.buf.copy(next, 0, 0, this.len)
      this.buf = next
    }
    chunk.copy(this.buf, this.len)
    this.len = need
    const view = this.buf.subarray(0, this.len)
    const used = scan(view)
    if (used >= this.len) this.len = 0
    else {
      this.buf.copyWithin(0, used, this.len)
      this.len -= used
      this.checkCarry()
    }
  }

  /** Bytes left over at the end of the stream. */
  rest(): Buffer {
    return this.buf.subarray(0, this.len)
  }

  private keep(chunk: Buffer, from: number): void {
    const n = chunk.length - from
    if (this.buf.length < n) this.buf = Buffer.allocUnsafe(Math.max(n, 64 * 1024))
    chunk.copy(this.buf, 0, from)
    this.len = n
    this.checkCarry()
  }

  private checkCarry(): void {
    if (this.len > this.maxCarry)
      throw overLimit(this.file, { ...LIMITS.lineBytes, value: this.maxCarry }, this.len, { where: this.what, atLeast: true })
  }
}
