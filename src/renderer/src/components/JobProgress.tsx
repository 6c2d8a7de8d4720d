import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import type { ProgressEvent } from '../../../shared/progress'
import { call, newJobId } from '../lib/api'
import { useErrors } from './ErrorSurface'
import { useI18n } from '../i18n/I18n'

interface JobApi {
  /** Runs long work with a fresh job id; shows progress and a cancel button while it runs. */
  run<T>(label: string, work: (jobId: string) => Promise<T>): Promise<T | undefined>
}

interface RunningJob {
  id: string
  label: string
  progress: ProgressEvent | null
  cancelling: boolean
}

const JobContext = createContext<JobApi>({ run: async () => undefined })

/**
 * The progress/cancel pattern every long operation reuses. The work runs in the service process,
 * so the panel does not cover the window: the user keeps reading, searching and browsing while an
 * import runs, and cancels it from here.
 */
export function JobHost({ children }: { children: ReactNode }) {
  const { t, exists } = useI18n()
  const { report } = useErrors()
  const [jobs, setJobs] = useState<RunningJob[]>([])
  useEffect(
    () => window.api.on('job:progress', (p) => setJobs((cur) => cur.map((j) => (j.id === p.jobId ? { ...j, progress: p } : j)))),
    []
  )
  const run = useCallback(
    async <T,>(label: string, work: (jobId: string) => Promise<T>): Promise<T | undefined> => {
      const id = newJobId()
      setJobs((cur) => [...cur, { id, label, progress: null, cancelling: false }])
      try {
        return await work(id)
      } catch (e) {
        report(e)
        return undefined
      } finally {
        setJobs((cur) => cur.filter((j) => j.id !== id))
      }
    },
    [report]
  )
  // Phases are ids sent by the services ('survey:read'): worded here, left out when unknown.
  const phase = (p: ProgressEvent | null): string => (p?.phase && exists(`job.phase.${p.phase}`) ? t(`job.phase.${p.phase}`) : '')
  const cancel = (id: string): void => {
    setJobs((cur) => cur.map((j) => (j.id === id ? { ...j, cancelling: true } : j)))
    void call('job:cancel', { jobId: id }).catch(report)
  }
  return (
    <JobContext.Provider value={{ run }}>
      {children}
      {jobs.length > 0 && (
        <div className="job-dock" aria-live="polite">
          {jobs.map((job) => {
            const pct = job.progress && job.progress.total > 0 ? job.progress.done / job.progress.total : null
            return (
              <div key={job.id} className="job-box" role="status" data-testid="job-progress">
                <div className="job-label">{job.label || t('job.working')}</div>
                <div className="progress">
                  <div className="progress-bar" style={{ width: pct === null ? '15%' : `${Math.round(pct * 100)}%` }} />
                </div>
                <div className="job-phase">{job.cancelling ? t('job.cancelling') : phase(job.progress)}</div>
                <button data-testid="job-cancel" disabled={job.cancelling} onClick={() => cancel(job.id)}>
                  {t('job.cancel')}
                </button>
              </div>
            )
          })}
        </div>
      )}
    </JobContext.Provider>
  )
}

export const useJob = (): JobApi => useContext(JobContext)
