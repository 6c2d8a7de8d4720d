import type { HitConfidenceDto, HitKindDto, HitOriginDto } from '../../../../shared/privacy-results'

// The kinds, confidences and origins of a hit are defined once in src/shared (the window shows them too).
export { HIT_KINDS } from '../../../../shared/privacy-results'
export type HitKind = HitKindDto
export type Confidence = HitConfidenceDto
export type Origin = HitOriginDto

/** A person or organisation a hit stands for, so that every mention of it gets one surrogate. */
export interface EntityRef {
  /** Stable key of the entity (e.g. "cases:<id>", "name:mario rossi"). */
  key: string
  kind: HitKind
  /** The entity's full name (for realistic surrogates of partial mentions). */
  full: string
  /** Which part of the full name this mention is. */
  part: 'full' | 'first' | 'last'
  /** Several entities share this mention ("Mario" of two Marios): one generic surrogate. */
  ambiguous?: boolean
  /** Row the entity is, when it is one (cases, organisations, persons). */
  table?: 'cases' | 'organisations' | 'persons'
  id?: string
  /** F or M when known from the first names list (realistic surrogates keep it). */
  gender?: 'F' | 'M'
}

/** A candidate found in one text, before overlaps are resolved. */
export interface RawHit {
  start: number
  end: number
  kind: HitKind
  confidence: Confidence
  origin: Origin
  entity: EntityRef
}

export const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 }
