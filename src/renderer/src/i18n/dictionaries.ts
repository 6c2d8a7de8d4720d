import { common } from './common'
import { coding } from './coding'
import { survey } from './survey'
import { indicators } from './indicators'
import { team } from './team'

export type Locale = 'it' | 'en'
type Dict = Record<string, string>

const parts: { it: Dict; en: Dict }[] = [common, coding, survey, indicators, team]

export const DICTIONARIES: Record<Locale, Dict> = {
  it: Object.assign({}, ...parts.map((p) => p.it)),
  en: Object.assign({}, ...parts.map((p) => p.en))
}
