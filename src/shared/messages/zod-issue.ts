import { hasMessage } from './catalog'
import type { Msg } from './message'

/**
 * What a zod issue needs to be worded: zod's own `message` is an English sentence ("Too big: expected
 * string to have <=500 characters"), so the code and its limits are read instead.
 */
export interface IssueLike {
  code: string
  message: string
  path: readonly PropertyKey[]
  expected?: unknown
  origin?: unknown
  maximum?: unknown
  minimum?: unknown
  values?: readonly unknown[]
  keys?: readonly string[]
  divisor?: unknown
}

const KINDS = ['string', 'number', 'int', 'boolean', 'array', 'object', 'date'] as const
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v))

/** A schema's own refinement may name a catalog key as its message ('core.zod.isoDate'). */
const own = (issue: IssueLike): Msg | null => (hasMessage(issue.message) ? { key: issue.message } : null)

/** One zod issue as a message, worded in the reader's language like every other. */
export function zodIssueMsg(issue: IssueLike): Msg {
  const origin = String(issue.origin ?? '')
  const sized = origin === 'array' || origin === 'set' ? 'Items' : origin === 'string' ? 'Chars' : ''
  switch (issue.code) {
    case 'invalid_type': {
      const kind = (KINDS as readonly unknown[]).includes(issue.expected) ? (issue.expected as string) : null
      return kind ? { key: 'core.zod.expected', params: { kind: { key: `core.zod.kind.${kind}` } } } : { key: 'core.zod.invalid' }
    }
    case 'too_big':
      return sized ? { key: `core.zod.tooBig${sized}`, params: { count: num(issue.maximum) } } : { key: 'core.zod.tooBig', params: { limit: num(issue.maximum) } }
    case 'too_small':
      if (origin === 'string' && num(issue.minimum) === 1) return { key: 'core.zod.empty' }
      return sized ? { key: `core.zod.tooSmall${sized}`, params: { count: num(issue.minimum) } } : { key: 'core.zod.tooSmall', params: { limit: num(issue.minimum) } }
    case 'invalid_value':
      return { key: 'core.zod.oneOf', params: { values: (issue.values ?? []).map((v) => String(v)) } }
    case 'unrecognized_keys':
      return { key: 'core.zod.unknownKeys', params: { keys: [...(issue.keys ?? [])] } }
    case 'not_multiple_of':
      return { key: 'core.zod.multipleOf', params: { divisor: num(issue.divisor) } }
    case 'invalid_format':
      return own(issue) ?? { key: 'core.zod.badFormat' }
    default:
      return own(issue) ?? { key: 'core.zod.invalid' }
  }
}

/** The first issue of a failed parse, with the field it concerns when there is one. */
export function zodErrorMsg(error: { issues: readonly IssueLike[] }): Msg {
  const issue = error.issues[0]
  if (!issue) return { key: 'core.zod.invalid' }
  const detail = zodIssueMsg(issue)
  const field = issue.path.map(String).join('.')
  return field ? { key: 'core.zod.atField', params: { field, detail } } : detail
}

/** The first issue of a failed parse, for messages that name the field themselves. */
export const zodErrorDetail = (error: { issues: readonly IssueLike[] }): Msg =>
  error.issues[0] ? zodIssueMsg(error.issues[0]) : { key: 'core.zod.invalid' }
