import { EsitiError } from '../../../shared/errors'

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncoding
}

const decoder = (label: string, fatal: boolean) => new TextDecoder(label, { fatal, ignoreBOM: true })

function decodeOrFail(bytes: Uint8Array, label: string, fileName: string, what: string): string {
  try {
    return decoder(label, true).decode(bytes)
  } catch {
    throw new EsitiError('CORRUPT_FILE', `${fileName}: the text is not valid ${what} although the file says so.`)
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

/** Control characters that never occur in a real transcript (tab, LF, CR and form feed do). */
function controlRatio(text: string): number {
  let bad = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f)) bad++
  }
  return text.length ? bad / text.length : 0
}

/**
 * Detects the encoding of a plain-text file: a BOM wins (UTF-8, UTF-16 LE/BE); otherwise text that
 * is valid UTF-8 is UTF-8 and anything else is read as Windows-1252 (the usual Italian Windows
 * export). Binary or unreadable content is refused with the file's name.
 */
export function decodeTextBytes(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new EsitiError('INVALID_INPUT', `${fileName} is empty.`)
  let result: DecodedText
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    throw new EsitiError('UNSUPPORTED_FILE', `${fileName} is UTF-32 text: save it as UTF-8.`)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    result = { text: decodeOrFail(bytes.subarray(3), 'utf-8', fileName, 'UTF-8'), encoding: 'utf-8-bom' }
  else if (bytes[0] === 0xff && bytes[1] === 0xfe)
    result = { text: decodeOrFail(bytes.subarray(2), 'utf-16le', fileName, 'UTF-16'), encoding: 'utf-16le' }
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    result = { text: decodeOrFail(bytes.subarray(2), 'utf-16be', fileName, 'UTF-16'), encoding: 'utf-16be' }
  else if (bytes.includes(0)) {
    const guess = guessUtf16(bytes)
    if (!guess)
      throw new EsitiError('UNSUPPORTED_FILE', `${fileName} looks like a binary file, not text: nothing was imported.`)
    result = { text: decodeOrFail(bytes, guess, fileName, 'UTF-16'), encoding: guess }
  } else {
    try {
      result = { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8' }
    } catch {
      result = { text: decoder('windows-1252', false).decode(bytes), encoding: 'windows-1252' }
    }
  }
  if (controlRatio(result.text) > 0.01)
    throw new EsitiError(
      'UNSUPPORTED_FILE',
      `${fileName}: unknown text encoding or binary content (not UTF-8, UTF-16 or Windows-1252).`
    )
  if (result.text.replace(/^\uFEFF/, '').trim() === '') throw new EsitiError('INVALID_INPUT', `${fileName} contains no text.`)
  return result
}
