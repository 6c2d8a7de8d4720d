import { ByteAccumulator } from '../byte-accumulator'
import { msg } from '../../../../shared/messages'
import { LIMITS, overLimit } from '../limits'
import { closeLength, findClose, readTag, type Tag } from './element-scan'
import { LT, nameIs, readTextContent } from './xml-bytes'

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

/** Streaming reader of sharedStrings.xml: one string per `<si>`, in order. */
export class SharedStringsScanner {
  readonly strings: string[] = []
  private readonly acc: ByteAccumulator

  constructor(private readonly file: string) {
    this.acc = new ByteAccumulator(file, msg('io.where.element', { part: 'xl/sharedStrings.xml' }))
  }

  private add(text: string, bytes: number): void {
    if (bytes > LIMITS.cellBytes.value) throw overLimit(this.file, LIMITS.cellBytes, bytes, { where: msg('io.where.sharedString', { n: this.strings.length + 1 }) })
    if (this.strings.length >= LIMITS.sharedStrings.value)
      throw overLimit(this.file, LIMITS.sharedStrings, this.strings.length + 1, { where: msg('io.where.sharedStrings'), atLeast: true })
    this.strings.push(text)
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
      this.add(close - tag.end - 1 > LIMITS.cellBytes.value ? '' : richText(buf, tag.end + 1, close), close - tag.end - 1)
      p = close + closeLength(tag)
    }
  }
}
