import type { GridView } from './grid-view'
import { msg, type Msg } from '../../../../../shared/messages'

export interface HeaderGuess {
  titleRows: number[]
  headerRows: number[]
  warnings: Msg[]
}

const YEAR = /^(19|20)\d\d$/
const MAX_HEADER_TEXT = 300

/** Share of the cells that read as header text (non-numeric, not a paragraph; years allowed as in "2021 | 2022"). */
function textShare(v: GridView, r: number, cells: number[]): number {
  if (cells.length === 0) return 0
  let n = 0
  for (const c of cells) {
    const t = v.text(r, c)
    if ((v.isText(r, c) && t.length <= MAX_HEADER_TEXT) || YEAR.test(t)) n++
  }
  return n / cells.length
}

/**
 * Finds the header rows. The item header is the first row (within `searchRows`) whose cells, counting
 * merged areas, fill at least 60% of the table's columns with mostly non-numeric text. Group rows
 * are added above it (sparse labels or partial merges right above the item row) or below it (when it
 * carries partial horizontal merges and the next row holds labels under them). Non-blank rows above
 * the header are title rows.
 */
export function findHeaderRows(v: GridView, searchRows: number): HeaderGuess {
  const width = v.usedCols.length
  const rows = Math.min(searchRows, v.grid.rowCount)
  const warnings: Msg[] = []
  const headerLike = (r: number): boolean => {
    const cells = v.filledCols(r)
    if (cells.length < Math.min(2, width)) return false
    let shown = 0
    for (const c of v.usedCols) if (v.shownText(r, c) !== '') shown++
    return shown >= width * 0.6 && textShare(v, r, cells) >= 0.7
  }

  // A header has data under it (unless the sheet is nothing but that row).
  let lastRow = v.grid.rowCount - 1
  while (lastRow > 0 && v.isBlank(lastRow)) lastRow--
  const hasRowsBelow = (r: number): boolean => r < lastRow || (r === lastRow && v.filledCols(r).length === v.usedCols.length && r === firstNonBlank(v))
  // Only titles (a few text cells) may sit above a header: once a data-like row is passed, stop looking.
  const titleLike = (r: number): boolean => {
    const cells = v.filledCols(r)
    return cells.length === 0 || (cells.length <= Math.max(2, width * 0.5) && textShare(v, r, cells) >= 0.5)
  }
  let h = -1
  for (let r = 0; r < rows && h < 0; r++) {
    if (headerLike(r) && hasRowsBelow(r)) h = r
    else if (!titleLike(r)) break
  }
  if (h < 0) {
    for (let r = 0; r < rows && h < 0; r++) {
      const cells = v.filledCols(r)
      if (cells.length >= Math.max(2, width * 0.3) && textShare(v, r, cells) >= 0.7 && r < lastRow) h = r
      else if (!titleLike(r)) break
    }
    if (h >= 0) warnings.push(msg('survey.layout.partialHeader', { row: h + 1 }))
  }
  if (h < 0) {
    warnings.push(msg('survey.layout.noHeader'))
    return { titleRows: [], headerRows: [], warnings }
  }

  let top = h
  for (let k = 0; k < 2; k++) {
    const r = top - 1
    if (r < 0 || v.isBlank(r) || !isGroupRow(v, r)) break
    top = r
  }
  let bottom = h
  for (let k = 0; k < 2; k++) {
    const groups = v.innerHorizontalMerges(bottom)
    const r = bottom + 1
    if (groups.length === 0 || r >= v.grid.rowCount || v.isBlank(r)) break
    const cells = v.filledCols(r)
    if (textShare(v, r, cells) < 0.7) break
    const under = cells.filter((c) => groups.some((m) => c >= m.c0 && c <= m.c1)).length
    if (under < cells.length * 0.5) break
    bottom = r
  }
  const titleRows: number[] = []
  for (let r = 0; r < top; r++) if (!v.isBlank(r)) titleRows.push(r)
  const headerRows: number[] = []
  for (let r = top; r <= bottom; r++) headerRows.push(r)
  return { titleRows, headerRows, warnings }
}

/**
 * A row of group labels right above the item header: partial merges, or several labels, or a label
 * that does not start at the table's left edge. A banner merged across the table, or a lone
 * left-aligned cell, is a title instead.
 */
function isGroupRow(v: GridView, r: number): boolean {
  const cells = v.filledCols(r)
  if (cells.length === 0 || textShare(v, r, cells) < 0.7) return false
  const width = v.usedCols.length
  for (const c of cells) {
    const m = v.mergeAt(r, c)
    if (m && v.spannedUsed(m) >= Math.max(2, width * 0.9)) return false
  }
  if (v.innerHorizontalMerges(r).length > 0 || cells.length >= 3) return true
  if (cells[0] > v.usedCols[0]) return true
  return cells.length === 2 && cells[1] !== v.usedCols[width - 1]
}

function firstNonBlank(v: GridView): number {
  for (let r = 0; r < v.grid.rowCount; r++) if (!v.isBlank(r)) return r
  return -1
}
