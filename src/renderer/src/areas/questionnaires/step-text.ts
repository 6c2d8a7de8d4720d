import type { I18n } from '../../i18n/I18n'
import type { RecipeStepDto } from '../../../../shared/ipc/survey'

type P = Record<string, unknown>
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v))
const list = (i18n: I18n, v: unknown): string => (v === '*' ? i18n.t('sv.step.allText') : Array.isArray(v) ? v.map(str).join(', ') : str(v))

/** The step in the user's language; unknown shapes fall back to main's English line. */
export function stepText(i18n: I18n, s: Pick<RecipeStepDto, 'op' | 'params' | 'description'>): string {
  const p = s.params as P
  const t = i18n.t
  switch (s.op) {
    case 'import':
      return t('sv.step.import', { file: str(p.settings && (p.settings as P).file ? (p.settings as P).file : ''), count: Array.isArray(p.variables) ? p.variables.length : 0 })
    case 'normalise':
      return t('sv.step.normalise', { vars: list(i18n, p.variables) }) + (p.case && p.case !== 'keep' ? ` (${t(`sv.case.${str(p.case)}`)})` : '')
    case 'recode':
      return t(p.source === 'cluster' ? 'sv.step.recodeCluster' : 'sv.step.recode', { v: str(p.variable), count: Array.isArray(p.map) ? p.map.length : 0 })
    case 'setMissing':
      return t(p.mode === 'remove' ? 'sv.step.unsetMissing' : 'sv.step.setMissing', {
        codes: Array.isArray(p.codes) ? p.codes.map(str).join('; ') : '',
        vars: list(i18n, p.variables)
      })
    case 'parseNumber':
      return t('sv.step.parseNumber', { v: str(p.variable) })
    case 'parseDate':
      return t('sv.step.parseDate', { v: str(p.variable) })
    case 'splitMulti':
      return t('sv.step.splitMulti', { v: str(p.variable), sep: str(p.separator) })
    case 'bin':
      return t('sv.step.bin', {
        v: str(p.source),
        name: str(p.name),
        bins: Array.isArray(p.bins) ? p.bins.map((b) => str((b as P).label)).join(', ') : ''
      })
    case 'compute':
      return t('sv.step.compute', { name: str(p.name), expr: str(p.expression) })
    case 'rename':
      return t('sv.step.rename', { from: str(p.from), to: str(p.to) })
    case 'setType':
      return t('sv.step.setType', { v: str(p.variable), type: t(`sv.type.${str(p.type)}`) })
    case 'setLabel':
      return t('sv.step.setLabel', { v: str(p.variable), label: p.label === null ? '—' : str(p.label) })
    case 'setValueLabels':
      return t('sv.step.setValueLabels', { v: str(p.variable), labels: Array.isArray(p.values) ? p.values.map((x) => str((x as P).label)).join(' < ') : '' })
    case 'dedupe':
      return t(p.by ? 'sv.step.dedupeBy' : 'sv.step.dedupe', { keys: list(i18n, p.keys), by: str(p.by ?? '') })
    case 'exclude':
      return t('sv.step.exclude', { what: p.where ? str(p.where) : t('sv.step.rowsN', { count: Array.isArray(p.rows) ? p.rows.length : 0 }), reason: str(p.reason) })
    case 'validate': {
      const r = (p.rule ?? {}) as P
      const body =
        r.kind === 'range'
          ? t('sv.rule.rangeText', { v: str(r.variable), min: r.min === undefined ? '−∞' : str(r.min), max: r.max === undefined ? '∞' : str(r.max) })
          : r.kind === 'allowed'
            ? t('sv.rule.allowedText', { v: str(r.variable), values: Array.isArray(r.values) ? r.values.map(str).join(', ') : '' })
            : r.kind === 'required'
              ? t('sv.rule.requiredText', { v: str(r.variable) })
              : r.kind === 'unique'
                ? t('sv.rule.uniqueText', { v: str(r.variable) })
                : str(r.message)
      return t('sv.step.validate', { rule: body })
    }
    case 'editCell':
      return t('sv.step.editCell', { v: str(p.variable), value: str(p.value) })
    case 'drop':
      return t('sv.step.drop', { vars: list(i18n, p.variables) })
    default:
      return i18n.msg(s.description)
  }
}
