import type { ColumnProfile } from './column-profile'
import { parseLooseNumber } from './parse-number'

const PERCENT_TEXT = /^\s*[-+]?\d+(?:[.,]\d+)?\s*%\s*$/

/**
 * A percent column typed two ways: cells formatted as percent hold fractions (0.45) while typed answers
 * say "45%". Averaged as they are, 0.45 and 45 give nonsense, so when the plain numbers are mostly
 * fractions and some answers carry a "%", the fractions are put on the points scale (× 100). Returns
 * how many plain numbers are fractions, or null when the column is not such a mix.
 */
export function percentMix(p: ColumnProfile, texts: Map<string, number>): { fractions: number; percents: number } | null {
  let percents = 0
  let fractions = 0
  let plainAbove = 0
  // forEach, not for…of: no [key, count] pair allocated per entry (20,000 in a capped profile).
  texts.forEach((n, t) => {
    if (PERCENT_TEXT.test(t)) {
      percents += n
      return
    }
    const v = parseLooseNumber(t)
    if (v === null) return
    if (Math.abs(v) <= 1) fractions += n
    else plainAbove += n
  })
  p.numbers.forEach((n, v) => {
    if (Math.abs(v) <= 1) fractions += n
    else plainAbove += n
  })
  if (percents === 0 || fractions === 0) return null
  // Plain numbers mostly above 1 are points already: the few small ones are small percentages.
  if (plainAbove > 0.2 * (fractions + plainAbove)) return null
  return { fractions, percents }
}

/** The text of a value in a percent column says "%": already in points. */
export const isPercentText = (t: string): boolean => PERCENT_TEXT.test(t)
