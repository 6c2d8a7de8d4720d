import type ExcelJS from 'exceljs'
import type { CleanValue } from '../survey/frame'
import { guardText } from './cell-guard'
import type { DatasetInfo, ReportModel } from './report-model'
import { freeze, printText, type BookText } from './xlsx-book'
import { printSetup } from './xlsx-print'

/** Notes on cells are for reading, not for listing: after this many, the header's note counts the rest. */
const MAX_CELL_NOTES = 200

/**
 * The clean data of one dataset (with its waves) as an Excel table with filters. A number that is
 * not finite (a division by zero in a computed variable) is written as an empty cell with a note:
 * `<v>Infinity</v>` is not a number Excel or openpyxl accept.
 */
export function writeData(ws: ExcelJS.Worksheet, d: DatasetInfo, model: ReportModel, tableName: string, bt: BookText): void {
  const frame = model.frames(d.name, 'clean')
  const vars = frame.variables
  const columns = vars.map((v) => frame.column(v.name))
  const used = new Set<string>()
  const names = vars.map((v) => {
    let n = guardText(v.name)
    for (let k = 2; used.has(n.toLowerCase()); k++) n = `${guardText(v.name)}_${k}`
    used.add(n.toLowerCase())
    return n
  })
  const bad: { row: number; col: number; value: number }[] = []
  const cellValue = (v: CleanValue, row: number, col: number): string | number | boolean | null => {
    if (v === null) return null
    if (Array.isArray(v)) return guardText(v.join('; '))
    if (typeof v === 'string') return guardText(v)
    if (typeof v === 'number' && !Number.isFinite(v)) return bad.push({ row, col, value: v }), null
    return v
  }
  const rows: (string | number | boolean | null)[][] = new Array(frame.rowCount)
  for (let i = 0; i < frame.rowCount; i++) rows[i] = columns.map((c, k) => cellValue(c[i], i, k))
  ws.addTable({
    name: tableName,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows: rows.length ? rows : [names.map(() => null)]
  })
  for (const b of bad.slice(0, MAX_CELL_NOTES)) ws.getCell(b.row + 2, b.col + 1).note = bt.t('report.data.nonFinite', { value: String(b.value) })
  if (bad.length) ws.getCell(1, 1).note = bt.t('report.data.nonFiniteTotal', { count: bad.length })
  freeze(ws, 1, 1)
  vars.forEach((v, k) => (ws.getColumn(k + 1).width = Math.min(Math.max(v.name.length + 4, 10), 30)))
  printSetup(ws, { ...printText(bt), columns: vars.length, titleRows: '1:1' })
}
