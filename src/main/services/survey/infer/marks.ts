import { looseKey } from './text-norm'

/**
 * The cells of one option of a multiple-response question, as every platform writes them: 1/0 (Kobo
 * details, Qualtrics), Y/blank (LimeSurvey codes), Sì/No/N/A (LimeSurvey full answers), the option's
 * own text or blank (SurveyMonkey, Qualtrics labels), x or ✓ (hand-made sheets), TRUE/FALSE.
 */

const CHOSEN = new Set(['1', 'y', 'yes', 'si', 'sì', 's', 'x', '✓', '✔', '✔️', '☑', 'true', 'vero', 'selected', 'selezionato', 'selezionata', 'checked', '1.0', 'ok'])
const NOT_CHOSEN = new Set(['0', 'n', 'no', 'false', 'falso', 'not selected', 'non selezionato', 'non selezionata', 'unchecked', '0.0', '☐'])
/** LimeSurvey's "N/A": the question was not shown to the respondent. */
const NOT_SHOWN = new Set(['n/a', 'na', 'n.a.', 'not displayed', 'non visualizzato', 'non mostrato'])

/** 1: chosen, 0: shown and not chosen, null: not shown (or empty), undefined: not a mark at all. */
export type Mark = 1 | 0 | null | undefined

/** A text cell of an option column: a mark, or the option's own label (chosen). */
export function textMark(text: string, option?: string, optionKey?: string): Mark {
  const t = text.trim()
  if (t === '') return null
  const k = t.length <= 20 ? looseKey(t) : null
  if (k !== null) {
    if (CHOSEN.has(k)) return 1
    if (NOT_CHOSEN.has(k)) return 0
    if (NOT_SHOWN.has(k)) return null
  }
  if (option !== undefined && (optionKey ?? looseKey(option)) === (k ?? looseKey(t))) return 1
  return undefined
}

/** A number cell of an option column: 1 chosen, 0 not, anything else not a mark. */
export function numberMark(n: number): Mark {
  return n === 1 ? 1 : n === 0 ? 0 : undefined
}

/** A clean value (after import) as a mark: used by the recipe step that combines columns into a set. */
export function valueMark(v: unknown, option?: string): Mark {
  if (v === null || v === undefined) return null
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'number') return v === 0 ? 0 : Number.isFinite(v) ? 1 : null
  if (typeof v === 'string') {
    const m = textMark(v, option)
    // Any other text in a column being combined counts as chosen ("Other: …" columns hold free text).
    return m === undefined ? 1 : m
  }
  return undefined
}
