import type { Locale } from '../../../../shared/messages'
import { formatMessage, type MessageKey } from '../../../../shared/messages'
import type { VariableMeta, VariableType } from '../frame'
import { describeStep, stepVariables } from '../recipe/step-text'
import type { RecipeStep } from '../recipe/steps'
import { isIdentifier } from './identifiers'

/** One line of the data dictionary. */
export interface DictionaryEntry {
  name: string
  label: string | null
  type: VariableType
  role: VariableMeta['role']
  /** Columns the variable occupies in a spreadsheet export (a multiple-response set: one per option). */
  columns: string[]
  /** "value = label" for categories, the options of a multiple-response set. */
  values: { value: string | number; label: string }[]
  missingCodes: (string | number)[]
  /** Recipe steps that defined or changed it, "#n description", in recipe order. */
  steps: string[]
  /** 'omitted' or 'pseudonymised' for identifiers, else null. */
  identifier: 'omitted' | 'pseudonymised' | 'kept' | null
}

/**
 * Variables a step defines or changes, by name at that point of the recipe ('*' for "all text
 * variables"): what it reads, except that a rename, a bin or a compute changes the name it writes,
 * and row steps (dedupe, exclude, validate) and drop change no variable.
 */
function touched(step: RecipeStep): string[] {
  switch (step.op) {
    case 'normalise':
    case 'setMissing':
      return step.variables === '*' ? ['*'] : step.variables
    case 'rename':
      return [step.to]
    case 'bin':
    case 'compute':
      return [step.name]
    case 'dedupe':
    case 'exclude':
    case 'validate':
    case 'drop':
      return []
    default:
      return stepVariables(step)
  }
}

const TEXT_TYPES = new Set<VariableType>(['text', 'nominal', 'ordinal', 'multi', 'id', 'metadata'])

/**
 * For each variable as it is at the end of the recipe, the steps that touched it. Steps name
 * variables as they are called at that point, so names are followed through renames: each name
 * maps to an identity that survives a rename.
 */
export function stepsByVariable(steps: RecipeStep[], finals: VariableMeta[]): Map<string, string[]> {
  const current = new Map<string, { steps: string[] }>()
  const key = (n: string): string => n.toLowerCase()
  const identity = (name: string): { steps: string[] } => {
    let id = current.get(key(name))
    if (!id) current.set(key(name), (id = { steps: [] }))
    return id
  }
  const all: { steps: string[] }[] = []
  steps.forEach((step, i) => {
    if (step.enabled === false || step.op === 'import') return
    const line = `#${i} ${describeStep(step)}`
    if (step.op === 'rename') {
      const id = identity(step.from)
      current.delete(key(step.from))
      current.set(key(step.to), id)
      id.steps.push(line)
      return
    }
    for (const name of touched(step)) {
      if (name === '*') {
        all.push({ steps: [line] })
        continue
      }
      identity(name).steps.push(line)
    }
  })
  const out = new Map<string, string[]>()
  for (const v of finals) {
    const own = current.get(key(v.name))?.steps ?? []
    const wide = TEXT_TYPES.has(v.type) ? all.flatMap((a) => a.steps) : []
    // Recipe order: "#n" numbers sort the merged list.
    out.set(v.name, [...own, ...wide].sort((a, b) => parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10)))
  }
  return out
}

/** Column names of a variable in a spreadsheet export. */
export function exportColumns(v: VariableMeta): string[] {
  if (v.type !== 'multi') return [v.name]
  return (v.options ?? []).map((_, k) => `${v.name}_${k + 1}`)
}

/** The data dictionary of an export: every variable, including identifiers left out. */
export function dictionaryOf(
  all: VariableMeta[],
  steps: RecipeStep[],
  identifiers: 'omit' | 'hash' | 'keep',
  marked?: ReadonlySet<string>
): DictionaryEntry[] {
  const byStep = stepsByVariable(steps, all)
  return all.map((v) => {
    const id = isIdentifier(v, marked)
    // Scored categories (Likert items) show their score; excluded non-substantive answers are missing values.
    const values =
      v.type === 'multi'
        ? (v.options ?? []).map((o, k) => ({ value: `${v.name}_${k + 1}`, label: o }))
        : v.valueLabels.map((l) => (l.score !== undefined ? { value: `${l.label} [${l.score}]`, label: `${l.label} [${l.score}]` } : l))
    const ns = v.nonSubstantive
    return {
      name: v.name,
      label: v.label,
      type: v.type,
      role: v.role,
      columns: id && identifiers === 'omit' ? [] : exportColumns(v),
      values,
      missingCodes: ns && !ns.include ? [...v.missingCodes, ...ns.values] : v.missingCodes,
      steps: byStep.get(v.name) ?? [],
      identifier: !id ? null : identifiers === 'omit' ? 'omitted' : identifiers === 'hash' ? 'pseudonymised' : 'kept'
    }
  })
}

/** The dictionary as table rows in the user's language: headers first. */
export function dictionaryTable(entries: DictionaryEntry[], locale: Locale): string[][] {
  const t = (key: MessageKey, params?: Record<string, string | number>): string => formatMessage({ key, params }, locale)
  const header = [
    t('dataExport.dict.name'),
    t('dataExport.dict.label'),
    t('dataExport.dict.type'),
    t('dataExport.dict.role'),
    t('dataExport.dict.columns'),
    t('dataExport.dict.values'),
    t('dataExport.dict.missing'),
    t('dataExport.dict.steps'),
    t('dataExport.dict.note')
  ]
  const rows = entries.map((e) => [
    e.name,
    e.label ?? '',
    t(`dataExport.type.${e.type}` as MessageKey),
    t(`dataExport.role.${e.role}` as MessageKey),
    e.columns.join(', '),
    e.values.map((l) => (String(l.value) === l.label ? l.label : `${l.value} = ${l.label}`)).join('; '),
    e.missingCodes.map(String).join('; '),
    e.steps.join('\n'),
    e.identifier ? t(`dataExport.identifier.${e.identifier}` as MessageKey) : ''
  ])
  return [header, ...rows]
}
