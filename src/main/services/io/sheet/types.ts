import { excelSerialToIso } from './excel-date'
import type { Msg } from '../../../../shared/messages'
import type { TextList } from './utf8-texts'

/**
 * The spreadsheet reading contract of the questionnaire import. Readers (xlsx, csv/tsv) turn a file into
 * one columnar SheetGrid; detectLayout finds title, header, data, totals and notes in it. Nothing here
 * interprets values: type inference, platform detection and cleaning build on top of this output.
 */

export const enum CellKind {
  Empty = 0,
  Text = 1,
  Number = 2,
  Date = 3,
  Boolean = 4,
  Error = 5
}

/**
 * Columnar cell store: one per column, `kind`, `codes` and `num` of length = sheet row count. Texts are
 * kept as small codes into the column's own list of distinct texts (read them with cellText or
 * columnTexts): a pointer per cell would cost twice to four times as much on a large sheet.
 */
export interface ColumnCells {
  /** CellKind per row. */
  kind: Uint8Array
  /**
   * Per row, the index in `strings` of the display/source text (0 for none: an empty cell, or a
   * number or date whose text is its value's own, see ownText): the string for text cells (CSV: every
   * non-empty field, raw); for numbers the producer's raw number text (e.g. "3.5", "44035.0"); for
   * dates ISO text ("2023-02-12", "2023-02-12T19:07:17", or "19:07:17" for a time-only value below
   * serial 1); for booleans "TRUE"/"FALSE"; for errors the code ("#N/A"); 0 (null) when empty.
   */
  codes: Uint16Array | Uint32Array
  /**
   * The texts `codes` point to, kept as UTF-8 (decision 0029): `strings.get(code)`, null for 0.
   * Usually distinct, not guaranteed to be. Passes over every row decode them once (`toArray`).
   */
  strings: TextList
  /**
   * Numeric value: numbers; dates as an Excel serial in the 1900 system ALREADY corrected for
   * date1904 (+1462); booleans 0/1; NaN otherwise. Read-only: columns without numbers may share
   * one all-NaN array.
   */
  num: Float64Array
}

/** The text of row r (see ColumnCells.codes), null when it has none. */
export function cellText(c: ColumnCells, r: number): string | null {
  const code = c.codes[r]
  return code !== 0 ? c.strings.get(code) : ownText(c.kind[r], c.num[r])
}

/**
 * The text of a text-less (code 0) cell: numbers whose text is their own display and dates carry no
 * code, since their text follows from the value (most of a sheet's distinct texts otherwise).
 */
export function ownText(kind: number, num: number): string | null {
  return kind === CellKind.Number ? String(num) : kind === CellKind.Date ? excelSerialToIso(num) : null
}

/** Texts of rows [from, from + count) as a new array (for consumers that index texts by row). */
export function columnTexts(c: ColumnCells, from = 0, count = c.codes.length - from): (string | null)[] {
  const { codes, kind, num } = c
  // A few rows read their texts one by one; a longer range decodes each distinct text once.
  const strings = count * 4 < c.strings.length ? null : c.strings.toArray()
  const out = new Array<string | null>(count)
  for (let i = 0; i < count; i++) {
    const code = codes[from + i]
    out[i] = code !== 0 ? (strings ? (strings[code] ?? null) : c.strings.get(code)) : kind[from + i] === CellKind.Empty ? null : ownText(kind[from + i], num[from + i])
  }
  return out
}

export interface SheetGrid {
  name: string
  /** Last non-empty row + 1 (trailing empty rows are ignored even when formatted). */
  rowCount: number
  /** Last non-empty column + 1. */
  colCount: number
  /** Exactly colCount entries; a column with no value still has (empty) arrays. */
  columns: ColumnCells[]
  /** Merged ranges, zero-based and inclusive, as declared (not clipped: they may reach past the used range). */
  merges: { r0: number; c0: number; r1: number; c1: number }[]
  /** Things that were read leniently (deduplicated, repeats counted). */
  warnings: Msg[]
  /** Columns (zero-based) the sheet hides; xlsx only. */
  hiddenColumns?: number[]
  /** Rows (zero-based) the sheet hides (a filter, or hidden by hand); xlsx only. */
  hiddenRows?: number[]
  /** Cell comments (notes), zero-based positions; xlsx only. */
  comments?: { row: number; col: number; author: string | null; text: string }[]
}

export interface SheetInfo {
  name: string
  /** Position in the workbook (0-based, tab order). */
  index: number
  state: 'visible' | 'hidden' | 'veryHidden'
  /** The sheet's own `<dimension ref>` (e.g. "A1:Y341") when it declares one; producers are often wrong. */
  dimension?: string
}

export type SheetFormat = 'xlsx' | 'csv' | 'ods' | 'xls' | 'sav'

export interface WorkbookInfo {
  format: SheetFormat
  sheets: SheetInfo[]
  date1904: boolean
  /** CSV: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; .sav: the file's declared encoding. */
  encoding?: string
  /** CSV only: ',' | ';' | '\t' | '|'. */
  delimiter?: string
}

export interface ReadOptions {
  /** Sheet name (exact, then case-insensitive). Default: the first visible sheet that has data. */
  sheet?: string
  /** Aborting rejects with EsitiError('CANCELLED'). */
  signal?: AbortSignal
  /** Bytes of the (compressed) source consumed so far and the total. */
  onProgress?: (done: number, total: number) => void
  /** rowCount × colCount bound; default 20,000,000. Exceeding it rejects with EsitiError('TOO_LARGE'). */
  maxCells?: number
}

export interface LayoutColumn {
  /** Grid column index. */
  index: number
  /** Short unique machine-safe name (lower case, letters incl. accented ones, digits, `_`; dedupe `_2`). */
  name: string
  /** Human label: the item header, or "Group – Item" when a group header spans the column. */
  label: string
  /** Group header text (merged or spanning label above the item row), null when none. */
  group: string | null
}

export interface TableLayout {
  /** Non-empty rows above the table (title, subtitle). */
  titleRows: number[]
  /** Header rows, top to bottom: 1 or 2 (rarely 3); empty when the sheet has no header row (warned). */
  headerRows: number[]
  /** Inclusive data row range, before notes. dataEnd < dataStart when there is no data. */
  dataStart: number
  dataEnd: number
  columns: LayoutColumn[]
  /** Empty rows inside [dataStart, dataEnd] (to skip). */
  blankRows: number[]
  /** Rows inside [dataStart, dataEnd] that look like totals ("Totale", "Total", …): flagged, not data. */
  totalRows: number[]
  /** Rows after the table: "Fonte:", "Note:", "*", long single-cell text rows. */
  noteRows: number[]
  /** Grid columns with no header and no data; they are not in `columns`. */
  emptyColumns: number[]
  warnings: Msg[]
}
