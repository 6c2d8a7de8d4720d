import type { TeamServerStatusDto } from '../../../../../shared/ipc/team-server'
import { useI18n } from '../../../i18n/I18n'
import type { AutoSync } from './use-auto-sync'
import { when } from './when'

const INTERVALS = [1, 5, 15, 30, 60]

/** Where this copy stands against the server, sync now, and automatic sync with its interval. */
export function SyncBar({ status, auto, syncNow }: { status: TeamServerStatusDto; auto: AutoSync; syncNow(): Promise<void> }) {
  const i18n = useI18n()
  const { t } = i18n
  // The error of this window's last attempt, else the one the copy recorded (a CLI sync, say).
  const error = auto.lastError ? i18n.error(auto.lastError) : status.lastError ? i18n.msg(status.lastError) : null
  const state = !auto.online ? 'offline' : error ? 'error' : status.pending > 0 ? 'pending' : 'ok'
  return (
    <div className={`sync-bar sync-${state}`} data-testid="sync-bar" data-state={state}>
      <div className="sync-facts">
        <strong data-testid="sync-state">{t(`teamServer.state.${state}`)}</strong>
        <span className="muted" title={status.team?.url}>
          {t('teamServer.server', { server: status.team?.server ?? '' })}
        </span>
        <span>{status.lastSyncAt ? t('teamServer.lastSyncAt', { when: when(i18n, status.lastSyncAt) }) : t('teamServer.neverSynced')}</span>
        <span data-testid="sync-pending">{t('teamServer.pending', { count: status.pending })}</span>
        {status.waiting > 0 && <span>{t('teamServer.waiting', { count: status.waiting })}</span>}
        {auto.lastResult && !error && <span className="status-ok">{t('teamServer.lastResult', { pushed: auto.lastResult.pushed, pulled: auto.lastResult.pulled })}</span>}
      </div>
      {error && (
        <p className="status-error" data-testid="sync-error" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar">
        <button className="primary" onClick={() => void syncNow()} disabled={auto.syncing} data-testid="sync-now">
          {auto.syncing ? t('teamServer.syncing') : t('teamServer.syncNow')}
        </button>
        <label className="inline">
          <input type="checkbox" checked={auto.enabled} onChange={(e) => auto.setEnabled(e.target.checked)} data-testid="sync-auto" />
          {t('teamServer.auto')}
        </label>
        <label className="inline">
          {t('teamServer.every')}
          <select value={auto.minutes} onChange={(e) => auto.setMinutes(Number(e.target.value))} disabled={!auto.enabled}>
            {INTERVALS.map((m) => (
              <option key={m} value={m}>
                {t('teamServer.minutes', { count: m })}
              </option>
            ))}
          </select>
        </label>
        {auto.enabled && !auto.online && <span className="hint">{t('teamServer.autoPaused')}</span>}
      </div>
    </div>
  )
}
