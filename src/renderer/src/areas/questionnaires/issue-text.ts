import type { I18n } from '../../i18n/I18n'
import type { SurveyIssueDto } from '../../../../shared/ipc/survey'
import { cellText } from './format'

/**
 * An issue in the user's language, from its rule, variable and value (and the rule's bounds, read from
 * the step that raised it). Main's English message is the fallback for shapes not known here.
 */
export function issueText(i18n: I18n, x: SurveyIssueDto, rule: Record<string, unknown> | undefined): string {
  const t = i18n.t
  const v = x.variable ?? ''
  const value = cellText(i18n, x.value)
  const row = /row (\d+)/.exec(x.message)?.[1]
  switch (x.rule) {
    case 'required':
      return t('sv.issue.required', { v })
    case 'range':
      if (/is not a number/.test(x.message)) return t('sv.issue.notNumber', { v, value })
      return t('sv.issue.range', {
        v,
        value,
        min: typeof rule?.min === 'number' ? i18n.number(rule.min) : '−∞',
        max: typeof rule?.max === 'number' ? i18n.number(rule.max) : '∞'
      })
    case 'allowed':
      return t('sv.issue.allowed', { v, value })
    case 'unique':
      return row ? t('sv.issue.unique', { v, value, row }) : x.message
    case 'near-duplicate':
      return row ? t('sv.issue.near', { v, value, row }) : x.message
    case 'identical-answers':
      return row ? t('sv.issue.same', { row }) : x.message
    default:
      return x.message
  }
}
