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
    throw new EsitiError('UNSUPPORTED_FILE', `${name} is UTF-32 text: save it as UTF-8 CSV.`)
  if (sample[0] === 0x00 && sample[1] === 0x00 && sample[2] === 0xfe && sample[3] === 0xff)
    throw new EsitiError('UNSUPPORTED_FILE', `${name} is UTF-32 text: save it as UTF-8 CSV.`)
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
    throw new EsitiError('UNSUPPORTED_FILE', `${name} is not a text (CSV) file and not an Excel workbook: save it as .xlsx or .csv.`)
  const head = sample.subarray(0, completeUtf8Length(sample))
  return { encoding: isUtf8(head) ? 'utf-8' : 'windows-1252', bom: 0 }
}

/** Raised inside the reader when a later chunk proves the file is not UTF-8 after all. */
export class NotUtf8Error extends Error {}

/**
 * Streams raw chunks out as UTF-8 bytes: UTF-8 input is validated and passed through untouched,
 * other encodings are transcoded with a streaming TextDecoder.
 */
export class Utf8Transcoder {
  private skip: number
  private tail: Buffer = Buffer.alloc(0)
  private readonly decoder: TextDecoder | null

  constructor(
    readonly encoding: CsvEncoding,
    bom: number
  ) {
    this.skip = bom
    // TextDecoder drops a UTF-16 BOM itself; for UTF-8 the BOM bytes are skipped here.
    this.decoder = encoding === 'utf-8' ? null : new TextDecoder(encoding)
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
    const cut = completeUtf8Length(buf)
    const out = buf.subarray(0, cut)
    if (!isUtf8(out)) throw new NotUtf8Error()
    this.tail = Buffer.from(buf.subarray(cut))
    return out
  }

  end(): Buffer {
    if (this.decoder) return Buffer.from(this.decoder.decode(), 'utf8')
    if (this.tail.length) throw new NotUtf8Error()
    return Buffer.alloc(0)
  }
}
