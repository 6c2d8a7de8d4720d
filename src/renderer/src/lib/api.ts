import type { Channel, Input, Output } from '../../../shared/ipc'
import type { ErrorInfo } from '../../../shared/errors'

/** A failed call, carrying the typed error from main. */
export class ApiError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message)
  }
}

/** Calls main through window.api and unwraps the Result: errors become ApiError. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await window.api.invoke(channel, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

let jobCounter = 0
export const newJobId = (): string => `job-${Date.now().toString(36)}-${++jobCounter}`
