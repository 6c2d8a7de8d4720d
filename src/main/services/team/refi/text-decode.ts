import { decodeText, type TextSource } from '../../io/text'

export interface DecodedText {
  /** The text as the producer saw it (line ends untouched), without BOM. */
  text: string
  encoding: string
  hadBom: boolean
}

/**
 * Decodes a REFI plain-text source or note through the reading layer (UTF-8 with or without BOM,
 * UTF-16, else Windows-1252; binary refused; size and characters bounded by their limits).
 */
export function decodeSourceText(bytes: Uint8Array, src: TextSource): DecodedText {
  const d = decodeText(bytes, src)
  return { text: d.text, encoding: d.encoding === 'utf-8-bom' ? 'utf-8' : d.encoding, hadBom: d.hadBom }
}
