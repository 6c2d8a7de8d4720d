import { ByteAccumulator } from '../byte-accumulator'
import { msg } from '../../../../shared/messages'
import { LIMITS, overLimit } from '../limits'
import { closeLength, findClose, readTag, type Tag } from './element-scan'
import { LT, nameIs, readTextContent } from './xml-bytes'
import { Utf8TextTable } from './utf8-texts'
import type { ZipArchive } from '../zip-archive'

/** Read once: checked per string. */
const MAX_CELL_BYTES = LIMITS.cellBytes.value
const MAX_STRINGS = LIMITS.sharedStrings.value

const SI = Buffer.from('si')
const T = Buffer.from('t')
const RPH = Buffer.from('rPh')

/**
 * Text of one `<si>` / `<is>` body in [from, to): the `<t>` runs concatenated (rich text flattened),
 * phonetic `<rPh>` runs skipped.
 */
export function richText(buf: Buffer, from: number, to: number): string {
  let text = ''
  let i = from
  while (i < to) {
    const lt = buf.indexOf(LT, i)
    if (lt < 0 || lt >= to) break
    const tag = readTag(buf, lt, to)
    if (!tag) break
    i = tag.end + 1
    if (tag.kind !== 'open' || tag.selfClosing) continue
    if (nameIs(buf, tag.localStart, tag.nameEnd, T)) {
      const r = readTextContent(buf, tag.end + 1, to)
      text += r.text
      i = r.end
    } else if (nameIs(buf, tag.localStart, tag.nameEnd, RPH)) {
      const close = findClose(buf, tag, i, to)
      i = close < 0 ? to : close + closeLength(tag)
    }
  }
  return text
}

const AMP = 0x26
const CR = 0x0d
const UNDERSCORE = 0x5f

/**
 * Where the plain text of an `<si>` body [from, to) is when it is one `<t>` run whose bytes are its
 * text as they stand (no entity, no `_xHHHH_` escape, no CR to normalise, no CDATA): [start, end), or
 * null. Most shared strings are such, and their bytes are kept without being decoded (see richText).
 */
function plainRun(buf: Buffer, from: number, to: number): [number, number] | null {
  if (buf[from] !== LT) return null
  const open = readTag(buf, from, to)
  if (!open || open.kind !== 'open' || open.selfClosing || !nameIs(buf, open.localStart, open.nameEnd, T)) return null
  const start = open.end + 1
  const end = buf.indexOf(LT, start)
  if (end < 0 || end >= to) return null
  const close = readTag(buf, end, to)
  if (!close || close.kind !== 'close' || close.end + 1 !== to || !nameIs(buf, close.localStart, close.nameEnd, T)) return null
  for (let i = start; i < end; i++) {
    const b = buf[i]
    if (b === AMP || b === CR || b === UNDERSCORE) return null
  }
  return [start, end]
}

/**
 * Streaming reader of sharedStrings.xml: one text per `<si>`, in order, kept as UTF-8 (Utf8TextTable:
 * a workbook's texts are most of a questionnaire's memory, decision 0029).
 */
export class SharedStringsScanner {
  readonly strings: Utf8TextTable
  private readonly acc: ByteAccumulator

  /** `bytesHint`: the part's uncompressed size (its texts take at most about as much). */
  constructor(
    private readonly file: string,
    bytesHint?: number
  ) {
    this.acc = new ByteAccumulator(file, msg('io.where.element', { part: 'xl/sharedStrings.xml' }))
    this.strings = new Utf8TextTable(bytesHint)
  }

  private check(bytes: number): void {
    if (bytes > MAX_CELL_BYTES) throw overLimit(this.file, LIMITS.cellBytes, bytes, { where: msg('io.where.sharedString', { n: this.strings.count + 1 }) })
    if (this.strings.count >= MAX_STRINGS)
      throw overLimit(this.file, LIMITS.sharedStrings, this.strings.count + 1, { where: msg('io.where.sharedStrings'), atLeast: true })
  }

  private add(text: string, bytes: number): void {
    this.check(bytes)
    this.strings.add(text)
  }

  push(chunk: Buffer): void {
    this.acc.push(chunk, (buf) => this.scan(buf))
  }

  private scan(buf: Buffer): number {
    const len = buf.length
    let p = 0
    for (;;) {
      const lt = buf.indexOf(LT, p)
      if (lt < 0) return len
      const tag: Tag | null = readTag(buf, lt, len)
      if (!tag) return lt
      if (tag.kind !== 'open' || !nameIs(buf, tag.localStart, tag.nameEnd, SI)) {
        p = tag.end + 1
        continue
      }
      if (tag.selfClosing) {
        this.add('', 0)
        p = tag.end + 1
        continue
      }
      const close = findClose(buf, tag, tag.end + 1, len)
      if (close < 0) return lt
      const bytes = close - tag.end - 1
      const run = bytes > MAX_CELL_BYTES ? null : plainRun(buf, tag.end + 1, close)
      if (run) {
        this.check(bytes)
        this.strings.addUtf8(buf, run[0], run[1])
      } else this.add(bytes > MAX_CELL_BYTES ? '' : richText(buf, tag.end + 1, close), bytes)
      p = close + closeLength(tag)
    }
  }
}

/**
 * A workbook's shared strings part read into a table (an empty one when there is no part), within
 * the part's limits. `onProgress` gets the compressed bytes read.
 */
export async function readSharedStrings(
  zip: ZipArchive,
  part: string | undefined,
  opts: { signal?: AbortSignal; onProgress?: (done: number) => void } = {}
): Promise<Utf8TextTable> {
  // Sized from the part's declared size (bounded by its limit): untouched pages cost nothing.
  const scanner = new SharedStringsScanner(zip.file, part ? Math.min(zip.declaredSize(part), LIMITS.sharedStringsBytes.value) : 0)
  if (part) for await (const chunk of zip.inflate(part, { limit: LIMITS.sharedStringsBytes, signal: opts.signal, onProgress: opts.onProgress })) scanner.push(chunk)
  return scanner.strings
}
