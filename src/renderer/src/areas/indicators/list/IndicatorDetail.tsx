import type { IndicatorResultDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { formatCount, formatValue, formatWithUnit, optionLabel } from '../format'
import { SdgChips } from '../SdgChips'
import { StatusBadge } from '../StatusBadge'
import { BreakdownTables, CrosstabTable, SeriesTable } from './BreakdownTables'

/** Everything known about one computed indicator: definition, figure, provenance and breakdowns. */
export function IndicatorDetail({
  r,
  onEdit,
  onDelete,
  onClose
}: {
  r: IndicatorResultDto
  onEdit(): void
  onDelete(): void
  onClose(): void
}) {
  const i18n = useI18n()
  const { t, date } = i18n
  const p = r.provenance
  return (
    <aside className="card ind-detail" data-testid="indicator-detail" aria-label={`${r.code} ${r.name}`}>
      <div className="ind-detail-head">
        <div>
          <span className="badge">{r.code}</span> <StatusBadge status={r.status} achievement={r.achievement} message={r.message} />
          <h2>{r.name}</h2>
          {r.nameEn && i18n.locale === 'it' && <div className="muted">{r.nameEn}</div>}
        </div>
        <button className="link" onClick={onClose} aria-label={t('ind.detail.close')}>
          ×
        </button>
      </div>
      <div className="toolbar">
        <button onClick={onEdit} data-testid="indicator-edit">
          {t('common.edit')}
        </button>
        <button className="danger" onClick={onDelete} data-testid="indicator-delete">
          {t('common.delete')}
        </button>
      </div>

      {r.status === 'error' && (
        <div className="ind-error" role="alert" data-testid="indicator-error">
          <strong>{t('ind.detail.errorTitle')}</strong> {r.message}
        </div>
      )}

      {r.status === 'ok' && (
        <div className="ind-figure">
          <span className="ind-figure-value">{formatWithUnit(i18n, r.value, r.format, r.unit)}</span>
          <span className="muted">
            {t('ind.detail.base', { n: formatCount(i18n, r.n) })}
            {r.missing > 0 && ` · ${t('ind.detail.missing', { n: formatCount(i18n, r.missing) })}`}
            {r.weightedN !== null && ` · ${t('ind.detail.weightedN', { n: formatCount(i18n, r.weightedN) })}`}
          </span>
        </div>
      )}

      <dl className="ind-facts">
        {r.definition && (
          <>
            <dt>{t('ind.field.definition')}</dt>
            <dd>{r.definition}</dd>
          </>
        )}
        <dt>{t('ind.field.kind')}</dt>
        <dd>{optionLabel(i18n, 'ind.kind', r.kind)}</dd>
        <dt>{t('ind.field.action')}</dt>
        <dd>{r.action ? `${r.action.code} – ${r.action.name}` : '—'}</dd>
        <dt>{t('ind.field.section')}</dt>
        <dd>{r.section ? `${r.section.number}. ${r.section.title}` : '—'}</dd>
        <dt>{t('ind.field.sdgs')}</dt>
        <dd>{r.sdg.length ? <SdgChips goals={r.sdg} targets={r.sdgTargets} /> : '—'}</dd>
        <dt>{t('ind.field.baseline')}</dt>
        <dd data-testid="indicator-baseline">
          {formatValue(i18n, r.baseline, r.format)}
          {r.meta.baselineYear !== null && ` (${r.meta.baselineYear})`}
          {r.meta.baselineSource && <span className="muted"> · {r.meta.baselineSource}</span>}
        </dd>
        {r.meta.milestone !== null && (
          <>
            <dt>{t('ind.field.milestone')}</dt>
            <dd>
              {formatValue(i18n, r.meta.milestone, r.format)}
              {r.meta.milestoneYear !== null && ` (${r.meta.milestoneYear})`}
            </dd>
          </>
        )}
        <dt>{t('ind.field.target')}</dt>
        <dd>
          {formatValue(i18n, r.target, r.format)}
          {r.meta.targetYear !== null && ` (${r.meta.targetYear})`}
        </dd>
        <dt>{t('ind.field.direction')}</dt>
        <dd>
          {t(`ind.direction.${r.meta.effectiveDirection}`)}
          {r.meta.direction === null && <span className="muted"> ({t('ind.direction.inferredShort')})</span>}
        </dd>
        <dt>{t('ind.field.achievementPct')}</dt>
        <dd data-testid="indicator-achievement-pct" title={t('ind.achievementPctHint')}>
          {r.achievementPct === null ? '—' : i18n.percent(r.achievementPct / 100, 1)}
        </dd>
        <dt>{t('ind.field.responsible')}</dt>
        <dd>{r.meta.responsible ?? '—'}</dd>
      </dl>

      <h3>{t('ind.detail.provenance')}</h3>
      <dl className="ind-facts" data-testid="indicator-provenance">
        <dt>{t('ind.field.source')}</dt>
        <dd>{optionLabel(i18n, 'ind.source', p.source)}</dd>
        {p.dataset && (
          <>
            <dt>{t('ind.prov.dataset')}</dt>
            <dd>
              {p.dataset}
              {p.layer && <span className="muted"> ({optionLabel(i18n, 'ind.layer', p.layer)})</span>}
            </dd>
          </>
        )}
        {p.recipeVersion !== null && (
          <>
            <dt>{t('ind.prov.recipe')}</dt>
            <dd>{t('ind.prov.recipeVersion', { v: p.recipeVersion })}</dd>
          </>
        )}
        <dt>{t('ind.prov.statistic')}</dt>
        <dd>{optionLabel(i18n, p.source === 'survey' ? 'ind.stat' : p.source === 'register' ? 'ind.measure' : 'ind.codingMeasure', p.statistic)}</dd>
        <dt>{t('ind.prov.filter')}</dt>
        <dd>{p.filter ?? t('ind.prov.noFilter')}</dd>
        {p.weight && (
          <>
            <dt>{t('ind.prov.weight')}</dt>
            <dd>{p.weight}</dd>
          </>
        )}
        <dt>{t('ind.prov.computedAt')}</dt>
        <dd>{date(p.computedAt, { day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })}</dd>
      </dl>

      {r.status === 'ok' && r.series.length > 0 && <SeriesTable r={r} />}
      {r.status === 'ok' && r.crosstab && <CrosstabTable r={r} />}
      {r.status === 'ok' && r.breakdown.length > 0 && <BreakdownTables r={r} />}
    </aside>
  )
}
