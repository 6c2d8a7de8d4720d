import { FILTER_OPS, type IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import type { FilterForm } from './spec-form'

type Variable = IndicatorOptionsDto['datasets'][number]['variables'][number]
const NO_VALUE_OPS = new Set(['missing', 'notMissing'])
const LIST_OPS = new Set(['in', 'notIn'])

export const variableLabel = (v: Variable): string => (v.label && v.label !== v.name ? `${v.name} – ${v.label}` : v.name)

/** One row filter: variable, operator and value (a category when the variable has them). */
export function FilterEditor({ variables, value, onChange }: { variables: Variable[]; value: FilterForm | null; onChange(v: FilterForm | null): void }) {
  const { t } = useI18n()
  if (!value)
    return (
      <button type="button" onClick={() => onChange({ variable: '', op: 'eq', value: '' })} data-testid="filter-add">
        {t('ind.spec.filterAdd')}
      </button>
    )
  const set = (patch: Partial<FilterForm>) => onChange({ ...value, ...patch })
  const v = variables.find((x) => x.name === value.variable)
  const pickCategory = v && v.categories.length > 0 && !LIST_OPS.has(value.op)
  return (
    <div className="filter-row" data-testid="spec-filter">
      <select aria-label={t('ind.spec.filterVariable')} value={value.variable} onChange={(e) => set({ variable: e.target.value, value: '' })}>
        <option value="">{t('ind.builder.choose')}</option>
        {variables.map((x) => (
          <option key={x.name} value={x.name}>
            {variableLabel(x)}
          </option>
        ))}
      </select>
      <select aria-label={t('ind.spec.filterOp')} value={value.op} onChange={(e) => set({ op: e.target.value as FilterForm['op'] })}>
        {FILTER_OPS.map((op) => (
          <option key={op} value={op}>
            {t(`ind.op.${op}`)}
          </option>
        ))}
      </select>
      {!NO_VALUE_OPS.has(value.op) &&
        (pickCategory ? (
          <select aria-label={t('ind.spec.filterValue')} value={value.value} onChange={(e) => set({ value: e.target.value })}>
            <option value="">{t('ind.builder.choose')}</option>
            {v.categories.map((c) => (
              <option key={String(c.value)} value={String(c.value)}>
                {c.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={t('ind.spec.filterValue')}
            value={value.value}
            placeholder={LIST_OPS.has(value.op) ? t('ind.spec.filterListHint') : ''}
            onChange={(e) => set({ value: e.target.value })}
          />
        ))}
      <button type="button" className="link" onClick={() => onChange(null)}>
        {t('ind.spec.filterRemove')}
      </button>
    </div>
  )
}
