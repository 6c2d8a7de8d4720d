/** One rating: a category label or number; null/undefined is a missing value. */
export type Rating = number | string | null | undefined

export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio'

export const LEVELS: Level[] = ['nominal', 'ordinal', 'interval', 'ratio']

export const isMissing = (v: Rating): v is null | undefined =>
  v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))

/** Sorted distinct labels: numbers numerically, otherwise as strings (numbers before strings). */
export function sortedLevels(values: Iterable<Rating>): (number | string)[] {
  const set = new Set<number | string>()
  for (const v of values) if (!isMissing(v)) set.add(v)
  return [...set].sort((a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b
    if (typeof a === 'number') return -1
    if (typeof b === 'number') return 1
    return a < b ? -1 : a > b ? 1 : 0
  })
}
