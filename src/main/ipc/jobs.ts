import type { Platform } from '../platform'
import { noProgress, type ProgressSink } from '../../shared/progress'

const running = new Map<string, AbortController>()
/** Calls in flight that carry a job id (the dispatcher adds and removes them). */
const inFlight = new Set<string>()

/** Marks a job's call as running until the returned function is called. */
export function trackJob(jobId: string): () => void {
  inFlight.add(jobId)
  return () => {
    inFlight.delete(jobId)
    running.delete(jobId)
  }
}

/** How many jobs other than `jobId` are running now. */
export function otherJobsRunning(jobId?: string): number {
  return inFlight.size - (jobId && inFlight.has(jobId) ? 1 : 0)
}

/** A progress sink for one renderer job: progress goes out as job:progress events, job:cancel aborts it. */
export function jobSink(platform: Platform, jobId: string | undefined): ProgressSink {
  if (!jobId) return noProgress
  const controller = new AbortController()
  running.get(jobId)?.abort()
  running.set(jobId, controller)
  let last = 0
  return {
    signal: controller.signal,
    report(phase, done, total) {
      const now = Date.now()
      // At most ~20 events a second, but always the last one.
      if (done < total && now - last < 50) return
      last = now
      platform.emit('job:progress', { jobId, phase, done, total })
      if (done >= total && phase.endsWith('done')) running.delete(jobId)
    }
  }
}

export function cancelJob(jobId: string): boolean {
  const c = running.get(jobId)
  if (!c) return false
  c.abort()
  running.delete(jobId)
  return true
}
