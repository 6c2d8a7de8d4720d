import { msg, type Msg } from '../../../../shared/messages'
import type { ImportDecision } from '../model'
import { columnLetter, type SheetGrid, type TableLayout } from '../../io/sheet'
import type { PlanOptions } from './import-plan'

/**
 * Decisions about the table as a whole: which rows are the header, which rows are left out of the data
 * (totals, notes, an HXL row) and which hidden rows and columns are imported all the same. Returns the
 * data rows those decisions give.
 */
export function tableDecisions(
  grid: SheetGrid,
  layout: TableLayout,
  revert: Set<string>,
  opts: PlanOptions,
  platformHeader: boolean
): { dataRows: Int32Array; decisions: ImportDecision[]; skippedTotals: number[]; skippedNotes: number[] } {
  const decisions: ImportDecision[] = []
  const add = (id: string, kind: ImportDecision['kind'], count: number, detail: Msg, reversible = true, column: string | null = null): void => {
    decisions.push({ id, kind, variable: null, column, count, detail, reversible, reverted: reversible && revert.has(id) })
  }
  const rows1 = (rows: number[]): number[] => rows.map((r) => r + 1)

  const detected = opts.detectedHeaderRows ?? layout.headerRows
  if (platformHeader)
    add('headerRows', 'headerRows', layout.headerRows.length, msg('survey.decision.platformHeader', { rows: rows1(layout.headerRows), platform: msg('survey.platform.qualtrics') }), false)
  else if (detected.length)
    add('headerRows', 'headerRows', detected.length, msg('survey.decision.headerRows', { rows: rows1(detected), count: detected.length }), !opts.chosenHeaderRows)

  const keepTotals = revert.has('rowsSkipped:totals')
  const keepNotes = revert.has('rowsSkipped:notes')
  if (layout.totalRows.length)
    add('rowsSkipped:totals', 'rowsSkipped', layout.totalRows.length, msg('survey.decision.totalRows', { rows: rows1(layout.totalRows), count: layout.totalRows.length }))
  if (layout.noteRows.length)
    add('rowsSkipped:notes', 'rowsSkipped', layout.noteRows.length, msg('survey.decision.noteRows', { rows: rows1(layout.noteRows), count: layout.noteRows.length }))
  if (layout.blankRows.length)
    add('rowsSkipped:blank', 'rowsSkipped', layout.blankRows.length, msg('survey.decision.blankRows', { count: layout.blankRows.length }), false)
  // The layout skips a row of HXL hashtags under the header and says so.
  const hxl = layout.warnings.find((w) => w.key === 'survey.layout.hxl')
  const hxlRow = typeof hxl?.params?.row === 'number' ? hxl.params.row - 1 : null
  if (hxlRow !== null) add('rowsSkipped:hxl', 'rowsSkipped', 1, msg('survey.decision.hxlRow', { rows: [hxlRow + 1] }))

  const skip = new Set(layout.blankRows)
  if (!keepTotals) for (const r of layout.totalRows) skip.add(r)
  const hiddenRows = new Set(grid.hiddenRows ?? [])
  const leaveHidden = revert.has('hiddenRows')
  const rows: number[] = []
  const start = hxlRow !== null && revert.has('rowsSkipped:hxl') ? hxlRow : layout.dataStart
  const end = keepNotes && layout.noteRows.length ? Math.max(layout.dataEnd, ...layout.noteRows) : layout.dataEnd
  let hiddenData = 0
  for (let r = start; r <= end; r++) {
    if (skip.has(r)) continue
    if (hiddenRows.has(r)) {
      hiddenData++
      if (leaveHidden) continue
    }
    rows.push(r)
  }
  if (hiddenData) add('hiddenRows', 'hiddenRows', hiddenData, msg('survey.decision.hiddenRows', { count: hiddenData }))
  for (const c of layout.columns)
    if (grid.hiddenColumns?.includes(c.index)) {
      const letter = columnLetter(c.index)
      add(`hiddenColumn:${letter}`, 'hiddenColumn', 1, msg('survey.decision.hiddenColumn', { column: letter }), true, letter)
    }
  return {
    dataRows: Int32Array.from(rows),
    decisions,
    skippedTotals: keepTotals ? [] : layout.totalRows,
    skippedNotes: keepNotes ? [] : layout.noteRows
  }
}
