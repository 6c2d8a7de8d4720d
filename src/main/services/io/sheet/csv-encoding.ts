import { isUtf8 } from 'node:buffer'
import { TextDecoder } from 'node:util'
import { EsitiError } from '../../../../shared/errors'

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface EncodingGuess {
  encoding: CsvEncoding
  /** BOM bytes to skip. */
  bom: number
}

/** Length of `buf` without a trailing, incomplete UTF-8 sequence. */
export function completeUtf8Length(buf: Buffer): number {
  const len = buf.length
  for (let back = 1; back <= Math.min(3, len); back++) {
    const b = buf[len - back]
    if ((b & 0xc0) === 0x80) continue // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? len - back : len
  }
  return len
}

/**
 * Guesses the text encoding from the head of the file: BOMs first, then BOM-less UTF-16 (every other
 * byte NUL), then UTF-8 validity; anything else is Windows-1252 (Excel's "CSV" on Italian Windows).
 * Binary data is refused.
 */
export function guessEncoding(sample: Buffer, name: string): EncodingGuess {
  if (sample[0] === 0xff && sample[1] === 0xfe && sample[2] === 0 && sample[3] === 0 && sample.length >= 4)
    throw new EsitiError('UNSUPPORTED_FILE', 'survey.read.utf32', { file: name })
  if (sample[0] === 0x00 && sample[1] === 0x00 && sample[2] === 0xfe && sample[3] === 0xff)
    throw new EsitiError('UNSUPPORTED_FILE', 'survey.read.utf32', { file: name })
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: 3 }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 }
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: 2 }

  const n = Math.min(sample.length, 8192) & ~1
  let evenNul = 0
  let oddNul = 0
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = sample[i]
    if (b === 0) {
      if (i & 1) oddNul++
      else evenNul++
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++
  }
  const pairs = n / 2
  if (pairs >= 2 && oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return { encoding: 'utf-16le', bom: 0 }
  if (pairs >= 2 && evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return { encoding: 'utf-16be', bom: 0 }
  if (evenNul + oddNul > n / 1000 || controls > n / 50)
    throw new EsitiError('UNSUPPORTED_FILE', 'survey.read.binary', { file: name })
  const head = sample.subarray(0, completeUtf8Length(sample))
  if (isUtf8(head)) return { encoding: 'utf-8', bom: 0 }
  // Not UTF-8 throughout: the name goes to what most lines with accented letters are.
  let utf8 = 0
  let other = 0
  for (let from = 0; from < head.length; ) {
    let to = head.indexOf(0x0a, from)
    to = to < 0 ? head.length : to + 1
    const line = head.subarray(from, to)
    if (line.some((b) => b >= 0x80)) {
      if (isUtf8(line)) utf8++
      else other++
    }
    from = to
  }
  return { encoding: utf8 > other ? 'utf-8' : 'windows-1252', bom: 0 }
}

const LF = 0x0a
/** A line longer than this without a line end is decoded on its own (a damaged or one-line file). */
const MAX_LINE = 4 * 1024 * 1024
const cp1252 = new TextDecoder('windows-1252')

/** Does the buffer hold a byte ≥ 0x80 (anything that is not plain ASCII)? */
function hasHighByte(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] >= 0x80) return true
  return false
}

/**
 * Streams raw chunks out as UTF-8 bytes. UTF-16 is transcoded with a streaming TextDecoder. 8-bit text
 * (UTF-8 or Windows-1252) is decided line by line: a file saved as UTF-8 that gained a few Latin-1 lines
 * (a row pasted from an old export) keeps its good lines and only the bad ones are read as
 * Windows-1252, each counted with its line number; valid UTF-8 chunks pass through untouched.
 */
export class Utf8Transcoder {
  private skip: number
  private tail: Buffer = Buffer.alloc(0)
  private readonly decoder: TextDecoder | null
  /** Physical lines (LF-terminated) already passed on. */
  private line = 0
  /** Lines read as Windows-1252, and lines with non-ASCII bytes that are valid UTF-8. */
  readonly latin1Lines: number[] = []
  latin1Count = 0
  utf8Count = 0

  constructor(
    readonly encoding: CsvEncoding,
    bom: number
  ) {
    this.skip = bom
    // TextDecoder drops a UTF-16 BOM itself; for UTF-8 the BOM bytes are skipped here.
    this.decoder = encoding.startsWith('utf-16') ? new TextDecoder(encoding) : null
    if (this.decoder) this.skip = 0
  }

  push(chunk: Buffer): Buffer {
    if (this.skip > 0) {
      const n = Math.min(this.skip, chunk.length)
      chunk = chunk.subarray(n)
      this.skip -= n
    }
    if (this.decoder) return Buffer.from(this.decoder.decode(chunk, { stream: true }), 'utf8')
    const buf = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk
    if (this.encoding === 'utf-8') {
      // The usual case: the whole chunk (up to a sequence cut at its end) is valid UTF-8.
      const cut = completeUtf8Length(buf)
      const out = buf.subarray(0, cut)
      if (isUtf8(out)) {
        this.countLines(out)
        this.tail = Buffer.from(buf.subarray(cut))
        return out
      }
    }
    let end = buf.lastIndexOf(LF) + 1
    if (end === 0 && buf.length > MAX_LINE) end = buf.length
    this.tail = Buffer.from(buf.subarray(end))
    return this.byLine(buf.subarray(0, end))
  }

  end(): Buffer {
    if (this.decoder) return Buffer.from(this.decoder.decode(), 'utf8')
    const rest = this.tail
    this.tail = Buffer.alloc(0)
    return rest.length ? this.byLine(rest) : rest
  }

  private countLines(buf: Buffer): void {
    for (let i = buf.indexOf(LF); i >= 0; i = buf.indexOf(LF, i + 1)) this.line++
  }

  /** Complete lines (the last may lack its LF at the end of the file), each decoded on its own. */
  private byLine(buf: Buffer): Buffer {
    const parts: Buffer[] = []
    let from = 0
    while (from < buf.length) {
      let to = buf.indexOf(LF, from)
      to = to < 0 ? buf.length : to + 1
      this.line++
      if (!hasHighByte(buf, from, to)) parts.push(buf.subarray(from, to))
      else {
        const line = buf.subarray(from, to)
        if (isUtf8(line)) {
          this.utf8Count++
          parts.push(line)
        } else {
          this.latin1Count++
          if (this.latin1Lines.length < 20) this.latin1Lines.push(this.line)
          parts.push(Buffer.from(cp1252.decode(line), 'utf8'))
        }
      }
      from = to
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts)
  }
}
