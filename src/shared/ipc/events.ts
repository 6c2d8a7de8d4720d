import type { ErrorInfo } from '../errors'
import type { ProgressEvent } from '../progress'
import type { CodingsDeltaDto } from './coding'

/**
 * The service process's state, told to the window when it changes: it ended and is restarting
 * (because it crashed, or to stop a cancelled job that did not stop), it is ready again (with the
 * project reopened, or the error that prevented it), or it kept crashing and was given up.
 */
export interface ServiceStatus {
  state: 'restarting' | 'ready' | 'failed'
  reason: 'crashed' | 'cancelled'
  /** The project that was open (restarting) or is open again (ready). */
  project: string | null
  error: ErrorInfo | null
}

/** Every main -> renderer push. */
export interface Events {
  'job:progress': ProgressEvent
  /** `codings`: after an undo or redo, what it did to codings (absent when nothing, or too much to send). */
  'project:changed': { reason: string; codings?: CodingsDeltaDto }
  'service:status': ServiceStatus
}
export type EventName = keyof Events
export const EVENT_NAMES: EventName[] = ['job:progress', 'project:changed', 'service:status']
