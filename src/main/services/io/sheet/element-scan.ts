import { GT, SLASH, isNameEnd, localStart, tagEnd } from './xml-bytes'

/**
 * One markup token found at a '<': what kind it is and where its name and tag end. Used by the
 * byte scanners to walk elements without building anything.
 */
export interface Tag {
  kind: 'open' | 'close' | 'other'
  /** Index of '<'. */
  start: number
  /** Qualified name bounds and the local name start. */
  nameStart: number
  nameEnd: number
  localStart: number
  /** Index of the tag's '>' */
  end: number
  selfClosing: boolean
}

/**
 * Reads the tag at `lt` (a '<'). Returns null when the buffer ends inside it. Comments, processing
 * instructions, DOCTYPE and stray CDATA come back as kind 'other' spanning the whole construct.
 */
export function readTag(buf: Buffer, lt: number, len: number): Tag | null {
  if (lt + 1 >= len) return null
  const c1 = buf[lt + 1]
  if (c1 === 0x21 /* ! */ || c1 === 0x3f /* ? */) {
    let closer = '>'
    if (buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) closer = '-->'
    else if (c1 === 0x3f) closer = '?>'
    else if (buf[lt + 2] === 0x5b /* [ */) closer = ']]>'
    const e = buf.indexOf(closer, lt + 2)
    if (e < 0 || e + closer.length > len) return null
    const end = e + closer.length - 1
    return { kind: 'other', start: lt, nameStart: lt, nameEnd: lt, localStart: lt, end, selfClosing: true }
  }
  const closing = c1 === SLASH
  const ns = closing ? lt + 2 : lt + 1
  let i = ns
  while (i < len && !isNameEnd(buf[i])) i++
  if (i >= len) return null
  const end = closing ? buf.indexOf(GT, i) : tagEnd(buf, i, len)
  if (end < 0 || end >= len) return null
  return {
    kind: closing ? 'close' : 'open',
    start: lt,
    nameStart: ns,
    nameEnd: i,
    localStart: localStart(buf, ns, i),
    end,
    selfClosing: !closing && buf[end - 1] === SLASH
  }
}

const closers = new Map<string, Buffer>()

/** Index of the matching `</qname>` after `from` (same prefix as the opening tag), or -1. */
export function findClose(buf: Buffer, tag: Tag, from: number, len: number): number {
  const key = buf.toString('latin1', tag.nameStart, tag.nameEnd)
  let closer = closers.get(key)
  if (!closer) {
    closer = Buffer.from(`</${key}>`, 'latin1')
    if (closers.size < 64) closers.set(key, closer)
  }
  const at = buf.indexOf(closer, from)
  return at < 0 || at + closer.length > len ? -1 : at
}

export const closeLength = (tag: Tag): number => tag.nameEnd - tag.nameStart + 3

