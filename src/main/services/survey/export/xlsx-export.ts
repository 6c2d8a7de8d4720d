import fs from 'node:fs'
import path from 'node:path'
import type ExcelJS from 'exceljs'
import { loadExcelJS } from '../../excel/exceljs'
import { publishStreamed } from '../../files/publish'
import { EsitiError } from '../../../../shared/errors'
import { formatMessage, type Locale } from '../../../../shared/messages'
import { safeText } from '../../excel/safe-cell'
import { cellsOf, headersOf, isoToUtcDate } from './cells'
import type { ExportData } from './export-data'

const DATE_FMT: Record<Locale, { date: string; time: string }> = {
  it: { date: 'dd/mm/yyyy', time: 'dd/mm/yyyy hh:mm:ss' },
  en: { date: 'yyyy-mm-dd', time: 'yyyy-mm-dd hh:mm:ss' }
}

/**
 * Writes rows through exceljs' streaming writer into a private staging folder; the file is moved into
 * place when complete (publishStreamed), so a failed or killed export leaves nothing beside the target.
 */
export async function writeXlsxAtomic(file: string, fill: (wb: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>): Promise<string> {
  const abs = path.resolve(file)
  if (!fs.existsSync(path.dirname(abs))) throw new EsitiError('NOT_FOUND', 'dataExport.folderNotFound', { folder: path.dirname(abs) })
  const ExcelJS = await loadExcelJS()
  await publishStreamed(abs, async (staged) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: staged, useStyles: true, useSharedStrings: false })
    wb.creator = 'Esiti'
    await fill(wb)
    await wb.commit()
  })
  return abs
}

/** The dictionary as a sheet: bold header, frozen, wrapped text. */
export function addDictionarySheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, table: string[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = [18, 40, 14, 12, 20, 50, 16, 60, 16].map((width) => ({ width }))
  table.forEach((row, i) => {
    const r = ws.addRow(row.map((c) => safeText(c)))
    if (i === 0) r.font = { bold: true }
    else r.alignment = { vertical: 'top', wrapText: true }
    r.commit()
  })
  ws.commit()
}

/**
 * Clean data as a workbook: one sheet of data (numbers as numbers, dates as real dates, categories
 * as values or labels, a multiple-response set as one 0/1 column per option) and one sheet with the
 * data dictionary.
 */
export async function writeDataXlsx(file: string, data: ExportData, dictionary: string[][], opts: { labels: boolean; locale: Locale }): Promise<string> {
  const fmt = DATE_FMT[opts.locale]
  return writeXlsxAtomic(file, async (wb) => {
    const ws = wb.addWorksheet(formatMessage({ key: 'dataExport.sheet.data' }, opts.locale), { views: [{ state: 'frozen', ySplit: 1 }] })
    const headers = data.variables.flatMap((v) => headersOf(v.meta, opts.labels))
    ws.columns = headers.map((h) => ({ width: Math.min(40, Math.max(10, h.length + 2)) }))
    const head = ws.addRow(headers.map((h) => safeText(h)))
    head.font = { bold: true }
    head.commit()
    for (let r = 0; r < data.rows; r++) {
      const values: ExcelJS.CellValue[] = []
      const formats: (string | null)[] = []
      for (const v of data.variables)
        for (const c of cellsOf(v.meta, v.values[r], opts.labels)) {
          if (c === null) {
            values.push(null)
            formats.push(null)
          } else if (c.kind === 'number') {
            values.push(c.value)
            formats.push(null)
          } else if (c.kind === 'date') {
            values.push(isoToUtcDate(c.iso))
            formats.push(c.time ? fmt.time : fmt.date)
          } else {
            values.push(safeText(c.value))
            formats.push(null)
          }
        }
      const row = ws.addRow(values)
      formats.forEach((f, i) => {
        if (f) row.getCell(i + 1).numFmt = f
      })
      row.commit()
      // Lets the event loop breathe on large exports (progress, cancel).
      if (r % 20_000 === 19_999) await new Promise<void>((resolve) => setImmediate(resolve))
    }
    if (headers.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } }
    ws.commit()
    addDictionarySheet(wb, formatMessage({ key: 'dataExport.sheet.dictionary' }, opts.locale), dictionary)
  })
}
