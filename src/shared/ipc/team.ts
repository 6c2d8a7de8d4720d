import { z } from 'zod'
import type { Msg } from '../messages'
import { channel } from './define'

/**
 * Output shapes of the team features (agreement, disagreement review, merge, REFI-QDA exchange).
 * Shared by the services, the CLI (--json prints them) and the renderer. Percentages are 0..100,
 * kappa and alpha are plain coefficients; null means "not defined for these data".
 */

/**
 * Texts for the user (explanations, summaries, warnings) are messages: a catalog key and its
 * parameters, worded in the interface language by the window and in `--locale` by the CLI.
 */
export type { Msg } from '../messages'

export type AgreementUnit = 'character' | 'paragraph' | 'sentence'
export type AgreementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio'

export interface NamedRef {
  id: string
  name: string
}
export interface CodeRefDto extends NamedRef {
  /** "Parent > Child" path, to tell apart codes with the same name. */
  path: string
  color: string
}

/** Character counts of one coder pair (pooled over sources). */
export interface CharacterCountsDto {
  total: number
  a: number
  b: number
  both: number
  /** Characters coded by at least one of the two. */
  union: number
}

export interface PairAgreementDto {
  coders: [NamedRef, NamedRef]
  percent: number | null
  kappa: number | null
  percentCodedOnly: number | null
  kappaCodedOnly: number | null
  characters: CharacterCountsDto | null
}

export interface SourceAgreementDto {
  sourceId: string
  source: string
  percent: number | null
  kappa: number | null
}

export interface SegmentAgreementDto {
  threshold: number
  /** Segments matched in both directions (pairs), and segments left without a match. */
  matched: number
  onlyFirst: number
  onlySecond: number
  percent: number | null
  /** Brennan–Prediger kappa, chance = 1 / number of codes. */
  kappa: number | null
}

export interface PerCodeAgreementDto {
  code: string
  codeId: string
  path: string
  color: string
  percent: number | null
  kappa: number | null
  alpha: number | null
  percentCodedOnly: number | null
  kappaCodedOnly: number | null
  meanSourceKappa: number | null
  /** Characters (or units) each coder coded with this code, in coder order. */
  coded: number[]
  pairs: PairAgreementDto[]
  perSource: SourceAgreementDto[]
  segments: SegmentAgreementDto
}

export interface UnitsInfoDto {
  kind: 'paragraph' | 'sentence'
  /** Units in the chosen sources. */
  count: number
  /** Units with a value from at least two coders (the ones alpha uses). */
  pairable: number
  /** Coder × unit cells without a value. */
  missing: number
  /** Per unit with disagreement or missing values: where it is and what each coder chose (1..k or null). */
  values: { sourceId: string; start: number; end: number; values: (number | null)[] }[]
}

export type AgreementFigure =
  | 'percent'
  | 'kappa'
  | 'alpha'
  | 'percentCodedOnly'
  | 'kappaCodedOnly'
  | 'meanSourceKappa'
  | 'segments'
  | 'units'
  | 'multiValue'

export interface AgreementDto {
  unit: AgreementUnit
  level: AgreementLevel
  coders: NamedRef[]
  codes: CodeRefDto[]
  sources: (NamedRef & { chars: number })[]
  percent: number | null
  kappa: number | null
  alpha: number | null
  percentCodedOnly: number | null
  kappaCodedOnly: number | null
  meanSourceKappa: number | null
  perCode: PerCodeAgreementDto[]
  pairs: PairAgreementDto[]
  segments: SegmentAgreementDto
  units: UnitsInfoDto | null
  explanation: Record<AgreementFigure, Msg>
}

// --- Disagreement review ---------------------------------------------------------------------

export type DisagreementKind = 'only_a' | 'only_b' | 'boundaries' | 'agree'
export type DecisionKind = 'keep_a' | 'keep_b' | 'keep_both' | 'merge'

export interface ReviewSegmentDto {
  codingId: string
  coderId: string
  start: number
  end: number
  text: string
}

export interface DisagreementItemDto {
  /** Stable key of the group (its coding ids): pass the ids back to team:decide. */
  key: string
  kind: DisagreementKind
  sourceId: string
  source: string
  start: number
  end: number
  a: ReviewSegmentDto[]
  b: ReviewSegmentDto[]
  /** The union span with up to 80 characters of context either side, for the side-by-side view. */
  context: { before: string; text: string; after: string }
  /** The decision already taken on exactly these codings, if any, who took it and when. */
  decision: DecisionKind | null
  decidedBy: string | null
  decidedAt: string | null
}

/** One recorded review decision on a code (coding_decisions), newest first. */
export interface DecisionRecordDto {
  id: string
  sourceId: string
  source: string
  decision: DecisionKind
  decidedBy: string | null
  decidedAt: string
  /** Codings the decision was taken on, and codings it left (kept or created). */
  before: number
  after: number
  /** Span the decided codings cover now; null when the decision removed the segment. */
  start: number | null
  end: number | null
}

export interface DisagreementsDto {
  code: CodeRefDto
  coders: [NamedRef, NamedRef]
  items: DisagreementItemDto[]
  counts: { agree: number; only_a: number; only_b: number; boundaries: number; decided: number }
  /** Every decision recorded on this code (at most the latest 200). */
  history: DecisionRecordDto[]
  explanation: Msg
}

export interface DecisionResultDto {
  decisionId: string
  decision: DecisionKind
  removed: string[]
  created: string[]
  kept: string[]
  /** The op-log entry: undo reverts the whole decision. */
  summary: Msg
}

// --- Merge ------------------------------------------------------------------------------------

