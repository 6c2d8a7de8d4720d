import type { ProgressEvent } from '../progress'

/** Every main -> renderer push. */
export interface Events {
  'job:progress': ProgressEvent
  'project:changed': { reason: string }
}
export type EventName = keyof Events
export const EVENT_NAMES: EventName[] = ['job:progress', 'project:changed']
