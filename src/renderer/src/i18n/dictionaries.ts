import { common } from './common'
import { coding } from './coding'
import { survey } from './survey'
import { surveyExport } from './survey-export'
import { indicators } from './indicators'
import { team } from './team'
import { teamServer } from './team-server'
import { programme } from './programme'
import { encryption } from './encryption'
import { privacy } from './privacy'
import type { Locale } from '../../../shared/messages'

export type { Locale } from '../../../shared/messages'
type Dict = Record<string, string>

/** The window's own namespaces, one per area (the services' messages are the `msg` namespace). */
export const NAMESPACES: Record<string, { it: Dict; en: Dict }> = { common, coding, survey, surveyExport, indicators, team, teamServer, programme, encryption, privacy }

/** Every window key in one flat map per language (tests and key checks read this). */
export const DICTIONARIES: Record<Locale, Dict> = {
  it: Object.assign({}, ...Object.values(NAMESPACES).map((p) => p.it)),
  en: Object.assign({}, ...Object.values(NAMESPACES).map((p) => p.en))
}