export type MergeConflictKind =
  | 'code_differs'
  | 'code_renamed'
  | 'case_differs'
  | 'case_renamed'
  | 'source_text_differs'
  | 'source_added'
  | 'source_renamed'
  | 'coding_changed'
  | 'memo_differs'
  | 'value_differs'
  | 'attribute_type_differs'

export interface MergeConflictDto {
  kind: MergeConflictKind
  /** The entity in the other project and, when there is one, its counterpart here. */
  otherId: string
  localId: string | null
  message: Msg
}

export interface MergeProposalDto {
  kind: 'code' | 'case'
  otherId: string
  otherName: string
  localId: string
  localName: string
  /** Why it is proposed: same path/name, different UUID. */
  reason: Msg
}

export interface MergeCountsDto {
  sources: number
  codes: number
  cases: number
  attributes: number
  caseValues: number
  coders: number
  codings: number
  memos: number
}

export interface MergeReportDto {
  other: string
  preview: boolean
  /** What is (or would be) added. */
  added: MergeCountsDto
  /** Matched to something already here (by hash, UUID or an accepted proposal). */
  matched: MergeCountsDto
  /** Exact duplicates left out. */
  skippedDuplicates: number
  proposals: MergeProposalDto[]
  accepted: string[]
  conflicts: MergeConflictDto[]
  summary: Msg
}

// --- REFI-QDA --------------------------------------------------------------------------------

export interface RefiExportDto {
  file: string
  sources: number
  codes: number
  codings: number
  cases: number
  variables: number
  notes: number
  users: number
}

export interface UnanchoredDto {
  source: string
  selection: string
  start: number
  end: number
  codes: string[]
  reason: Msg
}

export interface OffsetDialectDto {
  source: string
  /** How this producer counted: code points or UTF-16 units, over text with CRLF or LF. */
  dialect: 'codepoints' | 'utf16' | 'codepoints-lf' | 'utf16-lf'
  /** Selections starting and ending on a word boundary under the chosen dialect. */
  aligned: number
  total: number
  /**
   * Selections placed and verified: the quote cut from the producer's own text in its own units is
   * exactly our stored text at the converted offsets (the others are listed as unanchored).
   */
  verified: number
  /** Selections carrying a name, which some producers fill with the quote. */
  named: number
  /** Named selections whose stored text (name) matched the re-extracted quote. */
  quoteMatches: number
}

export interface RefiImportDto {
  file: string
  origin: string | null
  sources: number
  codes: number
  codings: number
  cases: number
  variables: number
  memos: number
  coders: number
  /** Already in the project (same UUID or identical coding): not duplicated. */
  skipped: number
  warnings: Msg[]
  unanchored: number
  unanchoredSelections: UnanchoredDto[]
  dialects: OffsetDialectDto[]
}

// --- Channels ---------------------------------------------------------------------------------

export interface TeamOverviewDto {
  coders: (NamedRef & { color: string; codings: number })[]
  codes: (CodeRefDto & { codings: number; parentId: string | null })[]
  sources: (NamedRef & { chars: number; codings: number })[]
}

const ref = z.string().trim().min(1).max(300)
const refs = z.array(ref).max(5000)
const jobId = z.string().max(64).optional()
const unit = z.enum(['character', 'paragraph', 'sentence'])
const level = z.enum(['nominal', 'ordinal', 'interval', 'ratio'])
const decision = z.enum(['keep_a', 'keep_b', 'keep_both', 'merge'])
const pair = z.array(ref).length(2)

/**
 * The team area: intercoder agreement, disagreement review, merge of a coder's copy and REFI-QDA
 * exchange. Coders, codes and sources are given by id (names are accepted too). Files are always
 * chosen in the system dialog (team:merge takes only the file team:mergePreview picked).
 */
export const teamChannels = {
  /** Coders, codes and sources with coding counts: what the agreement screen lets the user pick. */
  'team:overview': channel<TeamOverviewDto>()(z.object({})),
  'team:agreement': channel<AgreementDto>()(
    z.object({
      coders: z.array(ref).min(2).max(20),
      codes: refs.optional(),
      sources: refs.optional(),
      unit: unit.default('character'),
      level: level.default('nominal'),
      threshold: z.number().gt(0).lte(1).default(0.9)
    })
  ),
  'team:disagreements': channel<DisagreementsDto>()(
    z.object({ coders: pair, code: ref, sources: refs.optional(), includeAgreements: z.boolean().default(false) })
  ),
  'team:decide': channel<DecisionResultDto>()(
    z.object({ coders: pair, code: ref, source: ref, codingIds: z.array(ref).min(1).max(1000), decision })
  ),
  /** Asks for the other coder's .esiti file, then reports what a merge would do (null if cancelled). */
  'team:mergePreview': channel<MergeReportDto | null>()(
    z.object({
      accept: z.union([z.literal('all'), refs]).optional(),
      /** The file picked by the last call, not asked again (after project:otherPassphrase). */
      again: z.boolean().default(false)
    })
  ),
  /** Merges the file chosen by the last team:mergePreview, accepting the listed proposals. */
  'team:merge': channel<MergeReportDto>()(
    z.object({ file: z.string().min(1).max(4096), accept: z.union([z.literal('all'), refs]).default([]), jobId })
  ),
  'team:qdpxExport': channel<RefiExportDto | null>()(z.object({})),
  'team:qdpxImport': channel<RefiImportDto | null>()(z.object({ jobId })),
  'team:qdcExport': channel<RefiExportDto | null>()(z.object({})),
  'team:qdcImport': channel<RefiImportDto | null>()(z.object({}))
}
