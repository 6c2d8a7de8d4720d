import { ACTIVITY_MODES, ORG_KINDS, type IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { optionLabel } from '../format'
import { CheckList } from './CheckList'
import { Field, GroupField } from './Field'
import type { RegisterForm } from './spec-form'

/** Measures whose units belong to organisations (reached, joined, or the persons' own), so organisation filters apply. */
const ORG_MEASURES = new Set(['organisations', 'companiesJoined', 'persons', 'participations'])

/** The fields of a monitoring-register indicator: the measure and which activities count. */
export function RegisterSpecFields({ value, onChange, options }: { value: RegisterForm; onChange(v: RegisterForm): void; options: IndicatorOptionsDto }) {
  const i18n = useI18n()
  const { t } = i18n
  const set = (patch: Partial<RegisterForm>) => onChange({ ...value, ...patch })
  const orgs = ORG_MEASURES.has(value.measure)
  // Specs may name actions by id: show them checked against their code.
  const actions = value.actions.map((a) => options.actions.find((x) => x.id === a || x.code === a)?.code ?? a)
  return (
    <div className="form-grid" data-testid="register-spec">
      <Field label={t('ind.spec.measure')}>
        {(id) => (
          <select id={id} value={value.measure} data-testid="spec-measure" onChange={(e) => set({ measure: e.target.value as RegisterForm['measure'] })}>
            {options.registerMeasures.map((m) => (
              <option key={m} value={m}>
                {optionLabel(i18n, 'ind.measure', m)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <GroupField label={t('ind.spec.actions')}>
        <CheckList
          inline
          label={t('ind.spec.actions')}
          options={options.actions.map((a) => ({ value: a.code, label: a.code, hint: a.name }))}
          value={actions}
          onChange={(actions) => set({ actions })}
        />
        <div className="hint">{t('ind.spec.allWhenNone')}</div>
      </GroupField>
      <GroupField label={t('ind.spec.kinds')}>
        <CheckList
          inline
          label={t('ind.spec.kinds')}
          options={options.activityKinds.map((k) => ({ value: k, label: optionLabel(i18n, 'reg.kind', k) }))}
          value={value.kinds}
          onChange={(kinds) => set({ kinds })}
        />
      </GroupField>
      <GroupField label={t('ind.spec.modes')}>
        <CheckList
          inline
          label={t('ind.spec.modes')}
          options={ACTIVITY_MODES.map((m) => ({ value: m as string, label: optionLabel(i18n, 'reg.mode', m) }))}
          value={value.modes}
          onChange={(modes) => set({ modes })}
        />
      </GroupField>
      <GroupField label={t('ind.spec.period')}>
        <div className="filter-row">
          <label className="inline">
            {t('ind.spec.from')}
            <input type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label className="inline">
            {t('ind.spec.to')}
            <input type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} />
          </label>
        </div>
      </GroupField>
      {options.areas.length > 0 && (
        <GroupField label={t('ind.spec.areas')}>
          <CheckList inline label={t('ind.spec.areas')} options={options.areas.map((a) => ({ value: a, label: a }))} value={value.areas} onChange={(areas) => set({ areas })} />
        </GroupField>
      )}
      {orgs && (
        <>
          <GroupField label={t('ind.spec.orgKinds')}>
            <CheckList
              inline
              label={t('ind.spec.orgKinds')}
              options={ORG_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              value={value.orgKinds}
              onChange={(orgKinds) => set({ orgKinds })}
            />
          </GroupField>
          {options.areas.length > 0 && (
            <GroupField label={t('ind.spec.orgAreas')}>
              <CheckList
                inline
                label={t('ind.spec.orgAreas')}
                options={options.areas.map((a) => ({ value: a, label: a }))}
                value={value.orgAreas}
                onChange={(orgAreas) => set({ orgAreas })}
              />
            </GroupField>
          )}
        </>
      )}
    </div>
  )
}
