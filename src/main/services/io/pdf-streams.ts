import { inflateSync } from 'node:zlib'
import { msg } from '../../../shared/messages'
import { LIMITS, RATIO_CHECK_AFTER, overLimit } from './limits'

const STREAM = Buffer.from('stream')
const END = Buffer.from('endstream')

/**
 * Inflates, before pdf.js does, every Flate stream of a PDF that text extraction would read (content
 * streams, fonts, object streams: every stream but images), within the ratio guard and a budget for
 * all of them together. pdf.js has no such bound, so a small PDF whose page content inflates to
 * gigabytes would otherwise exhaust memory inside it. Streams that are not valid deflate data are left
 * to pdf.js, which reports a damaged file its own way.
 */
export function checkPdfStreams(bytes: Uint8Array, file: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let total = 0
  let at = 0
  for (;;) {
    const kw = buf.indexOf(STREAM, at)
    if (kw < 0) return
    at = kw + STREAM.length
    // The keyword ends a dictionary (">>" before it, spaces aside) and is followed by an end of line.
    let p = kw - 1
    while (p >= 0 && (buf[p] === 0x20 || buf[p] === 0x0d || buf[p] === 0x0a || buf[p] === 0x09)) p--
    if (p < 1 || buf[p] !== 0x3e || buf[p - 1] !== 0x3e) continue
    let start = at
    if (buf[start] === 0x0d) start++
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) continue
    if (buf[start] === 0x0a) start++
    const end = buf.indexOf(END, start)
    if (end < 0) return
    at = end + END.length
    const dictStart = buf.lastIndexOf('obj', kw)
    const dict = buf.toString('latin1', dictStart < 0 ? Math.max(0, kw - 4096) : dictStart, kw)
    if (!/\/FlateDecode\b|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue
    const compressed = end - start
    const budget = LIMITS.pdfStreamBytes.value - total
    const ratioCap = Math.max(RATIO_CHECK_AFTER, compressed * LIMITS.inflateRatio.value)
    let out: Buffer
    try {
      out = inflateSync(buf.subarray(start, end), { maxOutputLength: Math.min(budget, ratioCap) + 1 })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') continue
      if (ratioCap < budget) throw overLimit(file, LIMITS.inflateRatio, ratioCap / Math.max(1, compressed), { where: msg('io.where.pdfStream', { offset: kw }), atLeast: true })
      throw overLimit(file, LIMITS.pdfStreamBytes, total + budget + 1, { atLeast: true })
    }
    total += out.length
  }
}
