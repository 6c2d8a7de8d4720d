import type ExcelJS from 'exceljs'
import type { TableModelDto } from '../../../shared/ipc/indicators'
import { fmtNumber, type Labels, type Locale } from '../indicators/labels'
import { headerRow, landscape, noteRow, num, text, titleCell, Widths } from './xlsx-cells'

export const CHART_PX = { width: 560, height: 315 }
const ROW_PX = 20

/** Where each table landed: the index links to it. */
export interface Placed {
  table: TableModelDto
  sheet: string
  row: number
}

export function tableCaption(t: TableModelDto, L: Labels): string {
  return `${L.table} ${t.label} – ${t.title}`
}

/**
 * One report section on one sheet: each table titled and numbered, a header row, numeric cells with
 * formats, the notes (base, missing, source) under it and its chart as a PNG on its right.
 */
export function writeSection(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  title: string,
  tables: TableModelDto[],
  images: Map<string, Buffer>,
  L: Labels,
  locale: Locale
): Placed[] {
  const w = new Widths()
  titleCell(ws, 1, title, 14)
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'A2' }]
  landscape(ws)
  const placed: Placed[] = []
  let r = 3
  if (tables.length === 0) noteRow(ws, r, '—')
  for (const t of tables) {
    const top = r
    placed.push({ table: t, sheet: ws.name, row: top })
    titleCell(ws, r++, tableCaption(t, L))
    if (t.status === 'error') {
      const c = text(ws, r++, 1, `⚠ ${t.message ?? L.noData}`)
      c.font = { color: { argb: 'FFC00000' } }
    } else {
      headerRow(ws, r++, t.header, w)
      for (const row of t.rows) {
        const label = text(ws, r, 1, row.label, w)
        label.alignment = { wrapText: true, vertical: 'top' }
        if (row.isBase) label.font = { italic: true }
        row.cells.forEach((c, k) => num(ws, r, k + 2, c.value, c.format, w))
        r++
      }
    }
    const notes: string[] = []
    if (t.status === 'ok' && t.base !== null) notes.push(L.validBase(fmtNumber(locale, t.base)))
    if (t.status === 'ok' && t.missing !== null && t.spec.rows !== 'indicators') notes.push(L.missingNote(fmtNumber(locale, t.missing)))
    notes.push(...t.notes)
    if (t.sources.length) notes.push(`${L.source}: ${t.sources.join('; ')}`)
    for (const n of notes) noteRow(ws, r++, n)
    const png = images.get(t.id)
    if (png) {
      const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' })
      ws.addImage(id, { tl: { col: Math.max(t.header.length, 2) + 0.3, row: top - 1 }, ext: CHART_PX, editAs: 'oneCell' })
      r = Math.max(r, top + Math.ceil(CHART_PX.height / ROW_PX) + 1)
    }
    r += 2
  }
  w.apply(ws)
  return placed
}
