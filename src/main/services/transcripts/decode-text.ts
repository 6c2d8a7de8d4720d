import { EsitiError } from '../../../shared/errors'
import { decodeText, type DecodedText } from '../io/text'

export type { DecodedText, TextEncoding } from '../io/text'

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
 * Decodes a plain-text transcript through the reading layer (encoding, size and length limits) and
 * refuses what is not a transcript: binary content read as text, or a file with no text.
 */
export function decodeTextBytes(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new EsitiError('INVALID_INPUT', 'transcripts.fileEmpty', { file: fileName })
  const result = decodeText(bytes, { file: fileName })
  if (controlRatio(result.text) > 0.01)
    throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.binaryText', { file: fileName })
  if (result.text.trim() === '') throw new EsitiError('INVALID_INPUT', 'transcripts.fileNoText', { file: fileName })
  return result
}
