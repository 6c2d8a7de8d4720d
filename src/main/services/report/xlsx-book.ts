import type ExcelJS from 'exceljs'
import { formatMessage, msg, type MessageKey, type MsgParams } from '../../../shared/messages'
import type { LayoutWords } from '../../../shared/report/table-layout'
import { labels, type Labels, type Locale } from '../indicators/labels'
import { fitRowHeights } from './xlsx-cells'
import { printSetup } from './xlsx-print'

/** What every sheet writer needs to word and print its sheet in the report's language. */
export interface BookText {
  L: Labels
  locale: Locale
  programme: string | null
  words: LayoutWords
  /** A catalog message worded in the report's language. */
  t(key: MessageKey, params?: MsgParams): string
}

export function bookText(locale: Locale, programme: string | null): BookText {
  const t = (key: MessageKey, params?: MsgParams): string => formatMessage(msg(key, params), locale)
  return { L: labels(locale), locale, programme, words: { ci: t('report.row.ci'), n: t('report.row.n') }, t }
}

/** Print options of the report's sheets: header with programme and sheet, footer "page x of y". */
export const printText = (bt: BookText) => ({ programme: bt.programme, pageOf: bt.t('report.print.pageOf') })

/** The last touch of a list sheet: rows fit their wrapped text, page set up, header rows repeated. */
export function finishSheet(ws: ExcelJS.Worksheet, bt: BookText, opts: { columns: number; headerRows?: number }): void {
  fitRowHeights(ws, 1)
  printSetup(ws, { ...printText(bt), columns: opts.columns, ...(opts.headerRows ? { titleRows: `1:${opts.headerRows}` } : {}) })
}

/**
 * Every styled font names its face: a font with a size or weight but no name is drawn by
 * LibreOffice in its default face (a serif), not in the workbook's Calibri.
 */
export function nameFonts(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const f = cell.font
      if (f && !f.name) cell.font = { name: 'Calibri', family: 2, ...f }
    })
  )
}

/** A frozen header of `rows` rows (and `cols` columns). */
export function freeze(ws: ExcelJS.Worksheet, rows: number, cols = 0): void {
  const col = String.fromCharCode(65 + cols)
  ws.views = [{ state: 'frozen', xSplit: cols, ySplit: rows, topLeftCell: `${col}${rows + 1}`, activeCell: `A${rows + 1}` }]
}
