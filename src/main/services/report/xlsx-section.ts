import type ExcelJS from 'exceljs'
import type { TableModelDto } from '../../../shared/ipc/indicators'
import { tableLayout, type LayoutRow, type LayoutWords } from '../../../shared/report/table-layout'
import { fmtNumber, type Labels, type Locale } from '../indicators/labels'
import { chartPlan, type ChartPlan } from './chart-plan'
import { fitRowHeights, headerRow, noteRow, numFmtWith, SUPPRESSED_FILL, text, titleCell, Widths, WRAP_TOP } from './xlsx-cells'
import { heightFor, linesIn, widthPoints } from './xlsx-measure'
import { printSetup, type PrintOptions } from './xlsx-print'

/** Where a table's native chart goes and which cells it is bound to (1-based sheet rows and columns). */
export interface ChartAnchor {
  table: TableModelDto
  plan: ChartPlan
  sheet: string
  headerRow: number
  /** Sheet row of each model row drawn. */
  rowOf: Map<number, number>
  /** Sheet column of cells[k]. */
  colOf: (k: number) => number
  /** 1-based first sheet row of the chart's frame, and the frame's size in points. */
  top: number
  width: number
  height: number
}

/** Where each table landed: the index links to it, the chart writer binds to it. */
export interface Placed {
  table: TableModelDto
  sheet: string
  row: number
  chart: ChartAnchor | null
}

export interface SectionText {
  L: Labels
  locale: Locale
  words: LayoutWords
  print: Omit<PrintOptions, 'columns' | 'titleRows'>
}

export function tableCaption(t: TableModelDto, L: Labels): string {
  return `${L.table} ${t.label} – ${t.title}`
}

/** The notes printed under a table: base, missing, the table's own and statistical notes, source. */
export function tableNotes(t: TableModelDto, L: Labels, locale: Locale): string[] {
  const notes: string[] = []
  if (t.status === 'ok' && t.base !== null) notes.push(L.validBase(fmtNumber(locale, t.base)))
  if (t.status === 'ok' && t.missing !== null && t.missing > 0 && t.spec.rows !== 'indicators') notes.push(L.missingNote(fmtNumber(locale, t.missing)))
  notes.push(...t.notes)
  if (t.sources.length) notes.push(`${L.source}: ${t.sources.join('; ')}`)
  return notes
}

const ROW_PT = 15

/** A table's rows on the sheet: from its caption to the end of its notes, then its chart's rows. */
interface Block {
  top: number
  chartTop: number | null
  bottom: number
}
const CHART_MIN_W = 400
const CHART_MAX_W = 640

function chartHeight(plan: ChartPlan): number {
  if (!plan.horizontal) return 270
  const bars = plan.rows.length * (plan.stacked ? 1 : Math.max(1, plan.columns.length))
  return Math.min(540, Math.max(200, 110 + 16 * bars))
}

function writeLayoutRow(ws: ExcelJS.Worksheet, r: number, row: LayoutRow, w: Widths): void {
  const indent = row.kind === 'ci' || row.kind === 'n'
  const label = text(ws, r, 1, row.label)
  label.alignment = { ...WRAP_TOP, ...(indent ? { indent: 1 } : {}) }
  if (row.kind === 'base' || row.kind === 'blockTitle' || indent) label.font = { italic: true, ...(row.kind === 'blockTitle' ? { bold: true } : {}) }
  w.see(1, row.label)
  row.cells.forEach((c, k) => {
    const cell = ws.getCell(r, k + 2)
    cell.alignment = { vertical: 'top', horizontal: c.text !== null ? 'center' : 'right' }
    if (c.text !== null) {
      cell.value = c.text
      if (indent) cell.font = { italic: true, size: 9 }
      w.see(k + 2, c.text)
      return
    }
    if (c.format === null) return
    const scale = c.format === 'percent' && c.value !== null ? c.value / 100 : c.value
    cell.value = c.value === null || !Number.isFinite(c.value) ? null : scale
    cell.numFmt = numFmtWith(c.format, c.letters)
    if (c.suppressed) cell.fill = SUPPRESSED_FILL
    if (c.lowBase || indent) cell.font = { italic: true, ...(c.lowBase ? { color: { argb: 'FF666666' } } : {}), ...(indent ? { size: 9 } : {}) }
    if (c.value !== null) w.see(k + 2, (c.format === 'percent' ? '100.0%' : c.value.toFixed(c.format === 'decimal' ? 2 : 0) + ',') + (c.letters ? ' ' + c.letters : ''))
  })
}

/**
 * One report section on one sheet. Each table: caption, header, figures (letters beside them,
 * bases and intervals in blocks under them), notes across the table's width, and below it the place
 * of its native chart. Print-ready: rows as tall as their wrapped text, the section title repeated on
 * every page, and a page break before a table that would not fit on what is left of a page.
 */
