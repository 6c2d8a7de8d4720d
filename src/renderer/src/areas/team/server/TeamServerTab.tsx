import { useCallback, useEffect, useState } from 'react'
import type { TeamServerStatusDto } from '../../../../../shared/ipc/team-server'
import { useErrors } from '../../../components/ErrorSurface'
import { useJob } from '../../../components/JobProgress'
import { useI18n } from '../../../i18n/I18n'
import { call } from '../../../lib/api'
import { ConflictList } from './ConflictList'
import { PublishJoin } from './PublishJoin'
import { SyncBar } from './SyncBar'
import { TeamHistory } from './TeamHistory'
import { useAutoSync } from './use-auto-sync'
import { when } from './when'

/**
 * The team server (issue 18): a project published to the team's PostgreSQL database stays a local
 * file that syncs. Not yet a team project: publish it, or join one. A team project: sync now or
 * automatically, the members and their last sync, conflicts to review, who changed what.
 */
export function TeamServerTab() {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const { run } = useJob()
  const [status, setStatus] = useState<TeamServerStatusDto | null>(null)
  const [tick, setTick] = useState(0)
  const load = useCallback(
    async (online: boolean) => {
      try {
        setStatus(await call('teamServer:status', { online }))
      } catch (e) {
        report(e)
      }
    },
    [report]
  )
  const refresh = useCallback(() => {
    setTick((n) => n + 1)
    void load(true)
  }, [load])
  // The local status at once, then the members from the server (slower, may be offline).
  useEffect(() => {
    void load(false).then(() => load(true))
    return window.api.on('project:changed', ({ reason }) => {
      if (reason === 'open' || reason.startsWith('teamServer:')) void load(true)
    })
  }, [load])
  const auto = useAutoSync(!!status?.team, refresh)

  if (!status) return <p className="hint">{t('common.loading')}</p>
  if (!status.team) return <PublishJoin run={run} onDone={refresh} />
  return (
    <div className="team-server" data-testid="team-server">
      <SyncBar status={status} auto={auto} syncNow={() => auto.syncNow((work) => run(t('teamServer.syncing'), work))} />
      <div className="team-server-grid">
        <section>
          <h3>{t('teamServer.members')}</h3>
          {status.online === false && <p className="hint">{t('teamServer.membersOffline')}</p>}
          {status.members.length > 0 && (
            <table className="grid compact" data-testid="team-members">
              <thead>
                <tr>
                  <th>{t('teamServer.member')}</th>
                  <th>{t('teamServer.memberRole')}</th>
                  <th>{t('teamServer.lastSync')}</th>
                  <th>{t('teamServer.copies')}</th>
                </tr>
              </thead>
              <tbody>
                {status.members.map((m) => (
                  <tr key={m.role} className={m.removed ? 'muted' : ''}>
                    <td>
                      {m.displayName ?? m.role}
                      {m.role === status.team?.role && <span className="muted"> · {t('teamServer.you')}</span>}
                    </td>
                    <td>
                      {[m.isLead ? t('teamServer.lead') : t('teamServer.coder'), m.blind ? t('teamServer.blind') : '', m.removed ? t('teamServer.removed') : '']
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                    <td>{m.lastSyncAt ? when(i18n, m.lastSyncAt) : t('teamServer.never')}</td>
                    <td className="num">{m.copies}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <ConflictList key={`c${tick}`} onResolved={refresh} />
      </div>
      <TeamHistory key={`h${tick}`} />
    </div>
  )
}
