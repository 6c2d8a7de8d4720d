import type ExcelJS from 'exceljs'
import { newWorkbook } from '../excel/exceljs'
import type { ExportResultDto, MatrixDto, SegmentFilter } from '../../../shared/ipc/coding'
import type { Ctx } from '../context'
import { addSafeRow, safeSheetName, writeWorkbookAtomic } from '../excel/safe-cell'
import { headers, type ExportLocale } from './export-headers'
import { codeMatrix, cooccurrence } from './matrices'

function matrixSheet(wb: ExcelJS.Workbook, title: string, m: MatrixDto, h: ReturnType<typeof headers>, presence = false): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(safeSheetName(wb, title), { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] })
  addSafeRow(ws, ['', ...m.columns.map((c) => c.path), ...(presence ? [] : [h.total])]).font = { bold: true }
  m.rows.forEach((r, i) =>
    addSafeRow(ws, [r.name, ...m.counts[i].map((n) => (presence ? (n > 0 ? 1 : 0) : n)), ...(presence ? [] : [m.rowTotals[i]])])
  )
  if (m.rowKind === 'cases' && !presence && m.unassigned.some((n) => n > 0)) addSafeRow(ws, [h.noCase, ...m.unassigned])
  const last = presence
    ? addSafeRow(ws, [h.rowsWith, ...m.columnPresence])
    : addSafeRow(ws, [h.total, ...m.columnTotals, m.columnTotals.reduce((a, b) => a + b, 0)])
  last.font = { bold: true }
  ws.getColumn(1).width = 40
  ws.getRow(1).alignment = { wrapText: true, vertical: 'top' }
  return ws
}

/** Codes × sources, codes × cases (counts and presence) and the co-occurrence table in one workbook. */
export async function exportMatrices(
  ctx: Ctx,
  file: string,
  opts: { aggregate?: boolean; filter?: SegmentFilter; codeIds?: string[]; locale?: ExportLocale } = {}
): Promise<ExportResultDto> {
  const h = headers(opts.locale)
  const wb = await newWorkbook()
  wb.creator = 'Esiti'
  const base = { aggregate: opts.aggregate, filter: opts.filter, codeIds: opts.codeIds }
  const bySource = codeMatrix(ctx, { ...base, rows: 'sources' })
  const byCase = codeMatrix(ctx, { ...base, rows: 'cases' })
  const sheets = [
    matrixSheet(wb, h.bySource, bySource, h),
    matrixSheet(wb, h.byCase, byCase, h),
    matrixSheet(wb, h.presence, byCase, h, true)
  ]
  const co = cooccurrence(ctx, { codeIds: opts.codeIds, filter: opts.filter })
  const ws = wb.addWorksheet(safeSheetName(wb, h.cooccurrence), { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] })
  addSafeRow(ws, ['', ...co.codes.map((c) => c.path)]).font = { bold: true }
  co.codes.forEach((c, i) => addSafeRow(ws, [c.path, ...co.counts[i]]))
  ws.getColumn(1).width = 40
  sheets.push(ws)
  const out = await writeWorkbookAtomic(wb, file)
  return { file: out, sheets: sheets.map((s) => s.name), rows: bySource.rows.length + byCase.rows.length + co.codes.length }
}
