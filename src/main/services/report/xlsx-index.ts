import type ExcelJS from 'exceljs'
import { localeTag } from '../../../shared/messages'
import { internalLink } from './cell-guard'
import { finishSheet, freeze, type BookText } from './xlsx-book'
import { headerRow, link, noteRow, text, titleCell, Widths, WRAP_TOP } from './xlsx-cells'

export type IndexEntry =
  | { kind: 'sheet' | 'section'; label: string; sheet: string }
  | { kind: 'table'; label: string; title: string; sheet: string; row: number }

/** The table of contents: every sheet and every table, as internal links (#'Sheet'!A1 only), titles in full. */
export function writeIndex(ws: ExcelJS.Worksheet, entries: IndexEntry[], bt: BookText, now: Date): void {
  const { L } = bt
  const w = new Widths()
  titleCell(ws, 1, bt.programme ?? L.index, 14)
  noteRow(ws, 2, `${L.generated} ${now.toLocaleDateString(localeTag(bt.locale), { dateStyle: 'long' })}`, 3)
  headerRow(ws, 4, [L.table, L.titleWord, L.sheetWord], w)
  let r = 5
  for (const e of entries) {
    if (e.kind === 'table') {
      const caption = e.label ? `${L.table} ${e.label}` : '•'
      link(ws, r, 1, caption, internalLink(e.sheet, e.row), w)
      text(ws, r, 2, e.title).alignment = WRAP_TOP
    } else {
      // A section or sheet: its full title as the link, across the title column too.
      link(ws, r, 1, e.label, internalLink(e.sheet, 1))
      ws.getCell(r, 1).font = { bold: true, color: { argb: 'FF1F4E9E' }, underline: true }
      ws.getCell(r, 1).alignment = WRAP_TOP
      ws.mergeCells(r, 1, r, 2)
    }
    text(ws, r, 3, e.sheet, w).alignment = WRAP_TOP
    r++
  }
  freeze(ws, 4)
  w.apply(ws, { first: [14, 16], other: [20, 34] })
  ws.getColumn(2).width = 72
  ws.getColumn(3).width = Math.min(34, ws.getColumn(3).width ?? 20)
  finishSheet(ws, bt, { columns: 3, headerRows: 4 })
}
