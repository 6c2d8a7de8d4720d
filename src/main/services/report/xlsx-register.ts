import type ExcelJS from 'exceljs'
import type { ActivityDto } from '../../../shared/ipc/indicators'
import type { Labels } from '../indicators/labels'
import { valueLabel } from '../programme/value-labels'
import { headerRow, landscape, num, text, Widths } from './xlsx-cells'

/** The monitoring register as an annex: dates as real dates, counts as numbers. */
export function writeRegister(ws: ExcelJS.Worksheet, activities: ActivityDto[], L: Labels): void {
  const w = new Widths()
  headerRow(ws, 1, L.registerCols, w)
  activities.forEach((a, i) => {
    const r = i + 2
    const d = ws.getCell(r, 1)
    // UTC midnight: Excel dates carry no zone (exceljs #486).
    d.value = new Date(a.date + 'T00:00:00Z')
    d.numFmt = 'dd/mm/yyyy'
    w.see(1, '00/00/0000')
    text(ws, r, 2, a.actionCode, w)
    text(ws, r, 3, valueLabel('activityKind', a.kind, L.locale), w)
    text(ws, r, 4, a.title, w).alignment = { wrapText: true, vertical: 'top' }
    text(ws, r, 5, a.organiser, w)
    num(ws, r, 6, a.participants, 'count', w)
    num(ws, r, 7, a.women, 'count', w)
    num(ws, r, 8, a.men, 'count', w)
    text(ws, r, 9, a.organisations.map((o) => o.name).join('; ')).alignment = { wrapText: true, vertical: 'top' }
    text(ws, r, 10, a.mode ? valueLabel('mode', a.mode, L.locale) : null, w)
    text(ws, r, 11, a.area, w)
  })
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, activities.length + 1), column: L.registerCols.length } }
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'A2' }]
  landscape(ws)
  w.apply(ws, { first: [12, 12], other: [8, 40] })
  ws.getColumn(4).width = 50
  ws.getColumn(9).width = 60
}
