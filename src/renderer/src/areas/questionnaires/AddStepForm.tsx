import { useState, type ReactNode } from 'react'
import type { SurveyVariableDto } from '../../../../shared/ipc/survey'
import { call } from '../../lib/api'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { EMPTY_FIELDS, FORM_KINDS, buildStep, type FormKind, type StepFields } from './build-step'

const ONE_VARIABLE: FormKind[] = ['recode', 'parseNumber', 'parseDate', 'splitMulti', 'bin', 'rename']
const MANY_VARIABLES: FormKind[] = ['normalise', 'setMissing', 'dedupe', 'drop']

/** Adds one cleaning step of the main kinds; main validates it and reports what it changed. */
export function AddStepForm({ dataset, variables, onDone }: { dataset: string; variables: SurveyVariableDto[]; onDone(): void }) {
  const { t } = useI18n()
  const job = useJob()
  const [kind, setKind] = useState<FormKind>('normalise')
  const [f, setF] = useState<StepFields>(EMPTY_FIELDS)
  const set = <K extends keyof StepFields>(k: K, v: StepFields[K]): void => setF((cur) => ({ ...cur, [k]: v }))
  const names = variables.map((v) => v.name)
  const field = (label: string, control: ReactNode): ReactNode => (
    <>
      <label>{label}</label>
      {control}
    </>
  )
  const text = (k: keyof StepFields, placeholder = '', testId?: string): ReactNode => (
    <input value={f[k] as string} placeholder={placeholder} data-testid={testId} onChange={(e) => set(k, e.target.value)} />
  )
  const area = (k: keyof StepFields, placeholder: string): ReactNode => (
    <textarea rows={4} value={f[k] as string} placeholder={placeholder} onChange={(e) => set(k, e.target.value)} />
  )
  const pick = (k: 'variable' | 'by', allowNone = false): ReactNode => (
    <select value={f[k]} data-testid={`sv-step-${k}`} onChange={(e) => set(k, e.target.value)}>
      <option value="">{allowNone ? t('common.none') : t('sv.form.choose')}</option>
      {names.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  )
  const many = (
    <select
      multiple
      size={Math.min(6, names.length)}
      value={f.variables}
      data-testid="sv-step-variables"
      onChange={(e) => set('variables', [...e.target.selectedOptions].map((o) => o.value))}
    >
      {names.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  )
  const submit = async (): Promise<void> => {
    const step = buildStep(kind, f)
    const r = await job.run(t('sv.recipe.applying'), (jobId) => call('survey:addStep', { dataset, step, jobId }))
    if (r) {
      setF(EMPTY_FIELDS)
      onDone()
    }
  }
  return (
    <div className="sv-add-form card" data-testid="sv-add-form">
      <div className="form-grid">
        {field(
          t('sv.form.kind'),
          <select value={kind} data-testid="sv-step-kind" onChange={(e) => setKind(e.target.value as FormKind)}>
            {FORM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sv.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
        {ONE_VARIABLE.includes(kind) && field(t('sv.form.variable'), pick('variable'))}
        {MANY_VARIABLES.includes(kind) && field(kind === 'dedupe' ? t('sv.form.keys') : t('sv.form.variables'), many)}
        {kind === 'normalise' &&
          field(
            t('sv.form.case'),
            <select value={f.caseMode} onChange={(e) => set('caseMode', e.target.value)}>
              {['keep', 'lower', 'upper', 'title', 'sentence'].map((c) => (
                <option key={c} value={c}>
                  {t(`sv.case.${c}`)}
                </option>
              ))}
            </select>
          )}
        {kind === 'recode' && field(t('sv.form.map'), area('map', t('sv.form.mapHint')))}
        {kind === 'setMissing' && field(t('sv.form.codes'), text('codes', '99; n.d.; Non so', 'sv-step-codes'))}
        {kind === 'parseNumber' &&
          field(
            t('sv.form.decimal'),
            <select value={f.decimal} onChange={(e) => set('decimal', e.target.value)}>
              <option value="auto">{t('sv.form.auto')}</option>
              <option value=",">3,5</option>
              <option value=".">3.5</option>
            </select>
          )}
        {kind === 'parseDate' &&
          field(
            t('sv.form.order'),
            <select value={f.order} onChange={(e) => set('order', e.target.value)}>
              <option value="auto">{t('sv.form.auto')}</option>
              <option value="dmy">gg/mm/aaaa</option>
              <option value="mdy">mm/dd/yyyy</option>
              <option value="ymd">aaaa-mm-gg</option>
            </select>
          )}
        {kind === 'splitMulti' && field(t('sv.form.separator'), text('separator'))}
        {(kind === 'bin' || kind === 'compute') && field(t('sv.form.newName'), text('name', 'classe_dimensione'))}
        {kind === 'bin' && field(t('sv.form.bins'), area('bins', t('sv.form.binsHint')))}
        {(kind === 'compute' || (kind === 'validate' && f.rule === 'expression')) &&
          field(t('sv.form.expression'), text('expression', 'giorni_smart_working >= 2'))}
        {kind === 'rename' && field(t('sv.form.to'), text('to'))}
        {kind === 'dedupe' && field(t('sv.form.by'), pick('by', true))}
        {kind === 'exclude' && field(t('sv.form.where'), text('where', 'eta < 18', 'sv-step-where'))}
        {(kind === 'exclude' || (kind === 'validate' && f.rule === 'expression')) &&
          field(kind === 'exclude' ? t('sv.form.reason') : t('sv.form.message'), text('reason', '', 'sv-step-reason'))}
        {kind === 'validate' &&
          field(
            t('sv.form.rule'),
            <select value={f.rule} data-testid="sv-step-rule" onChange={(e) => set('rule', e.target.value)}>
              {['range', 'allowed', 'required', 'unique', 'expression'].map((r) => (
                <option key={r} value={r}>
                  {t(`sv.rule.${r}`)}
                </option>
              ))}
            </select>
          )}
        {kind === 'validate' && f.rule !== 'expression' && field(t('sv.form.variable'), pick('variable'))}
        {kind === 'validate' && f.rule === 'range' && field(t('sv.form.min'), text('min', '', 'sv-step-min'))}
        {kind === 'validate' && f.rule === 'range' && field(t('sv.form.max'), text('max', '', 'sv-step-max'))}
        {kind === 'validate' && f.rule === 'allowed' && field(t('sv.form.values'), text('values', 'Sì; No'))}
      </div>
      <p className="hint">{t(`sv.kindHint.${kind}`)}</p>
      <div className="toolbar">
        <button className="primary" data-testid="sv-step-submit" onClick={() => void submit()}>
          {t('sv.form.addStep')}
        </button>
        <button onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </div>
  )
}
