/*
 * The one definition of each shape the privacy services return (issue 17): src/main/services/privacy
 * returns these types as they are, the window receives them over IPC (src/shared/ipc/privacy.ts
 * re-exports them) and the CLI prints them with --json. No imports: the services, the renderer and
 * the IPC contract all take them from here without pulling in zod or Node code.
 */

/** What a candidate for pseudonymisation is. */
export const HIT_KINDS = ['person', 'organisation', 'email', 'phone', 'taxcode', 'vat', 'iban', 'address', 'birthdate', 'name'] as const
export type HitKindDto = (typeof HIT_KINDS)[number]
export const IDENTIFIER_KINDS = ['email', 'name', 'phone', 'taxcode', 'vat', 'iban', 'ip', 'address', 'birthdate', 'respondent'] as const
export type IdentifierKindDto = (typeof IDENTIFIER_KINDS)[number]
/** How replaced text reads: a numbered label ("[Persona 3]", "[Azienda B]") or a made-up Italian name. */
export type SurrogateStyleDto = 'label' | 'realistic'
/** The language of label surrogates ("[Persona 1]", "[Person 1]"). */
export type LabelLanguageDto = 'it' | 'en'

/**
 * How sure the detector is. high and medium hits are proposed for replacement; low ones (a capitalised
 * word that may be a place, a name that is also a common word at a sentence start) are shown but not
 * proposed, so the reviewer decides.
 */
export type HitConfidenceDto = 'high' | 'medium' | 'low'
/** Where the candidate came from: the project's own rosters, a pattern, the names list, a rule, the key. */
export type HitOriginDto = 'roster' | 'pattern' | 'names' | 'rule' | 'key'

export interface PreviewHitDto {
  /** `${sourceId}:${start}:${end}`: what accept/reject send back. */
  id: string
  sourceId: string
  source: string
  start: number
  end: number
  text: string
  kind: HitKindDto
  confidence: HitConfidenceDto
  origin: HitOriginDto
  /** Proposed for replacement (high and medium confidence). */
  suggested: boolean
  surrogate: string
  /** Mentions with the same entity get the same surrogate. */
  entity: string
  /** A little of the text around the hit, for the review screen. */
  before: string
  after: string
}

export interface PreviewSourceDto {
  id: string
  name: string
  hits: number
  overlapped: number
  ruledOut: number
  /** Already a pseudonymised version. */
  pseudonymised: boolean
}

export interface PseudonymisationPreviewDto {
  hits: PreviewHitDto[]
  sources: PreviewSourceDto[]
  style: SurrogateStyleDto
  language: LabelLanguageDto
}

export interface AppliedSourceDto {
  /** The original source's id and name. */
  id: string
  name: string
  /** The pseudonymised version. */
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
  /** Recordings attached to an original stay with it (they hold the real voices and names). */
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
  /** Identifies a person by itself (respondent ids of a platform are pseudonymous, not direct). */
  direct: boolean
  /** 'auto': found by Esiti; otherwise who decided. */
  decidedBy: string
}

/** Where personal data can live in a project (the overview's rows). */
export type PersonalDataPlaceKey =
  | 'sources'
  | 'pseudonymisedSources'
  | 'originalsKept'
  | 'originalFiles'
  | 'recordings'
  | 'cases'
  | 'caseIdentifiers'
  | 'participants'
  | 'participations'
  | 'identifierVariables'
  | 'questionnaireRows'
  | 'keyEntries'
  | 'rules'
  | 'memos'
  | 'privateMemos'
  | 'history'
  | 'erasures'

export interface PersonalDataPlaceDto {
  key: PersonalDataPlaceKey
  /** The table it lives in. */
  table: string
  count: number
  /** 'direct': identifies people as it is; 'pseudonymised': replaced; 'key': links the two. */
  nature: 'direct' | 'pseudonymised' | 'key' | 'context'
}

export interface PrivacyOverviewDto {
  places: PersonalDataPlaceDto[]
  reviewedAt: string | null
  reviewedBy: string | null
  lastErasureAt: string | null
  /** The project file is encrypted at rest (decision 0026). */
  encrypted: boolean
}

/** What the shareable copy left out or replaced. */
export interface ShareRemovedDto {
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

export interface ShareResultDto {
  file: string
  report: string
  removed: ShareRemovedDto
  kept: { sources: number; codings: number; cases: number; datasets: number; coders: string[] }
  /** Real names and removed values looked for in the copy's bytes, and how many were found (0). */
  checked: number
  qdpx?: string
  workbook?: string
}

/** Someone the project knows by name: a person case or a participant of the register. */
export interface PersonHitDto {
  name: string
  kind: 'case' | 'participant'
}

/** What an erasure would remove, without removing it. */
export interface ErasurePreviewDto {
  person: string
  found: boolean
  cases: number
  participants: number
  sources: number
  mentions: number
  questionnaireRows: number
}

export interface ErasureRemovedDto {
  sources: number
  mentions: number
  cases: number
  attributeValues: number
  participants: number
  participations: number
  questionnaireRows: number
  answersBlanked: number
  textsBlanked: number
  keyEntries: number
  rules: number
  logEntries: number
}

export interface ErasureCertificateDto {
  /** The name as given (the certificate is handed to the user, not kept in the project). */
  person: string
  project: string
  at: string
  actor: string
  removed: ErasureRemovedDto
  /** Activities whose participant lists lost the person (their head counts are aggregates and stay). */
  activities: number
  /** The project's files were scanned after compaction: how many texts were looked for, and found. */
  scan: { files: string[]; looked: number; found: string[] }
  /** Copies beside the project (backups) that still hold the person: Esiti did not touch them. */
  copiesOutside: string[]
  sha256: string
}

export interface KeyStatusDto {
  entries: number
  /** Entries by kind of hit (person, organisation, email…). */
  byKind: { kind: string; count: number }[]
}

/** What removing personal data from the operation log did. */
export interface LogPurgeDto {
  /** Entries whose images held one of the traces: their images were emptied. */
  emptied: number
  /** Entries (those and every earlier one) that can no longer be undone or redone. */
  discarded: number
}

export interface DestroyOriginalsDto extends LogPurgeDto {
  destroyed: number
}

export interface KeyExportDto {
  file: string
  rows: number
}

export interface KeyRemovalDto extends LogPurgeDto {
  removed: number
  /** Originals still kept hidden: they hold the real names until destroyed. */
  originalsKept: number
}
