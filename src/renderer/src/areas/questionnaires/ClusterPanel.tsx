import { useState } from 'react'
import type { ClusterMethod, ClusterResultDto, SurveyVariableDto } from '../../../../shared/ipc/survey'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'

const TEXTUAL = new Set(['nominal', 'text', 'ordinal', 'multi', 'id', 'metadata'])

/** Similar spellings grouped (OpenRefine-style); the accepted groups become one recode step. */
export function ClusterPanel({ dataset, variables, onDone }: { dataset: string; variables: SurveyVariableDto[]; onDone(): void }) {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const job = useJob()
  const candidates = variables.filter((v) => TEXTUAL.has(v.type))
  const [variable, setVariable] = useState(candidates[0]?.name ?? '')
  const [method, setMethod] = useState<ClusterMethod>('fingerprint')
  const [result, setResult] = useState<ClusterResultDto | null>(null)
  const [chosen, setChosen] = useState<Record<number, { on: boolean; to: string }>>({})
  const find = async (): Promise<void> => {
    try {
      const r = await call('survey:clusters', { dataset, variable, method })
      setResult(r)
      setChosen(Object.fromEntries(r.clusters.map((c, i) => [i, { on: true, to: c.suggestion }])))
    } catch (e) {
      report(e)
    }
  }
  const accept = async (): Promise<void> => {
    if (!result) return
    const clusters = result.clusters
      .map((c, i) => ({ from: c.values.map((v) => v.value), to: chosen[i]?.to ?? c.suggestion, on: chosen[i]?.on }))
      .filter((c) => c.on)
      .map(({ from, to }) => ({ from, to }))
    if (!clusters.length) return
    const r = await job.run(t('sv.recipe.applying'), (jobId) => call('survey:acceptClusters', { dataset, variable: result.variable, clusters, jobId }))
    if (r) onDone()
  }
  return (
    <div className="sv-clusters card" data-testid="sv-cluster-panel">
      <div className="toolbar">
        <select value={variable} aria-label={t('sv.form.variable')} data-testid="sv-cluster-variable" onChange={(e) => setVariable(e.target.value)}>
          {candidates.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name}
            </option>
          ))}
        </select>
        <select value={method} aria-label={t('sv.cluster.method')} onChange={(e) => setMethod(e.target.value as ClusterMethod)}>
          {(['fingerprint', 'ngram', 'levenshtein', 'accent'] as const).map((m) => (
            <option key={m} value={m}>
              {t(`sv.cluster.${m}`)}
            </option>
          ))}
        </select>
        <button data-testid="sv-cluster-find" disabled={!variable} onClick={() => void find()}>
          {t('sv.cluster.find')}
        </button>
      </div>
      {result && result.clusters.length === 0 && <p className="muted">{t('sv.cluster.none', { count: result.distinct })}</p>}
      {result && result.clusters.length > 0 && (
        <>
          <ul className="sv-cluster-list">
            {result.clusters.map((c, i) => (
              <li key={i} data-testid="sv-cluster">
                <label className="inline">
                  <input
                    type="checkbox"
                    checked={chosen[i]?.on ?? false}
                    onChange={(e) => setChosen({ ...chosen, [i]: { to: chosen[i]?.to ?? c.suggestion, on: e.target.checked } })}
                  />
                  {t('sv.cluster.rows', { count: c.rows })}
                </label>
                <div className="sv-cluster-values">
                  {c.values.map((v) => (
                    <span key={v.value} className="sv-chip">
                      «{v.value}» <span className="muted">{i18n.number(v.count)}</span>
                    </span>
                  ))}
                </div>
                <label className="inline">
                  → <input value={chosen[i]?.to ?? c.suggestion} onChange={(e) => setChosen({ ...chosen, [i]: { on: chosen[i]?.on ?? true, to: e.target.value } })} />
                </label>
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <button className="primary" data-testid="sv-cluster-accept" onClick={() => void accept()}>
              {t('sv.cluster.accept')}
            </button>
            <button onClick={onDone}>{t('common.cancel')}</button>
          </div>
        </>
      )}
    </div>
  )
}
