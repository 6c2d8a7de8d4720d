import type { IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { optionLabel } from '../format'
import { CheckList } from './CheckList'
import { Field, GroupField } from './Field'
import { FilterEditor, variableLabel } from './FilterEditor'
import type { Scalar, SurveyForm } from './spec-form'

type Variable = IndicatorOptionsDto['datasets'][number]['variables'][number]

const WITH_CATEGORIES = new Set(['count', 'percent', 'top2box', 'likert', 'multi'])

/** The fields of a questionnaire indicator: dataset, statistic and the variables it needs. */
export function SurveySpecFields({ value, onChange, options }: { value: SurveyForm; onChange(v: SurveyForm): void; options: IndicatorOptionsDto }) {
  const i18n = useI18n()
  const { t } = i18n
  const set = (patch: Partial<SurveyForm>) => onChange({ ...value, ...patch })
  const dataset = options.datasets.find((d) => d.name === value.dataset || d.id === value.dataset)
  const variables = dataset?.variables ?? []
  const variable = variables.find((v) => v.name === value.variable)
  const st = value.statistic
  const usesItems = st === 'itemMeans'
  if (options.datasets.length === 0) return <p className="hint">{t('ind.builder.noDatasets')}</p>
  const varSelect = (id: string, current: string, onPick: (name: string) => void, filter?: (v: Variable) => boolean, allowNone = false) => (
    <select id={id} value={current} onChange={(e) => onPick(e.target.value)}>
      <option value="">{allowNone ? t('common.none') : t('ind.builder.choose')}</option>
      {variables.filter(filter ?? (() => true)).map((v) => (
        <option key={v.name} value={v.name}>
          {variableLabel(v)}
        </option>
      ))}
    </select>
  )
  return (
    <div className="form-grid" data-testid="survey-spec">
      <Field label={t('ind.spec.dataset')}>
        {(id) => (
          <select id={id} value={value.dataset} onChange={(e) => set({ dataset: e.target.value, variable: '', categories: [], items: [], colVariable: '', weight: '', filter: null })}>
            {options.datasets.map((d) => (
              <option key={d.id} value={d.name}>
                {d.name} ({t('ind.prov.recipeVersion', { v: d.recipeVersion })})
              </option>
            ))}
          </select>
        )}
      </Field>
      <GroupField label={t('ind.spec.layer')}>
        <div className="segmented" role="radiogroup" aria-label={t('ind.spec.layer')}>
          {(['clean', 'raw'] as const).map((l) => (
            <button key={l} type="button" role="radio" aria-checked={value.layer === l} className={value.layer === l ? 'active' : ''} onClick={() => set({ layer: l })}>
              {optionLabel(i18n, 'ind.layer', l)}
            </button>
          ))}
        </div>
      </GroupField>
      <Field label={t('ind.spec.statistic')}>
        {(id) => (
          <select id={id} value={st} data-testid="spec-statistic" onChange={(e) => set({ statistic: e.target.value as SurveyForm['statistic'] })}>
            {options.statistics.map((s) => (
              <option key={s} value={s}>
                {optionLabel(i18n, 'ind.stat', s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!usesItems && (
        <Field label={st === 'crosstab' ? t('ind.spec.rowVariable') : t('ind.spec.variable')}>
          {(id) => varSelect(id, value.variable, (name) => set({ variable: name, categories: [] }))}
        </Field>
      )}
      {WITH_CATEGORIES.has(st) && variable && variable.categories.length > 0 && (
        <GroupField label={t('ind.spec.categories')}>
          <CheckList<Scalar>
            label={t('ind.spec.categories')}
            options={variable.categories.map((c) => ({ value: c.value, label: c.label === String(c.value) ? c.label : `${c.value} – ${c.label}` }))}
            value={value.categories}
            onChange={(categories) => set({ categories })}
            inline
          />
          <div className="hint">{t(`ind.spec.categoriesHint.${st === 'top2box' || st === 'likert' ? 'top' : st === 'multi' ? 'multi' : 'count'}`)}</div>
        </GroupField>
      )}
      {usesItems && (
        <GroupField label={t('ind.spec.items')}>
          <CheckList
            label={t('ind.spec.items')}
            options={variables.filter((v) => v.type === 'numeric' || v.type === 'ordinal').map((v) => ({ value: v.name, label: variableLabel(v) }))}
            value={value.items}
            onChange={(items) => set({ items })}
          />
        </GroupField>
      )}
      {st === 'crosstab' && (
        <>
          <Field label={t('ind.spec.colVariable')}>{(id) => varSelect(id, value.colVariable, (colVariable) => set({ colVariable }))}</Field>
          <Field label={t('ind.spec.percentBase')}>
            {(id) => (
              <select id={id} value={value.percentBase} onChange={(e) => set({ percentBase: e.target.value as SurveyForm['percentBase'] })}>
                {(['row', 'col', 'total'] as const).map((b) => (
                  <option key={b} value={b}>
                    {t(`ind.percentBase.${b}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <Field label={t('ind.spec.weight')}>
        {(id) => varSelect(id, value.weight, (weight) => set({ weight }), (v) => v.type === 'numeric' || v.role === 'weight', true)}
      </Field>
      <GroupField label={t('ind.spec.filter')}>
        <FilterEditor variables={variables} value={value.filter} onChange={(filter) => set({ filter })} />
      </GroupField>
    </div>
  )
}
