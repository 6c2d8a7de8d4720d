import type { RefiImportDto } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'

const COUNTS = ['sources', 'codes', 'codings', 'cases', 'variables', 'memos', 'coders', 'skipped'] as const

/** What an import brought in, what it warned about, and the selections it could not anchor. */
export function RefiImportReport({ report }: { report: RefiImportDto }) {
  const i18n = useI18n()
  const { t, number } = i18n
  return (
    <div className="refi-report" data-testid="refi-import-report">
      <p>
        <strong>{report.file.split(/[\\/]/).pop()}</strong>
        {report.origin && <span className="muted"> · {t('team.refi.origin', { origin: report.origin })}</span>}
      </p>
      <div className="counts">
        {COUNTS.map((k) => (
          <div key={k} className="count">
            <span className="count-value">{number(report[k])}</span>
            <span className="count-label">{t(`team.refi.count.${k}`)}</span>
          </div>
        ))}
        <div className={report.unanchored > 0 ? 'count warn' : 'count'} data-testid="refi-unanchored-count">
          <span className="count-value">{number(report.unanchored)}</span>
          <span className="count-label">{t('team.refi.count.unanchored')}</span>
        </div>
      </div>

      {report.dialects.length > 0 && (
        <>
          <h3>{t('team.refi.dialects')}</h3>
          <table className="grid compact">
            <thead>
              <tr>
                <th>{t('team.refi.source')}</th>
                <th>{t('team.refi.dialect')}</th>
                <th className="num">{t('team.refi.aligned')}</th>
                <th className="num">{t('team.refi.verified')}</th>
                <th className="num">{t('team.refi.quoteMatches')}</th>
              </tr>
            </thead>
            <tbody>
              {report.dialects.map((d) => (
                <tr key={d.source}>
                  <td>{d.source}</td>
                  <td>{t(`team.refi.dialect.${d.dialect}`)}</td>
                  <td className="num">
                    {number(d.aligned)} / {number(d.total)}
                  </td>
                  <td className="num" data-testid="refi-verified">
                    {number(d.verified)} / {number(d.total)}
                  </td>
                  {/* As on import: names count as stored quotes only when at least half of them match. */}
                  <td className="num" title={d.named && d.quoteMatches * 2 < d.named ? t('team.refi.namesNotQuotes') : undefined}>
                    {d.named && d.quoteMatches * 2 >= d.named ? `${number(d.quoteMatches)} / ${number(d.named)}` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>{t('team.refi.warnings', { n: report.warnings.length })}</h3>
      {report.warnings.length === 0 ? (
        <p className="muted">{t('team.refi.noWarnings')}</p>
      ) : (
        <ul className="warnings" data-testid="refi-warnings">
          {report.warnings.map((w, i) => (
            <li key={i}>{i18n.msg(w)}</li>
          ))}
        </ul>
      )}

      <h3>{t('team.refi.unanchored', { n: report.unanchored })}</h3>
      {report.unanchoredSelections.length === 0 ? (
        <p className="muted">{t('team.refi.allAnchored')}</p>
      ) : (
        <table className="grid compact" data-testid="refi-unanchored">
          <thead>
            <tr>
              <th>{t('team.refi.source')}</th>
              <th>{t('team.refi.selection')}</th>
              <th className="num">{t('team.refi.position')}</th>
              <th>{t('team.refi.codes')}</th>
              <th>{t('team.refi.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.unanchoredSelections.map((u, i) => (
              <tr key={i}>
                <td>{u.source}</td>
                <td className="quote-cell">{u.selection}</td>
                <td className="num">
                  {number(u.start)}–{number(u.end)}
                </td>
                <td>{u.codes.join(', ')}</td>
                <td className="muted">{i18n.msg(u.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.unanchoredSelections.length < report.unanchored && (
        <p className="hint">{t('team.refi.listedOf', { n: report.unanchoredSelections.length, m: report.unanchored })}</p>
      )}
    </div>
  )
}
