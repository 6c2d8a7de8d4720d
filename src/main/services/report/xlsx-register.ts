import type ExcelJS from 'exceljs'
import type { ActivityDto } from '../../../shared/ipc/indicators'
import { valueLabel } from '../programme/value-labels'
import { finishSheet, freeze, type BookText } from './xlsx-book'
import { headerRow, num, text, Widths, WRAP_TOP } from './xlsx-cells'

/** The monitoring register as an annex: dates as real dates, counts as numbers. */
export function writeRegister(ws: ExcelJS.Worksheet, activities: ActivityDto[], bt: BookText): void {
  const { L } = bt
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
    text(ws, r, 4, a.title).alignment = WRAP_TOP
    text(ws, r, 5, a.organiser).alignment = WRAP_TOP
    num(ws, r, 6, a.participants, 'count', w)
    num(ws, r, 7, a.women, 'count', w)
    num(ws, r, 8, a.men, 'count', w)
    text(ws, r, 9, a.organisations.map((o) => o.name).join('; ')).alignment = WRAP_TOP
    text(ws, r, 10, a.mode ? valueLabel('mode', a.mode, L.locale) : null, w)
    text(ws, r, 11, a.area, w)
  })
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, activities.length + 1), column: L.registerCols.length } }
  freeze(ws, 1, 1)
  w.apply(ws, { first: [12, 12], other: [8, 16] })
  ws.getColumn(4).width = 44
  ws.getColumn(5).width = 24
  ws.getColumn(9).width = 44
  finishSheet(ws, bt, { columns: L.registerCols.length, headerRows: 1 })
}
