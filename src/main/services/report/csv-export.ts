import path from 'node:path'
import type { IndicatorResultDto, NumberFormat, TableModelDto } from '../../../shared/ipc/indicators'
import type { Labels, Locale } from '../indicators/labels'
import { guardText } from './cell-guard'
import { tableCaption } from './xlsx-section'

export type Delimiter = ',' | ';'

/** RFC 4180 field: quoted when it holds the delimiter, a quote, a line break or edge spaces. */
function field(v: string, delim: Delimiter): string {
  return /["\r\n]/.test(v) || v.includes(delim) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** Numbers as a spreadsheet in that locale reads them: decimal comma with ";" (Italian Excel). */
function numberText(v: number | null, format: NumberFormat, delim: Delimiter): string {
  if (v === null || !Number.isFinite(v)) return ''
  const digits = format === 'percent' ? 1 : format === 'decimal' ? 2 : Number.isInteger(v) ? 0 : 2
  const s = v.toFixed(digits)
  const local = delim === ';' ? s.replace('.', ',') : s
  return format === 'percent' ? local + '%' : local
}

type Cell = { text: string } | { num: number | null; format: NumberFormat }

function csv(rows: Cell[][], delim: Delimiter): string {
  const lines = rows.map((r) =>
    r.map((c) => field('text' in c ? guardText(c.text) : numberText(c.num, c.format, delim), delim)).join(delim)
  )
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

export function tableCsv(t: TableModelDto, L: Labels, delim: Delimiter): string {
  const rows: Cell[][] = [[{ text: tableCaption(t, L) }]]
  if (t.status === 'error') rows.push([{ text: `⚠ ${t.message ?? L.noData}` }])
  else {
    rows.push(t.header.map((h) => ({ text: h })))
    for (const r of t.rows) rows.push([{ text: r.label }, ...r.cells.map((c) => ({ num: c.value, format: c.format }))])
  }
  if (t.base !== null) rows.push([{ text: `${L.base}: N = ${t.base}` }])
  for (const n of t.notes) rows.push([{ text: n }])
  if (t.sources.length) rows.push([{ text: `${L.source}: ${t.sources.join('; ')}` }])
  return csv(rows, delim)
}

export function indicatorsCsv(results: IndicatorResultDto[], L: Labels, delim: Delimiter): string {
  const rows: Cell[][] = [
    [L.code, L.name, 'SDG', L.value, L.unit, L.n, L.missing, L.target, L.status, L.notes].map((text) => ({ text })),
    ...results.map((r): Cell[] => [
      { text: r.code },
      { text: r.name },
      { text: r.sdg.join(' ') },
      { num: r.status === 'ok' ? r.value : null, format: r.format },
      { text: r.unit },
      { num: r.status === 'ok' ? r.n : null, format: 'count' },
      { num: r.status === 'ok' ? r.missing : null, format: 'count' },
      { num: r.target, format: r.format },
      { text: r.status },
      { text: r.message ?? '' }
    ])
  ]
  return csv(rows, delim)
}

/** One CSV per table plus the indicator list, named for the table numbers. */
export function csvFiles(dir: string, results: IndicatorResultDto[], tables: TableModelDto[], locale: Locale, L: Labels, delim?: Delimiter): { path: string; data: string }[] {
  const d = delim ?? (locale === 'it' ? ';' : ',')
  const used = new Set<string>()
  const name = (base: string): string => {
    let n = base
    for (let k = 2; used.has(n); k++) n = `${base}_${k}`
    used.add(n)
    return path.join(dir, n + '.csv')
  }
  return [
    { path: name(L.indicators), data: indicatorsCsv(results, L, d) },
    ...tables.map((t) => ({ path: name(`${L.table}_${t.label}`), data: tableCsv(t, L, d) }))
  ]
}
