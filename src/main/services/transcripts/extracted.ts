import type { Msg } from '../../../shared/messages'
import type { Block, Cue } from './structure'
import type { TextEncoding } from './decode-text'

export type SourceFormat = 'txt' | 'md' | 'docx' | 'odt' | 'pdf' | 'srt' | 'vtt'

/** What a reader returns: the text (already NFC/LF for document formats), its paragraphs, how it was read. */
export interface Extracted {
  text: string
  blocks?: Block[]
  /** Character encoding of the file; null where it does not apply (PDF). */
  encoding: TextEncoding | null
  format: SourceFormat
  warnings?: Msg[]
  /** Subtitle cues with their media times (srt, vtt). */
  cues?: Cue[]
}
