import { newWorkbook } from '../excel/exceljs'
import type { CodeQuery, ExportResultDto, SegmentFilter } from '../../../shared/ipc/coding'
import { checkCancelled, type Ctx } from '../context'
import { addSafeRow, safeSheetName, writeWorkbookAtomic } from '../excel/safe-cell'
import { caseGrid } from './attributes'
import { headers, type ExportLocale } from './export-headers'
import { evaluateQuery, loadLabels, resolveFilter, segmentCases, sortSegments } from './retrieval'

/**
 * The quote bank: one row per coded segment with its source, case(s) and their attributes, coder,
 * code path, offsets (UTF-16 code units of the stored text), quote and comment.
 */
export async function exportSegments(
  ctx: Ctx,
  file: string,
  opts: { query?: CodeQuery | null; filter?: SegmentFilter; locale?: ExportLocale } = {}
): Promise<ExportResultDto> {
  const h = headers(opts.locale)
  const project = ctx.project
  const rows = evaluateQuery(project, opts.query, resolveFilter(project, opts.filter))
  const labels = loadLabels(project)
  sortSegments(rows, labels)
  const cases = segmentCases(project, rows, labels)
  const grid = caseGrid(ctx)
  const values = new Map(grid.cases.map((c) => [c.id, c.values]))
  const wb = await newWorkbook()
  wb.creator = 'Esiti'
  const ws = wb.addWorksheet(safeSheetName(wb, h.quotes), { views: [{ state: 'frozen', ySplit: 1 }] })
  const header = [h.source, h.case, ...grid.attributes.map((a) => a.name), h.coder, h.codePath, h.start, h.end, h.quote, h.comment]
  addSafeRow(ws, header).font = { bold: true }
  rows.forEach((r, i) => {
    if (i % 5000 === 0) checkCancelled(ctx)
    const segCases = cases.get(r.id) ?? []
    const attr = grid.attributes.map((a) => {
      const vals = [...new Set(segCases.map((c) => values.get(c.id)?.[a.id]).filter((v): v is string => v !== null && v !== undefined))]
      return vals.join('; ') || null
    })
    addSafeRow(ws, [
      r.source_name,
      segCases.map((c) => c.name).join('; ') || null,
      ...attr,
      labels.coders.get(r.coder_id) ?? '',
      labels.codes.get(r.code_id)?.path ?? '',
      r.start,
      r.end,
      r.quote,
      r.comment
    ])
  })
  const quoteCol = header.length - 1
  ws.columns.forEach((col, i) => {
    col.width = i === quoteCol - 1 ? 80 : i === quoteCol ? 40 : 18
    if (i >= quoteCol - 1) col.alignment = { wrapText: true, vertical: 'top' }
  })
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } }
  const out = await writeWorkbookAtomic(wb, file)
  return { file: out, sheets: [ws.name], rows: rows.length }
}