export function writeSection(ws: ExcelJS.Worksheet, title: string, tables: TableModelDto[], st: SectionText): Placed[] {
  const { L, locale, words } = st
  const w = new Widths()
  titleCell(ws, 1, title, 14)
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]
  const placed: Placed[] = []
  const blocks: Block[] = []
  const spans: { row: number; width: number }[] = []
  let r = 3
  if (tables.length === 0) noteRow(ws, r, '—')
  for (const t of tables) {
    const top = r
    const p: Placed = { table: t, sheet: ws.name, row: top, chart: null }
    placed.push(p)
    const width = Math.max(2, t.header.length)
    const caption = text(ws, r, 1, tableCaption(t, L))
    caption.font = { bold: true, size: 12 }
    caption.alignment = WRAP_TOP
    spans.push({ row: r++, width })
    const rowOf = new Map<number, number>()
    let headerAt = 0
    if (t.status === 'error') {
      const c = text(ws, r++, 1, `⚠ ${t.message ?? L.noData}`)
      c.font = { color: { argb: 'FFC00000' } }
      c.alignment = WRAP_TOP
      spans.push({ row: r - 1, width })
    } else {
      headerAt = r
      headerRow(ws, r++, t.header, w)
      for (const row of tableLayout(t, words, locale)) {
        if ((row.kind === 'value' || row.kind === 'base') && row.source !== null) rowOf.set(row.source, r)
        writeLayoutRow(ws, r++, row, w)
      }
    }
    for (const n of tableNotes(t, L, locale)) {
      noteRow(ws, r, n)
      spans.push({ row: r++, width })
    }
    const plan = t.status === 'ok' ? chartPlan(t) : null
    const chartTop = plan ? r : null
    if (plan) {
      // The chart sits under the notes; its rows are kept empty and of the default height.
      const height = chartHeight(plan)
      p.chart = { table: t, plan, sheet: ws.name, headerRow: headerAt, rowOf, colOf: (k) => k + 2, top: r, width: 0, height }
      const rows = Math.ceil(height / ROW_PT) + 1
      for (let i = 0; i < rows; i++) ws.getRow(r + i).height = ROW_PT
      r += rows
    }
    blocks.push({ top, chartTop, bottom: r - 1 })
    r += 2
  }
  w.apply(ws, { first: [24, 50], other: [9, 16] })
  // Captions, errors and notes span their table's columns: merged, so they wrap within its width.
  for (const s of spans) if (s.width > 1) ws.mergeCells(s.row, 1, s.row, s.width)
  const widest = Math.max(2, ...tables.map((t) => t.header.length))
  const colW = (c: number): number => widthPoints(ws.getColumn(c).width ?? 9.14)
  let chartWidth = 0
  for (const p of placed) {
    const a = p.chart
    if (!a) continue
    let tableWidth = 0
    for (let c = 1; c <= Math.max(2, a.table.header.length); c++) tableWidth += colW(c)
    a.width = Math.min(CHART_MAX_W, Math.max(CHART_MIN_W, tableWidth))
    chartWidth = Math.max(chartWidth, a.width)
  }
  fitRowHeights(ws, 2)
  ws.getRow(1).height = heightFor(linesIn(title, 200, 14), 14)
  const box = printSetup(ws, { ...st.print, columns: widest, width: chartWidth, titleRows: '1:1' })
  pageBreaks(ws, blocks, box.height - (ws.getRow(1).height ?? ROW_PT))
  return placed
}

/**
 * Page breaks for print: a table (with its notes and chart) that would straddle a page starts on a
 * new one when it fits on one page; when it does not, its chart at least is kept whole.
 */
function pageBreaks(ws: ExcelJS.Worksheet, blocks: Block[], page: number): void {
  // A little slack for rounding; a table is moved to a new page when it fits on one with a little
  // more room than computed, which a reader shrinking wider fonts to the page width gives.
  const usable = page * 0.95
  const roomy = usable * 1.15
  const h = (r: number): number => ws.getRow(r).height ?? ROW_PT
  const span = (a: number, b: number): number => {
    let s = 0
    for (let r = a; r <= b; r++) s += h(r)
    return s
  }
  let used = 0
  let onPage = 0
  let prev = 2
  const add = (height: number): void => {
    used += height
    while (used > usable) (used -= usable), (onPage = 0)
  }
  const breakBefore = (row: number): void => {
    ws.getRow(row - 1).addPageBreak()
    used = 0
    onPage = 0
  }
  for (const b of blocks) {
    add(span(prev, b.top - 1))
    const tableEnd = b.chartTop === null ? b.bottom : b.chartTop - 1
    const table = span(b.top, tableEnd)
    const whole = span(b.top, b.bottom)
    // A table that fits on a page starts on a new one rather than straddle two; one that does not
    // fit anywhere still starts on a new page when less than a third of this one is left.
    if (onPage > 0 && used + whole > usable && (whole <= roomy || table <= roomy || used > usable * 0.66)) breakBefore(b.top)
    add(table)
    onPage++
    if (b.chartTop !== null) {
      const chart = span(b.chartTop, b.bottom)
      if (used > 0 && used + chart > usable && chart <= roomy) breakBefore(b.chartTop)
      add(chart)
      onPage = 1
    }
    prev = b.bottom + 1
  }
}
