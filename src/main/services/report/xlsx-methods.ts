import type ExcelJS from 'exceljs'
import type { CleanValue } from '../survey/frame'
import type { IndicatorDef } from '../indicators/indicator-defs'
import type { Labels } from '../indicators/labels'
import { guardText } from './cell-guard'
import type { DatasetInfo, ReportModel } from './report-model'
import { headerRow, num, text, titleCell, Widths } from './xlsx-cells'

function specSummary(d: IndicatorDef): string {
  const s = d.spec
  if (!s) return d.specError ?? ''
  if (s.source === 'survey') {
    const target = s.variable ?? s.items?.join(', ') ?? ''
    const cats = s.categories?.length ? ` [${s.categories.join(', ')}]` : ''
    return `${s.dataset}: ${s.statistic}(${target}${s.colVariable ? ' × ' + s.colVariable : ''})${cats}`
  }
  if (s.source === 'register') return `register: ${s.measure}`
  return `coding: ${s.measure} of ${s.codes.join(', ')}${s.includeChildren ? ' (+ sub-codes)' : ''}`
}

function stepText(step: unknown): { op: string; detail: string } {
  if (step && typeof step === 'object') {
    const { op, ...rest } = step as Record<string, unknown>
    return { op: String(op ?? ''), detail: JSON.stringify(rest) }
  }
  return { op: '', detail: String(step) }
}

/** Datasets, cleaning recipes (versions and steps) and indicator definitions. */
export function writeMethods(ws: ExcelJS.Worksheet, model: ReportModel, L: Labels): void {
  const w = new Widths()
  let r = 1
  titleCell(ws, r++, L.methods, 14)
  r++
  titleCell(ws, r++, L.datasets)
  headerRow(ws, r++, [L.datasets, L.name, 'Wave', L.rows, 'File', 'Import', L.version], w)
  for (const d of model.datasets) {
    text(ws, r, 1, d.name, w)
    text(ws, r, 2, d.title, w)
    text(ws, r, 3, d.wave, w)
    num(ws, r, 4, d.rows, 'count', w)
    text(ws, r, 5, d.fileName, w)
    text(ws, r, 6, d.importedAt.slice(0, 10), w)
    num(ws, r++, 7, d.recipeVersion, 'count', w)
  }
  r++
  titleCell(ws, r++, L.recipes)
  headerRow(ws, r++, [L.datasets, L.version, '#', 'op', L.steps], w)
  for (const d of model.datasets)
    for (const rec of d.recipes)
      rec.steps.forEach((step, k) => {
        const s = stepText(step)
        text(ws, r, 1, d.name, w)
        num(ws, r, 2, rec.version, 'count', w)
        num(ws, r, 3, k + 1, 'count', w)
        text(ws, r, 4, s.op, w)
        text(ws, r++, 5, s.detail).alignment = { wrapText: true, vertical: 'top' }
      })
  r++
  titleCell(ws, r++, L.indicators)
  headerRow(ws, r++, [L.code, L.name, L.definition, L.kind, L.statistic, L.breakdowns, L.unit, L.sdgTargets], w)
  for (const d of model.defs) {
    text(ws, r, 1, d.code, w)
    text(ws, r, 2, d.name).alignment = { wrapText: true, vertical: 'top' }
    text(ws, r, 3, d.definition).alignment = { wrapText: true, vertical: 'top' }
    text(ws, r, 4, `${d.kind} / ${d.sourceKind}`, w)
    text(ws, r, 5, specSummary(d)).alignment = { wrapText: true, vertical: 'top' }
    text(ws, r, 6, d.disaggregations.map((x) => x.label ?? x.by).join(', '), w)
    text(ws, r, 7, d.unit, w)
    text(ws, r++, 8, d.sdgs.map((g) => (g.targets.length ? g.targets.join(', ') : `SDG ${g.goal}`)).join(', '), w)
  }
  w.apply(ws, { first: [14, 24], other: [8, 30] })
  for (const [col, width] of [[2, 40], [3, 60], [5, 50]] as const) ws.getColumn(col).width = width
}

const cellValue = (v: CleanValue): string | number | boolean | null =>
  v === null ? null : Array.isArray(v) ? guardText(v.join('; ')) : typeof v === 'string' ? guardText(v) : v

/** The clean data of one dataset as an Excel table with filters. */
export function writeData(ws: ExcelJS.Worksheet, d: DatasetInfo, model: ReportModel, tableName: string): void {
  const frame = model.frames(d.name, 'clean')
  const vars = frame.variables
  const columns = vars.map((v) => frame.column(v.name))
  const used = new Set<string>()
  const names = vars.map((v) => {
    let n = guardText(v.name)
    for (let k = 2; used.has(n.toLowerCase()); k++) n = `${guardText(v.name)}_${k}`
    used.add(n.toLowerCase())
    return n
  })
  const rows: (string | number | boolean | null)[][] = new Array(frame.rowCount)
  for (let i = 0; i < frame.rowCount; i++) rows[i] = columns.map((c) => cellValue(c[i]))
  ws.addTable({
    name: tableName,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows: rows.length ? rows : [names.map(() => null)]
  })
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }]
  vars.forEach((v, k) => (ws.getColumn(k + 1).width = Math.min(Math.max(v.name.length + 4, 10), 30)))
}
