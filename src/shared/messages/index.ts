export type { Msg, MsgParam, MsgParams } from './message'
export { isMsg } from './message'
export type { Locale } from './locale'
export { LOCALES, isLocale, localeTag } from './locale'
export type { MessageKey } from './catalog'
export { MESSAGES, MESSAGE_PARTS, hasMessage } from './catalog'
export { createI18next, englishText, formatMessage, resolveParams, MSG_NS, type Resources } from './translator'

import type { MessageKey } from './catalog'
import type { Msg, MsgParams } from './message'

/** Builds a message with a key the catalog is checked to have (warnings, notes, decisions). */
export const msg = (key: MessageKey, params?: MsgParams): Msg => (params ? { key, params } : { key })
export { zodErrorDetail, zodErrorMsg, zodIssueMsg } from './zod-issue'
