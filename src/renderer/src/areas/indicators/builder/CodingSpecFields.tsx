import { CODING_MEASURES, type IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { optionLabel } from '../format'
import { CheckList } from './CheckList'
import { Field, GroupField } from './Field'
import type { CodingForm } from './spec-form'

/** The fields of a qualitative indicator: how many sources, cases or codings carry the codes. */
export function CodingSpecFields({ value, onChange, options }: { value: CodingForm; onChange(v: CodingForm): void; options: IndicatorOptionsDto }) {
  const i18n = useI18n()
  const { t } = i18n
  const set = (patch: Partial<CodingForm>) => onChange({ ...value, ...patch })
  // Older specs may name codes by path or name: show them checked against the matching id.
  const selected = value.codes.map((c) => options.codes.find((o) => o.id === c || o.path === c)?.id ?? c)
  if (options.codes.length === 0) return <p className="hint">{t('ind.builder.noCodes')}</p>
  return (
    <div className="form-grid" data-testid="coding-spec">
      <Field label={t('ind.spec.measure')}>
        {(id) => (
          <select id={id} value={value.measure} onChange={(e) => set({ measure: e.target.value as CodingForm['measure'] })}>
            {CODING_MEASURES.map((m) => (
              <option key={m} value={m}>
                {optionLabel(i18n, 'ind.codingMeasure', m)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <GroupField label={t('ind.spec.codes')}>
        <CheckList label={t('ind.spec.codes')} options={options.codes.map((c) => ({ value: c.id, label: c.path }))} value={selected} onChange={(codes) => set({ codes })} />
        <label className="check">
          <input type="checkbox" checked={value.includeChildren} onChange={(e) => set({ includeChildren: e.target.checked })} />
          {t('ind.spec.includeChildren')}
        </label>
      </GroupField>
      <Field label={t('ind.spec.coders')} hint={t('ind.spec.codersHint')}>
        {(id) => <input id={id} value={value.coders} onChange={(e) => set({ coders: e.target.value })} />}
      </Field>
    </div>
  )
}
