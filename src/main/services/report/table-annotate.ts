import { LOW_BASE, type CellFlag, type ChiSquareDto, type TableModelDto, type TableStats } from '../../../shared/ipc/indicators'
import { formatMessage, type Locale } from '../../../shared/messages'
import { msg } from '../../../shared/messages'
import { chiSquare, columnLetter, columnMeans, columnProportions } from '../indicators/inference/tests'
import type { Body, BodyCell } from './table-body'

const VALUE_ROLES = new Set(['total', 'group', 'category', 'allPercent'])

export interface Annotated {
  rows: TableModelDto['rows']
  notes: string[]
  letters: (string | null)[] | null
  chiSquare: ChiSquareDto | null
}

const round2 = (v: number): number => Math.round(v * 100) / 100
const p3 = (p: number): number => Math.round(p * 1000) / 1000

function chiNote(c: ChiSquareDto, locale: Locale): string {
  const params = { statistic: round2(c.statistic), df: c.df, p: p3(c.p) }
  return formatMessage(msg(c.p < 0.001 ? 'report.note.chiSquareTiny' : 'report.note.chiSquare', params), locale)
}

/** One note for the chi-square of every row: "SW.5: χ² = 1,17, gl = 2, p = 0,556; CWF.4: …". */
function rowChiNote(tests: { row: string; c: ChiSquareDto }[], locale: Locale): string {
  const parts = tests.map(({ row, c }) =>
    formatMessage(msg(c.p < 0.001 ? 'report.note.rowChiSquareTiny' : 'report.note.rowChiSquare', { row, statistic: round2(c.statistic), df: c.df, p: p3(c.p) }), locale)
  )
  return formatMessage(msg('report.note.rowChiSquares', { list: parts.join('; ') }), locale)
}

/** A row's short name in a note: an indicator's code ("SW.5 – Dipendenti …" → "SW.5"), else its label. */
const shortLabel = (label: string): string => (/^\S{1,20} – /.test(label) ? label.split(' – ')[0] : label)

function flag(cell: BodyCell, f: CellFlag): void {
  cell.flags = [...(cell.flags ?? []), f]
}

/**
 * Turns a computed body into the published rows: flags (non-finite figures, bases under 30,
 * suppressed bases), 95 % intervals, column letters and chi-square, and the notes that explain them.
 * Suppressed figures take no part in the tests, so a hidden value cannot show through a letter.
 */
export function annotate(body: Body, stats: TableStats, locale: Locale): Annotated {
  const notes: string[] = []
  const say = (key: Parameters<typeof msg>[0], params?: Parameters<typeof msg>[1]): number => notes.push(formatMessage(msg(key, params), locale))
  const valueCol = body.roles.slice(1).map((r) => VALUE_ROLES.has(r))
  let nonFinite = 0
  let lowBase = false
  let suppressed = false
  let anyCi = false
  let weighted = false
  for (const row of body.rows) {
    if (row.isBase) continue
    row.cells.forEach((cell, k) => {
      if (cell.value !== null && !Number.isFinite(cell.value)) {
        cell.value = null
        cell.est = null
        flag(cell, 'nonFinite')
        nonFinite++
        return
      }
      const est = cell.est
      if (!valueCol[k] || !est || cell.n === null) return
      if (est.weighted) (cell.neff = est.base), (weighted = true)
      if (stats.minBase && cell.n < stats.minBase) {
        cell.value = null
        cell.est = null
        flag(cell, 'suppressed')
        suppressed = true
        return
      }
      if (cell.n < LOW_BASE) (flag(cell, 'lowBase'), (lowBase = true))
      if (stats.ci && cell.format !== 'count' && est.ci) (cell.ci = est.ci), (anyCi = true)
    })
  }
  const groupCols = body.roles.slice(1).flatMap((r, k) => (r === 'group' ? [k] : []))
  let letters: (string | null)[] | null = null
  let table: ChiSquareDto | null = null
  if (stats.tests) {
    const kinds = new Set<string>()
    if (groupCols.length >= 2) {
      letters = body.roles.slice(1).map(() => null)
      const rowTests: { row: string; c: ChiSquareDto }[] = []
      groupCols.forEach((k, i) => (letters![k] = columnLetter(i)))
      for (const row of body.rows) {
        if (row.isBase) continue
        const ests = groupCols.map((k) => row.cells[k].est ?? null)
        const kind = ests.find((e) => e)?.kind
        if (!kind) continue
        kinds.add(kind)
        const r =
          kind === 'proportion'
            ? columnProportions(ests.map((e) => (e ? e.point / 100 : null)), ests.map((e) => e?.base ?? 0))
            : columnMeans(ests.map((e) => e?.point ?? null), ests.map((e) => e?.sd ?? null), ests.map((e) => e?.base ?? 0))
        groupCols.forEach((k, i) => (row.cells[k].sig = r.greaterThan[i].map((j) => letters![groupCols[j]]!)))
        // Indicator and item rows: is the proportion the same in every group (2 × k chi-square)?
        // (Categories tables have their own test, of the whole table, and letters per category.)
        if (kind === 'proportion' && body.rowTests) {
          const used = ests.filter((e): e is NonNullable<typeof e> => !!e && e.base > 0)
          const test = chiSquare([used.map((e) => (e.point / 100) * e.base), used.map((e) => (1 - e.point / 100) * e.base)])
          ;(row as { test?: ChiSquareDto | null }).test = test
          if (test) rowTests.push({ row: shortLabel(row.label), c: test })
        }
      }
      if (rowTests.length) notes.push(rowChiNote(rowTests, locale))
      if (body.contingency) {
        const { counts, scale } = body.contingency
        table = chiSquare(counts.map((r) => r.map((v) => v * scale)))
        if (table) {
          notes.push(chiNote(table, locale))
          if (table.smallExpected > 0.2) say('report.note.chiSquareApprox', { share: table.smallExpected })
        }
      }
      if (kinds.has('proportion')) say('report.note.lettersProportions')
      if (kinds.has('mean')) say('report.note.lettersMeans')
    }
  }
  if (anyCi) say('report.note.ci')
  if ((anyCi || stats.tests) && weighted) say('report.note.ciWeighted')
  if ((stats.ci || stats.tests) && body.census) say('report.note.census')
  if (lowBase) say('report.note.lowBase', { count: LOW_BASE })
  if (suppressed) say('report.note.suppressed', { count: stats.minBase! })
  if (nonFinite) say('report.note.nonFinite', { count: nonFinite })
  const rows = body.rows.map((r) => ({
    ...r,
    cells: r.cells.map(({ est: _est, ...c }) => c)
  }))
  return { rows, notes, letters, chiSquare: table }
}
