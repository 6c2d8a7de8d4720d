import type { IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { CheckList } from '../builder/CheckList'
import { Field, GroupField } from '../builder/Field'
import { FilterEditor, variableLabel } from '../builder/FilterEditor'
import { optionLabel } from '../format'
import type { TableForm } from './table-form'

/** The fields of a table built straight from a questionnaire: a question's categories or a battery's items. */
export function SurveyTableFields({ form, set, options }: { form: TableForm; set(patch: Partial<TableForm>): void; options: IndicatorOptionsDto }) {
  const i18n = useI18n()
  const { t } = i18n
  const dataset = options.datasets.find((d) => d.name === form.dataset || d.id === form.dataset)
  const variables = dataset?.variables ?? []
  const categorical = variables.filter((v) => v.type === 'nominal' || v.type === 'ordinal' || v.categories.length > 0)
  const varSelect = (id: string, value: string, onPick: (v: string) => void, list = variables, allowNone = false) => (
    <select id={id} value={value} onChange={(e) => onPick(e.target.value)}>
      <option value="">{allowNone ? t('common.none') : t('ind.builder.choose')}</option>
      {list.map((v) => (
        <option key={v.name} value={v.name}>
          {variableLabel(v)}
        </option>
      ))}
    </select>
  )
  return (
    <>
      <Field label={t('ind.spec.dataset')}>
        {(id) => (
          <select id={id} value={form.dataset} onChange={(e) => set({ dataset: e.target.value, variable: '', items: [], by: '', weight: '', filter: null })}>
            {options.datasets.map((d) => (
              <option key={d.id} value={d.name}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.rows === 'categories' ? (
        <>
          <Field label={t('ind.spec.variable')}>{(id) => varSelect(id, form.variable, (variable) => set({ variable }), categorical)}</Field>
          <Field label={t('ind.spec.statistic')}>
            {(id) => (
              <select id={id} value={form.categoryStatistic} onChange={(e) => set({ categoryStatistic: e.target.value as TableForm['categoryStatistic'] })}>
                {(['percent', 'count'] as const).map((s) => (
                  <option key={s} value={s}>
                    {optionLabel(i18n, 'ind.stat', s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : (
        <>
          <GroupField label={t('ind.spec.items')}>
            <CheckList
              label={t('ind.spec.items')}
              options={variables.filter((v) => v.type === 'numeric' || v.type === 'ordinal').map((v) => ({ value: v.name, label: variableLabel(v) }))}
              value={form.items}
              onChange={(items) => set({ items })}
            />
          </GroupField>
          <Field label={t('ind.spec.statistic')}>
            {(id) => (
              <select id={id} value={form.itemStatistic} onChange={(e) => set({ itemStatistic: e.target.value as TableForm['itemStatistic'] })}>
                {(['likert', 'mean', 'top2box'] as const).map((s) => (
                  <option key={s} value={s}>
                    {optionLabel(i18n, 'ind.stat', s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <Field label={t('ind.tables.columns')} hint={t('ind.tables.groupsHint')}>
        {(id) => varSelect(id, form.by, (by) => set({ by }), categorical, true)}
      </Field>
      <GroupField label={t('ind.spec.layer')}>
        <div className="segmented" role="radiogroup" aria-label={t('ind.spec.layer')}>
          {(['clean', 'raw'] as const).map((l) => (
            <button key={l} type="button" role="radio" aria-checked={form.layer === l} className={form.layer === l ? 'active' : ''} onClick={() => set({ layer: l })}>
              {optionLabel(i18n, 'ind.layer', l)}
            </button>
          ))}
        </div>
      </GroupField>
      <Field label={t('ind.spec.weight')}>
        {(id) => varSelect(id, form.weight, (weight) => set({ weight }), variables.filter((v) => v.type === 'numeric' || v.role === 'weight'), true)}
      </Field>
      <GroupField label={t('ind.spec.filter')}>
        <FilterEditor variables={variables} value={form.filter} onChange={(filter) => set({ filter })} />
      </GroupField>
    </>
  )
}
