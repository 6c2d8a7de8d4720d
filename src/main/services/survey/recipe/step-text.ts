import type { RecipeStep } from './steps'

/** Variables a step reads or writes (by name at that point of the recipe); for dependency reports. */
export function stepVariables(step: RecipeStep): string[] {
  switch (step.op) {
    case 'import':
      return []
    case 'normalise':
    case 'setMissing':
      return step.variables === '*' ? [] : step.variables
    case 'recode':
    case 'parseNumber':
    case 'parseDate':
    case 'splitMulti':
    case 'setType':
    case 'setLabel':
    case 'setValueLabels':
    case 'editCell':
      return [step.variable]
    case 'bin':
      return [step.source]
    case 'rename':
      return [step.from]
    case 'drop':
      return step.variables
    case 'dedupe':
      return step.by ? [...step.keys, step.by] : step.keys
    case 'validate':
      return step.rule.kind === 'expression' ? [] : [step.rule.variable]
    case 'compute':
    case 'exclude':
      return []
  }
}

const list = (v: '*' | string[]): string => (v === '*' ? 'all text variables' : v.join(', '))

/** One line describing a step, for the CLI and as a fallback label in the UI. */
export function describeStep(step: RecipeStep): string {
  switch (step.op) {
    case 'import':
      return `Import ${String(step.settings.file ?? '')} (sheet "${String(step.settings.sheet ?? '')}", ${step.variables.length} variables)`
    case 'normalise': {
      const what = [step.whitespace && 'spaces', step.apostrophes && 'apostrophes', step.case !== 'keep' && `${step.case} case`].filter(Boolean)
      return `Normalise ${what.join(', ') || 'nothing'} in ${list(step.variables)}`
    }
    case 'recode':
      return `Recode ${step.variable}: ${step.map.length} rule(s)${step.source === 'cluster' ? ' from clustering' : ''}`
    case 'setMissing':
      return `${step.mode === 'remove' ? 'Remove' : 'Set'} missing codes ${step.codes.map((c) => JSON.stringify(c)).join(', ')} on ${list(step.variables)}`
    case 'parseNumber':
      return `Parse numbers in ${step.variable}`
    case 'parseDate':
      return `Parse dates in ${step.variable}`
    case 'splitMulti':
      return `Split ${step.variable} into options on "${step.separator}"`
    case 'bin':
      return `Classes of ${step.source} → ${step.name} (${step.bins.map((b) => b.label).join(', ')})`
    case 'compute':
      return `Compute ${step.name} = ${step.expression}`
    case 'rename':
      return `Rename ${step.from} → ${step.to}`
    case 'setType':
      return `Set type of ${step.variable} to ${step.type}${step.role ? ` (${step.role})` : ''}`
    case 'setLabel':
      return `Label ${step.variable}: ${step.label ?? '(none)'}`
    case 'setValueLabels':
      return `Categories of ${step.variable}: ${step.values.map((v) => v.label).join(' < ')}`
    case 'dedupe':
      return `Remove duplicates by ${step.keys.join(' + ')}${step.by ? `, keeping the ${step.keep} ${step.by}` : ''}`
    case 'exclude':
      return `Exclude ${step.rows ? `${step.rows.length} row(s)` : ''}${step.rows && step.where ? ' and ' : ''}${step.where ? `rows where ${step.where}` : ''}: ${step.reason}`
    case 'validate': {
      const r = step.rule
      const body =
        r.kind === 'range'
          ? `${r.variable} between ${r.min ?? '−∞'} and ${r.max ?? '∞'}`
          : r.kind === 'allowed'
            ? `${r.variable} in ${r.values.map((v) => JSON.stringify(v)).join(', ')}`
            : r.kind === 'required'
              ? `${r.variable} is required`
              : r.kind === 'unique'
                ? `${r.variable} is unique`
                : r.message
      return `Check: ${body}`
    }
    case 'editCell':
      return `Edit ${step.variable} of row ${step.row.slice(0, 8)} → ${JSON.stringify(step.value)}`
    case 'drop':
      return `Drop ${step.variables.join(', ')}`
  }
}
