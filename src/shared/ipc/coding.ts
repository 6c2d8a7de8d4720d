import type { ErrorInfo } from '../errors'
import type { Msg } from '../messages'
import { z } from 'zod'
import { channel } from './define'

// ---------------------------------------------------------------------------------------------
// DTOs of the qualitative coding workspace. Offsets everywhere are UTF-16 code units of the
// stored source text (NFC, LF line ends), start inclusive, end exclusive: exactly JavaScript
// string indices, so `text.slice(start, end)` in the renderer is the coded quote.
// ---------------------------------------------------------------------------------------------

export type SourceFormat = 'txt' | 'md' | 'docx' | 'odt' | 'pdf' | 'srt' | 'vtt'
export type LinkKind = 'sdg_goal' | 'sdg_target' | 'action' | 'indicator'
export type AttributeType = 'text' | 'number' | 'date' | 'boolean' | 'category'
export type MemoTargetKind = 'project' | 'source' | 'code' | 'case' | 'coding'
export type ExpandMode = 'hit' | 'sentence' | 'paragraph' | 'turn'
export type ContextMode = 'none' | 'sentence' | 'paragraph'

export interface TurnDto {
  start: number
  end: number
  speaker: string
  /** Offset where the spoken words begin (after the "INT: " label). */
  bodyStart: number
  timestamp?: string
}
export interface SourceStructureDto {
  paragraphs: [number, number][]
  turns: TurnDto[]
  headings: { start: number; end: number; level: number; text: string }[]
  timestamps: { start: number; end: number; time: string }[]
  /** Subtitle cues: text range and media time in seconds (imports of .srt and .vtt). */
  cues?: { start: number; end: number; from: number; to: number }[]
}

/** An audio or video recording attached to a transcript, played from app://esiti/media/SOURCE-ID. */
export interface MediaDto {
  id: string
  name: string
  mime: string
  size: number
}

export interface SourceDto {
  id: string
  name: string
  /** Length of the text in UTF-16 code units. */
  chars: number
  words: number
  encoding: string | null
  format: string | null
  originalName: string | null
  caseId: string | null
  caseName: string | null
  codings: number
  memos: number
  importedAt: string
  importedBy: string | null
  /** The recording attached to the transcript, if any. */
  media: MediaDto | null
}

export interface SpeakerCaseDto {
  speaker: string
  caseId: string
  caseName: string
  /** True when the case was created for this speaker, false when an existing case was joined. */
  created: boolean
}
export interface ImportFileResultDto {
  file: string
  ok: boolean
  source?: {
    id: string
    name: string
    chars: number
    encoding: string | null
    format: string
    /** Speakers of the transcript's turns, in order of first appearance. */
    speakers: string[]
    speakerCases: SpeakerCaseDto[]
  }
  /** What the import decided or noticed, as messages the window words in its language. */
  warnings?: Msg[]
  error?: ErrorInfo
}
export interface ImportResultDto {
  imported: number
  failed: number
  results: ImportFileResultDto[]
}

export interface CodeLinkDto {
  id: string
  kind: LinkKind
  targetId: string
  /** Human label: "SDG 5", "5.5 …", action code and name, indicator code. */
  label: string
}

export interface CodeDto {
  id: string
  name: string
  parentId: string | null
  /** "Parent > Child" */
  path: string
  depth: number
  color: string
  definition: string | null
  whenToUse: string | null
  whenNotToUse: string | null
  example: string | null
  shortcut: string | null
  sort: number
  /** Codings of this code itself. */
  codings: number
  /** Codings of this code and all its sub-codes. */
  codingsTotal: number
  /** Sources with at least one coding of this code. */
  sources: number
  links: CodeLinkDto[]
  memos: number
  createdAt: string
  createdBy: string | null
}

export interface CoderDto {
  id: string
  name: string
  color: string
  codings: number
  /** True for the coder the app is currently working as. */
  current: boolean
}

export interface CodingDto {
  id: string
  sourceId: string
  codeId: string
  coderId: string
  start: number
  end: number
  /** The coded quote, as stored (always equal to the source text between start and end). */
  text: string
  comment: string | null
  createdAt: string
}

