import { basename } from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { msg, type MessageKey, type Msg, type MsgParam } from '../../../shared/messages'

/**
 * Every bound the reading layer puts on a file, in one table, so that a refusal can name the limit
 * it hit, the value it found and the limit itself ("the file has 1,048,576 columns; the limit is
 * 16,384"). The values are generous for real files (the largest questionnaire, transcript and
 * REFI-QDA project the research notes describe stay far below each) and small enough that a hostile
 * file fails in seconds and well under 1 GB of memory. docs/decisions/0012 explains the choices.
 */
export interface ReadLimit {
  /** Stable key (also in the error's details). */
  readonly key: LimitKey
  /** What is counted: the noun of "the file has N …". */
  readonly unit: 'bytes' | 'entries' | 'elements' | 'levels' | 'columns' | 'rows' | 'cells' | 'characters' | 'pages' | 'strings' | 'matches' | 'seconds'
  readonly value: number
}

const MB = 1024 * 1024

const table = {
  /** A zip's own size on disk (qdpx, xlsx, docx, odt). */
  archiveBytes: { unit: 'bytes', value: 2048 * MB },
  /** Entries listed in a zip (real workbooks have tens, real qdpx a few thousand sources). */
  zipEntries: { unit: 'entries', value: 50_000 },
  /** Inflated bytes of all the parts read from one archive together. */
  archiveInflatedBytes: { unit: 'bytes', value: 2048 * MB },
  /** Inflated/compressed ratio of a part once it is past ratioCheckAfter (real sheets reach ~120). */
  inflateRatio: { unit: 'bytes', value: 200 },
  /** Inflated bytes of one worksheet (a 20-million-cell sheet is about 1 GB of XML). */
  sheetPartBytes: { unit: 'bytes', value: 1536 * MB },
  /** Inflated bytes of a workbook's shared strings. */
  sharedStringsBytes: { unit: 'bytes', value: 256 * MB },
  /** Number of shared strings (each costs an object besides its text). */
  sharedStrings: { unit: 'strings', value: 5_000_000 },
  /** Inflated bytes of the XML of a document (docx document.xml, odt content.xml, qdpx project.qde). */
  documentXmlBytes: { unit: 'bytes', value: 256 * MB },
  /** Inflated bytes of any other part (styles, relationships, a REFI-QDA source text). */
  partBytes: { unit: 'bytes', value: 64 * MB },
  /** Elements in one XML document walked (docx, odt: a 10-million-character document has ~3 million). */
  xmlElements: { unit: 'elements', value: 5_000_000 },
  /** Elements in one XML document held as a tree (a REFI-QDA project: ~4 per coding, 250,000 codings). */
  xmlTreeElements: { unit: 'elements', value: 1_000_000 },
  /** Nesting depth of one XML document. */
  xmlDepth: { unit: 'levels', value: 256 },
  /** Columns of a sheet or CSV (Excel's own grid). */
  columns: { unit: 'columns', value: 16_384 },
  /** Rows of a CSV file or sheet (Excel's own grid). */
  rows: { unit: 'rows', value: 1_048_576 },
  /** rows × columns of the area a sheet spans (questionnaires). */
  cells: { unit: 'cells', value: 20_000_000 },
  /** rows × columns of a small table (case attributes, register). */
  tableCells: { unit: 'cells', value: 2_000_000 },
  /** Bytes of one CSV record or one XML element that must be held whole. */
  lineBytes: { unit: 'bytes', value: 32 * MB },
  /** Bytes of one cell's text (Excel holds 32,767 characters; free-text answers are far shorter). */
  cellBytes: { unit: 'bytes', value: 1 * MB },
  /** A transcript file read whole (PDF with images included). */
  documentBytes: { unit: 'bytes', value: 200 * MB },
  /** A plain-text transcript or source file. */
  textFileBytes: { unit: 'bytes', value: 64 * MB },
  /** Characters of one source text (about 4,000 pages; real transcripts are under 1 million). */
  textChars: { unit: 'characters', value: 10_000_000 },
  /** Inflated bytes of a PDF's streams that text extraction reads (every one but images). */
  pdfStreamBytes: { unit: 'bytes', value: 512 * MB },
  /** Pages of a PDF transcript. */
  pdfPages: { unit: 'pages', value: 5_000 },
  /** Matches one text search may collect. */
  searchMatches: { unit: 'matches', value: 1_000_000 },
  /** Seconds a search (a regular expression) may run. */
  searchSeconds: { unit: 'seconds', value: 10 }
} as const satisfies Record<string, Omit<ReadLimit, 'key'>>

