import { unzipSync } from 'fflate'
import { EsitiError } from '../../../shared/errors'

const MAX_ENTRY = 256 * 1024 * 1024

/** Reads the named entries of a ZIP container (docx, odt); a damaged archive is a clear error. */
export function readZipEntries(bytes: Uint8Array, names: string[], fileName: string): Map<string, Uint8Array> {
  const wanted = new Set(names)
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted.has(f.name)) return false
        if (f.originalSize > MAX_ENTRY)
          throw new EsitiError('TOO_LARGE', `${fileName}: the part ${f.name} is too large to import.`)
        return true
      }
    })
  } catch (e) {
    if (e instanceof EsitiError) throw e
    throw new EsitiError('CORRUPT_FILE', `${fileName} is damaged: it cannot be opened as a document (${(e as Error).message}).`)
  }
  return new Map(Object.entries(files))
}

/** Decodes an XML part: UTF-8 normally, UTF-16 when it starts with a BOM. */
export function xmlText(bytes: Uint8Array, fileName: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes)
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new EsitiError('CORRUPT_FILE', `${fileName} is damaged: its XML is not valid text.`)
  }
}