export interface ViewCodingDto {
  id: string
  codeId: string
  codeName: string
  codePath: string
  color: string
  coderId: string
  coderName: string
  start: number
  end: number
  comment: string | null
  memos: number
}

/** A coding as the reader draws it, with its source (codings of several sources travel together). */
export type DeltaCodingDto = ViewCodingDto & { sourceId: string }

/**
 * What an undo or redo did to codings, sent with project:changed so that the reader repaints at once;
 * the reload that follows stays the truth (it replaces whatever was patched).
 */
export interface CodingsDeltaDto {
  removed: string[]
  /** Codings restored or changed, as they are now. */
  upserted: DeltaCodingDto[]
}

export interface SourceViewDto {
  source: SourceDto
  /** The whole text (null when only paragraphs were asked for, see coding:sourceParagraphs). */
  text: string | null
  structure: SourceStructureDto
  /** Sorted by start, then end. */
  codings: ViewCodingDto[]
  coders: { id: string; name: string; color: string }[]
}

export interface ParagraphPageDto {
  total: number
  paragraphs: { index: number; start: number; end: number; text: string }[]
}

export interface SegmentDto {
  id: string
  sourceId: string
  sourceName: string
  codeId: string
  codeName: string
  codePath: string
  color: string
  coderId: string
  coderName: string
  start: number
  end: number
  text: string
  comment: string | null
  createdAt: string
  /** Cases of the segment: the source's case and any case segment it overlaps. */
  cases: { id: string; name: string }[]
  /** Media time (seconds) where the segment starts, from the transcript's cues or timestamps; absent when it has none. */
  time?: number
  /** Surrounding sentence or paragraph (contains the segment); absent when context is 'none'. */
  context?: { start: number; end: number; text: string }
}

export interface SegmentPageDto {
  total: number
  offset: number
  segments: SegmentDto[]
}

/**
 * A retrieval query. `code` selects codings of a code (and its sub-codes unless subcodes is false);
 * `or` unites; `and` keeps segments of the first operand overlapping a segment of the second in the
 * same source; `not` keeps segments of the first operand overlapping none of the second.
 */
export type CodeQuery =
  | { code: string; subcodes?: boolean }
  | { or: CodeQuery[] }
  | { and: [CodeQuery, CodeQuery] }
  | { not: [CodeQuery, CodeQuery] }

export interface SegmentFilter {
  sourceIds?: string[]
  coderIds?: string[]
  caseIds?: string[]
  /** Every condition must hold for one of the segment's cases. */
  attributes?: { attributeId: string; value: string }[]
}

export interface SearchOptions {
  query: string
  regex?: boolean
  wholeWord?: boolean
  caseSensitive?: boolean
  accentSensitive?: boolean
  sourceIds?: string[]
  caseIds?: string[]
}

export interface SearchHitDto {
  sourceId: string
  sourceName: string
  start: number
  end: number
  text: string
  /** Keyword in context: text before and after the hit on one line. */
  left: string
  right: string
}
export interface SearchResultDto {
  total: number
  truncated: boolean
  sourcesSearched: number
  sourcesWithHits: number
  hits: SearchHitDto[]
}
export interface CodeHitsResultDto {
  hits: number
  created: number
  skipped: number
  codingIds: string[]
}

