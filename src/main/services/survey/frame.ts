/**
 * The read-side contract of questionnaire data, used by indicators and exports. Implemented by the
 * survey store (loadDatasetFrame in ./store.ts).
 */
export type VariableType =
  | 'id'
  | 'metadata'
  | 'nominal'
  | 'ordinal'
  | 'numeric'
  | 'date'
  | 'datetime'
  | 'text'
  | 'multi'

export interface ValueLabel {
  value: string | number
  label: string
  /**
   * The number a category counts as in means (Likert items: 1..k in scale order, editable). Absent:
   * the category has no score (a numeric value is its own score).
   */
  score?: number
}

/** What kind of identifier a variable holds: privacy and exports rely on it. */
export type IdentifierKind = 'email' | 'vat' | 'taxcode' | 'phone' | 'uuid' | 'respondent' | 'code'

/**
 * Answers that are not opinions ("Non so", "Preferisco non rispondere"): a class of their own, shown
 * and counted apart. Excluded from bases (the default) or counted as answers, as the user chooses;
 * never scored.
 */
export interface NonSubstantive {
  values: (string | number)[]
  include: boolean
}

/** Options of a multiple-response set that some waves did not offer: their rows are "not asked", not 0 %. */
export interface NotAsked {
  /** The wave variable's name in the clean data. */
  waveVariable: string
  /** option → waves that did not offer it. */
  options: Record<string, string[]>
}

export interface VariableMeta {
  id: string
  name: string
  label: string | null
  type: VariableType
  role: 'metadata' | 'question' | 'derived' | 'weight'
  /** Ordered categories for nominal/ordinal (order = scale order), options for multi. */
  valueLabels: ValueLabel[]
  missingCodes: (string | number)[]
  /** For a multiple-response set: its options; each respondent's value is a string[] of chosen options. */
  options?: string[]
  nonSubstantive?: NonSubstantive
  /** type 'id': the kind of identifier. */
  identifier?: IdentifierKind
  notAsked?: NotAsked
  /** A note kept from the file (the header cell's comment). */
  note?: string
}

export type CleanValue = string | number | boolean | null | string[]

export interface DatasetFrame {
  id: string
  name: string
  recipeVersion: number
  rowCount: number
  /** Rows excluded by the recipe are already removed from clean columns. */
  variables: VariableMeta[]
  column(name: string): CleanValue[]
  /** Lets go of a column read before: a pass over every column need not hold them all at once. */
  release?(name: string): void
}
