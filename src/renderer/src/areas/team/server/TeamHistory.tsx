import { useState } from 'react'
import { useI18n } from '../../../i18n/I18n'
import { useCall } from '../../../lib/use-call'
import { when } from './when'

/** Who changed what: every member's changes (theirs as pulled, this copy's own), newest first. */
export function TeamHistory() {
  const i18n = useI18n()
  const { t } = i18n
  const [actor, setActor] = useState<string | null>(null)
  // useCall keeps only the answer to the latest choice (an earlier member's, arriving last, is
  // dropped) and reads the history again after a sync or any other change.
  const { data } = useCall('teamServer:history', { limit: 200, actor })
  if (!data) return null
  return (
    <section className="team-history" data-testid="team-history">
      <h3>{t('teamServer.history')}</h3>
      <div className="segmented small">
        <button className={actor === null ? 'active' : ''} onClick={() => setActor(null)}>
          {t('teamServer.everyone')}
        </button>
        {data.members.map((m) => (
          <button key={m.actor} className={actor === m.actor ? 'active' : ''} onClick={() => setActor(m.actor)} title={when(i18n, m.last)}>
            {m.actor} ({i18n.number(m.changes)})
          </button>
        ))}
      </div>
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t('teamServer.at')}</th>
            <th>{t('teamServer.who')}</th>
            <th>{t('teamServer.what')}</th>
            <th>{t('teamServer.from')}</th>
          </tr>
        </thead>
        <tbody>
          {data.ops.map((o) => (
            <tr key={o.id} className={o.state === 'done' ? '' : 'muted'}>
              <td>{when(i18n, o.at)}</td>
              <td>{o.actor}</td>
              <td>{o.message ? i18n.msg(o.message) : o.summary}</td>
              <td>{t(`teamServer.origin.${o.origin}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
