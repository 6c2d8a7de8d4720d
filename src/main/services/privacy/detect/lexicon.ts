import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../data/first-names-it'
import { SURNAMES } from '../data/surnames-it'
import { fold } from '../text/tokens'

let firstNames: Map<string, 'F' | 'M'> | null = null
let surnames: Set<string> | null = null

const split = (s: string): string[] => s.split('|').filter(Boolean)

/** Folded first name → gender (the female list wins for the few names in both). */
export function firstNameGenders(): Map<string, 'F' | 'M'> {
  if (!firstNames) {
    firstNames = new Map()
    for (const n of split(MALE_FIRST_NAMES)) firstNames.set(fold(n), 'M')
    for (const n of split(FEMALE_FIRST_NAMES)) firstNames.set(fold(n), 'F')
  }
  return firstNames
}

export function surnameSet(): Set<string> {
  if (!surnames) surnames = new Set(split(SURNAMES).map(fold))
  return surnames
}

/** The lists as written (for realistic surrogates). */
export const firstNamesOf = (gender: 'F' | 'M'): string[] => split(gender === 'F' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES)
export const surnamesList = (): string[] => split(SURNAMES)
