import { useState, type FormEvent } from 'react'
import type { IndicatorDefDto, IndicatorOptionsDto, TableModelDto } from '../../../../../shared/ipc/indicators'
import { Modal } from '../../../components/Modal'
import { ApiError, call } from '../../../lib/api'
import { useI18n } from '../../../i18n/I18n'
import { optionLabel } from '../format'
import { FormFooter } from '../builder/FormFooter'
import { Field, GroupField } from '../builder/Field'
import { IndicatorPicker } from './IndicatorPicker'
import { SurveyTableFields } from './SurveyTableFields'
import { newTableForm, tableFormOf, tableInputOf, type RowsKind, type TableForm } from './table-form'

const ROWS: RowsKind[] = ['indicators', 'categories', 'items']
const CHARTS = ['bar', 'stackedBar', 'line', 'none'] as const

/** Creates or edits a report table and its chart. */
export function TableBuilder({
  options,
  defs,
  table,
  onClose,
  onSaved
}: {
  options: IndicatorOptionsDto
  defs: IndicatorDefDto[]
  table: TableModelDto | null
  onClose(): void
  onSaved(t: TableModelDto): void
}) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const [form, setForm] = useState<TableForm>(() => (table ? tableFormOf(table, options) : newTableForm(options)))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<TableForm>) => setForm((f) => ({ ...f, ...patch }))
  // Columns of an indicator table: a disaggregation the chosen indicators share.
  const chosenDefs = form.indicators.map((k) => defs.find((d) => d.code === k || d.id === k)).filter((d): d is IndicatorDefDto => !!d)
  // A register dimension ("gender") is shown by its name in the interface language.
  const byChoices = [...new Map(chosenDefs.flatMap((d) => d.disaggregations).map((d) => [d.by, d.label || optionLabel(i18n, 'ind.dim', d.by)])).entries()]

  async function save(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const input = tableInputOf(form, options)
      const saved = table ? await call('tables:update', { id: table.id, patch: input, locale }) : await call('tables:create', { ...input, locale })
      onSaved(saved)
    } catch (err) {
      setError(err instanceof ApiError ? i18n.error(err.info) : String((err as Error)?.message ?? err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title={table ? t('ind.tables.editTitle', { label: table.label }) : t('ind.tables.newTitle')} onClose={onClose} wide>
      <form className="builder" onSubmit={save} data-testid="table-builder" noValidate>
        <div className="form-grid">
          <Field label={t('ind.field.section')}>
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
          <Field label={t('ind.tables.title')}>
            {(id) => <input id={id} value={form.title} maxLength={500} data-testid="table-title" onChange={(e) => set({ title: e.target.value })} />}
          </Field>
          <GroupField label={t('ind.tables.rowsKind')}>
            <div className="segmented" role="radiogroup" aria-label={t('ind.tables.rowsKind')}>
              {ROWS.map((r) => (
                <button
                  key={r}
                  type="button"
                  role="radio"
                  aria-checked={form.rows === r}
                  className={form.rows === r ? 'active' : ''}
                  disabled={r !== 'indicators' && options.datasets.length === 0}
                  onClick={() => set({ rows: r })}
                >
                  {t(`ind.tables.rows.${r}`)}
                </button>
              ))}
            </div>
          </GroupField>
          {form.rows === 'indicators' && (
            <>
              <GroupField label={t('ind.tables.rows')}>
                <IndicatorPicker defs={defs} value={form.indicators} onChange={(indicators) => set({ indicators })} />
              </GroupField>
              <Field label={t('ind.tables.columns')} hint={t('ind.tables.columnsHint')}>
                {(id) => (
                  <select id={id} value={form.indicatorsBy} onChange={(e) => set({ indicatorsBy: e.target.value })}>
                    <option value="">{t('ind.tables.valueOnly')}</option>
                    {byChoices.map(([by, label]) => (
                      <option key={by} value={by}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <GroupField label={t('ind.field.target')}>
                <label className="check">
                  <input type="checkbox" checked={form.showTarget} onChange={(e) => set({ showTarget: e.target.checked })} />
                  {t('ind.tables.showTarget')}
                </label>
              </GroupField>
            </>
          )}
          {form.rows !== 'indicators' && <SurveyTableFields form={form} set={set} options={options} />}
          <Field label={t('ind.tables.notes')} hint={table ? t('ind.tables.notesKeep') : undefined}>
            {(id) => (
              <textarea
                id={id}
                rows={3}
                maxLength={5000}
                value={form.notes ?? ''}
                placeholder={table ? t('ind.tables.notesPlaceholder') : ''}
                onChange={(e) => set({ notes: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('ind.tables.chart')}>
            {(id) => (
              <select id={id} value={form.chart.type} data-testid="table-chart-type" onChange={(e) => set({ chart: { ...form.chart, type: e.target.value as TableForm['chart']['type'] } })}>
                {CHARTS.map((c) => (
                  <option key={c} value={c}>
                    {t(`ind.chart.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {form.chart.type !== 'none' && (
            <GroupField label={t('ind.tables.chartOptions')}>
              <label className="check">
                <input type="checkbox" checked={form.chart.horizontal} onChange={(e) => set({ chart: { ...form.chart, horizontal: e.target.checked } })} />
                {t('ind.tables.horizontal')}
              </label>
              <label className="check">
                <input type="checkbox" checked={form.chart.includeTotal} onChange={(e) => set({ chart: { ...form.chart, includeTotal: e.target.checked } })} />
                {t('ind.tables.includeTotal')}
              </label>
            </GroupField>
          )}
          <GroupField label={t('ind.tables.stats')}>
            <label className="check">
              <input type="checkbox" checked={form.stats.ci} data-testid="table-ci" onChange={(e) => set({ stats: { ...form.stats, ci: e.target.checked } })} />
              {t('ind.tables.ci')}
            </label>
            <label className="check">
              <input type="checkbox" checked={form.stats.tests} data-testid="table-tests" onChange={(e) => set({ stats: { ...form.stats, tests: e.target.checked } })} />
              {t('ind.tables.tests')}
            </label>
            <label className="inline">
              {t('ind.tables.minBase')}
              <input
                type="number"
                min={1}
                step={1}
                className="narrow"
                value={form.stats.minBase}
                placeholder={t('ind.tables.minBaseNone')}
                data-testid="table-min-base"
                onChange={(e) => set({ stats: { ...form.stats, minBase: e.target.value } })}
              />
            </label>
            <div className="hint">{t('ind.tables.statsHint')}</div>
          </GroupField>
        </div>
        <FormFooter error={error} testId="builder-error">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="table-save">
            {table ? t('common.save') : t('ind.tables.create')}
          </button>
        </FormFooter>
      </form>
    </Modal>
  )
}
