/** The progress/cancel pattern every long service uses: report often, check the signal often. */
export interface ProgressEvent {
  jobId?: string
  phase: string
  done: number
  total: number
}

export interface ProgressSink {
  report(phase: string, done: number, total: number): void
  readonly signal?: AbortSignal
}

export const noProgress: ProgressSink = { report: () => undefined }