export type LimitKey = keyof typeof table

export const LIMITS: { readonly [K in LimitKey]: ReadLimit } = Object.fromEntries(
  Object.entries(table).map(([key, l]) => [key, { key, ...l }])
) as { [K in LimitKey]: ReadLimit }

/** Past this many inflated bytes a part's ratio to its compressed bytes is checked. */
export const RATIO_CHECK_AFTER = 50 * MB

/** Megabytes with one decimal under 10 MB, whole above (the number itself is worded by locale). */
const megabytes = (n: number): number => (n >= 10 * MB ? Math.round(n / MB) : Math.round((n / MB) * 10) / 10)
/** Counts are whole; seconds and ratios keep one decimal under 10. */
const amount = (n: number): number => (Math.abs(n) < 10 ? Math.round(n * 10) / 10 : Math.round(n))

/** Where in a file a limit was passed: a part's name as written, or a message (row, cell, sheet). */
export type Where = string | Msg

export interface LimitDetails {
  limit: LimitKey
  file: string
  found: number
  max: number
  /** True when reading stopped as soon as the limit was passed: `found` is a lower bound ("at least"). */
  atLeast: boolean
  where?: Where
}

/**
 * The refusal for a limit: TOO_LARGE, one line naming the file (and the part, row or cell), what was
 * counted, the value found and the limit, as a message (catalog io.*). `atLeast` words a value that
 * is only a lower bound because reading stopped there ("has at least 2,000,001 elements").
 */
export function overLimit(file: string, limit: ReadLimit, found: number, opts: { where?: Where; atLeast?: boolean } = {}): EsitiError {
  const name = basename(file)
  const subject: MsgParam = opts.where ? msg('io.subjectIn', { file: name, where: opts.where }) : name
  const details: LimitDetails = { limit: limit.key, file: name, found, max: limit.value, atLeast: !!opts.atLeast, where: opts.where }
  if (limit.key === 'inflateRatio')
    return new EsitiError('TOO_LARGE', opts.atLeast ? 'io.inflateRatioAtLeast' : 'io.inflateRatio', { subject, found: amount(found), limit: limit.value }, details)
  if (limit.unit === 'bytes')
    return new EsitiError(
      'TOO_LARGE',
      opts.atLeast ? 'io.overLimitBytesAtLeast' : 'io.overLimitBytes',
      { subject, found, foundMb: megabytes(found), limit: limit.value, limitMb: megabytes(limit.value) },
      details
    )
  return new EsitiError(
    'TOO_LARGE',
    opts.atLeast ? 'io.overLimitAtLeast' : 'io.overLimit',
    { subject, found: amount(found), limit: amount(limit.value), unit: msg(`io.unit.${limit.unit}` as MessageKey) },
    details
  )
}

/** A search that passed its time or match limit (`query` as the user typed it). */
export function searchOverLimit(query: string, limit: ReadLimit, found: number): EsitiError {
  const details: LimitDetails = { limit: limit.key, file: '', found, max: limit.value, atLeast: true }
  return new EsitiError(
    'TOO_LARGE',
    limit.key === 'searchSeconds' ? 'io.searchTimeout' : 'io.searchMatches',
    { query, found: amount(found), limit: amount(limit.value) },
    details
  )
}

/** Throws overLimit when `found` exceeds the limit (or `max`, a caller's tighter value of it). */
export function checkLimit(file: string, limit: ReadLimit, found: number, opts: { where?: Where; atLeast?: boolean; max?: number } = {}): void {
  const max = opts.max ?? limit.value
  if (found > max) throw overLimit(file, max === limit.value ? limit : { ...limit, value: max }, found, opts)
}
