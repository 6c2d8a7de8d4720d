import type ExcelJS from 'exceljs'
import type { Labels, Locale } from '../indicators/labels'
import { internalLink } from './cell-guard'
import { headerRow, link, noteRow, text, titleCell, Widths } from './xlsx-cells'

export type IndexEntry =
  | { kind: 'sheet' | 'section'; label: string; sheet: string }
  | { kind: 'table'; label: string; title: string; sheet: string; row: number }

/** The table of contents: every sheet and every table, as internal links (#'Sheet'!A1 only). */
export function writeIndex(ws: ExcelJS.Worksheet, programme: string | null, entries: IndexEntry[], L: Labels, locale: Locale, now: Date): void {
  const w = new Widths()
  titleCell(ws, 1, programme ?? L.index, 14)
  noteRow(ws, 2, `${L.generated} ${now.toLocaleDateString(locale === 'en' ? 'en-GB' : 'it-IT')}`)
  headerRow(ws, 4, [L.table, L.titleWord, L.sheetWord], w)
  let r = 5
  for (const e of entries) {
    if (e.kind === 'table') {
      const caption = e.label ? `${L.table} ${e.label}` : '•'
      link(ws, r, 1, caption, internalLink(e.sheet, e.row), w)
      text(ws, r, 2, e.title, w).alignment = { wrapText: true, vertical: 'top' }
    } else {
      link(ws, r, 1, e.label, internalLink(e.sheet, 1), w)
      ws.getCell(r, 1).font = { bold: true, color: { argb: 'FF1F4E9E' }, underline: true }
    }
    text(ws, r, 3, e.sheet, w)
    r++
  }
  ws.views = [{ state: 'frozen', ySplit: 4, topLeftCell: 'A5', activeCell: 'A5' }]
  w.apply(ws, { first: [16, 50], other: [20, 70] })
  ws.getColumn(2).width = 80
}
