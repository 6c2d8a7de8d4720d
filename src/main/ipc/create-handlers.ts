import { z } from 'zod'
import { CONTRACT, type Channel, type Input, type Output } from '../../shared/ipc'
import { EsitiError, toErrorInfo, type Result } from '../../shared/errors'
import { formatMessage, zodErrorMsg } from '../../shared/messages'
import type { Platform } from '../platform'
import type { Session } from '../session'
import type { HandlerEnv, Handlers } from './handler-types'
import { jobSink, trackJob } from './jobs'
import { projectHandlers } from './handlers/project'
import { codingHandlers } from './handlers/coding'
import { surveyHandlers } from './handlers/survey'
import { indicatorHandlers } from './handlers/indicators'
import { teamHandlers } from './handlers/team'
import { teamServerHandlers } from './handlers/team-server'
import { programmeHandlers } from './handlers/programme'
import { registerHandlers } from './handlers/register'
import { encryptionHandlers } from './handlers/encryption'
import { privacyHandlers } from './handlers/privacy'

/** Every channel's implementation. Typed as Handlers, so a missing or extra channel fails to compile. */
export function allHandlers(): Handlers {
  return { ...projectHandlers, ...codingHandlers, ...surveyHandlers, ...indicatorHandlers, ...teamHandlers, ...teamServerHandlers, ...programmeHandlers, ...registerHandlers, ...encryptionHandlers, ...privacyHandlers }
}

export type Dispatch = <C extends Channel>(channel: C, input: unknown) => Promise<Result<Output<C>>>

/**
 * Validates the untrusted input with the channel's zod schema, runs the handler and turns every
 * failure into a typed error result. Electron's ipcMain and the test bridge both call this.
 */
export function createDispatcher(session: Session, platform: Platform): Dispatch {
  const handlers = allHandlers()
  const env: HandlerEnv = {
    session,
    platform,
    ctx: () => session.ctx(),
    job: (jobId) => jobSink(platform, jobId),
    say: (key, params) => formatMessage({ key, params }, session.getSettings().locale)
  }
  return async <C extends Channel>(channel: C, input: unknown): Promise<Result<Output<C>>> => {
    try {
      if (!Object.prototype.hasOwnProperty.call(CONTRACT, channel))
        throw new EsitiError('INVALID_INPUT', 'core.unknownChannel', { channel: String(channel) })
      const schema = CONTRACT[channel].input as z.ZodType
      const parsed = schema.safeParse(input ?? {})
      if (!parsed.success)
        throw new EsitiError('INVALID_INPUT', 'core.invalidInput', { channel, detail: zodErrorMsg(parsed.error) })
      const handler = handlers[channel] as (i: Input<C>, e: HandlerEnv) => Promise<Output<C>> | Output<C>
      const jobId = (parsed.data as { jobId?: unknown } | undefined)?.jobId
      const release = typeof jobId === 'string' ? trackJob(jobId) : null
      try {
        const value = await handler(parsed.data as Input<C>, env)
        return { ok: true, value }
      } finally {
        release?.()
      }
    } catch (e) {
      return { ok: false, error: toErrorInfo(e) }
    }
  }
}
