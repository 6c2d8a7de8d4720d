import { EsitiError } from '../../../shared/errors'
import type { MessageKey, MsgParams } from '../../../shared/messages'

/** A problem of one indicator's definition or data: reported on that indicator, the others still compute. */
export const problem = (key: MessageKey, params?: MsgParams): EsitiError => new EsitiError('INVALID_INPUT', key, params)
