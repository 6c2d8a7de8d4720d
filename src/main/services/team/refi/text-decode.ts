import { unzipSync } from 'fflate'
import { EsitiError } from '../../../../shared/errors'
import { kids, parseXml, type XNode } from './xml-read'

export interface DecodedText {
  /** The text as the producer saw it (line ends untouched), without BOM. */
  text: string
  encoding: string
  hadBom: boolean
}

/** Decodes a REFI plain-text source: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. */
export function decodeSourceText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', hadBom: true }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadBom: true }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadBom: true }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hadBom: false }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', hadBom: false }
  }
}

const DOCX_MAX = 64 * 1024 ** 2

/**
 * Plain text of a .docx (word/document.xml): one line per paragraph, tabs and breaks kept.
 * Used only when a producer left the plain-text rendering empty (NVivo for Mac does this).
 */
export function docxText(bytes: Uint8Array, label: string): string {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false
        if (f.originalSize > DOCX_MAX || f.originalSize / Math.max(1, f.size) > 200)
          throw new EsitiError('TOO_LARGE', `${label}: the Word document is too large to read.`)
        return true
      }
    })
  } catch (e) {
    if (e instanceof EsitiError) throw e
    throw new EsitiError('CORRUPT_FILE', `${label} is not a readable Word document.`)
  }
  const xml = files['word/document.xml']
  if (!xml) throw new EsitiError('CORRUPT_FILE', `${label} is not a Word document (no word/document.xml).`)
  const { root } = parseXml(new TextDecoder('utf-8').decode(xml), label)
  const paragraphs: string[] = []
  const walk = (n: XNode, out: string[]): void => {
    for (const c of n.children) {
      if (c.name === 't') out.push(c.text)
      else if (c.name === 'tab') out.push('\t')
      else if (c.name === 'br' || c.name === 'cr') out.push('\n')
      else if (c.name === 'p') {
        const p: string[] = []
        walk(c, p)
        paragraphs.push(p.join(''))
      } else walk(c, out)
    }
  }
  const body = kids(root, 'body')[0] ?? root
  walk(body, [])
  return paragraphs.join('\n')
}
