import type ExcelJS from 'exceljs'
import { widthPoints } from './xlsx-measure'

/** A4 in points, and the margins every sheet gets (inches, as Excel stores them). */
const A4 = { short: 595, long: 842 }
export const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }

export interface PageBox {
  orientation: 'portrait' | 'landscape'
  /** Scale the sheet prints at to fit one page wide (≤ 1). */
  scale: number
  /** Printable height in points, at that scale, in sheet points. */
  height: number
}

/** Sum of the widths of the first `columns` columns, in points. */
export function contentWidth(ws: ExcelJS.Worksheet, columns: number): number {
  let w = 0
  for (let c = 1; c <= columns; c++) w += widthPoints(ws.getColumn(c).width ?? 9.14)
  return w
}


/**
 * Landscape when the content is wider than a portrait page; the scale that fits it one page wide
 * and the page height that leaves, as Excel (or LibreOffice with Calibri's metric twin Carlito)
 * computes them. A reader drawing wider fonts shrinks the page more, and so fits more on it.
 */
export function pageBox(width: number): PageBox {
  const printable = (side: number): number => side - (MARGINS.left + MARGINS.right) * 72
  const orientation = width > printable(A4.short) ? 'landscape' : 'portrait'
  const pageW = printable(orientation === 'landscape' ? A4.long : A4.short)
  const pageH = (orientation === 'landscape' ? A4.short : A4.long) - (MARGINS.top + MARGINS.bottom) * 72
  const scale = Math.min(1, pageW / Math.max(1, width))
  return { orientation, scale, height: pageH / scale }
}

/** Header and footer codes: & is a control character in them and is doubled in plain text. */
const hf = (s: string): string => s.replace(/&/g, '&&')

export interface PrintOptions {
  programme: string | null
  /** "Pagina &P di &N" in the report's language. */
  pageOf: string
  /** Rows repeated at the top of every printed page ("1:1"). */
  titleRows?: string
  /** Columns the content spans (for the orientation and the scale). */
  columns: number
  /** The content's width in points, when something wider than its columns (a chart) sets it. */
  width?: number
}

/**
 * A4, landscape when wide, fit to one page wide (as many pages tall as needed), margins, rows
 * repeated on every page, and a header (programme, sheet) and footer (page x of y) in the report's
 * language.
 */
export function printSetup(ws: ExcelJS.Worksheet, opts: PrintOptions): PageBox {
  const box = pageBox(Math.max(contentWidth(ws, Math.max(1, opts.columns)), opts.width ?? 0))
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: box.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: MARGINS,
    ...(opts.titleRows ? { printTitlesRow: opts.titleRows } : {})
  }
  ws.headerFooter = {
    oddHeader: `&L&9${hf(opts.programme ?? '')}&R&9&A`,
    oddFooter: `&C&9${opts.pageOf}`
  }
  return box
}
