import { z } from 'zod'
import { channel } from './define'

/*
 * Contract of privacy in the window (issue 17): the pseudonymisation review, always/never rules,
 * identifier variables, where personal data lives, the shareable copy, erasure and the pseudonym key.
 * Thin faces over src/main/services/privacy (decision 0025); the CLI has the same verbs.
 */

export const HIT_KINDS = ['person', 'organisation', 'email', 'phone', 'taxcode', 'vat', 'iban', 'address', 'birthdate', 'name'] as const
export type HitKindDto = (typeof HIT_KINDS)[number]
export const IDENTIFIER_KINDS = ['email', 'name', 'phone', 'taxcode', 'vat', 'iban', 'ip', 'address', 'birthdate', 'respondent'] as const
export type IdentifierKindDto = (typeof IDENTIFIER_KINDS)[number]
export type SurrogateStyleDto = 'label' | 'realistic'

export interface PreviewHitDto {
  /** `${sourceId}:${start}:${end}`: what accept/reject send back. */
  id: string
  sourceId: string
  source: string
  start: number
  end: number
  text: string
  kind: HitKindDto
  confidence: 'high' | 'medium' | 'low'
  origin: 'roster' | 'pattern' | 'names' | 'rule' | 'key'
  suggested: boolean
  surrogate: string
  entity: string
  before: string
  after: string
}

export interface PreviewSourceDto {
  id: string
  name: string
  hits: number
  overlapped: number
  ruledOut: number
  pseudonymised: boolean
}

export interface PseudonymisationPreviewDto {
  hits: PreviewHitDto[]
  sources: PreviewSourceDto[]
  style: SurrogateStyleDto
  language: 'it' | 'en'
}

export interface AppliedSourceDto {
  id: string
  name: string
  newId: string
  newName: string
  replaced: number
  /** Codings carried over to the new version, each anchor verified against the new text. */
  codings: number
}

export interface PseudonymisationResultDto {
  replaced: number
  sources: AppliedSourceDto[]
  keyAdded: number
  casesRenamed: number
  original: 'kept' | 'destroyed'
  recordingsKeptWithOriginal: number
}

export interface PrivacyRuleDto {
  id: string
  text: string
  decision: 'always' | 'never'
  kind: HitKindDto
  createdAt: string
  createdBy: string | null
}

export interface IdentifierVariableDto {
  dataset: string
  datasetId: string
  variable: string
  variableId: string
  label: string | null
  kind: IdentifierKindDto
  direct: boolean
  decidedBy: string
}

export interface PersonalDataPlaceDto {
  key: string
  table: string
  count: number
  nature: 'direct' | 'pseudonymised' | 'key' | 'context'
}

export interface PrivacyOverviewDto {
  places: PersonalDataPlaceDto[]
  reviewedAt: string | null
  reviewedBy: string | null
  lastErasureAt: string | null
}

export interface ShareResultDto {
  file: string
  report: string
  removed: {
    sourcesLeftOut: string[]
    sourcesPseudonymisedNow: string[]
    originals: number
    originalFiles: number
    recordings: number
    history: number
    privateMemos: number
    identifierVariables: { dataset: string; variable: string; kind: string }[]
    identifierAttributes: string[]
    keyEntries: number
    rules: number
    casesRenamed: number
    organisationsRenamed: number
    participantsRenamed: number
    textsRewritten: number
    answersRewritten: number
    hiddenDatasets: number
  }
  kept: { sources: number; codings: number; cases: number; datasets: number; coders: string[] }
  checked: number
  qdpx?: string
  workbook?: string
}

/** Someone the project knows by name: a person case or a participant of the register. */
export interface PersonHitDto {
  name: string
  kind: 'case' | 'participant'
}

export interface ErasurePreviewDto {
  person: string
  found: boolean
  cases: number
  participants: number
  sources: number
  mentions: number
  questionnaireRows: number
}

export interface ErasureCertificateDto {
  person: string
  project: string
  at: string
  actor: string
  removed: Record<string, number>
  activities: number
  scan: { files: string[]; looked: number; found: string[] }
  copiesOutside: string[]
  sha256: string
}

export interface KeyStatusDto {
  entries: number
  /** Entries by kind of hit (person, organisation, email…). */
  byKind: { kind: string; count: number }[]
}

const jobId = z.string().max(64).optional()
const ref = z.string().trim().min(1).max(300)
const style = z.enum(['label', 'realistic']).optional()
const language = z.enum(['it', 'en']).optional()
const hitId = z.string().max(400)
const person = z.string().trim().min(1).max(300)

export const privacyChannels = {
  /** Detection over the chosen sources (all live ones when empty). Reads only. */
  'privacy:preview': channel<PseudonymisationPreviewDto>()(z.object({ sources: z.array(ref).max(10_000).optional(), style, language, jobId })),
  /** Writes a pseudonymised version of each source with accepted hits; one undoable operation. */
  'privacy:apply': channel<PseudonymisationResultDto>()(
    z.object({
      sources: z.array(ref).max(10_000).optional(),
      accept: z.union([z.enum(['all', 'suggested']), z.array(hitId).max(200_000)]),
      reject: z.array(hitId).max(200_000).optional(),
      original: z.enum(['keep', 'destroy']).default('keep'),
      renameCases: z.boolean().optional(),
      style,
      language,
      jobId
    })
  ),
  'privacy:rules': channel<PrivacyRuleDto[]>()(z.object({})),
  'privacy:setRule': channel<PrivacyRuleDto>()(
    z.object({ text: z.string().trim().min(1).max(200), decision: z.enum(['always', 'never']), kind: z.enum(HIT_KINDS).default('name') })
  ),
  'privacy:removeRule': channel<{ removed: string }>()(z.object({ id: z.string().min(1).max(200) })),
  'privacy:identifiers': channel<IdentifierVariableDto[]>()(z.object({ dataset: ref.optional() })),
  'privacy:setIdentifier': channel<IdentifierVariableDto[]>()(
    z.object({ dataset: ref, variable: ref, kind: z.enum([...IDENTIFIER_KINDS, 'none']) })
  ),
  'privacy:overview': channel<PrivacyOverviewDto>()(z.object({})),
  'privacy:markReviewed': channel<PrivacyOverviewDto>()(z.object({})),
  /** Asks where to save (a save dialog); null when cancelled. */
  'privacy:share': channel<ShareResultDto | null>()(
    z.object({ qdpx: z.boolean().default(false), workbook: z.boolean().default(false), pseudonymiseRest: z.boolean().default(false), locale: language, jobId })
  ),
  'privacy:people': channel<PersonHitDto[]>()(z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) })),
  'privacy:erasePreview': channel<ErasurePreviewDto>()(z.object({ person })),
  /** Cannot be undone: the window asks for the name typed again (`confirm`). */
  'privacy:erase': channel<ErasureCertificateDto>()(z.object({ person, confirm: person, jobId })),
  /** Destroys every hidden original kept after pseudonymising (and the history that held them). Cannot be undone. */
  'privacy:destroyOriginals': channel<{ destroyed: number; emptied: number; discarded: number }>()(z.object({})),
  'privacy:keyStatus': channel<KeyStatusDto>()(z.object({})),
  /** Asks where to save the key file; null when cancelled. */
  'privacy:keyExport': channel<{ file: string; rows: number } | null>()(z.object({ passphrase: z.string().min(1).max(1000) })),
  'privacy:keyRemove': channel<{ removed: number; emptied: number; discarded: number; originalsKept: number }>()(z.object({}))
}
