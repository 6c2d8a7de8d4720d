import { open, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { EsitiError } from '../../../../shared/errors'

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const SPREADSHEET_EXT = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm', '.xlsb', '.xls', '.ods', '.numbers'])

export type FileKind = 'xlsx' | 'csv'

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
    if (!st.isFile()) throw new EsitiError('INVALID_INPUT', `${name} is not a file.`)
    size = st.size
  } catch (err) {
    if (err instanceof EsitiError) throw err
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new EsitiError('NOT_FOUND', `File not found: ${file}`)
    throw new EsitiError('READ_ONLY', `${name} cannot be read (${code ?? (err as Error).message}).`)
  }
  const ext = extname(file).toLowerCase()
  if (size === 0) {
    if (SPREADSHEET_EXT.has(ext)) throw new EsitiError('CORRUPT_FILE', `${name} is empty (0 bytes).`)
    return { kind: 'csv', size }
  }
  const head = Buffer.alloc(8)
  const fh = await open(file, 'r')
  try {
    await fh.read(head, 0, 8, 0)
  } finally {
    await fh.close()
  }
  if (head.equals(CFB_MAGIC))
    throw new EsitiError(
      'ENCRYPTED_FILE',
      `${name} is password-protected or an old .xls workbook: save it as .xlsx without a password`
    )
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && (head[3] === 0x04 || head[3] === 0x06))
    return { kind: 'xlsx', size }
  if (SPREADSHEET_EXT.has(ext))
    throw new EsitiError('UNSUPPORTED_FILE', `${name} is not an Excel workbook (it is not a zip package): save it as .xlsx or .csv.`)
  return { kind: 'csv', size }
}
