import { open, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import { msg, type MessageKey } from '../../../../shared/messages'

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const SPREADSHEET_EXT = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm', '.xlsb', '.xls', '.ods', '.numbers', '.sav', '.zsav'])
const HEAD_BYTES = 128

export type FileKind = 'xlsx' | 'csv' | 'ods' | 'xls' | 'sav'

/** Files people pick by mistake, recognised by their first bytes, so the refusal can name them. */
const WRONG_KINDS: [Buffer, MessageKey][] = [
  [Buffer.from('%PDF-'), 'formats.kind.pdf'],
  [Buffer.from('{\\rtf'), 'formats.kind.rtf'],
  [Buffer.from('SQLite format 3\u0000'), 'formats.kind.sqlite'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'formats.kind.image'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'formats.kind.image'],
  [Buffer.from('GIF8'), 'formats.kind.image']
]

/**
 * Text files that are documents, not tables: read as CSV they would "import" their lines as rows.
 * By extension (a Markdown or JSON file has no signature), and web pages and XML by their first
 * characters whatever they are named (a platform's HTML "export.xls" included).
 */
const DOCUMENT_EXT: Record<string, MessageKey> = {
  '.md': 'formats.kind.markdown',
  '.markdown': 'formats.kind.markdown',
  '.json': 'formats.kind.json',
  '.html': 'formats.kind.html',
  '.htm': 'formats.kind.html',
  '.xml': 'formats.kind.xml'
}

function markupKind(head: Buffer): MessageKey | null {
  // A UTF-8 byte order mark and leading blanks are skipped.
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase()
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return 'formats.kind.html'
  if (text.startsWith('<?xml')) return text.includes('<html') ? 'formats.kind.html' : 'formats.kind.xml'
  return null
}

/** The mimetype entry an OpenDocument package stores first, uncompressed: which kind of document it is. */
function openDocumentKind(head: Buffer): 'spreadsheet' | 'text' | 'other' | null {
  const nameLen = head.readUInt16LE(26)
  if (nameLen !== 8 || head.toString('latin1', 30, 38) !== 'mimetype') return null
  // Stored (method 0) as the standard asks; a compressed one cannot be read here.
  if (head.readUInt16LE(8) !== 0) return null
  const body = head.toString('latin1', 30 + 8 + head.readUInt16LE(28), HEAD_BYTES)
  if (body.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'spreadsheet'
  if (body.startsWith('application/vnd.oasis.opendocument.text')) return 'text'
  return 'other'
}

/**
 * Decides which reader gets the file from its first bytes (the extension only breaks ties): a zip is
 * read as a workbook, an OLE2/CFB container is an encrypted or legacy workbook, anything else with a
 * spreadsheet extension is refused, and the rest goes to the CSV reader (which rejects binary data).
 */
export async function sniffFileKind(file: string): Promise<{ kind: FileKind; size: number }> {
  const name = basename(file)
  let size: number
  try {
    const st = await stat(file)
    if (!st.isFile()) throw new EsitiError('INVALID_INPUT', 'survey.read.notAFile', { file: name })
    size = st.size
  } catch (err) {
    if (err instanceof EsitiError) throw err
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new EsitiError('NOT_FOUND', 'survey.read.fileNotFound', { file })
    throw new EsitiError('READ_ONLY', 'survey.read.cannotRead', { file: name, detail: code ?? (err as Error).message })
  }
  const ext = extname(file).toLowerCase()
  if (size === 0) {
    if (SPREADSHEET_EXT.has(ext)) throw new EsitiError('CORRUPT_FILE', 'survey.read.emptyFile', { file: name })
    return { kind: 'csv', size }
  }
  const head = Buffer.alloc(HEAD_BYTES)
  const fh = await open(file, 'r')
  try {
    await fh.read(head, 0, HEAD_BYTES, 0)
  } finally {
    await fh.close()
  }
  // Legacy .xls, encrypted .xlsx and Word .doc share this container: the reader tells them apart.
  if (head.subarray(0, 8).equals(CFB_MAGIC)) return { kind: 'xls', size }
  const magic = head.toString('latin1', 0, 4)
  if (magic === '$FL2' || magic === '$FL3') return { kind: 'sav', size }
  if (ext === '.sav' || ext === '.zsav') throw new EsitiError('UNSUPPORTED_FILE', 'formats.sav.notSav', { file: name })
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const od = openDocumentKind(head)
    if (od === 'spreadsheet' || (od === null && ext === '.ods')) return { kind: 'ods', size }
    if (od === 'text') throw new EsitiError('UNSUPPORTED_FILE', 'formats.wrongKind', { file: name, kind: msg('formats.kind.odt') })
    if (od === 'other') throw new EsitiError('UNSUPPORTED_FILE', 'formats.wrongKind', { file: name, kind: msg('formats.kind.openDocument') })
  }
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && (head[3] === 0x04 || head[3] === 0x06))
    return { kind: 'xlsx', size }
  for (const [sig, kind] of WRONG_KINDS)
    if (head.subarray(0, sig.length).equals(sig)) throw new EsitiError('UNSUPPORTED_FILE', 'formats.wrongKind', { file: name, kind: msg(kind) })
  const document = markupKind(head) ?? DOCUMENT_EXT[ext]
  if (document) throw new EsitiError('UNSUPPORTED_FILE', 'formats.wrongKind', { file: name, kind: msg(document) })
  if (SPREADSHEET_EXT.has(ext))
    throw new EsitiError('UNSUPPORTED_FILE', 'survey.read.notZip', { file: name })
  return { kind: 'csv', size }
}
