import { englishText, hasMessage, type MessageKey, type Msg, type MsgParams } from './messages'

/** Error classes shared by services, the CLI and the IPC contract. The words come from `key`. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NOT_A_PROJECT'
  | 'PROJECT_TOO_NEW'
  | 'PROJECT_IN_USE'
  | 'PROJECT_EXISTS'
  | 'READ_ONLY'
  | 'DISK_FULL'
  | 'CORRUPT_FILE'
  | 'UNSUPPORTED_FILE'
  /** A readable file of another kind than the one asked for (a Word document chosen as a questionnaire). */
  | 'WRONG_FILE_KIND'
  | 'ENCRYPTED_FILE'
  | 'PASSPHRASE_REQUIRED'
  | 'WRONG_PASSPHRASE'
  | 'TOO_LARGE'
  | 'NOTHING_TO_UNDO'
  | 'NOTHING_TO_REDO'
  | 'CANCELLED'
  /** The service process ended while a request was in flight; it was restarted (issue 15). */
  | 'SERVICE_RESTARTED'
  /** The service process kept ending and is no longer restarted. */
  | 'SERVICE_FAILED'
  /** The app is closing. */
  | 'SERVICE_STOPPED'
  | 'OFFLINE'
  | 'AUTH_FAILED'
  | 'FORBIDDEN'
  | 'INTERNAL'

/**
 * A failure the user can understand: a class (`code`), a message key with its parameters (worded in
 * the user's language by the window or the CLI) and, for logs, the English sentence as `message`.
 *
 * The key must be a catalog key (see src/shared/messages/README.md). A message that comes from
 * stored data or another process goes through `EsitiError.fromMsg`: a key an older or newer version
 * wrote and this one does not know is carried whole as `legacy.text` rather than lost.
 */
export class EsitiError extends Error {
  readonly key: string
  readonly params: MsgParams
  constructor(
    readonly code: ErrorCode,
    key: MessageKey,
    params?: MsgParams,
    readonly details?: unknown
  ) {
    const m: Msg = hasMessage(key) ? { key, params: params ?? {} } : { key: 'legacy.text', params: { text: key } }
    super(englishText(m))
    this.key = m.key
    this.params = m.params ?? {}
    this.name = 'EsitiError'
  }

  /** An error carrying a message received as data (stored, or from another process). */
  static fromMsg(code: ErrorCode, m: Msg, details?: unknown): EsitiError {
    return new EsitiError(code, m.key as MessageKey, m.params, details)
  }

  get msg(): Msg {
    return { key: this.key, params: this.params }
  }
}

export interface ErrorInfo {
  code: ErrorCode
  /** English sentence (logs; the window and the CLI word `key` instead). */
  message: string
  key: string
  params: MsgParams
  details?: unknown
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }

const info = (code: ErrorCode, key: MessageKey, params: MsgParams = {}): ErrorInfo => ({
  code,
  key,
  params,
  message: englishText({ key, params })
})

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof EsitiError) return { code: err.code, message: err.message, key: err.key, params: err.params, details: err.details }
  const e = err as { code?: string; message?: string }
  if (e?.code === 'SQLITE_FULL' || e?.code === 'ENOSPC') return info('DISK_FULL', 'core.diskFull')
  if (e?.code === 'SQLITE_READONLY' || e?.code === 'EROFS' || e?.code === 'EACCES' || e?.code === 'EPERM')
    return info('READ_ONLY', 'core.readOnly')
  if (e?.code === 'SQLITE_NOTADB' || e?.code === 'SQLITE_CORRUPT') return info('NOT_A_PROJECT', 'core.notAProjectOrDamaged')
  // File-system errors that escaped a reader: named with their path instead of "EISDIR: illegal operation".
  const p = (err as { path?: unknown })?.path
  if (typeof p === 'string' && p) {
    if (e?.code === 'EISDIR') return info('INVALID_INPUT', 'file.isFolder', { file: p })
    if (e?.code === 'ENOENT') return info('NOT_FOUND', 'file.notFound', { file: p })
    if (e?.code === 'ENOTDIR') return info('NOT_FOUND', 'file.pathNotFolder', { file: p })
  }
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_IOERR')) return info('CORRUPT_FILE', 'core.ioError', { detail: e.message ?? e.code })
  // SQLite's JSON functions meet a damaged stored value.
  if (e?.code === 'SQLITE_ERROR' && /malformed JSON/i.test(e.message ?? '')) return info('CORRUPT_FILE', 'project.damagedJson', { detail: e.message ?? '' })
  return info('INTERNAL', 'core.internal', { detail: e?.message ?? String(err) })
}

export const invalid = (key: MessageKey, params?: MsgParams, details?: unknown): EsitiError =>
  new EsitiError('INVALID_INPUT', key, params, details)
export const notFound = (key: MessageKey, params?: MsgParams): EsitiError => new EsitiError('NOT_FOUND', key, params)
