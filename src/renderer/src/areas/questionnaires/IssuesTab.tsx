import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { cellText } from './format'

/** Validation issues to resolve and the rows the recipe excluded, with the spreadsheet row they came from. */
export function IssuesTab({ dataset, version }: { dataset: string; version: string }) {
  const i18n = useI18n()
  const { t } = i18n
  const { data } = useCall('survey:issues', { dataset, limit: 2000 }, [version])
  const { data: recipe } = useCall('survey:recipe', { dataset }, [version])
  const job = useJob()
  const accept = (stepId: string, row: string): Promise<unknown> =>
    job.run(t('sv.recipe.applying'), (jobId) => call('survey:acceptIssues', { dataset, stepId, rows: [row], jobId }))
  const validates = new Set((recipe?.steps ?? []).filter((s) => s.op === 'validate').map((s) => s.id))
  // Both answers first: rows shown before the recipe would lack their "accept" button for a moment.
  if (!data || !recipe) return <p className="muted">{t('common.loading')}</p>
  return (
    <div className="sv-issues" data-testid="sv-issues">
      <h3>{t('sv.issues.title', { n: data.total })}</h3>
      {data.total === 0 ? (
        <p className="muted">{t('sv.issues.none')}</p>
      ) : (
        <table className="sv-table">
          <thead>
            <tr>
              <th className="num">{t('sv.issues.row')}</th>
              <th>{t('sv.issues.wave')}</th>
              <th>{t('sv.issues.severity')}</th>
              <th>{t('sv.issues.variable')}</th>
              <th>{t('sv.issues.value')}</th>
              <th>{t('sv.issues.message')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.issues.map((x) => (
              <tr key={x.id} data-testid="sv-issue">
                <td className="num">{x.sheetRow}</td>
                <td>{x.wave ?? ''}</td>
                <td className={x.severity === 'error' ? 'status-error' : 'status-warn'}>{t(`sv.severity.${x.severity}`)}</td>
                <td className="mono">{x.variable ?? ''}</td>
                <td>{cellText(i18n, x.value)}</td>
                <td>{i18n.msg(x.message)}</td>
                <td>
                  {validates.has(x.step) && (
                    <button className="link" title={t('sv.issues.acceptHint')} data-testid="sv-issue-accept" onClick={() => void accept(x.step, x.row)}>
                      {t('sv.issues.accept')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.total > data.issues.length && <p className="hint">{t('sv.issues.more', { count: data.total - data.issues.length })}</p>}
      <h3>{t('sv.issues.excluded', { n: data.exclusions.length })}</h3>
      {data.exclusions.length === 0 ? (
        <p className="muted">{t('sv.issues.noneExcluded')}</p>
      ) : (
        <table className="sv-table" data-testid="sv-exclusions">
          <thead>
            <tr>
              <th className="num">{t('sv.issues.row')}</th>
              <th>{t('sv.issues.wave')}</th>
              <th>{t('sv.issues.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {data.exclusions.slice(0, 2000).map((x) => (
              <tr key={x.row}>
                <td className="num">{x.sheetRow}</td>
                <td>{x.wave ?? ''}</td>
                <td>{i18n.msg(x.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
