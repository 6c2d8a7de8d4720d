/** Error codes shared by services, the CLI and the IPC contract. Messages are human sentences. */
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
  | 'ENCRYPTED_FILE'
  | 'TOO_LARGE'
  | 'NOTHING_TO_UNDO'
  | 'NOTHING_TO_REDO'
  | 'CANCELLED'
  | 'INTERNAL'

export class EsitiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
    this.name = 'EsitiError'
  }
}

export interface ErrorInfo {
  code: ErrorCode
  message: string
  details?: unknown
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof EsitiError) return { code: err.code, message: err.message, details: err.details }
  const e = err as { code?: string; message?: string }
  if (e?.code === 'SQLITE_FULL' || e?.code === 'ENOSPC')
    return { code: 'DISK_FULL', message: 'The disk is full: nothing was written.' }
  if (e?.code === 'SQLITE_READONLY' || e?.code === 'EROFS' || e?.code === 'EACCES' || e?.code === 'EPERM')
    return { code: 'READ_ONLY', message: 'The location is read-only or not permitted: nothing was written.' }
  if (e?.code === 'SQLITE_NOTADB' || e?.code === 'SQLITE_CORRUPT')
    return { code: 'NOT_A_PROJECT', message: 'The file is not an Esiti project or it is damaged.' }
  return { code: 'INTERNAL', message: e?.message ?? String(err) }
}

export const invalid = (message: string, details?: unknown): EsitiError =>
  new EsitiError('INVALID_INPUT', message, details)
export const notFound = (message: string): EsitiError => new EsitiError('NOT_FOUND', message)
