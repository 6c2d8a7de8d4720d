import { msg, type Msg } from '../../../../shared/messages'
import type { RecipeStep } from './steps'

export { stepEffects, stepVariables } from './step-effects'

const vars = (v: '*' | string[]): string[] | Msg => (v === '*' ? msg('survey.describe.allText') : v)

/** One line describing a step: the CLI words it, the op log keeps it, the window has its own words. */
export function describeStep(step: RecipeStep): Msg {
  switch (step.op) {
    case 'import':
      return msg('survey.describe.import', { file: String(step.settings.file ?? ''), sheet: String(step.settings.sheet ?? ''), count: step.variables.length })
    case 'normalise':
      return msg('survey.describe.normalise', { vars: vars(step.variables), case: msg(`survey.describe.case.${step.case}`) })
    case 'recode':
      return msg(step.source === 'cluster' ? 'survey.describe.recodeClusters' : 'survey.describe.recode', { v: step.variable, count: step.map.length })
    case 'setMissing':
      return msg(`survey.describe.setMissing.${step.mode}`, { codes: step.codes.map(String), vars: vars(step.variables) })
    case 'setNonSubstantive':
      return msg(step.include ? 'survey.describe.nonSubstantiveIncluded' : 'survey.describe.nonSubstantiveExcluded', {
        values: (step.values ?? []).map(String),
        vars: vars(step.variables)
      })
    case 'parseNumber':
      return msg('survey.describe.parseNumber', { v: step.variable })
    case 'parseDate':
      return msg('survey.describe.parseDate', { v: step.variable })
    case 'splitMulti':
      return msg('survey.describe.splitMulti', { v: step.variable, separator: step.separator })
    case 'combineMulti':
      return msg('survey.describe.combineMulti', { name: step.name, vars: step.variables })
    case 'bin':
      return msg('survey.describe.bin', { source: step.source, name: step.name, labels: step.bins.map((b) => b.label) })
    case 'compute':
      return msg('survey.describe.compute', { name: step.name, expression: step.expression })
    case 'rename':
      return msg('survey.describe.rename', { from: step.from, to: step.to })
    case 'setType':
      return msg(step.role ? 'survey.describe.setTypeRole' : 'survey.describe.setType', {
        v: step.variable,
        type: msg(`survey.type.${step.type}`),
        role: step.role ? msg(`survey.role.${step.role}`) : ''
      })
    case 'setLabel':
      return msg('survey.describe.setLabel', { v: step.variable, label: step.label ?? '—' })
    case 'setValueLabels':
      return msg('survey.describe.setValueLabels', { v: step.variable, labels: step.values.map((v) => v.label).join(' < ') })
    case 'dedupe':
      return msg(step.scope === 'all' ? 'survey.describe.dedupeAll' : 'survey.describe.dedupe', {
        keys: step.keys.join(' + '),
        by: step.by ?? '—',
        keep: msg(`survey.keep.${step.keep}`)
      })
    case 'exclude':
      return msg('survey.describe.exclude', { rows: step.rows?.length ?? 0, where: step.where ?? '—', reason: step.reason })
    case 'validate': {
      const r = step.rule
      switch (r.kind) {
        case 'range':
          return msg('survey.describe.checkRange', { v: r.variable, min: r.min ?? '−∞', max: r.max ?? '∞' })
        case 'allowed':
          return msg('survey.describe.checkAllowed', { v: r.variable, values: r.values.map(String) })
        case 'required':
          return msg('survey.describe.checkRequired', { v: r.variable })
        case 'unique':
          return msg('survey.describe.checkUnique', { v: r.variable })
        case 'expression':
          return msg('survey.describe.checkExpression', { message: r.message, expression: r.expression })
      }
      break
    }
    case 'editCell':
      return msg('survey.describe.editCell', { v: step.variable, row: step.row.slice(0, 8), value: JSON.stringify(step.value) })
    case 'drop':
      return msg('survey.describe.drop', { vars: step.variables })
  }
  return msg('survey.describe.unknown', { op: (step as { op: string }).op })
}
