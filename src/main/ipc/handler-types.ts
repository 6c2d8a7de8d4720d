import type { ParsedInputOf, OutputOf } from '../../shared/ipc/define'
import type { Contract } from '../../shared/ipc'
import type { MessageKey, MsgParams } from '../../shared/messages'
import type { ProgressSink } from '../../shared/progress'
import type { Ctx } from '../services/context'
import type { Session } from '../session'
import type { Platform } from '../platform'

/** What every IPC handler receives besides its validated input. */
export interface HandlerEnv {
  session: Session
  platform: Platform
  /** The open project's context; throws a clear error when no project is open. */
  ctx(): Ctx
  /** A progress sink for a long job the renderer can cancel with job:cancel. */
  job(jobId: string | undefined): ProgressSink
  /** Words a catalog message in the interface language (system dialog titles, file-type names). */
  say(key: MessageKey, params?: MsgParams): string
}

export type HandlersFor<D> = {
  [C in keyof D]: (input: ParsedInputOf<D[C]>, env: HandlerEnv) => Promise<OutputOf<D[C]>> | OutputOf<D[C]>
}

export type Handlers = HandlersFor<Contract>
