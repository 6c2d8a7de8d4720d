import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { LIMITS, checkLimit } from '../io/limits'
import { ZipArchive } from '../io/zip-archive'
import { normaliseText } from '../text/normalise'
import { decodeTextBytes } from './decode-text'
import { extractDocx } from './docx'
import type { Extracted } from './extracted'
import { extractOdt } from './odt'
import { extractPdf } from './pdf'
import { parseCues, subtitlesToText } from './subtitles'

export const MAX_FILE_BYTES = LIMITS.documentBytes.value
export const TRANSCRIPT_EXTENSIONS = ['txt', 'md', 'markdown', 'text', 'docx', 'odt', 'pdf', 'srt', 'vtt']
const TEXT_EXT = new Set(['txt', 'md', 'markdown', 'text', 'srt', 'vtt'])

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((v, i) => b[i] === v)
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function containsUtf16(bytes: Uint8Array, s: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(s, 'utf16le'))
}

/** Office files that are not importable: explain what to do instead of failing obscurely. */
function refuseCfb(bytes: Uint8Array, fileName: string): never {
  if (containsUtf16(bytes, 'EncryptedPackage'))
    throw new EsitiError('ENCRYPTED_FILE', 'transcripts.passwordProtected', { file: fileName })
  if (containsUtf16(bytes, 'WordDocument'))
    throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.oldWord', { file: fileName })
  throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.officeUnknown', { file: fileName })
}

/**
 * Reads a transcript file of any supported kind. The content decides the format (a .txt that is
 * really a PDF is read as a PDF); the extension only picks among text-like files.
 */
export async function extractDocument(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  if (bytes.length === 0) throw new EsitiError('INVALID_INPUT', 'transcripts.fileEmpty', { file: fileName })
  checkLimit(fileName, LIMITS.documentBytes, bytes.length)
  const ext = path.extname(fileName).slice(1).toLowerCase()
  if (startsWith(bytes, CFB)) refuseCfb(bytes, fileName)
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const zip = await ZipArchive.fromBuffer(bytes, fileName, { what: 'document', maxInflated: LIMITS.documentXmlBytes.value * 2 })
    try {
      if (zip.has('word/document.xml')) return await extractDocx(zip, fileName)
      if (zip.has('content.xml')) return await extractOdt(zip, fileName)
      if (zip.has('EncryptedPackage')) refuseCfb(bytes, fileName)
    } finally {
      zip.close()
    }
    throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.zipNotText', { file: fileName })
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  if (head.includes('%PDF-')) return extractPdf(bytes, fileName)
  if (head.startsWith('{\\rtf'))
    throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.rtf', { file: fileName })
  if (ext === 'docx' || ext === 'odt' || ext === 'pdf')
    throw new EsitiError('CORRUPT_FILE', 'transcripts.damagedAs', { file: fileName, ext })
  if (ext === 'doc')
    throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.oldWord', { file: fileName })
  if (ext !== '' && !TEXT_EXT.has(ext))
    throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.extUnsupported', { file: fileName, ext })
  const decoded = decodeTextBytes(bytes, fileName)
  const subtitles = subtitleKind(ext, decoded.text)
  if (subtitles) {
    const s = subtitlesToText(parseCues(decoded.text, fileName, subtitles === 'vtt'))
    return { text: s.text, blocks: s.blocks, cues: s.cues, encoding: decoded.encoding, format: subtitles, warnings: s.warnings }
  }
  return {
    text: normaliseText(decoded.text),
    encoding: decoded.encoding,
    format: ext === 'md' || ext === 'markdown' ? 'md' : 'txt'
  }
}

/**
 * Subtitles by extension, or by content for a text file that is one (a .txt saved from a
 * transcription tool): "WEBVTT" on the first line, or an SRT index line followed by a cue time.
 */
function subtitleKind(ext: string, text: string): 'srt' | 'vtt' | null {
  if (ext === 'vtt') return 'vtt'
  if (ext === 'srt') return 'srt'
  const head = text.replace(/^\uFEFF/, '').slice(0, 500)
  if (/^WEBVTT(?:[ \t]|\r?\n|$)/.test(head)) return 'vtt'
  if (/^\s*\d+\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+-->\s+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/.test(head)) return 'srt'
  return null
}
