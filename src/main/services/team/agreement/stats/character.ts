/** Character counts of one code (or a pool) for two coders over T units of text. */
export interface CharacterCounts {
  /** Units (characters) considered. */
  total: number
  /** Characters coded by coder A. */
  a: number
  /** Characters coded by coder B. */
  b: number
  /** Characters coded by both. */
  both: number
}

export interface CharacterKappa {
  /** Agreement as a fraction 0..1: characters coded by both plus characters coded by neither, over T. */
  percent: number | null
  kappa: number | null
  /** Expected chance agreement as a fraction (EF / T). */
  expected: number | null
}

/**
 * Cohen's kappa over characters as NVivo's coding comparison computes it:
 * EF = (A·B + (T−A)(T−B)) / T and K = (TA − EF) / (T − EF), where TA counts the characters on
 * which the coders agree (coded by both or by neither). When there is no room for chance
 * (EF = T) the coders agree on every character and kappa is 1, as NVivo reports it.
 */
export function characterKappa(c: CharacterCounts): CharacterKappa {
  const { total: t, a, b, both } = c
  if (!(t > 0)) return { percent: null, kappa: null, expected: null }
  if (a < 0 || b < 0 || both < 0 || both > Math.min(a, b) || a > t || b > t || a + b - both > t)
    throw new RangeError(`Inconsistent character counts: ${JSON.stringify(c)}`)
  const agree = both + (t - a - b + both)
  const ef = (a * b + (t - a) * (t - b)) / t
  const kappa = t - ef === 0 ? (agree === t ? 1 : null) : (agree - ef) / (t - ef)
  return { percent: agree / t, kappa, expected: ef / t }
}

/** The same figures restricted to the characters coded by at least one of the two coders. */
export function characterKappaCodedOnly(c: Omit<CharacterCounts, 'total'>): CharacterKappa {
  return characterKappa({ ...c, total: c.a + c.b - c.both })
}
