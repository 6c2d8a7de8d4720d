import { useState } from 'react'
import { useI18n } from '../../../i18n/I18n'
import { call } from '../../../lib/api'

type Run = <T>(label: string, work: (jobId: string) => Promise<T>) => Promise<T | undefined>

/**
 * A project that is not on a team server yet: publish it (this copy becomes the team's starting
 * point) or join a team project (a new local copy, saved where the user says). Only the server's
 * address is typed here: the password comes from PGPASSWORD, the OS keychain or a pgpass file, never
 * from this form or the project file.
 */
export function PublishJoin({ run, onDone }: { run: Run; onDone(): void }) {
  const { t } = useI18n()
  const [publishUrl, setPublishUrl] = useState('')
  const [joinUrl, setJoinUrl] = useState('')
  const [published, setPublished] = useState<string | null>(null)
  const publish = async () => {
    const r = await run(t('teamServer.publishing'), (jobId) => call('teamServer:publish', { url: publishUrl, jobId }))
    if (r) {
      setPublished(r.url)
      onDone()
    }
  }
  const join = async () => {
    const r = await run(t('teamServer.joining'), (jobId) => call('teamServer:join', { url: joinUrl, jobId }))
    if (r) onDone()
  }
  return (
    <div className="team-server publish-join" data-testid="team-server-setup">
      <p className="lead">{t('teamServer.intro')}</p>
      <section>
        <h3>{t('teamServer.publishTitle')}</h3>
        <p className="hint">{t('teamServer.publishHow')}</p>
        <div className="toolbar">
          <input
            className="url"
            value={publishUrl}
            onChange={(e) => setPublishUrl(e.target.value)}
            placeholder="postgresql://anna@server.comune.it:5432/esiti?sslmode=verify-full"
            aria-label={t('teamServer.serverUrl')}
            data-testid="publish-url"
          />
          <button className="primary" disabled={!publishUrl.trim()} onClick={() => void publish()} data-testid="publish">
            {t('teamServer.publish')}
          </button>
        </div>
        {published && (
          <p className="status-ok" data-testid="published">
            {t('teamServer.published', { url: published })}
          </p>
        )}
      </section>
      <section>
        <h3>{t('teamServer.joinTitle')}</h3>
        <p className="hint">{t('teamServer.joinHow')}</p>
        <div className="toolbar">
          <input
            className="url"
            value={joinUrl}
            onChange={(e) => setJoinUrl(e.target.value)}
            placeholder="postgresql://bruno@server.comune.it:5432/esiti?project=…"
            aria-label={t('teamServer.joinUrl')}
            data-testid="join-url"
          />
          <button disabled={!joinUrl.trim()} onClick={() => void join()} data-testid="join">
            {t('teamServer.join')}
          </button>
        </div>
      </section>
      <p className="hint">{t('teamServer.credentials')}</p>
    </div>
  )
}
