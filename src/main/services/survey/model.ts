import type { Msg } from '../../../shared/messages'
import type { ImportDecisionKind } from '../../../shared/ipc/survey'
import type { IdentifierKind, NonSubstantive, ValueLabel, VariableType } from './frame'
import type { ScaleAxis } from './infer/scales'
import type { DateOrder } from './infer/parse-date'
import type { DecimalMark } from './infer/parse-number'

export type Role = 'metadata' | 'question' | 'derived' | 'weight'
export type SurveyPlatform =
  | 'google-forms'
  | 'microsoft-forms'
  | 'kobo'
  | 'limesurvey'
  | 'surveymonkey'
  | 'qualtrics'
  | 'generic'

/** One sheet column feeding a variable. A multiple-response set can have many (Kobo, LimeSurvey). */
export interface SourceColumn {
  /** Grid column index (0-based) in the imported sheet. */
  col: number
  /** Header text as it appears in the file (item row; group in `group`). */
  header: string
  group: string | null
  /**
   * 'value': the answer itself; 'option': a 0/1 (or Y/"") column of one option; 'summary': Kobo's
   * joined column; 'category': one of several columns each holding a chosen option's code (an SPSS
   * multiple-category set; codes are named by the variable's valueLabels).
   */
  role: 'value' | 'option' | 'summary' | 'category'
  option?: string
  /** An option column's value that means "chosen" (an SPSS multiple-dichotomy set's counted value). */
  counted?: string | number
  /** An option column holding free text ("Other (please specify)"): any text means the option was chosen. */
  other?: boolean
}

/**
 * A variable as the importer defined it (recipe step 0). Cleaning steps start from these definitions;
 * the raw cells are converted with them (see base-values.ts).
 */
export interface BaseVariable {
  id: string
  name: string
  label: string | null
  group: string | null
  type: VariableType
  role: Role
  /** Fixed categories in scale order (recognised scales, numeric rating scales); [] when observed values rule. */
  valueLabels: ValueLabel[]
  scale: ScaleAxis | 'numeric' | null
  missingCodes: (string | number)[]
  /** multi: known options in order; delimited sets split cells by them (greedy, longest first). */
  options?: string[]
  separator?: string
  decimal?: DecimalMark
  dateOrder?: DateOrder
  /** Source headers, kept for mapping the next wave's columns. */
  columns: string[]
  nonSubstantive?: NonSubstantive
  identifier?: IdentifierKind
  /** 'points': a percent column mixing fractions (0.45) and "45%": fractions are multiplied by 100. */
  percent?: 'points'
  /** The header cell's comment in the file. */
  note?: string
}

/** What an import decided for the user (one kind shared with the window; reversible through ImportOptions.revert). */
export type DecisionKind = ImportDecisionKind

export interface ImportDecision {
  /** Stable within a file: kind and the first column's letter ("type:F"), or the table-wide kind. */
  id: string
  kind: DecisionKind
  /** The variable's name (null for table-wide decisions). */
  variable: string | null
  /** Spreadsheet column letter of the first source column. */
  column: string | null
  count: number
  detail: Msg
  reversible: boolean
  /** Undone at the user's request: listed, not applied. */
  reverted: boolean
}

/** A cell comment kept with the import (data cells: per respondent; header cells: on the variable). */
export interface CellNote {
  /** Spreadsheet row (1-based) and column letter, as the file shows them. */
  row: number
  column: string
  variable: string | null
  author: string | null
  text: string
}

export interface ImportSettings {
  file: string
  fileHash: string
  format: 'xlsx' | 'csv' | 'ods' | 'xls' | 'sav'
  sheet: string
  encoding?: string
  delimiter?: string
  /** Sheet rows, 1-based as the spreadsheet shows them. */
  titleRows: number[]
  headerRows: number[]
  dataStart: number
  dataEnd: number
  blankRows: number
  totalRows: number[]
  noteRows: number[]
  platform: SurveyPlatform
  /** Decisions the user undid before importing (ImportDecision ids). */
  reverted?: string[]
  /** Header rows the user chose instead of the detected ones. */
  chosenHeaderRows?: number[]
}

/** datasets.import_settings: what the importer saw and decided, never changed afterwards. */
export interface StoredImport {
  settings: ImportSettings
  /** variable id → its source columns, in the order of the raw blob's columns. */
  sources: Record<string, SourceColumn[]>
  inferred: BaseVariable[]
  /** Messages since format 2 (migration 0006 converted the English sentences of earlier projects). */
  warnings: Msg[]
  decisions?: ImportDecision[]
  notes?: CellNote[]
  /** Hidden columns of the sheet (letters) that were imported. */
  hiddenColumns?: string[]
  /** For a wave appended to another dataset: parent variable id → this wave's variable id. */
  mapping?: Record<string, string>
  unmapped?: string[]
  /** Wave mappings weak enough to be reviewed: dataset variable names. */
  review?: string[]
}

/** Raw cells of one variable: one entry per source column, each as long as the dataset's rows. */
export interface RawColumn {
  kind: Uint8Array
  /** Row r's text is text[r + (textFrom ?? 0)]: lets a column be read in place from a sheet's. */
  text: (string | null)[]
  num: Float64Array
  textFrom?: number
  /**
   * The same texts as codes into the column's table, when read in place from a sheet:
   * text[r + textFrom] === strings[codes[from + r]] (code 0: null). Lets conversion work once per
   * distinct text (convertCoded) instead of once per cell.
   */
  coded?: { codes: ArrayLike<number>; strings: readonly (string | null)[]; from: number }
}

export const CELL_EMPTY = 0
export const CELL_TEXT = 1
export const CELL_NUMBER = 2
export const CELL_DATE = 3
export const CELL_BOOLEAN = 4
export const CELL_ERROR = 5
