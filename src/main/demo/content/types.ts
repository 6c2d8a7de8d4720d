/** Shapes of the embedded MIRE demo data (all text original, written for the demo). */

export interface DemoAction {
  code: 'SW' | 'CW' | 'CWF'
  name: string
  description: string
}

export interface DemoOrganisation {
  name: string
  kind: 'promoter' | 'partner' | 'company'
  orgType: string
  sector: string
  sizeClass: 'micro' | 'piccola' | 'media' | 'grande' | null
  employees: number | null
  municipio: number | null
  /** Action codes the organisation joined. */
  actions: DemoAction['code'][]
  role?: string
}

export interface DemoSdgGoal {
  number: number
  title: string
  titleEn: string
  color: string
  targets: { code: string; text: string; textEn: string }[]
}

export interface DemoSection {
  number: number
  title: string
  titleEn: string
  description: string
}

export interface DemoActivity {
  action: DemoAction['code']
  kind: 'webinar' | 'incontro' | 'consulenza' | 'sportello' | 'formazione' | 'evento'
  title: string
  /** ISO date YYYY-MM-DD between 2020-09-01 and 2023-06-30. */
  date: string
  organiser: string
  mode: 'online' | 'presenza' | 'ibrida'
  municipio: number | null
  hours: number
  participants: number
  women: number
  men: number
  /** Names of organisations reached (companies / partners from the demo lists). */
  organisations: string[]
}

export interface DemoCode {
  name: string
  color: string
  definition: string
  whenToUse: string
  whenNotToUse: string
  example: string
  /** SDG goal numbers and action codes the code is linked to. */
  sdgs?: number[]
  actions?: DemoAction['code'][]
  children?: DemoCode[]
}

export interface DemoCase {
  name: string
  kind: 'person' | 'organisation'
  organisation: string | null
  attributes: Record<string, string | number>
}

export interface DemoTranscript {
  /** File-like name, e.g. "Intervista 01 - HR Meccanica Vigentina". */
  name: string
  /** Name of the case (interviewee) the transcript belongs to. */
  caseName: string
  date: string
  /** The full transcript, Italian, speaker turns like "INT:" / "R:" or "Nome Cognome:", timestamps like [00:12:40]. */
  text: string
}

export interface DemoCoding {
  /** Code path with " > " between levels, e.g. "Smart working > Benefici percepiti". */
  code: string
  /** Exact substring of the transcript text (after NFC, LF normalisation). */
  quote: string
  /** 1-based occurrence of the quote when it occurs more than once. */
  occurrence?: number
  coder: 'Giulia' | 'Marco'
  comment?: string
}

export interface DemoInterview {
  transcript: DemoTranscript
  codings: DemoCoding[]
}
