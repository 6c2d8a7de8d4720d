import ExcelJS from 'exceljs'

export type Cell = string | number | boolean | Date | null | { formula: string; result: number | string } | { error: string }

export interface SheetSpec {
  name: string
  rows: Cell[][]
  /** Ranges like "A1:C1". */
  merges?: string[]
  state?: 'visible' | 'hidden' | 'veryHidden'
}

/** Writes a workbook with exceljs (dates as real date cells, formulas with cached results). */
export async function writeXlsx(file: string, sheets: SheetSpec[], opts: { date1904?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook()
  wb.created = new Date(Date.UTC(2024, 0, 1))
  wb.modified = wb.created
  if (opts.date1904) wb.properties.date1904 = true
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' })
    for (const row of s.rows) {
      const r = ws.addRow(row.map((c) => (c === null ? undefined : c)))
      row.forEach((c, i) => {
        if (c instanceof Date) r.getCell(i + 1).numFmt = c.getUTCHours() || c.getUTCMinutes() ? 'dd/mm/yyyy hh:mm:ss' : 'dd/mm/yyyy'
      })
    }
    for (const m of s.merges ?? []) ws.mergeCells(m)
  }
  await wb.xlsx.writeFile(file)
}

/** CSV text written with a chosen delimiter and encoding. */
export function csvText(rows: (string | number | null)[][], delimiter = ';'): string {
  const q = (v: string | number | null): string => {
    if (v === null) return ''
    const s = String(v)
    return /["\n\r;,\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return rows.map((r) => r.map(q).join(delimiter)).join('\r\n') + '\r\n'
}
