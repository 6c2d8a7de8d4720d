import type { DecisionRecordDto, NamedRef } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'

/** The decisions recorded on the code (coding_decisions), newest first: who decided what, when. */
export function DecisionHistory({ history, coders }: { history: DecisionRecordDto[]; coders: [NamedRef, NamedRef] }) {
  const i18n = useI18n()
  const { t, number } = i18n
  if (history.length === 0) return null
  return (
    <details className="decision-history" data-testid="decision-history">
      <summary>{t('team.review.history', { n: history.length })}</summary>
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t('team.review.historyWhen')}</th>
            <th>{t('team.review.historyWho')}</th>
            <th>{t('team.review.source')}</th>
            <th>{t('team.review.historyDecision')}</th>
            <th className="num">{t('team.review.historyWhere')}</th>
            <th className="num">{t('team.review.historyCodings')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.id} data-testid="decision-record" data-decision={h.decision}>
              <td>{i18n.date(h.decidedAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
              <td>{h.decidedBy ?? '—'}</td>
              <td>{h.source}</td>
              <td>{t(`team.decision.${h.decision}`, { a: coders[0].name, b: coders[1].name })}</td>
              <td className="num">
                {h.start === null || h.end === null ? t('team.review.historyRemoved') : `${number(h.start)}–${number(h.end)}`}
              </td>
              <td className="num">
                {number(h.before)} → {number(h.after)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
