import { useState } from 'react'
import type { RecipeStepDto, SurveyVariableDto } from '../../../../shared/ipc/survey'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { stepText } from './step-text'
import { AddStepForm } from './AddStepForm'
import { ClusterPanel } from './ClusterPanel'
import type { MsgParams } from '../../../../shared/messages'

/** What a step did, in the words that fit it: validation flags rows, dedupe and exclude remove them. */
function countsText(t: (k: string, v?: MsgParams) => string, op: string, cells: number, rows: number): string {
  const both = (rowKey: string): string =>
    t('sv.recipe.counts', { cells: { key: 'sv.recipe.cells', params: { count: cells } }, rows: { key: rowKey, params: { count: rows } } })
  if (op === 'validate') return t('sv.recipe.flagged', { count: rows })
  if (op === 'dedupe' || op === 'exclude') return cells ? both('sv.recipe.excludedRows') : t('sv.recipe.excludedRows', { count: rows })
  return rows ? both('sv.recipe.rowsChanged') : t('sv.recipe.cells', { count: cells })
}

/** Steps that only describe variables (names, labels, types): a count of changed cells says nothing. */
const DESCRIBING = new Set(['setLabel', 'setValueLabels', 'rename', 'setType', 'drop'])

/** The cleaning recipe beside the grid: every step with what it changed; steps can be switched off, moved, removed. */
export function RecipePanel({ dataset, variables, version }: { dataset: string; variables: SurveyVariableDto[]; version: string }) {
  const i18n = useI18n()
  const { t } = i18n
  const job = useJob()
  const { data } = useCall('survey:recipe', { dataset }, [version])
  const [adding, setAdding] = useState<'step' | 'cluster' | null>(null)
  const steps = data?.steps ?? []
  const toggle = (s: RecipeStepDto): Promise<unknown> =>
    job.run(t('sv.recipe.applying'), (jobId) => call('survey:toggleStep', { dataset, stepId: s.id, enabled: !s.enabled, jobId }))
  const move = (s: RecipeStepDto, to: number): Promise<unknown> =>
    job.run(t('sv.recipe.applying'), (jobId) => call('survey:moveStep', { dataset, stepId: s.id, toIndex: to, jobId }))
  const remove = (s: RecipeStepDto): Promise<unknown> =>
    job.run(t('sv.recipe.applying'), (jobId) => call('survey:removeStep', { dataset, stepId: s.id, jobId }))
  return (
    <aside className="sv-recipe" data-testid="sv-recipe">
      <div className="sv-recipe-head">
        <h3>{t('sv.recipe.title')}</h3>
        {data && (
          <span className="muted" data-testid="sv-recipe-summary">
            {t('sv.recipe.summary', { v: data.version, rows: t('sv.facet.matching', { count: data.rows, total: data.totalRows }) })}
          </span>
        )}
      </div>
      <ol className="sv-steps">
        {steps.map((s, i) => (
          <li key={s.id} className={s.enabled ? 'sv-step' : 'sv-step off'} data-testid="sv-step" data-op={s.op}>
            <div className="sv-step-line">
              <span className="sv-step-n">{i}</span>
              <span className="sv-step-text" data-testid="sv-step-text">
                {stepText(i18n, s)}
              </span>
            </div>
            {s.report && (
              <div className="sv-step-report" data-testid="sv-step-report">
                {s.report.status === 'disabled' ? (
                  <span className="muted">{t('sv.recipe.disabled')}</span>
                ) : s.report.status === 'skipped' ? (
                  <span className="status-warn" data-testid="sv-step-skipped">{s.report.message ? i18n.msg(s.report.message) : ''}</span>
                ) : s.op === 'import' || (DESCRIBING.has(s.op) && s.report.cells === 0 && s.report.rows === 0) ? (
                  <span className="muted">{s.op === 'import' ? t('sv.recipe.importRows', { count: data?.totalRows ?? 0 }) : ''}</span>
                ) : (
                  <span data-testid="sv-step-counts" data-cells={s.report.cells} data-rows={s.report.rows}>
                    {countsText(t, s.op, s.report.cells, s.report.rows)}
                    {s.report.issues > 0 && <> · {t('sv.recipe.issues', { count: s.report.issues })}</>}
                  </span>
                )}
                {s.report.warnings.slice(0, 3).map((w, k) => (
                  <div key={k} className="status-warn sv-step-warning">
                    {i18n.msg(w)}
                  </div>
                ))}
              </div>
            )}
            {s.op !== 'import' && (
              <div className="sv-step-actions">
                <label className="inline">
                  <input type="checkbox" checked={s.enabled} data-testid="sv-step-enabled" onChange={() => void toggle(s)} />
                  {t('sv.recipe.enabled')}
                </label>
                <button className="link" disabled={i <= 1} aria-label={t('sv.recipe.up')} title={t('sv.recipe.up')} onClick={() => void move(s, i - 1)}>
                  ↑
                </button>
                <button
                  className="link"
                  disabled={i >= steps.length - 1}
                  aria-label={t('sv.recipe.down')}
                  title={t('sv.recipe.down')}
                  onClick={() => void move(s, i + 1)}
                >
                  ↓
                </button>
                <button className="link danger" data-testid="sv-step-remove" onClick={() => void remove(s)}>
                  {t('common.delete')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <div className="sv-recipe-add">
        <button className={adding === 'step' ? 'primary' : ''} data-testid="sv-add-step" onClick={() => setAdding(adding === 'step' ? null : 'step')}>
          {t('sv.recipe.add')}
        </button>
        <button className={adding === 'cluster' ? 'primary' : ''} data-testid="sv-clusters" onClick={() => setAdding(adding === 'cluster' ? null : 'cluster')}>
          {t('sv.cluster.open')}
        </button>
      </div>
      {adding === 'step' && <AddStepForm dataset={dataset} variables={variables} onDone={() => setAdding(null)} />}
      {adding === 'cluster' && <ClusterPanel dataset={dataset} variables={variables} onDone={() => setAdding(null)} />}
      <p className="hint">{t('sv.recipe.hint')}</p>
    </aside>
  )
}
