/** The dictionaries have no plural rules: a count of one uses the key's `.one` variant. */
export const countKey = (key: string, n: number): string => (n === 1 ? `${key}.one` : key)
