import { EsitiError } from '../../../shared/errors'

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new EsitiError('CANCELLED', 'survey.read.cancelled')
}
