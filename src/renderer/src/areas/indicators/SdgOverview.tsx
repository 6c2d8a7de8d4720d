import { useCall } from '../../lib/use-call'
import { useI18n } from '../../i18n/I18n'
import { formatWithUnit, formatValue, progressShare } from './format'
import { StatusBadge } from './StatusBadge'

/** One card per programme SDG goal in its colour, with its indicators' values against target. */
export function SdgOverview() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { data } = useCall('sdg:overview', { locale })
  if (!data) return <p className="muted">{t('common.loading')}</p>
  if (data.goals.length === 0)
    return (
      <div className="card empty">
        <p>{t('ind.sdg.empty')}</p>
      </div>
    )
  return (
    <div className="sdg-overview" data-testid="sdg-overview">
      {data.goals.map((g) => (
        <section key={g.number} className="sdg-card" style={{ borderColor: g.color }} data-testid="sdg-card" aria-labelledby={`sdg-${g.number}`}>
          <header className="sdg-card-head" style={{ background: g.color }}>
            <span className="sdg-card-number">{g.number}</span>
            <h3 id={`sdg-${g.number}`}>{g.title}</h3>
          </header>
          {g.indicators.length === 0 ? (
            <p className="muted sdg-card-none">{t('ind.sdg.noIndicators')}</p>
          ) : (
            <ul className="sdg-indicators">
              {g.indicators.map((r) => {
                const share = r.status === 'ok' ? progressShare(r.value, r.target, r.baseline) : null
                return (
                  <li key={r.id} className="sdg-indicator" data-testid="sdg-indicator">
                    <div className="sdg-ind-head">
                      <span className="ind-code">{r.code}</span>
                      <span className="sdg-ind-name">{r.name}</span>
                      {r.targets.length > 0 && <span className="muted sdg-ind-targets">{r.targets.join(', ')}</span>}
                    </div>
                    <div className="sdg-ind-figures">
                      <strong>{r.status === 'error' ? '—' : formatWithUnit(i18n, r.value, r.format, r.unit)}</strong>
                      {r.target !== null && <span className="muted"> {t('ind.sdg.ofTarget', { target: formatValue(i18n, r.target, r.format) })}</span>}
                      <StatusBadge status={r.status} achievement={r.achievement} message={r.message} />
                    </div>
                    {share !== null && (
                      <div
                        className={`goal-bar ach-${r.achievement}`}
                        role="progressbar"
                        aria-valuemin={0}
                        aria-valuemax={100}
                        aria-valuenow={Math.round(share * 100)}
                        aria-label={t('ind.sdg.progress', { code: r.code })}
                      >
                        <div className="goal-bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
                      </div>
                    )}
                    {r.status === 'error' && <div className="status-error small">{r.message}</div>}
                  </li>
                )
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  )
}
