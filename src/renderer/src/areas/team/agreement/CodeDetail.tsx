import type { AgreementDto, PerCodeAgreementDto } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'
import { pct } from '../format'
import { KappaCell } from './KappaCell'

/** The figures behind one code's row: by source, by coder pair, and the segment matching. */
export function CodeDetail({ data, code }: { data: AgreementDto; code: PerCodeAgreementDto }) {
  const i18n = useI18n()
  const { t, number } = i18n
  const s = code.segments
  const two = data.coders.length === 2
  return (
    <div className="code-detail" data-testid="code-detail">
      <div>
        <h3>{t('team.detail.bySource')}</h3>
        <table className="grid compact">
          <thead>
            <tr>
              <th>{t('team.detail.source')}</th>
              <th className="num">{t('team.col.percent')}</th>
              <th className="num">{t('team.col.kappa')}</th>
            </tr>
          </thead>
          <tbody>
            {code.perSource.map((p) => (
              <tr key={p.sourceId}>
                <td>{p.source}</td>
                <td className="num">{pct(i18n, p.percent)}</td>
                <KappaCell value={p.kappa} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h3>{t('team.detail.byPair')}</h3>
        <table className="grid compact">
          <thead>
            <tr>
              <th>{t('team.detail.pair')}</th>
              <th className="num">{t('team.col.percent')}</th>
              <th className="num">{t('team.col.kappa')}</th>
              {data.unit === 'character' && <th className="num">{t('team.detail.chars')}</th>}
            </tr>
          </thead>
          <tbody>
            {code.pairs.map((p) => (
              <tr key={`${p.coders[0].id}-${p.coders[1].id}`}>
                <td>
                  {p.coders[0].name} – {p.coders[1].name}
                </td>
                <td className="num">{pct(i18n, p.percent)}</td>
                <KappaCell value={p.kappa} />
                {data.unit === 'character' && (
                  <td className="num">
                    {p.characters
                      ? t('team.detail.charCounts', {
                          a: p.characters.a,
                          b: p.characters.b,
                          both: p.characters.both,
                          total: p.characters.total
                        })
                      : '—'}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h3>{t('team.detail.segments')}</h3>
        <dl className="facts">
          <dt>{t('team.detail.threshold')}</dt>
          <dd>{i18n.percent(s.threshold, 0)}</dd>
          <dt>{t('team.detail.matched')}</dt>
          <dd>{number(s.matched)}</dd>
          <dt>{two ? t('team.detail.onlyOf', { name: data.coders[0].name }) : t('team.detail.onlyFirst')}</dt>
          <dd>{number(s.onlyFirst)}</dd>
          <dt>{two ? t('team.detail.onlyOf', { name: data.coders[1].name }) : t('team.detail.onlySecond')}</dt>
          <dd>{number(s.onlySecond)}</dd>
        </dl>
      </div>
    </div>
  )
}
