import { useState, type FormEvent } from 'react'
import type { IndicatorDefDto, IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { Modal } from '../../../components/Modal'
import { ApiError, call } from '../../../lib/api'
import { useI18n } from '../../../i18n/I18n'
import { optionLabel } from '../format'
import { CodingSpecFields } from './CodingSpecFields'
import { DisaggregationFields } from './DisaggregationFields'
import { FormFooter } from './FormFooter'
import { Field, GroupField } from './Field'
import { formFromDef, inputOf, newForm, type IndicatorForm, type IndicatorKind, type SourceKind } from './indicator-form'
import { RegisterSpecFields } from './RegisterSpecFields'
import { SdgPicker } from './SdgPicker'
import { SurveySpecFields } from './SurveySpecFields'
import { variableLabel } from './FilterEditor'

const KINDS: IndicatorKind[] = ['output', 'outcome', 'qualitative', 'context']
const SOURCES: SourceKind[] = ['survey', 'register', 'coding']

/** Creates or edits an indicator; main validates and its message is shown in the form. */
export function IndicatorBuilder({
  options,
  def,
  onClose,
  onSaved
}: {
  options: IndicatorOptionsDto
  def: IndicatorDefDto | null
  onClose(): void
  onSaved(d: IndicatorDefDto): void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const [form, setForm] = useState<IndicatorForm>(() => (def ? formFromDef(def, options) : newForm(options)))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<IndicatorForm>) => setForm((f) => ({ ...f, ...patch }))

  const dataset = options.datasets.find((d) => d.name === form.survey.dataset || d.id === form.survey.dataset)
  const choices =
    form.source === 'survey'
      ? (dataset?.variables ?? [])
          .filter((v) => v.type === 'nominal' || v.type === 'ordinal' || v.categories.length > 0)
          .map((v) => ({ value: v.name, label: variableLabel(v) }))
      : form.source === 'register'
        ? options.registerDimensions.map((d) => ({ value: d, label: optionLabel(i18n, 'ind.dim', d) }))
        : [...options.caseAttributes.map((a) => ({ value: a, label: a })), { value: 'coder', label: t('ind.dim.coder') }]

  async function save(e: FormEvent) {
    e.preventDefault()
    const built = inputOf(form, options)
    if ('badNumber' in built) {
      setError(t('ind.builder.notANumber', { field: t(`ind.field.${built.badNumber}`) }))
      return
    }
    setBusy(true)
    setError(null)
    try {
      const saved = def ? await call('indicators:update', { id: def.id, patch: built.input }) : await call('indicators:create', built.input)
      onSaved(saved)
    } catch (err) {
      setError(err instanceof ApiError ? i18n.error(err.info) : String((err as Error)?.message ?? err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title={def ? t('ind.builder.editTitle', { code: def.code }) : t('ind.builder.newTitle')} onClose={onClose} wide>
      <form className="builder" onSubmit={save} data-testid="indicator-builder" noValidate>
        <div className="form-grid quad">
          <Field label={t('ind.field.code')}>
            {(id) => <input id={id} value={form.code} required maxLength={40} data-testid="field-code" onChange={(e) => set({ code: e.target.value })} />}
          </Field>
          <Field label={t('ind.field.kind')}>
            {(id) => (
              <select id={id} value={form.kind} onChange={(e) => set({ kind: e.target.value as IndicatorKind })}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {optionLabel(i18n, 'ind.kind', k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('ind.field.name')} wide>
            {(id) => <input id={id} value={form.name} required maxLength={500} data-testid="field-name" onChange={(e) => set({ name: e.target.value })} />}
          </Field>
          <Field label={t('ind.field.nameEn')} wide>
            {(id) => <input id={id} value={form.nameEn} maxLength={500} onChange={(e) => set({ nameEn: e.target.value })} />}
          </Field>
          <Field label={t('ind.field.definition')} wide>
            {(id) => <textarea id={id} rows={2} value={form.definition} maxLength={5000} onChange={(e) => set({ definition: e.target.value })} />}
          </Field>
          <Field label={t('ind.field.action')}>
            {(id) => (
              <select id={id} value={form.action} onChange={(e) => set({ action: e.target.value })}>
                <option value="">{t('ind.builder.wholeProgramme')}</option>
                {options.actions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.code} – {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('ind.field.unit')}>
            {(id) => <input id={id} value={form.unit} maxLength={40} placeholder={t('ind.builder.unitHint')} title={t('ind.builder.unitHint')} onChange={(e) => set({ unit: e.target.value })} />}
          </Field>
          <Field label={t('ind.field.section')} wide>
            {(id) => (
              <select id={id} value={form.section} onChange={(e) => set({ section: e.target.value })}>
                <option value="">{t('ind.noSection')}</option>
                {options.sections.map((s) => (
                  <option key={s.id} value={String(s.number)}>
                    {s.number}. {s.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <GroupField label={t('ind.field.sdgs')} wide>
            <SdgPicker options={options.sdgs} value={form.sdgs} onChange={(sdgs) => set({ sdgs })} />
          </GroupField>
          <Field label={t('ind.field.baseline')}>
            {(id) => (
              <span className="inline-fields">
                <input id={id} value={form.baseline} inputMode="decimal" size={8} data-testid="field-baseline" onChange={(e) => set({ baseline: e.target.value })} />
                <input value={form.baselineYear} inputMode="numeric" size={5} maxLength={4} placeholder={t('ind.field.year')} aria-label={t('ind.field.baselineYear')} data-testid="field-baseline-year" onChange={(e) => set({ baselineYear: e.target.value })} />
              </span>
            )}
          </Field>
          <Field label={t('ind.field.baselineSource')}>
            {(id) => <input id={id} value={form.baselineSource} maxLength={500} onChange={(e) => set({ baselineSource: e.target.value })} />}
          </Field>
          <Field label={t('ind.field.milestone')}>
            {(id) => (
              <span className="inline-fields">
                <input id={id} value={form.milestone} inputMode="decimal" size={8} onChange={(e) => set({ milestone: e.target.value })} />
                <input value={form.milestoneYear} inputMode="numeric" size={5} maxLength={4} placeholder={t('ind.field.year')} aria-label={t('ind.field.milestoneYear')} onChange={(e) => set({ milestoneYear: e.target.value })} />
              </span>
            )}
          </Field>
          <Field label={t('ind.field.target')}>
            {(id) => (
              <span className="inline-fields">
                <input id={id} value={form.target} inputMode="decimal" size={8} title={t('ind.builder.targetHint')} data-testid="field-target" onChange={(e) => set({ target: e.target.value })} />
                <input value={form.targetYear} inputMode="numeric" size={5} maxLength={4} placeholder={t('ind.field.year')} aria-label={t('ind.field.targetYear')} data-testid="field-target-year" onChange={(e) => set({ targetYear: e.target.value })} />
              </span>
            )}
          </Field>
          <Field label={t('ind.field.direction')}>
            {(id) => (
              <select id={id} value={form.direction} data-testid="field-direction" onChange={(e) => set({ direction: e.target.value as IndicatorForm['direction'] })}>
                <option value="">{t('ind.direction.inferred')}</option>
                <option value="increase">{t('ind.direction.increase')}</option>
                <option value="decrease">{t('ind.direction.decrease')}</option>
              </select>
            )}
          </Field>
          <Field label={t('ind.field.responsible')}>
            {(id) => (
              <select id={id} value={form.responsible} data-testid="field-responsible" onChange={(e) => set({ responsible: e.target.value })}>
                <option value="">—</option>
                {options.organisations
                  .filter((o) => o.kind !== 'company')
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <div className="hint wide-row">{t('ind.builder.targetHint')}</div>
          <GroupField label={t('ind.field.source')} wide>
            <div className="segmented" role="radiogroup" aria-label={t('ind.field.source')} data-testid="source-kind">
              {SOURCES.map((s) => (
                <button key={s} type="button" role="radio" aria-checked={form.source === s} className={form.source === s ? 'active' : ''} onClick={() => set({ source: s })}>
                  {optionLabel(i18n, 'ind.source', s)}
                </button>
              ))}
            </div>
          </GroupField>
        </div>

        <fieldset className="builder-section">
          <legend>{t('ind.builder.specTitle')}</legend>
          {form.source === 'survey' && <SurveySpecFields value={form.survey} options={options} onChange={(survey) => set({ survey })} />}
          {form.source === 'register' && <RegisterSpecFields value={form.register} options={options} onChange={(register) => set({ register })} />}
          {form.source === 'coding' && <CodingSpecFields value={form.coding} options={options} onChange={(coding) => set({ coding })} />}
        </fieldset>

        <fieldset className="builder-section">
          <legend>{t('ind.builder.disaggregations')}</legend>
          <DisaggregationFields value={form.disaggregations} choices={choices} onChange={(disaggregations) => set({ disaggregations })} />
        </fieldset>

        <FormFooter error={error} testId="builder-error">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="builder-save">
            {def ? t('common.save') : t('ind.builder.create')}
          </button>
        </FormFooter>
      </form>
    </Modal>
  )
}
