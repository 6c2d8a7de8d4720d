import type ExcelJS from 'exceljs'
import type { NumberFormat } from '../../../shared/ipc/indicators'
import { guardText } from './cell-guard'

/** Format codes are always en-US syntax: Excel localises the separators on display. */
export const NUM_FMT: Record<NumberFormat, string> = { percent: '0.0%', count: '#,##0', decimal: '0.00' }

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8EA9DB' } }

/** Tracks the widest text per column, because exceljs has no autofit. */
export class Widths {
  private readonly max = new Map<number, number>()
  see(col: number, text: string): void {
    const longest = Math.max(...text.split('\n').map((l) => l.length))
    this.max.set(col, Math.max(this.max.get(col) ?? 0, longest))
  }
  apply(ws: ExcelJS.Worksheet, opts: { first?: [number, number]; other?: [number, number] } = {}): void {
    const [fMin, fMax] = opts.first ?? [18, 60]
    const [oMin, oMax] = opts.other ?? [10, 24]
    for (const [col, len] of this.max) {
      const [min, max] = col === 1 ? [fMin, fMax] : [oMin, oMax]
      ws.getColumn(col).width = Math.min(Math.max(len + 2, min), max)
    }
  }
}

/** User or label text: always a string cell, guarded against formula injection. */
export function text(ws: ExcelJS.Worksheet, row: number, col: number, value: string | null | undefined, w?: Widths): ExcelJS.Cell {
  const cell = ws.getCell(row, col)
  cell.value = value === null || value === undefined ? null : guardText(value)
  if (w && value) w.see(col, value)
  return cell
}

/** A number kept numeric: percentages (0–100 in Esiti) are stored as fractions with a % format. */
export function num(ws: ExcelJS.Worksheet, row: number, col: number, value: number | null, format: NumberFormat, w?: Widths): ExcelJS.Cell {
  const cell = ws.getCell(row, col)
  cell.value = value === null || !Number.isFinite(value) ? null : format === 'percent' ? value / 100 : value
  cell.numFmt = NUM_FMT[format]
  if (w && value !== null) w.see(col, format === 'percent' ? '100.0%' : value.toFixed(format === 'decimal' ? 2 : 0) + ',')
  return cell
}

export function headerRow(ws: ExcelJS.Worksheet, row: number, labels: string[], w?: Widths, startCol = 1): void {
  labels.forEach((l, i) => {
    const c = text(ws, row, startCol + i, l)
    c.font = { bold: true }
    c.fill = HEADER_FILL
    c.border = { bottom: THIN, top: THIN }
    c.alignment = { wrapText: true, vertical: 'top', horizontal: i === 0 ? 'left' : 'center' }
    // Headers wrap: they count for half their length in the column width.
    if (w) w.see(startCol + i, l.slice(0, Math.ceil(l.length / 2)))
  })
}

export function link(ws: ExcelJS.Worksheet, row: number, col: number, label: string, target: string, w?: Widths): void {
  const cell = ws.getCell(row, col)
  cell.value = { text: guardText(label), hyperlink: target }
  cell.font = { color: { argb: 'FF1F4E9E' }, underline: true }
  if (w) w.see(col, label)
}

export function noteRow(ws: ExcelJS.Worksheet, row: number, value: string): void {
  const c = text(ws, row, 1, value)
  c.font = { italic: true, size: 9, color: { argb: 'FF555555' } }
}

export function titleCell(ws: ExcelJS.Worksheet, row: number, value: string, size = 12): void {
  const c = text(ws, row, 1, value)
  c.font = { bold: true, size }
}

export function landscape(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 }
}
