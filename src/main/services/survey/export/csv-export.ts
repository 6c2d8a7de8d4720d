import { publishFiles } from '../../files/publish'
import { guardText } from '../../report/cell-guard'
import { cellsOf, headersOf, type OutCell } from './cells'
import type { ExportData } from './export-data'

/**
 * CSV dialects. 'standard': RFC 4180 — comma, decimal point, ISO dates, UTF-8 (a BOM only with
 * `bom`), for R, Python, Stata and re-import. 'excel-it': what Excel opens correctly with Italian
 * regional settings — semicolon, decimal comma, dd/mm/yyyy dates, UTF-8 with a BOM (without it
 * Excel reads accented letters as Windows-1252), and text that Excel would run as a formula guarded
 * with a leading apostrophe.
 */
export type CsvDialect = 'standard' | 'excel-it'

function quote(s: string, sep: string): string {
  return s.includes(sep) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s
}

function dmy(iso: string, time: boolean): string {
  const [d, t] = iso.split('T')
  const [y, m, day] = d.split('-')
  return `${day}/${m}/${y}${time && t ? ` ${t.slice(0, 8)}` : ''}`
}

function format(c: OutCell, dialect: CsvDialect, sep: string): string {
  if (c === null) return ''
  if (c.kind === 'number') return dialect === 'excel-it' ? String(c.value).replace('.', ',') : String(c.value)
  if (c.kind === 'date') return dialect === 'excel-it' ? dmy(c.iso, c.time) : c.iso
  return quote(dialect === 'excel-it' ? guardText(c.value) : c.value, sep)
}

export function dataCsv(data: ExportData, opts: { labels: boolean; dialect: CsvDialect; bom: boolean }): string {
  const sep = opts.dialect === 'excel-it' ? ';' : ','
  const lines: string[] = []
  lines.push(data.variables.flatMap((v) => headersOf(v.meta, opts.labels)).map((h) => quote(opts.dialect === 'excel-it' ? guardText(h) : h, sep)).join(sep))
  for (let r = 0; r < data.rows; r++) {
    const cells: string[] = []
    for (const v of data.variables) for (const c of cellsOf(v.meta, v.values[r], opts.labels)) cells.push(format(c, opts.dialect, sep))
    lines.push(cells.join(sep))
  }
  const bom = opts.bom || opts.dialect === 'excel-it' ? '\uFEFF' : ''
  return bom + lines.join('\r\n') + '\r\n'
}

export function writeDataCsv(file: string, data: ExportData, opts: { labels: boolean; dialect: CsvDialect; bom: boolean }): void {
  publishFiles([{ path: file, data: dataCsv(data, opts) }])
}
