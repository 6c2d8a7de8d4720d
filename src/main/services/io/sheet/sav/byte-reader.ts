import { EsitiError } from '../../../../../shared/errors'

/**
 * Bounds-checked reads over a whole file held in memory, in the file's byte order. Every read past
 * the end is a CORRUPT_FILE naming the file: a truncated or hostile .sav never reads garbage.
 */
export class ByteReader {
  pos = 0
  constructor(
    readonly buf: Buffer,
    readonly littleEndian: boolean,
    private readonly file: string
  ) {}

  get remaining(): number {
    return this.buf.length - this.pos
  }

  need(n: number, what: string): void {
    if (n < 0 || this.pos + n > this.buf.length) throw truncated(this.file, what)
  }

  i32(what = 'a record'): number {
    this.need(4, what)
    const v = this.littleEndian ? this.buf.readInt32LE(this.pos) : this.buf.readInt32BE(this.pos)
    this.pos += 4
    return v
  }

  i64(what = 'a record'): number {
    this.need(8, what)
    const v = this.littleEndian ? this.buf.readBigInt64LE(this.pos) : this.buf.readBigInt64BE(this.pos)
    this.pos += 8
    return Number(v)
  }

  f64(what = 'a record'): number {
    this.need(8, what)
    const v = this.littleEndian ? this.buf.readDoubleLE(this.pos) : this.buf.readDoubleBE(this.pos)
    this.pos += 8
    return v
  }

  bytes(n: number, what = 'a record'): Buffer {
    this.need(n, what)
    const b = this.buf.subarray(this.pos, this.pos + n)
    this.pos += n
    return b
  }

  skip(n: number, what = 'a record'): void {
    this.need(n, what)
    this.pos += n
  }
}

export function truncated(file: string, what: string): EsitiError {
  return new EsitiError('CORRUPT_FILE', 'formats.sav.truncated', { file, what })
}

/** Bytes with trailing spaces and NULs removed (SPSS pads names, labels and string values). */
export function trimPadding(b: Buffer): Buffer {
  let e = b.length
  while (e > 0 && (b[e - 1] === 0x20 || b[e - 1] === 0)) e--
  return e === b.length ? b : b.subarray(0, e)
}
