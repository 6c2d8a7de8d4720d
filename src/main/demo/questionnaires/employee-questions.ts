import { EMPLOYEE_VARS } from './variables'

/**
 * The employees' questionnaire as a Google Form: one header per question and wave. In 2023 the form
 * was edited (some questions reworded, the residence question moved up, the agreement grid reordered,
 * one question added), so appending the second wave needs a column mapping.
 */
export interface EmployeeQuestion {
  key: keyof typeof EMPLOYEE_VARS
  h2021: string
  h2023: string
}

const GRID = 'Quanto sei d’accordo con le seguenti affermazioni?'
const grid = (item: string): string => `${GRID} [${item}]`

const ITEMS = {
  agreeWorkLifeBalance: grid('Il lavoro agile mi aiuta a conciliare vita privata e lavoro'),
  agreeWellbeing: grid('Da quando lavoro anche da remoto il mio benessere è migliorato'),
  agreeProductivity: grid('Lavorando da remoto o in coworking sono più produttivo/a'),
  agreeLessCommuting: grid('Ho ridotto il tempo perso negli spostamenti casa-lavoro')
} as const

/** In 2021 order; the 2023 order is EMPLOYEE_ORDER_2023. */
export const EMPLOYEE_QUESTIONS: EmployeeQuestion[] = [
  { key: 'submittedAt', h2021: 'Informazioni cronologiche', h2023: 'Informazioni cronologiche' },
  { key: 'email', h2021: 'Indirizzo email', h2023: 'Indirizzo email' },
  { key: 'gender', h2021: 'Genere', h2023: 'Genere' },
  { key: 'age', h2021: 'Età', h2023: 'Quanti anni hai?' },
  { key: 'company', h2021: 'Azienda in cui lavori', h2023: 'Azienda in cui lavori' },
  { key: 'municipio', h2021: 'Municipio di residenza', h2023: 'Municipio di residenza' },
  { key: 'role', h2021: 'Ruolo', h2023: 'Ruolo' },
  {
    key: 'smartWorkingDays',
    h2021: 'Quanti giorni a settimana lavori in smart working?',
    h2023: 'Quanti giorni alla settimana lavori da remoto (smart working)?'
  },
  {
    key: 'coworkingFrequency',
    h2021: 'Con quale frequenza usi gli spazi di coworking del programma?',
    h2023: 'Con quale frequenza usi gli spazi di coworking del programma?'
  },
  { key: 'agreeWorkLifeBalance', h2021: ITEMS.agreeWorkLifeBalance, h2023: ITEMS.agreeWorkLifeBalance },
  { key: 'agreeWellbeing', h2021: ITEMS.agreeWellbeing, h2023: ITEMS.agreeWellbeing },
  { key: 'agreeProductivity', h2021: ITEMS.agreeProductivity, h2023: ITEMS.agreeProductivity },
  { key: 'agreeLessCommuting', h2021: ITEMS.agreeLessCommuting, h2023: ITEMS.agreeLessCommuting },
  {
    key: 'cittadellaSatisfaction',
    h2021: 'Quanto sei soddisfatto/a dei servizi della Cittadella del welfare?',
    h2023: 'Complessivamente, quanto sei soddisfatto/a della Cittadella del welfare?'
  },
  {
    key: 'welfareServices',
    h2021: 'Quali servizi di welfare hai utilizzato nell’ultimo anno?',
    h2023: 'Quali servizi di welfare hai utilizzato nell’ultimo anno?'
  },
  { key: 'comment', h2021: 'Vuoi lasciarci un commento?', h2023: 'Commenti e suggerimenti' }
]

/** A question asked only in 2023: it stays in that wave's raw layer, unmapped. */
export const WEBINAR_2023 = 'Hai partecipato ai webinar del programma MIRE?'

type Col = EmployeeQuestion['key'] | 'webinar'

export const EMPLOYEE_ORDER_2021: Col[] = EMPLOYEE_QUESTIONS.map((q) => q.key)

export const EMPLOYEE_ORDER_2023: Col[] = [
  'submittedAt', 'email', 'gender', 'age', 'municipio', 'company', 'role', 'smartWorkingDays', 'coworkingFrequency',
  'agreeWellbeing', 'agreeWorkLifeBalance', 'agreeLessCommuting', 'agreeProductivity', 'cittadellaSatisfaction',
  'welfareServices', 'webinar', 'comment'
]

export function headerOf(col: Col, wave: '2021' | '2023'): string {
  if (col === 'webinar') return WEBINAR_2023
  const q = EMPLOYEE_QUESTIONS.find((x) => x.key === col)!
  return wave === '2021' ? q.h2021 : q.h2023
}

/** Headers whose wording changed between the waves (the mapping the analyst confirms). */
export function renamedIn2023(): { from: string; to: string; key: EmployeeQuestion['key'] }[] {
  return EMPLOYEE_QUESTIONS.filter((q) => q.h2021 !== q.h2023).map((q) => ({ from: q.h2021, to: q.h2023, key: q.key }))
}