export interface MatrixColumnDto {
  id: string
  name: string
  path: string
  color: string
}
/** What a matrix row is: a source, a case, or one value of a case attribute. */
export type MatrixRows = 'sources' | 'cases' | { attribute: string }
/** What a cell counts: codings; coded segments (a passage counts once, whoever coded it with whichever code); or cases. */
export type MatrixMeasure = 'codings' | 'segments' | 'cases'
export interface MatrixRowDto {
  /** Source or case id; for attribute rows the stored value ('' for cases without a value). */
  id: string
  name: string
  /** The row of cases that have no value for the attribute. */
  noValue?: boolean
}
export interface MatrixDto {
  rowKind: 'sources' | 'cases' | 'attribute'
  /** For attribute rows: the attribute. */
  attribute?: { id: string; name: string; type: AttributeType }
  measure: MatrixMeasure
  rows: MatrixRowDto[]
  columns: MatrixColumnDto[]
  /** counts[row][column]: units (codings, segments or cases) of the column's code in the row. */
  counts: number[][]
  /**
   * Units of any column in the row, each counted once: with sub-codes aggregated into their parents a
   * coding counts once at each level of the tree, but once only in the row's total.
   */
  rowTotals: number[]
  /** Units of the column in any row, each counted once (a coding in two cases counts once here). */
  columnTotals: number[]
  /** Units of any column in any row, each counted once. */
  grandTotal: number
  /** Rows with at least one unit of the column's code. */
  columnPresence: number[]
  /** Units of each column that belong to no row (sources without a case). */
  unassigned: number[]
  aggregated: boolean
}
export interface CooccurrenceDto {
  codes: MatrixColumnDto[]
  /** counts[i][j]: pairs of overlapping codings (code i, code j) in the same source; diagonal: codings of i. */
  counts: number[][]
}

export type WordLanguage = 'it' | 'en'
export type WordStopwords = 'auto' | 'it' | 'en' | 'both' | 'none'
export interface WordDto {
  /** The most frequent form (lower-cased) of the word or, with stemming, of its stem. */
  word: string
  count: number
  /** Sources the word occurs in. */
  sources: number
  /** Every form counted under it, most frequent first. */
  forms: string[]
}
export interface WordFrequencyDto {
  words: WordDto[]
  /** Different words (or stems) counted, before the top N is taken. */
  distinct: number
  /** Words counted (stop words and excluded words left out). */
  tokens: number
  /** Sources whose text was read. */
  sources: number
  /** Stop-word (and stemming) language used; with 'auto' the one the text uses more. */
  language: WordLanguage
  stopwords: WordStopwords
  stemmed: boolean
  accentFolded: boolean
}

export interface AttributeDto {
  id: string
  name: string
  type: AttributeType
  choices: string[] | null
  sort: number
}
export interface CaseDto {
  id: string
  name: string
  kind: string
  organisationId: string | null
  organisationName: string | null
  description: string | null
  sources: number
  segments: number
  codings: number
  /** attribute id -> value (null when not set) */
  values: Record<string, string | null>
}
export interface CaseGridDto {
  attributes: AttributeDto[]
  cases: CaseDto[]
}
export interface CaseImportResultDto {
  file: string
  casesCreated: number
  casesUpdated: number
  attributesCreated: string[]
  values: number
  /** What the import skipped or decided, as messages the window words in its language. */
  warnings: Msg[]
}
export interface CaseSegmentDto {
  id: string
  caseId: string
  caseName: string
  sourceId: string
  start: number
  end: number
  text: string
}

export interface MemoDto {
  id: string
  targetKind: MemoTargetKind
  targetId: string | null
  /** Name of the target (source, code path, case) or the start of the coded quote. */
  targetLabel: string | null
  title: string
  body: string
  author: string | null
  createdAt: string
  updatedAt: string
}

export interface AnchorMismatchDto {
  codingId: string
  sourceId: string
  sourceName: string
  start: number
  end: number
  stored: string
  actual: string
}
export interface AnchorReportDto {
  sources: number
  checked: number
  mismatches: AnchorMismatchDto[]
  /** Sources whose text no longer matches its recorded hash. */
  changedSources: string[]
}

export interface ExportResultDto {
  file: string
  sheets: string[]
  rows: number
}


export interface MergeResultDto {
  into: string
  /** Codings that moved to the target code. */
  moved: number
  /** Exact duplicates (same source, coder, start, end) that collapsed into the target's coding. */
  collapsed: number
  /** Sub-codes that moved under the target code. */
  children: number
}
export interface LinkTargetsDto {
  sdgGoals: { id: string; label: string }[]
  sdgTargets: { id: string; label: string; goalId: string }[]
  actions: { id: string; label: string }[]
  indicators: { id: string; label: string }[]
}

// ---------------------------------------------------------------------------------------------
// Input schemas
// ---------------------------------------------------------------------------------------------

