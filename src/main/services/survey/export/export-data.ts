import type { Ctx } from '../../context'
import type { CleanValue, DatasetFrame, VariableMeta } from '../frame'
import { loadDatasetFrame } from '../storage/store'
import { isIdentifier, pseudonymiser, type IdentifierPolicy } from './identifiers'
import { identifierIds } from '../../privacy/identifiers'

/** One variable as it leaves Esiti: its definition and its clean values (excluded rows removed). */
export interface ExportVariable {
  meta: VariableMeta
  values: CleanValue[]
  /** Identifier replaced by pseudonyms in this export. */
  hashed: boolean
}

export interface ExportData {
  dataset: string
  datasetId: string
  recipeVersion: number
  rows: number
  variables: ExportVariable[]
  /** Identifier variables left out (policy 'omit'). */
  omitted: string[]
}

/** The clean data of a dataset, with identifier variables omitted, pseudonymised or kept as asked. */
export function exportData(ctx: Ctx, dataset: string, identifiers: IdentifierPolicy): ExportData {
  const frame: DatasetFrame = loadDatasetFrame(ctx, dataset)
  const variables: ExportVariable[] = []
  const omitted: string[] = []
  const pseudonym = identifiers === 'hash' ? pseudonymiser() : null
  const marked = identifierIds(ctx, frame.id)
  for (const meta of frame.variables) {
    const id = isIdentifier(meta, marked)
    if (id && identifiers === 'omit') {
      omitted.push(meta.name)
      continue
    }
    let values = frame.column(meta.name)
    if (id && pseudonym) values = values.map((v) => (v === null || Array.isArray(v) || typeof v === 'boolean' ? v : pseudonym(v)))
    variables.push({ meta, values, hashed: id && !!pseudonym })
  }
  return { dataset: frame.name, datasetId: frame.id, recipeVersion: frame.recipeVersion, rows: frame.rowCount, variables, omitted }
}

/** Label of a value from the variable's categories (by equal value), else the value's own text. */
export function labelOf(meta: VariableMeta, value: string | number): string {
  for (const l of meta.valueLabels) if (l.value === value) return l.label
  return String(value)
}
