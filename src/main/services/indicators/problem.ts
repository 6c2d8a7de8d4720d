import { EsitiError } from '../../../shared/errors'

/** A problem of one indicator's definition or data: reported on that indicator, the others still compute. */
export const problem = (message: string): EsitiError => new EsitiError('INVALID_INPUT', message)