const id = z.string().min(1).max(64)
const ids = z.array(id).max(10_000)
const jobId = z.string().max(64).optional()
const offset = z.number().int().min(0)
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/)
const longText = z.string().max(100_000)
const nullableText = longText.nullable()
const linkKind = z.enum(['sdg_goal', 'sdg_target', 'action', 'indicator'])
const attributeType = z.enum(['text', 'number', 'date', 'boolean', 'category'])
const memoKind = z.enum(['project', 'source', 'code', 'case', 'coding'])
const contextMode = z.enum(['none', 'sentence', 'paragraph'])
const matrixRows = z.union([z.enum(['sources', 'cases']), z.object({ attribute: id })])

export const codeQuerySchema: z.ZodType<CodeQuery> = z.lazy(() =>
  z.union([
    z.object({ code: id, subcodes: z.boolean().optional() }),
    z.object({ or: z.array(codeQuerySchema).min(1).max(100) }),
    z.object({ and: z.tuple([codeQuerySchema, codeQuerySchema]) }),
    z.object({ not: z.tuple([codeQuerySchema, codeQuerySchema]) })
  ])
)

export const segmentFilterSchema = z.object({
  sourceIds: ids.optional(),
  coderIds: ids.optional(),
  caseIds: ids.optional(),
  attributes: z.array(z.object({ attributeId: id, value: z.string().max(1000) })).max(50).optional()
})

export const searchSchema = z.object({
  query: z.string().min(1).max(1000),
  regex: z.boolean().optional(),
  wholeWord: z.boolean().optional(),
  caseSensitive: z.boolean().optional(),
  accentSensitive: z.boolean().optional(),
  sourceIds: ids.optional(),
  caseIds: ids.optional()
})

const codeFields = {
  color: color.optional(),
  definition: nullableText.optional(),
  whenToUse: nullableText.optional(),
  whenNotToUse: nullableText.optional(),
  example: nullableText.optional(),
  shortcut: z.string().max(20).nullable().optional()
}

const page = { offset: offset.default(0), limit: z.number().int().min(1).max(100_000).default(200) }

/**
 * The coding workspace's channels. Every mutation is one undoable operation (project:undo), done
 * as the current coder (app:setCoder). Pickers (files to import, where to save) are opened by main;
 * their channels return null when the user cancels.
 */
