import { formatMessage, hasMessage } from '../../../../shared/messages'
import type { StepReport } from '../../survey/recipe/engine'
import type { RecipeStep, ValidationRule } from '../../survey/recipe/steps'
import type { BookText } from '../xlsx-book'
import { listText, numberText, quote, valueText, type VariableWords } from './words'

function ruleText(r: ValidationRule, v: VariableWords, bt: BookText): string {
  const n = (x: number): string => numberText(x, bt.locale)
  switch (r.kind) {
    case 'range':
      if (r.min !== undefined && r.max !== undefined) return bt.t('methods.rule.range', { variable: v.name(r.variable), min: n(r.min), max: n(r.max) })
      if (r.min !== undefined) return bt.t('methods.rule.min', { variable: v.name(r.variable), min: n(r.min) })
      return bt.t('methods.rule.max', { variable: v.name(r.variable), max: n(r.max ?? 0) })
    case 'allowed':
      return bt.t('methods.rule.allowed', { variable: v.name(r.variable), values: listText(r.values.map((x) => valueText(x, bt.locale)), bt.locale, 'disjunction') })
    case 'required':
      return bt.t('methods.rule.required', { variable: v.name(r.variable) })
    case 'unique':
      return bt.t('methods.rule.unique', { variable: v.name(r.variable) })
    case 'expression':
      return r.message
  }
}

/** The sentence of one step, with the counts of what it did. */
function sentence(step: RecipeStep, rep: StepReport | null, rows: number, v: VariableWords, bt: BookText): string {
  const { locale } = bt
  const t = bt.t
  const vars = (list: '*' | string[]): string => (list === '*' ? t('methods.step.allText') : v.names(list))
  const cells = rep?.cells ?? 0
  switch (step.op) {
    case 'import':
      return t('methods.step.import', {
        file: quote(String(step.settings.file ?? '?').split(/[\\/]/).pop()!, locale),
        sheet: step.settings.sheet && step.settings.format !== 'csv' ? t('methods.step.sheet', { sheet: String(step.settings.sheet) }) : '',
        rows,
        variables: step.variables.length
      })
    case 'normalise': {
      const what = [
        step.whitespace && t('methods.step.normaliseWhat.spaces'),
        step.apostrophes && t('methods.step.normaliseWhat.apostrophes'),
        step.case !== 'keep' && t('methods.step.normaliseWhat.case')
      ].filter((x): x is string => !!x)
      return t('methods.step.normalise', { what: listText(what, locale), variables: vars(step.variables), count: cells })
    }
    case 'recode':
      return t('methods.step.recode', {
        variable: v.name(step.variable),
        rules: t(step.source === 'cluster' ? 'methods.step.rulesCluster' : 'methods.step.rules', { count: step.map.length }),
        count: cells
      })
    case 'setMissing': {
      const codes = listText(step.codes.map((c) => valueText(c, locale)), locale)
      if (step.mode === 'remove') return t('methods.step.unsetMissing', { codes, variables: vars(step.variables) })
      return t('methods.step.setMissing', { codes, variables: vars(step.variables), count: cells })
    }
    case 'setNonSubstantive': {
      const values = step.values?.length ? listText(step.values.map((c) => valueText(c, locale)), locale) : t('methods.step.nonSubstantiveDeclared')
      if (step.mode === 'remove') return t('methods.step.nonSubstantiveRemove', { values, variables: vars(step.variables) })
      return t(step.include ? 'methods.step.nonSubstantiveInclude' : 'methods.step.nonSubstantiveExclude', { values, variables: vars(step.variables) })
    }
    case 'combineMulti':
      v.learn(step.name, step.label ?? null)
      return t('methods.step.combineMulti', { variables: v.names(step.variables), name: v.name(step.name) })
    case 'parseNumber':
      return t('methods.step.parseNumber', { variable: v.name(step.variable), count: cells })
    case 'parseDate':
      return t('methods.step.parseDate', { variable: v.name(step.variable), count: cells })
    case 'splitMulti':
      return t('methods.step.splitMulti', { variable: v.name(step.variable), separator: step.separator })
    case 'bin':
      v.learn(step.name, step.label)
      return t('methods.step.bin', { source: v.name(step.source), bins: listText(step.bins.map((b) => quote(b.label, locale)), locale), name: v.name(step.name) })
    case 'compute':
      v.learn(step.name, step.label)
      return t('methods.step.compute', { name: v.name(step.name), expression: v.expression(step.expression) })
    case 'rename':
      return t('methods.step.rename', { variable: v.name(step.to) })
    case 'setType':
      return t('methods.step.setType', { variable: v.name(step.variable), type: t(`methods.type.${step.type}`) })
    case 'setLabel':
      return t('methods.step.setLabel', { variable: v.name(step.variable), label: step.label ?? '' })
    case 'setValueLabels':
      return t('methods.step.setValueLabels', { variable: v.name(step.variable), values: listText(step.values.map((x) => quote(x.label, locale)), locale) })
    case 'dedupe':
      if (!step.by) return t('methods.step.dedupeNoTime', { count: rep?.rows ?? 0, keys: v.names(step.keys) })
      return t('methods.step.dedupe', { count: rep?.rows ?? 0, keys: v.names(step.keys), keep: t(`methods.step.keep.${step.keep}`) })
    case 'exclude':
      return t('methods.step.exclude', { count: rep?.rows ?? step.rows?.length ?? 0, reason: step.reason.replace(/[.\s]+$/, '') })
    case 'validate':
      return t('methods.step.validate', { rule: ruleText(step.rule, v, bt), count: rep?.rows ?? 0 })
    case 'editCell':
      return t('methods.step.editCell', { variable: v.name(step.variable), reason: step.reason ? ` (${step.reason.replace(/[.\s]+$/, '')})` : '' })
    case 'drop':
      return t('methods.step.drop', { variables: v.names(step.variables) })
  }
}

/**
 * One sentence per step of a recipe, in the report's language, with the counts of its last run
 * ("Rimossi 12 duplicati per «Indirizzo email», mantenendo l’invio più recente."). Variables are
 * named by their labels; the step's own note, when the analyst wrote one, follows in brackets.
 */
export function stepSentences(steps: { step: RecipeStep; report: StepReport | null }[], rows: number, v: VariableWords, bt: BookText): string[] {
  for (const s of steps) if (s.step.op === 'import') for (const x of s.step.variables) v.learn(x.name, x.label)
  return steps.map(({ step, report }) => {
    let text = sentence(step, report, rows, v, bt)
    if (step.note) text += ` (${step.note.replace(/[.\s]+$/, '')})`
    if (!step.enabled || report?.status === 'disabled') return bt.t('methods.step.disabled', { sentence: text })
    if (report?.status === 'skipped') {
      const why = report.message && hasMessage(report.message.key) ? formatMessage(report.message, bt.locale) : null
      return why ? bt.t('methods.step.skipped', { sentence: text, reason: why }) : bt.t('methods.step.skippedNoReason', { sentence: text })
    }
    return text
  })
}
