/**
 * Byte-level helpers for the hand-written XML scanners (worksheet, shared strings). They work on
 * Buffers so the hot path never decodes markup, only the text that ends up in cells.
 */

export const LT = 0x3c
export const GT = 0x3e
export const SLASH = 0x2f
const QUOTE = 0x22
const APOS = 0x27
const COLON = 0x3a
const EQ = 0x3d

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09

/** Where a tag name ends: whitespace, '>' or '/'. */
export const isNameEnd = (b: number): boolean => b === 0x20 || b === GT || b === SLASH || b === 0x0a || b === 0x0d || b === 0x09

/** Start of the local part of the name in [s, e): after the last ':' (namespace prefix). */
export function localStart(buf: Buffer, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) if (buf[i] === COLON) return i + 1
  return s
}

export function nameIs(buf: Buffer, s: number, e: number, name: Buffer): boolean {
  if (e - s !== name.length) return false
  for (let i = 0; i < name.length; i++) if (buf[s + i] !== name[i]) return false
  return true
}

/**
 * End of a start tag beginning at `from` (inside the tag): index of its '>' honouring quoted attribute
 * values, or -1 when the buffer ends first.
 */
export function tagEnd(buf: Buffer, from: number, len: number): number {
  let i = from
  while (i < len) {
    const b = buf[i]
    if (b === GT) return i
    if (b === QUOTE || b === APOS) {
      const close = buf.indexOf(b, i + 1)
      if (close < 0 || close >= len) return -1
      i = close + 1
    } else i++
  }
  return -1
}

/**
 * Attribute scanner over a start tag's attribute area; `visit` gets local name bounds, value bounds
 * and where the qualified name starts (readers that must tell prefixes apart use it).
 */
export function forEachAttr(
  buf: Buffer,
  from: number,
  end: number,
  visit: (ls: number, ne: number, vs: number, ve: number, qs: number) => void
): void {
  let i = from
  while (i < end) {
    while (i < end && (isSpace(buf[i]) || buf[i] === SLASH)) i++
    const ns = i
    while (i < end && buf[i] !== EQ && !isSpace(buf[i]) && buf[i] !== SLASH) i++
    const ne = i
    while (i < end && isSpace(buf[i])) i++
    if (i >= end || buf[i] !== EQ) {
      if (ne === ns) i++
      continue
    }
    i++
    while (i < end && isSpace(buf[i])) i++
    const q = buf[i]
    if (q !== QUOTE && q !== APOS) continue
    const ve = buf.indexOf(q, i + 1)
    if (ve < 0 || ve > end) return
    visit(localStart(buf, ns, ne), ne, i + 1, ve, ns)
    i = ve + 1
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const ENTITY_RE = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g

function codePoint(n: number): string {
  if (!(n > 0 && n <= 0x10ffff) || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD'
  return String.fromCodePoint(n)
}

/** Decodes the five XML entities and numeric character references; unknown ones stay literal. */
function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s
  return s.replace(ENTITY_RE, (whole, body: string) => {
    if (body[0] === '#')
      return codePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10))
    return NAMED[body] ?? whole
  })
}

const ESCAPE_RE = /_x([0-9A-Fa-f]{4})_/g

/** OOXML `_xHHHH_` escapes (e.g. `_x000D_` for CR); `_x005F_` escapes a literal underscore. */
function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s
  return s.replace(ESCAPE_RE, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

const RAW_LINE_END = /\r\n?/g

/**
 * Cell/shared-string text from raw element content: UTF-8, XML line-end normalisation (a raw CR LF or
 * CR is read as LF, as every XML parser must), entities, then OOXML escapes, so `_x000D_` is how a
 * real carriage return survives.
 */
export function xmlText(buf: Buffer, s: number, e: number): string {
  let t = buf.toString('utf8', s, e)
  if (t.indexOf('\r') >= 0) t = t.replace(RAW_LINE_END, '\n')
  return decodeOoxmlEscapes(decodeEntities(t))
}

const CDATA_OPEN = Buffer.from('<![CDATA[')
const CDATA_CLOSE = Buffer.from(']]>')

/**
 * Text of an element whose content starts at `s` and which closes before `limit`, including CDATA
 * sections. Returns the text and where the scan stopped (the '<' of the closing tag).
 */
export function readTextContent(buf: Buffer, s: number, limit: number): { text: string; end: number } {
  let text = ''
  let i = s
  for (;;) {
    const lt = buf.indexOf(LT, i)
    const stop = lt < 0 || lt >= limit ? limit : lt
    if (stop > i) text += xmlText(buf, i, stop)
    if (stop === limit) return { text, end: limit }
    if (buf.compare(CDATA_OPEN, 0, CDATA_OPEN.length, stop, stop + CDATA_OPEN.length) === 0) {
      const close = buf.indexOf(CDATA_CLOSE, stop + CDATA_OPEN.length)
      const ce = close < 0 || close > limit ? limit : close
      text += buf.toString('utf8', stop + CDATA_OPEN.length, ce)
      i = ce + CDATA_CLOSE.length
      if (i >= limit) return { text, end: limit }
      continue
    }
    return { text, end: stop }
  }
}

/** "AB12" → { col: 27, row: 11 } (zero-based); row is -1 when absent, null when not a reference. */
export function parseCellRef(buf: Buffer, s: number, e: number): { col: number; row: number } | null {
  let i = s
  let col = 0
  while (i < e) {
    let b = buf[i]
    if (b === 0x24) {
      i++
      continue
    }
    if (b >= 0x61 && b <= 0x7a) b -= 32
    if (b < 0x41 || b > 0x5a) break
    col = col * 26 + (b - 0x40)
    if (col > 1e7) return null
    i++
  }
  if (col === 0) return null
  let row = 0
  let digits = 0
  while (i < e) {
    const b = buf[i]
    if (b === 0x24 && digits === 0) {
      i++
      continue
    }
    if (b < 0x30 || b > 0x39) return null
    row = row * 10 + (b - 0x30)
    if (++digits > 9) return null
    i++
  }
  return { col: col - 1, row: digits ? row - 1 : -1 }
}

/** Non-negative decimal integer in [s, e), or -1. */
export function parseUint(buf: Buffer, s: number, e: number): number {
  if (e <= s || e - s > 15) return -1
  let n = 0
  for (let i = s; i < e; i++) {
    const b = buf[i]
    if (b < 0x30 || b > 0x39) return -1
    n = n * 10 + (b - 0x30)
  }
  return n
}
