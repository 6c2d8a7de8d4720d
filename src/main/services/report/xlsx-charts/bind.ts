import type ExcelJS from 'exceljs'
import type { ChartAnchor } from '../xlsx-section'
import { emu, widthPoints } from '../xlsx-measure'
import type { ChartSeries, NativeChart } from './chart-xml'
import type { SheetChart } from './package'
import { ref } from './xml'

const ROW_PT = 15

/** Where a frame of `width` × `height` points starting at column A of row `top` (1-based) ends. */
function frame(ws: ExcelJS.Worksheet, top: number, width: number, height: number): SheetChart['to'] & { fromRow: number } {
  let col = 0
  let left = width
  for (;;) {
    const w = widthPoints(ws.getColumn(col + 1).width ?? 9.14)
    if (left <= w || col > 200) break
    left -= w
    col++
  }
  let row = top - 1
  let down = height
  for (;;) {
    const h = ws.getRow(row + 1).height ?? ROW_PT
    if (down <= h || row > top + 400) break
    down -= h
    row++
  }
  return { col, colOff: emu(left), row, rowOff: emu(down), fromRow: top - 1 }
}

/**
 * The native chart of a placed table: series bound to the cells the table was written to (bars:
 * one series per value column over the figure rows; lines: one per row over the group columns).
 * Null when the figures are not one contiguous block (then no chart is better than a wrong one).
 */
export function bindChart(ws: ExcelJS.Worksheet, a: ChartAnchor, caption: string): SheetChart | null {
  const { table: t, plan } = a
  const rows = plan.rows.map((i) => a.rowOf.get(i))
  if (rows.some((r) => r === undefined) || rows.some((r, i) => r !== rows[0]! + i)) return null
  const cols = plan.columns.map(a.colOf)
  if (plan.type === 'line' && cols.some((c, i) => c !== cols[0] + i)) return null
  const first = rows[0]!
  const last = rows[rows.length - 1]!
  const format = plan.percent ? 'percent' : (t.rows[plan.rows[0]].cells[plan.columns[0]]?.format ?? 'count')
  const number = (row: number, k: number): number | null => {
    const v = t.rows[row].cells[k]?.value
    return v === null || v === undefined || !Number.isFinite(v) ? null : format === 'percent' ? v / 100 : v
  }
  let series: ChartSeries[]
  if (plan.type === 'line')
    series = plan.rows.map((row, i) => ({
      name: { ref: ref(a.sheet, 1, rows[i]!), text: t.rows[row].label },
      categories: { ref: ref(a.sheet, cols[0], a.headerRow, cols[cols.length - 1], a.headerRow), texts: plan.columns.map((k) => t.header[k + 1]) },
      values: { ref: ref(a.sheet, cols[0], rows[i]!, cols[cols.length - 1], rows[i]!), numbers: plan.columns.map((k) => number(row, k)) },
      colour: plan.colours[i]
    }))
  else
    series = plan.columns.map((k, i) => ({
      name: { ref: ref(a.sheet, cols[i], a.headerRow), text: t.header[k + 1] },
      categories: { ref: ref(a.sheet, 1, first, 1, last), texts: plan.rows.map((row) => t.rows[row].label) },
      values: { ref: ref(a.sheet, cols[i], first, cols[i], last), numbers: plan.rows.map((row) => number(row, k)) },
      colour: plan.colours[i]
    }))
  const chart: NativeChart = { type: plan.type, horizontal: plan.horizontal, stacked: plan.stacked, percent: plan.percent, format, series, title: caption }
  const to = frame(ws, a.top, a.width, a.height)
  return { sheet: a.sheet, chart, from: { col: 0, row: to.fromRow }, to: { col: to.col, colOff: to.colOff, row: to.row, rowOff: to.rowOff } }
}