export const codingChannels = {
  // Sources
  'coding:sources': channel<SourceDto[]>()(z.object({})),
  'coding:importTranscripts': channel<ImportResultDto | null>()(
    z.object({ caseId: id.nullable().optional(), speakerCases: z.boolean().optional(), jobId })
  ),
  'coding:renameSource': channel<SourceDto>()(z.object({ sourceId: id, name: z.string().min(1).max(255) })),
  'coding:deleteSource': channel<null>()(z.object({ sourceId: id })),
  'coding:setSourceCase': channel<SourceDto>()(z.object({ sourceId: id, caseId: id.nullable() })),
  'coding:sourceView': channel<SourceViewDto>()(
    z.object({ sourceId: id, coderIds: ids.optional(), includeText: z.boolean().default(true) })
  ),
  'coding:sourceParagraphs': channel<ParagraphPageDto>()(
    z.object({ sourceId: id, from: offset, count: z.number().int().min(1).max(5000) })
  ),
  /** Opens a file picker (audio or video) and attaches the recording to the transcript, replacing any. */
  'coding:attachMedia': channel<MediaDto | null>()(z.object({ sourceId: id, jobId })),
  'coding:detachMedia': channel<null>()(z.object({ sourceId: id })),
  'coding:verifyAnchors': channel<AnchorReportDto>()(z.object({ sourceId: id.optional(), jobId })),

  // Codebook
  'coding:codes': channel<CodeDto[]>()(z.object({})),
  'coding:createCode': channel<CodeDto>()(z.object({ name: z.string().min(1).max(200), parentId: id.nullable().optional(), ...codeFields })),
  'coding:updateCode': channel<CodeDto>()(z.object({ codeId: id, name: z.string().min(1).max(200).optional(), ...codeFields })),
  'coding:moveCode': channel<CodeDto>()(z.object({ codeId: id, parentId: id.nullable(), index: z.number().int().min(0).optional() })),
  'coding:mergeCodes': channel<MergeResultDto>()(z.object({ fromId: id, intoId: id })),
  'coding:deleteCode': channel<{ codes: number; codings: number }>()(z.object({ codeId: id })),
  'coding:linkTargets': channel<LinkTargetsDto>()(z.object({})),
  'coding:addCodeLink': channel<CodeLinkDto>()(z.object({ codeId: id, kind: linkKind, targetId: id })),
  'coding:removeCodeLink': channel<null>()(z.object({ linkId: id })),
  'coding:setCodeLinks': channel<CodeLinkDto[]>()(
    z.object({ codeId: id, links: z.array(z.object({ kind: linkKind, targetId: id })).max(500) })
  ),
  /** Codes the current coder applied most recently, newest first. */
  'coding:recentCodes': channel<CodeDto[]>()(z.object({ limit: z.number().int().min(1).max(50).default(10) })),

  // Coders
  'coding:coders': channel<CoderDto[]>()(z.object({})),

  // Codings (offsets: UTF-16 code units = JS string indices of the stored text)
  'coding:createCoding': channel<CodingDto>()(
    z.object({ sourceId: id, codeId: id, start: offset, end: offset, comment: nullableText.optional() })
  ),
  'coding:createCodingByQuote': channel<CodingDto>()(
    z.object({ sourceId: id, codeId: id, quote: z.string().min(1).max(100_000), occurrence: z.number().int().min(1).default(1) })
  ),
  /** In-vivo coding: the selected words become a code (reused when the name exists there) and code the passage. */
  'coding:inVivo': channel<{ code: CodeDto; created: boolean; coding: CodingDto }>()(
    z.object({ sourceId: id, start: offset, end: offset, parentId: id.nullable().optional() })
  ),
  'coding:resizeCoding': channel<CodingDto>()(z.object({ codingId: id, start: offset, end: offset })),
  'coding:commentCoding': channel<CodingDto>()(z.object({ codingId: id, comment: nullableText })),
  'coding:recodeCoding': channel<CodingDto>()(z.object({ codingId: id, codeId: id })),
  'coding:deleteCodings': channel<{ removed: number }>()(z.object({ codingIds: ids.min(1) })),

  // Cases and attributes
  'coding:caseGrid': channel<CaseGridDto>()(z.object({})),
  'coding:createCase': channel<CaseDto>()(
    z.object({ name: z.string().min(1).max(200), kind: z.string().max(40).optional(), organisationId: id.nullable().optional(), description: nullableText.optional() })
  ),
  'coding:updateCase': channel<CaseDto>()(
    z.object({ caseId: id, name: z.string().min(1).max(200).optional(), kind: z.string().max(40).optional(), organisationId: id.nullable().optional(), description: nullableText.optional() })
  ),
  'coding:deleteCase': channel<null>()(z.object({ caseId: id })),
  'coding:createAttribute': channel<AttributeDto>()(
    z.object({ name: z.string().min(1).max(100), type: attributeType, choices: z.array(z.string().max(200)).max(500).nullable().optional() })
  ),
  'coding:updateAttribute': channel<AttributeDto>()(
    z.object({ attributeId: id, name: z.string().min(1).max(100).optional(), type: attributeType.optional(), choices: z.array(z.string().max(200)).max(500).nullable().optional() })
  ),
  'coding:deleteAttribute': channel<null>()(z.object({ attributeId: id })),
  /** Grid edits (typing, pasting a block): one undoable operation; returns the refreshed grid. */
  'coding:setCaseValues': channel<CaseGridDto>()(
    z.object({ edits: z.array(z.object({ caseId: id, attributeId: id, value: z.string().max(10_000).nullable() })).min(1).max(100_000) })
  ),
  /** Opens a file picker (.xlsx, .csv): first column case name, header row attribute names. */
  'coding:importCaseAttributes': channel<CaseImportResultDto | null>()(z.object({ sheet: z.string().max(100).optional() })),
  'coding:caseSegments': channel<CaseSegmentDto[]>()(z.object({ sourceId: id.optional(), caseId: id.optional() })),
  'coding:addCaseSegment': channel<CaseSegmentDto>()(z.object({ caseId: id, sourceId: id, start: offset, end: offset })),
  'coding:removeCaseSegment': channel<null>()(z.object({ segmentId: id })),

  // Memos
  'coding:memos': channel<MemoDto[]>()(z.object({ targetKind: memoKind.optional(), targetId: id.optional() })),
  'coding:createMemo': channel<MemoDto>()(
    z.object({ targetKind: memoKind, targetId: id.nullable().optional(), title: z.string().max(200).optional(), body: z.string().max(1_000_000) })
  ),
  'coding:updateMemo': channel<MemoDto>()(z.object({ memoId: id, title: z.string().max(200).optional(), body: z.string().max(1_000_000).optional() })),
  'coding:deleteMemo': channel<null>()(z.object({ memoId: id })),

  // Retrieval and search
  'coding:segments': channel<SegmentPageDto>()(
    z.object({ query: codeQuerySchema.nullable().optional(), filter: segmentFilterSchema.optional(), context: contextMode.default('sentence'), ...page })
  ),
  'coding:search': channel<SearchResultDto>()(
    searchSchema.extend({ limit: z.number().int().min(1).max(100_000).default(1000), width: z.number().int().min(10).max(500).default(60), jobId })
  ),
  /** Codes every hit (expanded) in one undoable operation. */
  'coding:codeSearchHits': channel<CodeHitsResultDto>()(
    z.object({ search: searchSchema, codeId: id, expand: z.enum(['hit', 'sentence', 'paragraph', 'turn']).default('sentence'), jobId })
  ),

  // Words
  'coding:words': channel<WordFrequencyDto>()(
    z.object({
      filter: segmentFilterSchema.optional(),
      codeIds: ids.optional(),
      stopwords: z.enum(['auto', 'it', 'en', 'both', 'none']).default('auto'),
      stem: z.boolean().default(false),
      accentFold: z.boolean().default(true),
      minLength: z.number().int().min(1).max(50).default(1),
      exclude: z.array(z.string().max(100)).max(1000).optional(),
      top: z.number().int().min(1).max(10_000).default(100),
      jobId
    })
  ),

  // Matrices
  'coding:matrix': channel<MatrixDto>()(
    z.object({
      rows: matrixRows,
      measure: z.enum(['codings', 'segments', 'cases']).default('codings'),
      codeIds: ids.optional(),
      aggregate: z.boolean().default(false),
      filter: segmentFilterSchema.optional()
    })
  ),
  'coding:matrixCell': channel<SegmentPageDto>()(
    z.object({
      rows: matrixRows,
      rowId: z.string().max(1000),
      codeId: id,
      aggregate: z.boolean().default(false),
      filter: segmentFilterSchema.optional(),
      context: contextMode.default('sentence'),
      ...page
    })
  ),
  'coding:cooccurrence': channel<CooccurrenceDto>()(z.object({ codeIds: ids.optional(), filter: segmentFilterSchema.optional() })),
  'coding:cooccurrenceCell': channel<SegmentPageDto>()(
    z.object({ codeA: id, codeB: id, filter: segmentFilterSchema.optional(), context: contextMode.default('sentence'), ...page })
  ),

  // Excel and Word exports (save dialog opened by main)
  'coding:exportSegments': channel<ExportResultDto | null>()(
    z.object({ query: codeQuerySchema.nullable().optional(), filter: segmentFilterSchema.optional(), format: z.enum(['xlsx', 'docx']).default('xlsx') })
  ),
  'coding:exportMemos': channel<ExportResultDto | null>()(z.object({})),
  'coding:exportMatrices': channel<ExportResultDto | null>()(
    z.object({ codeIds: ids.optional(), aggregate: z.boolean().default(false), filter: segmentFilterSchema.optional() })
  ),
  'coding:exportCodebook': channel<ExportResultDto | null>()(z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx') }))
}
