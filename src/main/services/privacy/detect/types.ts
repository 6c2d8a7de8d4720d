/** What a candidate for pseudonymisation is. */
export type HitKind = 'person' | 'organisation' | 'email' | 'phone' | 'taxcode' | 'vat' | 'iban' | 'address' | 'birthdate' | 'name'

export const HIT_KINDS: HitKind[] = ['person', 'organisation', 'email', 'phone', 'taxcode', 'vat', 'iban', 'address', 'birthdate', 'name']

/**
 * How sure the detector is. high and medium hits are proposed for replacement; low ones (a capitalised
 * word that may be a place, a name that is also a common word at a sentence start) are shown but not
 * proposed, so the reviewer decides.
 */
export type Confidence = 'high' | 'medium' | 'low'

/** Where the candidate came from: the project's own rosters, a pattern, the names list, a rule. */
export type Origin = 'roster' | 'pattern' | 'names' | 'rule' | 'key'

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
