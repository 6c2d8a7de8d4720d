import type ExcelJS from 'exceljs'
import type { NumberFormat } from '../../../shared/ipc/indicators'
import { safeText } from '../excel/safe-cell'
import { heightFor, linesIn } from './xlsx-measure'

/** Format codes are always en-US syntax: Excel and LibreOffice show the reader's separators. */
export const NUM_FMT: Record<NumberFormat, string> = { percent: '0.0%', count: '#,##0', decimal: '0.00' }

/** A figure's format with its significance letters shown after it ("45.3% B"), the cell staying a number. */
export function numFmtWith(format: NumberFormat, letters: string): string {
  return letters ? `${NUM_FMT[format]}" ${letters.replace(/"/g, '')}"` : NUM_FMT[format]
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }
export const SUPPRESSED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8EA9DB' } }
export const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' }

/**
 * Column widths from the texts a sheet holds, because exceljs has no autofit. Wrapped text (labels,
 * headers) counts by its longest word, so a header never breaks inside a word ("Mancan/ti").
 */
export class Widths {
  private readonly max = new Map<number, number>()
  see(col: number, text: string): void {
    const longest = Math.max(...text.split('\n').map((l) => l.length))
    this.max.set(col, Math.max(this.max.get(col) ?? 0, longest))
  }
  seeWords(col: number, text: string, atLeast = 0): void {
    const word = Math.max(0, ...text.split(/\s+/).map((w) => w.length))
    this.max.set(col, Math.max(this.max.get(col) ?? 0, word, Math.min(atLeast, text.length)))
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

/**
 * Row heights that fit wrapped text: each row as tall as its tallest wrapped cell, measured against
 * the final column widths (merged cells against the width of the merge). Call when widths are set.
 */
export function fitRowHeights(ws: ExcelJS.Worksheet, from = 1): void {
  const merged = new Map<string, number>()
  const model = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {}
  for (const m of Object.values(model)) {
    let width = 0
    for (let c = m.model.left; c <= m.model.right; c++) width += ws.getColumn(c).width ?? 9.14
    merged.set(`${m.model.top}:${m.model.left}`, width)
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < from) return
    let lines = 0
    let size = 11
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged cell's other cells repeat its text and style: only the merge's first cell counts.
      if (!cell.alignment?.wrapText || (cell.isMerged && cell.master.address !== cell.address)) return
      const text = typeof cell.value === 'string' ? cell.value : cell.text
      if (!text) return
      const fs = cell.font?.size ?? 11
      const width = merged.get(`${r}:${c}`) ?? ws.getColumn(c).width ?? 9.14
      const n = linesIn(text, width, fs)
      if (n * fs > lines * size) (lines = n), (size = fs)
    })
    // Every written row gets an explicit height, so a reader's own fonts cannot make it grow
    // (and page breaks computed from these heights hold).
    row.height = Math.max(row.height ?? 0, heightFor(Math.max(1, lines), size))
  })
}

/** User or label text: always a string cell, guarded against formula injection and invalid XML. */
export function text(ws: ExcelJS.Worksheet, row: number, col: number, value: string | null | undefined, w?: Widths): ExcelJS.Cell {
  const cell = ws.getCell(row, col)
  cell.value = value === null || value === undefined ? null : safeText(value)
  if (w && value) w.see(col, value)
  return cell
}

/** A number kept numeric: percentages (0–100 in Esiti) are stored as fractions with a % format; a non-finite one stays empty. */
export function num(ws: ExcelJS.Worksheet, row: number, col: number, value: number | null, format: NumberFormat, w?: Widths): ExcelJS.Cell {
  const cell = ws.getCell(row, col)
  const ok = value !== null && Number.isFinite(value)
  cell.value = ok ? (format === 'percent' ? value / 100 : value) : null
  cell.numFmt = NUM_FMT[format]
  if (w && ok) w.see(col, format === 'percent' ? '100.0%' : value.toFixed(format === 'decimal' ? 2 : 0) + ',')
  return cell
}

export function headerRow(ws: ExcelJS.Worksheet, row: number, labels: string[], w?: Widths, startCol = 1): void {
  labels.forEach((l, i) => {
    const c = text(ws, row, startCol + i, l)
    c.font = { bold: true }
    c.fill = HEADER_FILL
    c.border = { bottom: THIN, top: THIN }
    c.alignment = { wrapText: true, vertical: 'top', horizontal: i === 0 ? 'left' : 'center' }
    // Headers wrap on words: their longest word, and up to 12 characters on one line, set the width.
    if (w) w.seeWords(startCol + i, l, 12)
  })
}

export function link(ws: ExcelJS.Worksheet, row: number, col: number, label: string, target: string, w?: Widths): void {
  const cell = ws.getCell(row, col)
  cell.value = { text: safeText(label), hyperlink: target }
  cell.font = { color: { argb: 'FF1F4E9E' }, underline: true }
  if (w) w.see(col, label)
}

/** A note under a table: small italic text wrapped across `span` columns (merged), so it prints within the table's width. */
export function noteRow(ws: ExcelJS.Worksheet, row: number, value: string, span = 1): void {
  const c = text(ws, row, 1, value)
  c.font = { italic: true, size: 9, color: { argb: 'FF555555' } }
  c.alignment = WRAP_TOP
  if (span > 1) ws.mergeCells(row, 1, row, span)
}

export function titleCell(ws: ExcelJS.Worksheet, row: number, value: string, size = 12): void {
  const c = text(ws, row, 1, value)
  c.font = { bold: true, size }
}
