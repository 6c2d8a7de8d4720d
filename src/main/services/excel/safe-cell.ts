import fs from 'node:fs'
import path from 'node:path'
import type ExcelJS from 'exceljs'
import { EsitiError } from '../../../shared/errors'
import { publishFiles } from '../files/publish'

/** What exporters may put in a cell. */
export type CellInput = string | number | boolean | Date | null | undefined

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32767

/**
 * Text that a spreadsheet would run as a formula (or DDE command) when the cell is edited, pasted or
 * saved as CSV: its first non-blank character is = + - @ (or a full-width form), or it starts with a
 * tab, carriage return or line feed (OWASP "CSV Injection", ASVS 1.2.10).
 */
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/
// Characters XML 1.0 forbids: exceljs would write a file Excel refuses to open.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function isFormulaLike(s: string): boolean {
  return FORMULA_START.test(s)
}

/**
 * Makes a string safe for a cell: formula-like text gets a leading apostrophe (OWASP's guard, so it
 * stays text wherever the sheet travels), characters invalid in XML are dropped and over-long text
 * is cut to Excel's limit with an ellipsis.
 */
export function safeText(s: string): string {
  let out = s.replace(XML_INVALID, '')
  if (isFormulaLike(out)) out = "'" + out
  if (out.length > MAX_CELL_TEXT) out = out.slice(0, MAX_CELL_TEXT - 1) + '…'
  return out
}

/** A value exporters can hand to exceljs: strings guarded, non-finite numbers empty. Never a formula. */
export function safeCellValue(v: CellInput): ExcelJS.CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') return safeText(v)
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v
  return v
}

export function setSafeCell(cell: ExcelJS.Cell, v: CellInput): void {
  cell.value = safeCellValue(v)
}

/** Appends a row of guarded values. */
export function addSafeRow(ws: ExcelJS.Worksheet, values: CellInput[]): ExcelJS.Row {
  return ws.addRow(values.map(safeCellValue))
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique within the workbook. */
export function safeSheetName(wb: ExcelJS.Workbook, name: string): string {
  const base = (name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Foglio').slice(0, 31)
  let candidate = base
  for (let i = 2; wb.worksheets.some((w) => w.name.toLowerCase() === candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`
    candidate = base.slice(0, 31 - suffix.length) + suffix
  }
  return candidate
}

/** Writes the workbook into place only once it is complete (see publishFiles): a failed export leaves nothing. */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, file: string): Promise<string> {
  const abs = path.resolve(file)
  if (path.extname(abs).toLowerCase() !== '.xlsx') throw new EsitiError('INVALID_INPUT', 'report.badExtension', { file, ext: '.xlsx' })
  if (!fs.existsSync(path.dirname(abs))) throw new EsitiError('NOT_FOUND', 'report.noFolder', { file: abs })
  publishFiles([{ path: abs, data: Buffer.from(await wb.xlsx.writeBuffer()) }])
  return abs
}
