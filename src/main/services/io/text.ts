import { EsitiError } from '../../../shared/errors'
import { subjectOf } from './xml'
import { LIMITS, checkLimit } from './limits'

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  /** The text as written (line ends untouched), without BOM. */
  text: string
  encoding: TextEncoding
  hadBom: boolean
}

/** Which file (and which entry of a package) the bytes come from, for every error. */
export interface TextSource {
  file: string
  part?: string
}


function decodeOrFail(bytes: Uint8Array, encoding: string, src: TextSource, what: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new EsitiError('CORRUPT_FILE', 'io.textInvalid', { subject: subjectOf(src), encoding: what })
  }
}

/** BOM-less UTF-16 shows up as a NUL in (almost) every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192)
  if (n < 4) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le'
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be'
  return null
}

/**
 * The one decoder of plain text Esiti imports (transcripts, REFI-QDA sources and notes): a BOM wins
 * (UTF-8, UTF-16 LE/BE); BOM-less UTF-16 is recognised by its NULs; otherwise valid UTF-8 is UTF-8
 * and anything else is Windows-1252 (the usual Italian Windows export). UTF-32 and binary bytes (NULs
 * that are not UTF-16) are refused. The bytes and the decoded length are bounded by their limits.
 */
export function decodeText(bytes: Uint8Array, src: TextSource, maxBytes = LIMITS.textFileBytes.value): DecodedText {
  checkLimit(src.file, LIMITS.textFileBytes, bytes.length, { where: src.part, max: maxBytes })
  let result: DecodedText
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))
    throw new EsitiError('UNSUPPORTED_FILE', 'io.textUtf32', { subject: subjectOf(src) })
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    result = { text: decodeOrFail(bytes.subarray(3), 'utf-8', src, 'UTF-8'), encoding: 'utf-8-bom', hadBom: true }
  else if (bytes[0] === 0xff && bytes[1] === 0xfe)
    result = { text: decodeOrFail(bytes.subarray(2), 'utf-16le', src, 'UTF-16'), encoding: 'utf-16le', hadBom: true }
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    result = { text: decodeOrFail(bytes.subarray(2), 'utf-16be', src, 'UTF-16'), encoding: 'utf-16be', hadBom: true }
  else if (bytes.includes(0)) {
    const guess = guessUtf16(bytes)
    if (!guess) throw new EsitiError('UNSUPPORTED_FILE', 'io.textBinary', { subject: subjectOf(src) })
    result = { text: decodeOrFail(bytes, guess, src, 'UTF-16'), encoding: guess, hadBom: false }
  } else {
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', hadBom: false }
    } catch {
      result = { text: new TextDecoder('windows-1252', { ignoreBOM: true }).decode(bytes), encoding: 'windows-1252', hadBom: false }
    }
  }
  checkTextLength(result.text, src)
  return result
}

/** The characters limit of one source text (any format). */
export function checkTextLength(text: string, src: TextSource): void {
  checkLimit(src.file, LIMITS.textChars, text.length, { where: src.part })
}
