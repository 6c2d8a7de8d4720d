import type { AgreementDto, AgreementFigure } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'
import { coef, kappaBand, pct } from '../format'
import { InfoButton } from './AgreementTable'
import { nOf } from '../../../i18n/count'

/** The headline figures over every chosen code, and what was compared. */
export function AgreementSummary({ data, onExplain }: { data: AgreementDto; onExplain(f: AgreementFigure): void }) {
  const i18n = useI18n()
  const { t, number } = i18n
  const band = (v: number | null) => (v === null ? '' : ` band-${kappaBand(v)}`)
  const chars = data.sources.reduce((s, x) => s + x.chars, 0)
  return (
    <section className="agreement-summary" data-testid="agreement-summary">
      <p className="scope-line">
        {t('team.summary.scope', {
          coders: data.coders.map((c) => c.name).join(', '),
          sources: nOf('sources', data.sources.length),
          codes: nOf('codes', data.codes.length),
          chars: nOf('chars', chars)
        })}{' '}
        <span className="pill">{t(`team.unit.${data.unit}`)}</span>
      </p>
      <div className="counts">
        <div className="count">
          <span className="count-value">{pct(i18n, data.percent)}</span>
          <span className="count-label">
            {t('team.col.percent')} <InfoButton figure="percent" onExplain={onExplain} />
          </span>
        </div>
        <div className={`count figure${band(data.kappa)}`} data-testid="overall-kappa">
          <span className="count-value">{coef(i18n, data.kappa)}</span>
          <span className="count-label">
            {data.coders.length > 2 ? t('team.summary.kappaMany') : t('team.col.kappa')}{' '}
            {data.kappa !== null && `· ${t(`team.band.${kappaBand(data.kappa)}`)}`}
            <InfoButton figure="kappa" onExplain={onExplain} />
          </span>
        </div>
        <div className={`count figure${band(data.alpha)}`} data-testid="overall-alpha">
          <span className="count-value">{coef(i18n, data.alpha)}</span>
          <span className="count-label">
            {t('team.summary.alpha', { level: t(`team.level.${data.unit === 'character' ? 'nominal' : data.level}`) })}
            <InfoButton figure="alpha" onExplain={onExplain} />
          </span>
        </div>
        <div className={`count figure${band(data.segments.kappa)}`}>
          <span className="count-value">{pct(i18n, data.segments.percent)}</span>
          <span className="count-label">
            {t('team.summary.segments', {
              matched: data.segments.matched,
              unmatched: data.segments.onlyFirst + data.segments.onlySecond
            })}
            <InfoButton figure="segments" onExplain={onExplain} />
          </span>
        </div>
        {data.units && (
          <div className="count" data-testid="units-info">
            <span className="count-value">{number(data.units.pairable)}</span>
            <span className="count-label">
              {t('team.summary.units', { total: data.units.count, missing: data.units.missing, kind: t(`team.unit.${data.units.kind}`) })}
              <InfoButton figure="units" onExplain={onExplain} />
            </span>
          </div>
        )}
      </div>
    </section>
  )
}
