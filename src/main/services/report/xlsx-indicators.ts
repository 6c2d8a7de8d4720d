import type ExcelJS from 'exceljs'
import type { IndicatorResultDto, SdgOverviewDto } from '../../../shared/ipc/indicators'
import { valueLabel } from '../programme/value-labels'
import { sourceLine } from './table-indicators'
import { finishSheet, freeze, type BookText } from './xlsx-book'
import { headerRow, num, text, Widths, WRAP_TOP } from './xlsx-cells'

/** Every indicator on one row: the same figures `esiti indicators --json` prints, with its 95 % interval. */
export function writeIndicators(ws: ExcelJS.Worksheet, results: IndicatorResultDto[], bt: BookText): void {
  const { L } = bt
  const w = new Widths()
  // Indicator metadata (issue 11) sits after the figures: baseline year and source, milestone, target year, direction, % achieved, responsible.
  const M = L.meta
  const header = [L.code, L.name, 'SDG', L.action, L.section, L.value, L.unit, L.n, L.missing, L.ciLow, L.ciHigh, L.target, L.baseline, L.targetStatus, L.status, L.notes, L.source,
    M.baselineYear, M.baselineSource, M.milestone, M.milestoneYear, M.targetYear, M.direction, M.achievementPct, M.responsible]
  headerRow(ws, 1, header, w)
  results.forEach((r, i) => {
    const row = i + 2
    const ok = r.status === 'ok'
    const ci = ok ? (r.estimate?.ci ?? null) : null
    text(ws, row, 1, r.code, w)
    text(ws, row, 2, r.name, w).alignment = WRAP_TOP
    text(ws, row, 3, r.sdg.join(', '), w)
    text(ws, row, 4, r.action?.code ?? null, w)
    text(ws, row, 5, r.section ? String(r.section.number) : null, w)
    num(ws, row, 6, ok ? r.value : null, r.format, w)
    text(ws, row, 7, r.unit, w)
    num(ws, row, 8, ok ? r.n : null, 'count', w)
    num(ws, row, 9, ok ? r.missing : null, 'count', w)
    num(ws, row, 10, ci ? ci[0] : null, r.format, w)
    num(ws, row, 11, ci ? ci[1] : null, r.format, w)
    num(ws, row, 12, r.target, r.format, w)
    num(ws, row, 13, r.baseline, r.format, w)
    text(ws, row, 14, L.achievement[r.achievement], w)
    const st = text(ws, row, 15, ok ? L.statusOk : L.statusError, w)
    if (!ok) st.font = { color: { argb: 'FFC00000' }, bold: true }
    text(ws, row, 16, r.message ?? null).alignment = WRAP_TOP
    text(ws, row, 17, sourceLine(r, L)).alignment = WRAP_TOP
    num(ws, row, 18, r.meta.baselineYear, 'count', w).numFmt = '0'
    text(ws, row, 19, r.meta.baselineSource).alignment = WRAP_TOP
    num(ws, row, 20, r.meta.milestone, r.format, w)
    num(ws, row, 21, r.meta.milestoneYear, 'count', w).numFmt = '0'
    num(ws, row, 22, r.meta.targetYear, 'count', w).numFmt = '0'
    text(ws, row, 23, valueLabel('direction', r.meta.effectiveDirection, L.locale), w)
    num(ws, row, 24, ok ? r.achievementPct : null, 'percent', w)
    text(ws, row, 25, r.meta.responsible).alignment = WRAP_TOP
  })
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, results.length + 1), column: header.length } }
  freeze(ws, 1, 2)
  w.apply(ws, { first: [8, 12], other: [7, 14] })
  ws.getColumn(2).width = 40
  ws.getColumn(16).width = 26
  ws.getColumn(17).width = 22
  ws.getColumn(19).width = 22
  ws.getColumn(25).width = 22
  finishSheet(ws, bt, { columns: header.length, headerRows: 1 })
}

/** The breakdowns, one row per indicator × group, with the base and interval of each group. */
export function writeBreakdowns(ws: ExcelJS.Worksheet, results: IndicatorResultDto[], bt: BookText): number {
  const { L } = bt
  const w = new Widths()
  const header = [L.code, L.name, L.breakdown, L.group, L.value, L.n, L.missing, L.ciLow, L.ciHigh]
  headerRow(ws, 1, header, w)
  let row = 2
  for (const r of results) {
    if (r.status !== 'ok') continue
    for (const b of r.breakdown) {
      const ci = b.estimate?.ci ?? null
      text(ws, row, 1, r.code, w)
      text(ws, row, 2, r.name).alignment = WRAP_TOP
      text(ws, row, 3, b.byLabel, w)
      text(ws, row, 4, b.group, w)
      num(ws, row, 5, b.value, r.format, w)
      num(ws, row, 6, b.n, 'count', w)
      num(ws, row, 7, b.missing, 'count', w)
      num(ws, row, 8, ci ? ci[0] : null, r.format, w)
      num(ws, row, 9, ci ? ci[1] : null, r.format, w)
      row++
    }
  }
  freeze(ws, 1, 2)
  w.apply(ws, { first: [10, 16], other: [8, 30] })
  ws.getColumn(2).width = 44
  finishSheet(ws, bt, { columns: header.length, headerRows: 1 })
  return row - 2
}

/** For each SDG: its indicators, value against target. Goal cells carry the goal's colour. */
export function writeSdg(ws: ExcelJS.Worksheet, sdg: SdgOverviewDto, bt: BookText): void {
  const { L } = bt
  const w = new Widths()
  const header = ['SDG', L.name, L.sdgTargets, L.code, L.value, L.target, L.baseline, L.targetStatus]
  headerRow(ws, 1, header, w)
  let row = 2
  for (const g of sdg.goals) {
    const goal = text(ws, row, 1, `${g.number}`)
    goal.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + g.color.replace('#', '').toUpperCase() } }
    goal.font = { bold: true, color: { argb: 'FFFFFFFF' } }
    text(ws, row, 2, g.title).font = { bold: true }
    ws.getCell(row, 2).alignment = WRAP_TOP
    row++
    for (const i of g.indicators) {
      text(ws, row, 2, i.name).alignment = WRAP_TOP
      text(ws, row, 3, i.targets.join(', '), w)
      text(ws, row, 4, i.code, w)
      num(ws, row, 5, i.status === 'ok' ? i.value : null, i.format, w)
      num(ws, row, 6, i.target, i.format, w)
      num(ws, row, 7, i.baseline, i.format, w)
      text(ws, row, 8, i.status === 'ok' ? L.achievement[i.achievement] : `${L.statusError}: ${i.message ?? ''}`).alignment = WRAP_TOP
      row++
    }
  }
  freeze(ws, 1, 1)
  w.apply(ws, { first: [6, 8], other: [8, 30] })
  ws.getColumn(2).width = 56
  ws.getColumn(8).width = 24
  finishSheet(ws, bt, { columns: header.length, headerRows: 1 })
}
