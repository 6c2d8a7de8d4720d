import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { EsitiError } from '../../../shared/errors'

export type CellValue = string | number | boolean | Date | null

/** A small sheet as plain cells: row numbers are 1-based as in the file (header = first non-empty row). */
export interface PlainTable {
  header: string[]
  headerRow: number
  rows: { row: number; cells: CellValue[] }[]
}

function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new EsitiError('NOT_FOUND', `File not found: ${file}`)
    if (code === 'EISDIR') throw new EsitiError('INVALID_INPUT', `${file} is a folder, not a file.`)
    throw new EsitiError('READ_ONLY', `Cannot read ${file}: ${(e as Error).message}`)
  }
}

/** Normalises the cell shapes exceljs returns (rich text, hyperlinks, formulas, errors). */
function plainCell(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('hyperlink' in v) {
      const t = (v as { text: unknown }).text
      return typeof t === 'string' ? t : plainCell(t as ExcelJS.CellValue)
    }
    if ('result' in v) return plainCell((v as { result?: ExcelJS.CellValue }).result ?? null)
    if ('error' in v) return null
  }
  return String(v)
}

async function readXlsx(file: string, bytes: Buffer, sheet?: string): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (e) {
    throw new EsitiError('CORRUPT_FILE', `${path.basename(file)} is not a readable xlsx file (${(e as Error).message}).`)
  }
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0]
  if (!ws) throw new EsitiError('NOT_FOUND', sheet ? `Sheet "${sheet}" not found in ${path.basename(file)}` : `${path.basename(file)} has no sheet.`)
  const out: CellValue[][] = []
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: CellValue[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = plainCell(cell.value)))
    out[n - 1] = cells
  })
  return Array.from(out, (r) => r ?? [])
}

function decodeText(bytes: Buffer): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  return text.replace(/^\uFEFF/, '')
}

/** RFC 4180 with the delimiter guessed from the header line (";" is what Italian Excel writes). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const)
  const delim = counts.sort((a, b) => b[1] - a[1])[0][0]
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === delim) row.push(field), (field = '')
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      ;(row = []), (field = '')
    } else field += c
  }
  if (field !== '' || row.length) row.push(field), rows.push(row)
  return rows
}

const isEmpty = (cells: CellValue[]): boolean => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))

/** Reads the first (or the named) sheet of an xlsx, or a CSV file, into a header and rows. */
export async function readTableFile(file: string, opts: { sheet?: string } = {}): Promise<PlainTable> {
  const bytes = readBytes(file)
  const ext = path.extname(file).toLowerCase()
  let grid: CellValue[][]
  if (ext === '.xlsx' || ext === '.xlsm') grid = await readXlsx(file, bytes, opts.sheet)
  else if (ext === '.csv' || ext === '.txt') grid = parseCsv(decodeText(bytes)).map((r) => r.map((c) => (c === '' ? null : c)))
  else throw new EsitiError('UNSUPPORTED_FILE', `${path.basename(file)}: use an .xlsx or .csv file.`)
  const headerIdx = grid.findIndex((r) => !isEmpty(r))
  if (headerIdx < 0) throw new EsitiError('INVALID_INPUT', `${path.basename(file)} is empty.`)
  const header = grid[headerIdx].map((c) => (c === null ? '' : String(c).trim()))
  const rows: PlainTable['rows'] = []
  for (let i = headerIdx + 1; i < grid.length; i++) if (!isEmpty(grid[i])) rows.push({ row: i + 1, cells: grid[i] })
  return { header, headerRow: headerIdx + 1, rows }
}
