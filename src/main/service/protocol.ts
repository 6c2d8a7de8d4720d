import type { ErrorInfo, Result } from '../../shared/errors'
import type { EventName } from '../../shared/ipc/events'
import type { FileFilter } from '../platform'

/*
 * Messages between the window's process (the host: Electron main, or the browser-test bridge) and
 * the service process that owns the dispatcher, the Session and the open project. Both ends use
 * structured clone (Electron's parentPort, or Node's fork with serialization: 'advanced').
 */

export interface PickFilesOptions {
  title: string
  filters: FileFilter[]
  multiple?: boolean
}

export interface PickSavePathOptions {
  title: string
  defaultName: string
  filters: FileFilter[]
}

/** An HTTP answer for a recording's bytes (status 200, 206, 404 or 416, as Range requests expect). */
export interface MediaReply {
  status: number
  headers: Record<string, string>
  body: Uint8Array
}

/** Host → service. */
export type HostMessage =
  /** Sent once, after `hello`: where settings live, and the project to reopen after a restart. */
  | { type: 'init'; userDataDir: string; reopen: string | null }
  | { type: 'call'; id: number; channel: string; input: unknown }
  /** A byte range of a transcript's recording (app://esiti/media/SOURCE): answered by a `reply` holding a MediaReply. */
  | { type: 'media'; id: number; sourceId: string; range: string | null }
  | { type: 'dialog-result'; id: number; ok: true; value: string[] | string | null }
  | { type: 'dialog-result'; id: number; ok: false; message: string }
  /** Close the project (releasing its lock) and exit. */
  | { type: 'shutdown' }

/** Service → host. */
export type ServiceMessage =
  /** The process is up and listening: the host answers with `init`. */
  | { type: 'hello'; pid: number }
  /** Initialised; `reopened` says whether the project asked for in `init` is open again. */
  | { type: 'ready'; reopened: { path: string; error: ErrorInfo | null } | null }
  | { type: 'reply'; id: number; result: Result<unknown> }
  | { type: 'push'; event: EventName; payload: unknown }
  | { type: 'dialog'; id: number; kind: 'pickFiles'; options: PickFilesOptions }
  | { type: 'dialog'; id: number; kind: 'pickSavePath'; options: PickSavePathOptions }
  /** The open project changed (opened, created, closed): the host reopens it after a crash. */
  | { type: 'project'; path: string | null }

/** A child process running the service bundle, as the host sees it (Electron's or Node's). */
export interface ServiceChild {
  readonly pid: number | undefined
  post(message: HostMessage): void
  onMessage(listener: (message: ServiceMessage) => void): void
  /** Called once when the process has ended, for whatever reason. */
  onExit(listener: (code: number | null) => void): void
  kill(): void
}
