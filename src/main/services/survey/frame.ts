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
}
