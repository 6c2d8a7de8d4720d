import type { CatalogPart } from './define'
import { core } from './core'
import { survey } from './survey'
import { surveyFormats } from './survey-formats'
import { io } from './io'
import { programme } from './programme'
import { register } from './register'
import { coding } from './coding'
import { transcripts } from './transcripts'
import { indicators } from './indicators'
import { report } from './report'
import { reportMethods } from './report-methods'
import { privacy } from './privacy'
import { encryption } from './encryption'
import { privacyWindow } from './privacy-window'
import { service } from './service'
import { projectFile } from './project-file'
import { output } from './output'
import { sync } from './sync'
import { files } from './files'
import { team } from './team'
import { refi } from './refi'
import { cli } from './cli'
import { cliHelp } from './cli-help'
import { dialog } from './dialog'
import { demoContent } from './demo-content'

/**
 * Every message the services can produce, by area. Add an area file beside core.ts and list it here;
 * keys are prefixed with the area ("survey.…", "io.…") so they never clash.
 */
const PARTS = {
  core,
  io,
  survey,
  surveyFormats,
  programme,
  register,
  coding,
  transcripts,
  indicators,
  report,
  reportMethods,
  privacy,
  encryption,
  privacyWindow,
  service,
  projectFile,
  output,
  sync,
  files,
  team,
  refi,
  cli,
  cliHelp,
  dialog,
  demoContent
} satisfies Record<string, CatalogPart>

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
type StripPlural<K> = K extends `${infer B}_${PluralSuffix}` ? B : K
type PartKeys<P> = P extends CatalogPart<infer K> ? K : never

/** A key as code uses it: plural variants (`_one`, `_other`) collapse into their base key. */
export type MessageKey = StripPlural<PartKeys<(typeof PARTS)[keyof typeof PARTS]>>

const merge = (lang: 'en' | 'it'): Record<string, string> =>
  Object.assign({}, ...Object.values(PARTS).map((p) => (p as CatalogPart)[lang]))

export const MESSAGES: Record<'en' | 'it', Record<string, string>> = { en: merge('en'), it: merge('it') }
export const MESSAGE_PARTS: Record<string, CatalogPart> = PARTS

/** True when `key` (a base key) has text, directly or as plural variants. */
export function hasMessage(key: string): boolean {
  const en = MESSAGES.en
  return key in en || `${key}_other` in en
}
