import type { z } from 'zod'
import { EsitiError, type ErrorCode } from '../../../shared/errors'
import { hasMessage, msg, zodIssueMsg, type MessageKey, type Msg, type MsgParams } from '../../../shared/messages'

/** Options every writing service takes: the demo seeds with `log: false` (nothing to undo). */
export interface WriteOpts {
  log?: boolean
}

/** An error with a catalog key checked at compile time (the generic EsitiError also takes plain text). */
export const fail = (code: ErrorCode, key: MessageKey, params?: MsgParams, details?: unknown): EsitiError =>
  new EsitiError(code, key, params, details)

/** Names are compared as people read them: same letters, whatever the case, accents kept. */
export const nameKey = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('it')

/** Trims, joins inner whitespace and normalises to NFC: what is stored for a name. */
export const cleanName = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ')

export function isRealDate(iso: string): boolean {
  const d = new Date(iso + 'T00:00:00Z')
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso
}

/**
 * Parses untrusted input with a zod schema; the first problem becomes one INVALID_INPUT naming the
 * field (`what` is the kind of thing, e.g. msg('programme.what.action')).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: MessageKey): z.output<S> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  throw fail('INVALID_INPUT', 'programme.invalidField', {
    what: msg(what),
    field: issue.path.join('.') || '—',
    detail: zodIssueMsg(issue)
  })
}

/** Drops undefined values: a patch only changes what it names. */
export const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>

/** A field's name as a message, worded in the reader's language ("start", "inizio"). */
export const fieldName = (field: string): Msg | string =>
  hasMessage(`programme.field.${field}`) ? msg(`programme.field.${field}` as MessageKey) : field
