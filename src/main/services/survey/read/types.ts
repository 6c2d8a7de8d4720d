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

/** Columnar cell store: one per column, all arrays of length = sheet row count. */
export interface ColumnCells {
  /** CellKind per row. */
  kind: Uint8Array
  /**
   * Display/source text: the string for text cells (CSV: every non-empty field, raw); for numbers the
   * producer's raw number text (e.g. "3.5", "44035.0"); for dates ISO text ("2023-02-12",
   * "2023-02-12T19:07:17", or "19:07:17" for a time-only value below serial 1); for booleans
   * "TRUE"/"FALSE"; for errors the code ("#N/A"); null when empty.
   */
  text: (string | null)[]
  /**
   * Numeric value: numbers; dates as an Excel serial in the 1900 system ALREADY corrected for
   * date1904 (+1462); booleans 0/1; NaN otherwise. Read-only: columns without numbers may share
   * one all-NaN array.
   */
  num: Float64Array
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
  /** Human sentences about things that were read leniently (one line each, deduplicated). */
  warnings: string[]
}

export interface SheetInfo {
  name: string
  /** Position in the workbook (0-based, tab order). */
  index: number
  state: 'visible' | 'hidden' | 'veryHidden'
  /** The sheet's own `<dimension ref>` (e.g. "A1:Y341") when it declares one; producers are often wrong. */
  dimension?: string
}

export interface WorkbookInfo {
  format: 'xlsx' | 'csv'
  sheets: SheetInfo[]
  date1904: boolean
  /** CSV only: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'. */
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
  warnings: string[]
}
