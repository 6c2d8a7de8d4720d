import { createHash } from 'node:crypto'

/**
 * The one normalisation every source text goes through before it is stored: NFC, LF line ends,
 * no BOM. After that the text never changes; offsets are UTF-16 code units of this string.
 */
export function normaliseText(input: string): string {
  return input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Converts between the canonical UTF-16 offsets and Unicode code points (REFI-QDA's unit). */
export function utf16ToCodePoint(text: string, offset: number): number {
  let cp = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++
    cp++
  }
  return cp
}

export function codePointToUtf16(text: string, cpOffset: number): number {
  let i = 0
  let cp = 0
  while (cp < cpOffset && i < text.length) {
    const c = text.charCodeAt(i)
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
    cp++
  }
  return i
}
