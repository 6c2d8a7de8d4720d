import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import type { ProgressEvent } from '../../../shared/progress'
import { call, newJobId } from '../lib/api'
import { useErrors } from './ErrorSurface'
import { useI18n } from '../i18n/I18n'

interface JobApi {
  /** Runs long work with a fresh job id; shows progress and a cancel button while it runs. */
  run<T>(label: string, work: (jobId: string) => Promise<T>): Promise<T | undefined>
}

const JobContext = createContext<JobApi>({ run: async () => undefined })

/** The progress/cancel pattern every long operation reuses. */
export function JobHost({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { report } = useErrors()
  const [job, setJob] = useState<{ id: string; label: string; progress: ProgressEvent | null } | null>(null)
  useEffect(
    () =>
      window.api.on('job:progress', (p) =>
        setJob((cur) => (cur && cur.id === p.jobId ? { ...cur, progress: p } : cur))
      ),
    []
  )
  const run = useCallback(
    async <T,>(label: string, work: (jobId: string) => Promise<T>): Promise<T | undefined> => {
      const id = newJobId()
      setJob({ id, label, progress: null })
      try {
        return await work(id)
      } catch (e) {
        report(e)
        return undefined
      } finally {
        setJob((cur) => (cur?.id === id ? null : cur))
      }
    },
    [report]
  )
  const pct = job?.progress && job.progress.total > 0 ? job.progress.done / job.progress.total : null
  return (
    <JobContext.Provider value={{ run }}>
      {children}
      {job && (
        <div className="job-overlay" role="status" data-testid="job-progress">
          <div className="job-box">
            <div className="job-label">{job.label || t('job.working')}</div>
            <div className="progress">
              <div className="progress-bar" style={{ width: pct === null ? '15%' : `${Math.round(pct * 100)}%` }} />
            </div>
            <div className="job-phase">{job.progress?.phase ?? ''}</div>
            <button onClick={() => void call('job:cancel', { jobId: job.id })}>{t('job.cancel')}</button>
          </div>
        </div>
      )}
    </JobContext.Provider>
  )
}

export const useJob = (): JobApi => useContext(JobContext)
