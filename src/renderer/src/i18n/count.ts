import type { Msg } from '../../../shared/messages'

/** Nouns with a counted form in the common dictionary (`n.<noun>_one` / `n.<noun>_other`). */
export type CountedNoun =
  | 'codings'
  | 'codes'
  | 'subcodes'
  | 'sources'
  | 'transcripts'
  | 'chars'
  | 'cases'
  | 'attributes'
  | 'rows'
  | 'variables'
  | 'responses'
  | 'indicators'
  | 'tables'

/**
 * "3 codifiche", "1 codifica": a count with its noun, as a parameter of a longer sentence that has
 * several counts ("con 1 sottocodice e 3 codifiche"), each taking its own plural form.
 */
export const nOf = (noun: CountedNoun, count: number): Msg => ({ key: `n.${noun}`, params: { count } })
