import fs from 'node:fs'
import { newWorkbook } from '../../services/excel/exceljs'
import { fixZipTimes } from './zip-times'

/** A cell: a value, or a formula with its cached result (as Excel saves it). */
export type Cell = string | number | Date | null | { formula: string; result: number }

export interface SheetSpec {
  name: string
  rows: Cell[][]
  /** Ranges like "A1:C1". */
  merges?: string[]
  /** Column widths in characters (cosmetic: what a person opening the file sees). */
  widths?: number[]
}

/**
 * Writes a workbook with exceljs: dates as real date cells, formulas with cached results. The creation
 * date and the zip entry times are fixed, so the bytes do not depend on when the demo was generated.
 */
export async function writeXlsx(file: string, sheets: SheetSpec[], creator: string): Promise<void> {
  const wb = await newWorkbook()
  wb.creator = creator
  wb.created = new Date(Date.UTC(2024, 0, 15))
  wb.modified = wb.created
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name)
    for (const row of s.rows) {
      const r = ws.addRow(row.map((c) => (c === null ? undefined : c)))
      row.forEach((c, i) => {
        if (c instanceof Date) r.getCell(i + 1).numFmt = 'dd/mm/yyyy'
      })
    }
    for (const m of s.merges ?? []) ws.mergeCells(m)
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer())
  fs.writeFileSync(file, fixZipTimes(bytes))
}
