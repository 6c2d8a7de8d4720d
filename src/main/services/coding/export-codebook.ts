import { newWorkbook } from '../excel/exceljs'
import type { ExportResultDto } from '../../../shared/ipc/coding'
import type { Ctx } from '../context'
import { addSafeRow, safeSheetName, writeWorkbookAtomic } from '../excel/safe-cell'
import { listCodes } from './codes'
import { headers, type ExportLocale } from './export-headers'

/** The codebook as a sheet: path, level, colour (shown as the cell fill), definitions, links and counts. */
export async function exportCodebook(ctx: Ctx, file: string, opts: { locale?: ExportLocale } = {}): Promise<ExportResultDto> {
  const h = headers(opts.locale)
  const codes = listCodes(ctx)
  const wb = await newWorkbook()
  wb.creator = 'Esiti'
  const ws = wb.addWorksheet(safeSheetName(wb, h.codebook), { views: [{ state: 'frozen', ySplit: 1 }] })
  addSafeRow(ws, [
    h.codePath, h.code, h.level, h.color, h.definition, h.whenToUse, h.whenNotToUse, h.example, h.shortcut, h.links, h.codings, h.codingsTotal
  ]).font = { bold: true }
  for (const c of codes) {
    const row = addSafeRow(ws, [
      c.path,
      c.name,
      c.depth + 1,
      c.color,
      c.definition,
      c.whenToUse,
      c.whenNotToUse,
      c.example,
      c.shortcut,
      c.links.map((l) => l.label).join('; ') || null,
      c.codings,
      c.codingsTotal
    ])
    row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + c.color.slice(1).toUpperCase() } }
    row.getCell(2).alignment = { indent: c.depth }
  }
  const widths = [40, 28, 8, 10, 50, 40, 40, 40, 10, 40, 10, 12]
  widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1)
    col.width = w
    if (i >= 4 && i <= 7) col.alignment = { wrapText: true, vertical: 'top' }
  })
  const out = await writeWorkbookAtomic(wb, file)
  return { file: out, sheets: [ws.name], rows: codes.length }
}
