import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorInfo } from '../../../../../shared/errors'
import type { TeamSyncResultDto } from '../../../../../shared/ipc/team-server'
import { ApiError, call } from '../../../lib/api'

export interface AutoSync {
  enabled: boolean
  setEnabled(on: boolean): void
  minutes: number
  setMinutes(m: number): void
  /** The browser's view of the network: while offline, automatic sync waits. */
  online: boolean
  /** The last automatic or manual sync's failure, kept until a sync succeeds. */
  lastError: ErrorInfo | null
  lastResult: TeamSyncResultDto | null
  syncing: boolean
  /** One sync now (progress in the job dock when `run` is given). */
  syncNow(run?: (work: (jobId: string) => Promise<TeamSyncResultDto>) => Promise<TeamSyncResultDto | undefined>): Promise<void>
}

const KEY = 'esiti.teamSync'
function saved(): { enabled: boolean; minutes: number } {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { enabled?: unknown; minutes?: unknown }
    return { enabled: v.enabled === true, minutes: typeof v.minutes === 'number' && v.minutes >= 1 && v.minutes <= 120 ? v.minutes : 5 }
  } catch {
    return { enabled: false, minutes: 5 }
  }
}

/**
 * Automatic sync while the window is open: every `minutes` when the computer is online, paused while
 * it is offline (the work goes on in the local file), one attempt at once when the network comes
 * back. A failure does not pop up an error box every few minutes: it is kept and shown in words
 * beside the sync button until the next sync succeeds.
 */
export function useAutoSync(isTeam: boolean, onSynced: (r: TeamSyncResultDto) => void): AutoSync {
  const [{ enabled, minutes }, setPrefs] = useState(saved)
  const [online, setOnline] = useState(() => navigator.onLine)
  const [lastError, setLastError] = useState<ErrorInfo | null>(null)
  const [lastResult, setLastResult] = useState<TeamSyncResultDto | null>(null)
  const [syncing, setSyncing] = useState(false)
  const busy = useRef(false)
  const synced = useRef(onSynced)
  synced.current = onSynced

  useEffect(() => localStorage.setItem(KEY, JSON.stringify({ enabled, minutes })), [enabled, minutes])
  useEffect(() => {
    const up = () => setOnline(true)
    const down = () => setOnline(false)
    window.addEventListener('online', up)
    window.addEventListener('offline', down)
    return () => {
      window.removeEventListener('online', up)
      window.removeEventListener('offline', down)
    }
  }, [])

  const syncNow = useCallback<AutoSync['syncNow']>(async (run) => {
    if (busy.current) return
    busy.current = true
    setSyncing(true)
    const failed = (e: unknown) => setLastError(e instanceof ApiError ? e.info : { code: 'INTERNAL', message: String(e), key: '', params: {} })
    try {
      // A sync the user asked for runs as a job (progress, cancel; the job host reports a failure
      // too): its failure is kept here as well, to stay in the bar.
      const r = run
        ? await run((jobId) =>
            call('teamServer:sync', { jobId }).catch((e: unknown) => {
              failed(e)
              throw e
            })
          )
        : await call('teamServer:sync', {})
      if (r) {
        setLastResult(r)
        setLastError(null)
        synced.current(r)
      }
    } catch (e) {
      failed(e)
    } finally {
      busy.current = false
      setSyncing(false)
    }
  }, [])

  useEffect(() => {
    if (!isTeam || !enabled || !online) return
    void syncNow()
    const timer = setInterval(() => void syncNow(), minutes * 60_000)
    return () => clearInterval(timer)
  }, [isTeam, enabled, online, minutes, syncNow])

  return {
    enabled,
    setEnabled: (on) => setPrefs((p) => ({ ...p, enabled: on })),
    minutes,
    setMinutes: (m) => setPrefs((p) => ({ ...p, minutes: m })),
    online,
    lastError,
    lastResult,
    syncing,
    syncNow
  }
}
