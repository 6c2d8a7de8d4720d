import type { BreakdownDto, IndicatorResultDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { formatCount, formatValue } from '../format'

/** One table per disaggregation: group, value, base n and missing, as computed in main. */
export function BreakdownTables({ r }: { r: IndicatorResultDto }) {
  const i18n = useI18n()
  const { t } = i18n
  const byDim = new Map<string, { label: string; rows: BreakdownDto[] }>()
  for (const b of r.breakdown) {
    const d = byDim.get(b.by) ?? { label: b.byLabel || b.by, rows: [] }
    d.rows.push(b)
    byDim.set(b.by, d)
  }
  return (
    <div data-testid="indicator-breakdown">
      {[...byDim.entries()].map(([by, d]) => (
        <section key={by}>
          <h3>{t('ind.detail.breakdownBy', { by: d.label })}</h3>
          <table className="grid compact">
            <thead>
              <tr>
                <th scope="col">{d.label}</th>
                <th scope="col" className="num">{t('ind.col.value')}</th>
                <th scope="col" className="num">{t('ind.col.n')}</th>
                <th scope="col" className="num">{t('ind.col.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((b) => (
                <tr key={b.group}>
                  <td>{b.group}</td>
                  <td className="num">{formatValue(i18n, b.value, r.format)}</td>
                  <td className="num">{formatCount(i18n, b.n)}</td>
                  <td className="num">{formatCount(i18n, b.missing)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  )
}

/** Distributions, item means and multiple-response options of a multi-valued statistic. */
export function SeriesTable({ r }: { r: IndicatorResultDto }) {
  const i18n = useI18n()
  const { t } = i18n
  const labels = r.seriesLabels
  // Series entries are shares of respondents, except item means (means of the items' scores).
  const format = r.provenance.statistic === 'itemMeans' ? 'decimal' : 'percent'
  return (
    <section data-testid="indicator-series">
      <h3>{t('ind.detail.series')}</h3>
      <table className="grid compact">
        <thead>
          <tr>
            <th scope="col">{t('ind.detail.category')}</th>
            <th scope="col" className="num">{labels?.value ?? t('ind.col.value')}</th>
            {labels?.secondary && <th scope="col" className="num">{labels.secondary}</th>}
            <th scope="col" className="num">{t('ind.col.n')}</th>
          </tr>
        </thead>
        <tbody>
          {r.series.map((s) => (
            <tr key={s.key}>
              <td>{s.label}</td>
              <td className="num">{formatValue(i18n, s.value, format)}</td>
              {labels?.secondary && <td className="num">{formatValue(i18n, s.secondary ?? null, 'percent')}</td>}
              <td className="num">{formatCount(i18n, s.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

export function CrosstabTable({ r }: { r: IndicatorResultDto }) {
  const i18n = useI18n()
  const { t } = i18n
  const c = r.crosstab!
  return (
    <section data-testid="indicator-crosstab">
      <h3>{t('ind.detail.crosstab', { base: t(`ind.percentBase.${c.base}`) })}</h3>
      <table className="grid compact">
        <thead>
          <tr>
            <th scope="col" />
            {c.colLabels.map((l) => (
              <th key={l} scope="col" className="num">{l}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {c.rowLabels.map((l, a) => (
            <tr key={l}>
              <th scope="row">{l}</th>
              {c.colLabels.map((col, b) => (
                <td key={col} className="num" title={t('ind.detail.count', { n: formatCount(i18n, c.counts[a][b]) })}>
                  {formatValue(i18n, c.percents[a][b], 'percent')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
