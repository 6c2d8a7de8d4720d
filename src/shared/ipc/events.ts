import type { ProgressEvent } from '../progress'
import type { CodingsDeltaDto } from './coding'

/** Every main -> renderer push. */
export interface Events {
  'job:progress': ProgressEvent
  /** `codings`: after an undo or redo, what it did to codings (absent when nothing, or too much to send). */
  'project:changed': { reason: string; codings?: CodingsDeltaDto }
}
export type EventName = keyof Events
export const EVENT_NAMES: EventName[] = ['job:progress', 'project:changed']
