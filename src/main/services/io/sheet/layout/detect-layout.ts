import { CellKind, type LayoutColumn, type SheetGrid, type TableLayout } from '../types'
import { NameRegistry, cleanLabel, columnLetter, machineName } from './column-names'
import { GridView } from './grid-view'
import { findHeaderRows } from './header-rows'
import { msg, type Msg } from '../../../../../shared/messages'

/** Rows searched for the header (title blocks are short). */
const HEADER_SEARCH = 30
const NOTE_START = /^(?:\(?\*+\)?|fonte|fonti|source|sources|nota\b|note\b|notes\b|n\.\s?b\.|nb:|legenda|elaborazion[ei]\b|avvertenz[ae])/i
const TOTAL_START = /^(?:totale|totali|total|totals|tot\.|grand total|somma|complessivo|in complesso)\b/i
const LONG_NOTE = 40
const HXL_TAG = /^#[a-z][a-z0-9_]*(?:\s*\+[a-z0-9_]+)*$/i
/** Notes under a table are a few lines; more than this is data. */
const MAX_NOTE_ROWS = 12

/**
 * Finds the table in a sheet: title rows, 1–3 header rows (merged or sparse group labels propagate to
 * every column they span), the data range with blank and total rows flagged, note rows after the
 * data, and empty columns. Heuristic by nature: everything it is unsure about goes to `warnings`.
 */
export function detectLayout(grid: SheetGrid, opts: { headerRows?: number[] } = {}): TableLayout {
  const v = new GridView(grid, HEADER_SEARCH + 4)
  const warnings: Msg[] = []
  const used = new Set(v.usedCols)
  const emptyColumns: number[] = []
  for (let c = 0; c < grid.colCount; c++) if (!used.has(c)) emptyColumns.push(c)
  if (grid.rowCount === 0 || v.usedCols.length === 0)
    return { titleRows: [], headerRows: [], dataStart: 0, dataEnd: -1, columns: [], blankRows: [], totalRows: [], noteRows: [], emptyColumns, warnings: [msg('survey.layout.empty')] }

  // Header rows the user chose (zero-based): rows above them are titles.
  const chosen = opts.headerRows?.filter((r) => r >= 0 && r < grid.rowCount).sort((a, b) => a - b)
  const header = chosen
    ? { headerRows: chosen, titleRows: Array.from({ length: chosen[0] ?? 0 }, (_, r) => r).filter((r) => !v.isBlank(r)), warnings: [] }
    : findHeaderRows(v, HEADER_SEARCH)
  warnings.push(...header.warnings)
  const lastHeader = header.headerRows.length ? header.headerRows[header.headerRows.length - 1] : -1
  let dataStart = lastHeader + 1
  while (dataStart < grid.rowCount && v.isBlank(dataStart)) dataStart++
  if (header.headerRows.length === 0 && header.titleRows.length === 0) {
    dataStart = 0
    while (dataStart < grid.rowCount && v.isBlank(dataStart)) dataStart++
  }
  if (lastHeader >= 0 && dataStart < grid.rowCount && isHxlRow(v, dataStart)) {
    // KoboToolbox can write a row of HXL hashtags (#date, #adm1 +name) under the header.
    warnings.push(msg('survey.layout.hxl', { row: dataStart + 1 }))
    dataStart++
    while (dataStart < grid.rowCount && v.isBlank(dataStart)) dataStart++
  }

  let noteRows: number[] = []
  let dataEnd = grid.rowCount - 1
  while (dataEnd >= dataStart && noteRows.length <= MAX_NOTE_ROWS) {
    if (v.isBlank(dataEnd)) dataEnd--
    else if (isNoteRow(v, dataEnd)) noteRows.unshift(dataEnd--)
    else break
  }
  if (noteRows.length > MAX_NOTE_ROWS) {
    // That many "notes" are data (e.g. a column of long answers): keep them.
    noteRows = []
    dataEnd = grid.rowCount - 1
    while (dataEnd >= dataStart && v.isBlank(dataEnd)) dataEnd--
  }

  const blankRows: number[] = []
  const totalRows: number[] = []
  const firstCols = v.usedCols.slice(0, 3)
  for (let r = dataStart; r <= dataEnd; r++) {
    const first = firstCols.find((c) => v.filled(r, c))
    if (first === undefined) {
      if (v.isBlank(r)) blankRows.push(r)
      continue
    }
    if (grid.columns[first].kind[r] === CellKind.Text && TOTAL_START.test(v.text(r, first))) totalRows.push(r)
  }
  if (dataEnd < dataStart) warnings.push(msg('survey.layout.noRows'))
  if (blankRows.length) warnings.push(msg('survey.layout.blankRows', { count: blankRows.length }))
  if (totalRows.length) warnings.push(msg('survey.layout.totalRows', { count: totalRows.length }))
  const dataMerges = grid.merges.filter((m) => m.r0 >= dataStart && m.r0 <= dataEnd).length
  if (dataMerges) warnings.push(msg('survey.layout.dataMerges', { count: dataMerges }))

  const columns = describeColumns(v, header.headerRows, warnings)
  return { titleRows: header.titleRows, headerRows: header.headerRows, dataStart, dataEnd, columns, blankRows, totalRows, noteRows, emptyColumns, warnings }
}

function isHxlRow(v: GridView, r: number): boolean {
  const cells = v.filledCols(r)
  return cells.length >= 2 && cells.every((c) => HXL_TAG.test(v.text(r, c)))
}

function isNoteRow(v: GridView, r: number): boolean {
  const cells = v.filledCols(r)
  if (cells.length === 0 || cells.length > 2) return false
  const c = cells[0]
  if (!v.isText(r, c)) return false
  const t = v.text(r, c)
  // In a table of one or two columns every row is "single-cell": only explicit note markers count there.
  return NOTE_START.test(t) || (cells.length === 1 && t.length >= LONG_NOTE && v.usedCols.length >= 3)
}

/** Text of header row `r` over column `c`: own, merged, or (in a row without merges) carried from the label on its left. */
function levelText(v: GridView, r: number, c: number, rowHasMerges: boolean): string {
  const shown = v.shownText(r, c)
  if (shown || rowHasMerges) return shown
  for (let i = v.usedCols.indexOf(c) - 1; i >= 0; i--) {
    const t = v.text(r, v.usedCols[i])
    if (t) return t
  }
  return ''
}

function describeColumns(v: GridView, headerRows: number[], warnings: Msg[]): LayoutColumn[] {
  const names = new NameRegistry()
  const unnamed: string[] = []
  const rowHasMerges = headerRows.map((r) => v.usedCols.some((c) => v.mergeAt(r, c) !== undefined))
  const columns = v.usedCols.map((index) => {
    const levels = headerRows.map((r, i) =>
      cleanLabel(i === headerRows.length - 1 ? v.shownText(r, index) : levelText(v, r, index, rowHasMerges[i]))
    )
    let item = levels.pop() ?? ''
    const groups: string[] = []
    for (const g of levels) if (g && g !== item && g !== groups[groups.length - 1]) groups.push(g)
    if (!item && groups.length) item = groups.pop() as string
    const letter = columnLetter(index)
    const name = names.take(machineName(item) || `col_${letter.toLowerCase()}`)
    if (!item) {
      if (headerRows.length) unnamed.push(letter)
      item = `Column ${letter}`
    }
    const group = groups.length ? groups.join(' – ') : null
    const label = group ? `${group} – ${item}` : item
    return { index, name, label, group }
  })
  if (unnamed.length) warnings.push(msg('survey.layout.unnamed', { cols: unnamed }))
  return columns
}
