import { TextDecoder } from 'node:util'
/**
 * String structures of BIFF records ([MS-XLS] 2.5.293–2.5.296): a character count, a flags byte
 * (bit 0: two bytes per character, bit 2: phonetic block follows, bit 3: rich-text runs follow) and
 * the characters. In the shared string table a string may cross into the next CONTINUE record; the
 * characters then resume after a fresh flags byte.
 */

/** A cursor over a record and the CONTINUE records after it, read as one run. */
export class ContinuedBytes {
  private seg = 0
  private pos = 0

  constructor(private readonly segments: Buffer[]) {}

  get done(): boolean {
    while (this.seg < this.segments.length && this.pos >= this.segments[this.seg].length) {
      this.seg++
      this.pos = 0
    }
    return this.seg >= this.segments.length
  }

  private current(): Buffer | null {
    return this.done ? null : this.segments[this.seg]
  }

  u8(): number {
    const b = this.current()
    if (!b) throw new RangeError('end of record')
    return b[this.pos++]
  }

  u16(): number {
    return this.u8() | (this.u8() << 8)
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0
  }

  skip(n: number): void {
    while (n > 0) {
      const b = this.current()
      if (!b) throw new RangeError('end of record')
      const take = Math.min(n, b.length - this.pos)
      this.pos += take
      n -= take
    }
  }

  /** `count` characters starting with the given width; a CONTINUE boundary brings a new flags byte. */
  chars(count: number, wide: boolean): string {
    let out = ''
    let left = count
    let twoBytes = wide
    while (left > 0) {
      // Not current(): it would step into the next record without taking its flags byte.
      const b = this.segments[this.seg]
      if (!b) throw new RangeError('end of record')
      const avail = Math.floor((b.length - this.pos) / (twoBytes ? 2 : 1))
      if (avail === 0) {
        // The characters continue in the next record, after their own flags byte.
        this.seg++
        this.pos = 0
        if (this.done) throw new RangeError('end of record')
        twoBytes = (this.u8() & 1) === 1
        continue
      }
      const take = Math.min(left, avail)
      const end = this.pos + take * (twoBytes ? 2 : 1)
      out += twoBytes ? b.toString('utf16le', this.pos, end) : b.toString('latin1', this.pos, end)
      this.pos = end
      left -= take
    }
    return out
  }

  /** An XLUnicodeRichExtendedString (the shared string table's entries). */
  richString(): string {
    const cch = this.u16()
    const flags = this.u8()
    const runs = flags & 0x08 ? this.u16() : 0
    const ext = flags & 0x04 ? this.u32() : 0
    const s = this.chars(cch, (flags & 1) === 1)
    this.skip(runs * 4 + ext)
    return s
  }
}

/** A BIFF8 XLUnicodeString inside one record: u16 (or u8 when `shortCount`) count, flags, characters. */
export function unicodeString(b: Buffer, at: number, shortCount = false): { text: string; end: number } {
  const cch = shortCount ? b[at] : b.readUInt16LE(at)
  let p = at + (shortCount ? 1 : 2)
  const flags = b[p++]
  const runs = flags & 0x08 ? b.readUInt16LE(p) : 0
  if (flags & 0x08) p += 2
  const ext = flags & 0x04 ? b.readUInt32LE(p) : 0
  if (flags & 0x04) p += 4
  const wide = (flags & 1) === 1
  const end = Math.min(b.length, p + cch * (wide ? 2 : 1))
  const text = wide ? b.toString('utf16le', p, end) : b.toString('latin1', p, end)
  return { text, end: end + runs * 4 + ext }
}

/** A BIFF5 byte string (u8 or u16 count, then bytes in the workbook's code page). */
export function byteString(b: Buffer, at: number, decoder: TextDecoder, shortCount = false): string {
  const cch = shortCount ? b[at] : b.readUInt16LE(at)
  const p = at + (shortCount ? 1 : 2)
  return decoder.decode(b.subarray(p, Math.min(b.length, p + cch)))
}
