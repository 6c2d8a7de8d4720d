import path from 'node:path'
import type { IndicatorResultDto, NumberFormat, TableModelDto } from '../../../shared/ipc/indicators'
import { tableLayout } from '../../../shared/report/table-layout'
import { guardText } from './cell-guard'
import type { BookText } from './xlsx-book'
import { tableCaption, tableNotes } from './xlsx-section'

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

type Cell = { text: string } | { num: number | null; format: NumberFormat; letters?: string }

function csv(rows: Cell[][], delim: Delimiter): string {
  const lines = rows.map((r) =>
    r
      .map((c) => field('text' in c ? guardText(c.text) : numberText(c.num, c.format, delim) + (c.letters ? ` ${c.letters}` : ''), delim))
      .join(delim)
  )
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

/** A table as the workbook lays it out: caption, header, letters, figures, bases, intervals, notes. */
export function tableCsv(t: TableModelDto, bt: BookText, delim: Delimiter): string {
  const rows: Cell[][] = [[{ text: tableCaption(t, bt.L) }]]
  if (t.status === 'error') rows.push([{ text: `⚠ ${t.message ?? bt.L.noData}` }])
  else {
    rows.push(t.header.map((h) => ({ text: h })))
    for (const r of tableLayout(t, bt.words, bt.locale))
      rows.push([
        { text: r.label },
        ...r.cells.map((c): Cell => (c.text !== null ? { text: c.text } : c.format === null ? { text: '' } : { num: c.value, format: c.format, letters: c.letters }))
      ])
  }
  for (const n of tableNotes(t, bt.L, bt.locale)) rows.push([{ text: n }])
  return csv(rows, delim)
}

export function indicatorsCsv(results: IndicatorResultDto[], bt: BookText, delim: Delimiter): string {
  const { L } = bt
  const rows: Cell[][] = [
    [L.code, L.name, 'SDG', L.value, L.unit, L.n, L.missing, L.ciLow, L.ciHigh, L.target, L.status, L.notes].map((text) => ({ text })),
    ...results.map((r): Cell[] => {
      const ok = r.status === 'ok'
      const ci = ok ? (r.estimate?.ci ?? null) : null
      return [
        { text: r.code },
        { text: r.name },
        { text: r.sdg.join(' ') },
        { num: ok ? r.value : null, format: r.format },
        { text: r.unit },
        { num: ok ? r.n : null, format: 'count' },
        { num: ok ? r.missing : null, format: 'count' },
        { num: ci ? ci[0] : null, format: r.format },
        { num: ci ? ci[1] : null, format: r.format },
        { num: r.target, format: r.format },
        { text: ok ? L.statusOk : L.statusError },
        { text: r.message ?? '' }
      ]
    })
  ]
  return csv(rows, delim)
}

/** One CSV per table plus the indicator list, named for the table numbers. */
export function csvFiles(dir: string, results: IndicatorResultDto[], tables: TableModelDto[], bt: BookText, delim?: Delimiter): { path: string; data: string }[] {
  const d = delim ?? (bt.locale === 'it' ? ';' : ',')
  const used = new Set<string>()
  const name = (base: string): string => {
    let n = base
    for (let k = 2; used.has(n); k++) n = `${base}_${k}`
    used.add(n)
    return path.join(dir, n + '.csv')
  }
  return [
    { path: name(bt.L.indicators), data: indicatorsCsv(results, bt, d) },
    ...tables.map((t) => ({ path: name(`${bt.L.table}_${t.label}`), data: tableCsv(t, bt, d) }))
  ]
}
