import type { JointDisplayDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { formatCount, formatValue, formatWithUnit } from '../format'
import { SdgChips } from '../SdgChips'
import { StatusBadge } from '../StatusBadge'

/** A joint display: the indicator's figure beside the related codes' frequency and chosen quotes. */
export function JointDisplayCard({ d, onEdit, onDelete }: { d: JointDisplayDto; onEdit(): void; onDelete(): void }) {
  const i18n = useI18n()
  const { t } = i18n
  const r = d.indicator
  const maxSources = Math.max(1, ...d.codes.map((c) => c.sources))
  // The first disaggregation only: enough to show who is behind the figure without a second table.
  const firstBy = r.breakdown[0]?.by
  const breakdown = r.breakdown.filter((b) => b.by === firstBy)
  return (
    <article className="card joint" data-testid="joint-display" aria-labelledby={`joint-${d.id}`}>
      <header className="report-table-head">
        <h3 id={`joint-${d.id}`}>{d.title}</h3>
        <span className="toolbar compact">
          <button onClick={onEdit}>{t('common.edit')}</button>
          <button className="danger" onClick={onDelete}>
            {t('common.delete')}
          </button>
        </span>
      </header>
      <div className="joint-grid">
        <section className="joint-figure" aria-label={t('ind.joint.figure')}>
          <h4>{t('ind.joint.figure')}</h4>
          <div>
            <span className="badge">{r.code}</span> {r.name}
          </div>
          <SdgChips goals={r.sdg} targets={r.sdgTargets} />
          {r.status === 'error' ? (
            <div className="ind-error">{r.message}</div>
          ) : (
            <>
              <div className="ind-figure-value">{formatWithUnit(i18n, r.value, r.format, r.unit)}</div>
              <div className="muted">
                {t('ind.detail.base', { n: formatCount(i18n, r.n) })}
                {r.target !== null && ` · ${t('ind.sdg.ofTarget', { target: formatValue(i18n, r.target, r.format) })}`}
              </div>
            </>
          )}
          <StatusBadge status={r.status} achievement={r.achievement} message={r.message} />
          {r.status === 'ok' && breakdown.length > 0 && (
            <table className="grid compact joint-breakdown">
              <thead>
                <tr>
                  <th scope="col">{breakdown[0].byLabel}</th>
                  <th scope="col" className="num">
                    {t('ind.col.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {breakdown.map((b) => (
                  <tr key={b.by + b.group}>
                    <th scope="row">{b.group}</th>
                    <td className="num">{formatValue(i18n, b.value, r.format)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="joint-codes" aria-label={t('ind.joint.codes')}>
          <h4>{t('ind.joint.codes')}</h4>
          {d.codes.length === 0 ? (
            <p className="muted">{t('ind.joint.noCodes')}</p>
          ) : (
            <table className="grid compact">
              <thead>
                <tr>
                  <th scope="col">{t('ind.joint.code')}</th>
                  <th scope="col" className="num">
                    {t('ind.joint.sources')}
                  </th>
                  <th scope="col" className="num">
                    {t('ind.joint.cases')}
                  </th>
                  <th scope="col" className="num">
                    {t('ind.joint.codings')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.codes.map((c) => (
                  <tr key={c.id}>
                    <td title={c.path}>
                      <span className="swatch" style={{ background: c.color }} aria-hidden="true" /> {c.name}
                      <div className="mini-bar" aria-hidden="true">
                        <div style={{ width: `${(100 * c.sources) / maxSources}%`, background: c.color }} />
                      </div>
                    </td>
                    <td className="num">{formatCount(i18n, c.sources)}</td>
                    <td className="num">{formatCount(i18n, c.cases)}</td>
                    <td className="num">{formatCount(i18n, c.codings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="joint-quotes" aria-label={t('ind.joint.quotes')}>
          <h4>{t('ind.joint.quotes')}</h4>
          {d.quotes.length === 0 && <p className="muted">{t('ind.joint.noQuotes')}</p>}
          {d.quotes.map((q) => (
            <figure key={q.id} className="quote">
              <blockquote>{q.text}</blockquote>
              <figcaption className="muted">
                {q.caseName ?? q.source} · {q.code}
              </figcaption>
            </figure>
          ))}
        </section>
      </div>
      {d.notes && <p className="table-notes">{d.notes}</p>}
    </article>
  )
}
