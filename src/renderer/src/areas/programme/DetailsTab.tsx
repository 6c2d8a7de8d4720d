import { useEffect, useState, type FormEvent } from 'react'
import type { ProgrammeDto } from '../../../../shared/ipc/programme'
import type { ProjectSummary } from '../../../../shared/ipc/project'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { Field } from '../indicators/builder/Field'
import { FormFooter } from '../indicators/builder/FormFooter'
import { SavedRecipes } from './SavedRecipes'
import { useAction } from './use-action'

const COUNTS = ['sources', 'codings', 'cases', 'datasets', 'indicators', 'organisations', 'activities'] as const

interface DetailsForm {
  name: string
  fullName: string
  promoter: string
  periodStart: string
  periodEnd: string
  territory: string
  areaLabel: string
  description: string
}

const formOf = (p: ProgrammeDto['programme']): DetailsForm => ({
  name: p?.name ?? '',
  fullName: p?.fullName ?? '',
  promoter: p?.promoter ?? '',
  periodStart: p?.periodStart ?? '',
  periodEnd: p?.periodEnd ?? '',
  territory: p?.territory ?? '',
  areaLabel: p?.areaLabel ?? '',
  description: p?.description ?? ''
})

/** Name, promoter, period, territory and description of the programme, with the project's counts. */
export function DetailsTab({ data, project, onSaved }: { data: ProgrammeDto; project: ProjectSummary; onSaved(): void }) {
  const { t, number } = useI18n()
  const [form, setForm] = useState<DetailsForm>(() => formOf(data.programme))
  const [done, setDone] = useState(false)
  const { run, error, busy } = useAction()
  useEffect(() => setForm(formOf(data.programme)), [data.programme])
  const set = (patch: Partial<DetailsForm>) => {
    setDone(false)
    setForm((f) => ({ ...f, ...patch }))
  }
  async function save(e: FormEvent) {
    e.preventDefault()
    const r = await run(() =>
      call('programme:set', {
        name: form.name.trim(),
        fullName: form.fullName.trim() || null,
        promoter: form.promoter.trim() || null,
        periodStart: form.periodStart || null,
        periodEnd: form.periodEnd || null,
        territory: form.territory.trim() || null,
        areaLabel: form.areaLabel.trim() || null,
        description: form.description.trim() || null
      })
    )
    if (r) {
      setDone(true)
      onSaved()
    }
  }
  const text = (k: keyof DetailsForm, max: number, testId?: string) => (id: string) => (
    <input id={id} value={form[k]} maxLength={max} data-testid={testId} onChange={(e) => set({ [k]: e.target.value })} />
  )
  return (
    <div className="programme-details">
      {!data.programme?.name && <p className="notice">{t('programme.startHint')}</p>}
      <form className="builder card" onSubmit={save} data-testid="programme-form" noValidate>
        <div className="form-grid">
          <Field label={t('programme.field.name')}>{text('name', 300, 'programme-name')}</Field>
          <Field label={t('programme.field.fullName')}>{text('fullName', 1000)}</Field>
          <Field label={t('programme.promoter')}>{text('promoter', 300, 'programme-promoter')}</Field>
          <Field label={t('programme.period')}>
            {(id) => (
              <span className="inline-fields">
                <input id={id} type="date" value={form.periodStart} aria-label={t('programme.field.start')} data-testid="programme-start" onChange={(e) => set({ periodStart: e.target.value })} />
                <span>–</span>
                <input type="date" value={form.periodEnd} aria-label={t('programme.field.end')} data-testid="programme-end" onChange={(e) => set({ periodEnd: e.target.value })} />
              </span>
            )}
          </Field>
          <Field label={t('programme.area')} hint={t('programme.territoryHint')}>
            {text('territory', 500, 'programme-territory')}
          </Field>
          <Field label={t('programme.field.areaLabel')} hint={t('programme.areaLabelHint')}>
            {text('areaLabel', 60, 'programme-area-label')}
          </Field>
          <Field label={t('programme.field.description')}>
            {(id) => <textarea id={id} rows={4} value={form.description} maxLength={10000} onChange={(e) => set({ description: e.target.value })} />}
          </Field>
        </div>
        <FormFooter error={error} testId="programme-error">
          {done && (
            <span className="status-ok push-left" role="status">
              {t('programme.saved')}
            </span>
          )}
          <button type="submit" className="primary" disabled={busy} data-testid="programme-save">
            {t('common.save')}
          </button>
        </FormFooter>
      </form>
      <div className="counts" data-testid="project-counts">
        {COUNTS.map((k) => (
          <div key={k} className="count">
            <span className="count-value">{number(project.counts[k])}</span>
            <span className="count-label">{t(`count.${k}`)}</span>
          </div>
        ))}
      </div>
      <SavedRecipes />
    </div>
  )
}
