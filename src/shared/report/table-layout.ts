import type { NumberFormat, TableModelDto } from '../ipc/indicators'
import { localeTag, type Locale } from '../messages/locale'

/*
 * How a report table is laid out for reading: the workbook, the Word document, the CSV files and the
 * window all render these rows, so a table reads the same everywhere. The model keeps each figure's
 * base, interval and letters on the cell; here they become rows:
 *   the letters row (A, B, … under the group headers, when tests are on);
 *   the figures, one row per model row, letters beside them, and the table's row of bases if it has one;
 *   a block "n" with each row's base per column, when groups differ in base and the table has no
 *   row of bases of its own (SPSS Custom Tables / ISTAT practice);
 *   a block "95% CI" with each row's intervals.
 * The figures stay one contiguous block, so a chart can be bound to them.
 */

export interface LayoutCell {
  /** A figure (kept numeric), or null. */
  value: number | null
  /** Text in place of a figure (interval, column letter). */
  text: string | null
  format: NumberFormat | null
  /** Letters of the columns this figure is significantly greater than. */
  letters: string
  lowBase: boolean
  suppressed: boolean
  nonFinite: boolean
}

export interface LayoutRow {
  /** blockTitle heads the n and ci blocks. */
  kind: 'letters' | 'value' | 'base' | 'blockTitle' | 'ci' | 'n'
  label: string
  /** The model row it comes from (null for the letters row). */
  source: number | null
  cells: LayoutCell[]
}

export interface LayoutWords {
  /** "IC 95%" */
  ci: string
  /** "n" */
  n: string
}

const VALUE_ROLES = new Set(['total', 'group', 'category', 'allPercent'])

const blank = (): LayoutCell => ({ value: null, text: null, format: null, letters: '', lowBase: false, suppressed: false, nonFinite: false })

/** An interval as text in the report's language: "40,1–60,3" (percentages and means alike). */
export function intervalText(ci: [number, number], format: NumberFormat, locale: Locale): string {
  const digits = format === 'percent' ? 1 : 2
  const nf = new Intl.NumberFormat(localeTag(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits })
  // A true minus: a cell starting with "-" would be taken for a formula and guarded with an apostrophe.
  const f = (v: number): string => nf.format(v).replace(/^-/, '\u2212')
  return `${f(ci[0])}–${f(ci[1])}`
}

export function tableLayout(t: TableModelDto, words: LayoutWords, locale: Locale): LayoutRow[] {
  const roles = t.columnRoles.slice(1)
  const width = Math.max(roles.length, ...t.rows.map((r) => r.cells.length))
  const out: LayoutRow[] = []
  if (t.letters?.some((l) => l)) {
    out.push({ kind: 'letters', label: '', source: null, cells: Array.from({ length: width }, (_, k) => ({ ...blank(), text: t.letters![k] ? `(${t.letters![k]})` : null })) })
  }
  const hasGroups = roles.includes('group')
  const hasBaseRow = t.rows.some((r) => r.isBase)
  t.rows.forEach((row, i) => {
    out.push({
      kind: row.isBase ? 'base' : 'value',
      label: row.label,
      source: i,
      cells: Array.from({ length: width }, (_, k) => {
        const c = row.cells[k]
        if (!c) return blank()
        const flags = c.flags ?? []
        return {
          value: c.value,
          text: null,
          format: c.format,
          letters: (c.sig ?? []).join(''),
          lowBase: flags.includes('lowBase'),
          suppressed: flags.includes('suppressed'),
          nonFinite: flags.includes('nonFinite')
        }
      })
    })
  })
  const figures = t.rows.map((r, i) => ({ r, i })).filter(({ r }) => !r.isBase)
  const block = (kind: 'n' | 'ci', title: string, cell: (c: TableModelDto['rows'][number]['cells'][number], k: number) => LayoutCell | null): void => {
    const rows = figures.map(({ r, i }) => ({ label: r.label, source: i, cells: Array.from({ length: width }, (_, k) => (r.cells[k] ? cell(r.cells[k], k) : null) ?? blank()) }))
    if (!rows.some((x) => x.cells.some((c) => c.value !== null || c.text !== null))) return
    out.push({ kind: 'blockTitle', label: title, source: null, cells: Array.from({ length: width }, blank) })
    for (const x of rows) out.push({ kind, ...x })
  }
  if (hasGroups && !hasBaseRow) block('n', words.n, (c, k) => (VALUE_ROLES.has(roles[k]) && c.n !== null ? { ...blank(), value: c.n, format: 'count' } : null))
  block('ci', words.ci, (c) => (c.ci ? { ...blank(), text: intervalText(c.ci, c.format, locale) } : null))
  return out
}
