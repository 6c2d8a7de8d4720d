/**
 * Names of the demo questionnaires' datasets and of their CLEAN variables (after the demo's cleaning
 * recipe). Other parts of the demo (indicators, report) refer to the questionnaires only through these
 * constants, so the names here are a contract: change them only together with their readers.
 */

/** Dataset names as they appear in the project (`survey list`). */
export const DEMO_DATASETS = {
  /** Employees of the 26 companies: Google Forms export, two waves appended into one dataset. */
  employees: 'Dipendenti',
  /** The companies themselves: hand-made sheet filled in by the programme's staff, one row per company. */
  companies: 'Aziende'
} as const

/** Wave labels of the employees' dataset (the value of its `wave` variable). */
export const DEMO_WAVES = { first: '2021', second: '2023' } as const

/** Clean variables of the employees' dataset ("Dipendenti"). */
export const EMPLOYEE_VARS = {
  /** Wave label, "2021" or "2023" (nominal, added by appending the second wave). */
  wave: 'wave',
  /** Submission time (datetime, from "Informazioni cronologiche"). */
  submittedAt: 'data_compilazione',
  /** Respondent e-mail (id; duplicates removed, latest submission kept). */
  email: 'email',
  /** Nominal: "Donna", "Uomo", "Non binario"; "Preferisco non rispondere" is a declared missing code. */
  gender: 'genere',
  /** Numeric age in years (read from "45 anni"-style text by the import; "n.d." is a missing code). */
  age: 'eta',
  /** Ordinal bins of age: "18-29", "30-44", "45-54", "55 e oltre". */
  ageClass: 'classe_eta',
  /** Company name, recoded to the canonical names of the 26 demo companies. */
  company: 'azienda',
  /** Nominal place of residence: "Municipio 1" … "Municipio 9", "Fuori Milano". */
  municipio: 'municipio',
  /** Nominal job role: "Impiegato/a", "Operaio/a", "Quadro", "Dirigente", "Tecnico/a", "Addetto/a vendite e servizi". */
  role: 'ruolo',
  /** Numeric: smart-working days per week (0–5; "3,5" parsed, "2-3" recoded to 2.5, "variabile" missing). */
  smartWorkingDays: 'giorni_smart_working',
  /** Nominal "Sì"/"No": smart-working days > 0 (computed). */
  usesSmartWorking: 'usa_smart_working',
  /** Ordinal frequency scale: "Mai" < "Raramente" < "Qualche volta" < "Spesso" < "Sempre". */
  coworkingFrequency: 'frequenza_coworking',
  /** Ordinal Italian agreement scale (5 points, "Per niente d'accordo" … "Del tutto d'accordo"). */
  agreeWorkLifeBalance: 'conciliazione',
  agreeWellbeing: 'benessere',
  agreeProductivity: 'produttivita',
  agreeLessCommuting: 'spostamenti_ridotti',
  /** Ordinal satisfaction scale ("Per niente soddisfatto" … "Molto soddisfatto"). */
  cittadellaSatisfaction: 'soddisfazione_cittadella',
  /** Multiple-response set of welfare services used (options in EMPLOYEE_WELFARE_OPTIONS). */
  welfareServices: 'servizi_welfare',
  /** Free text comment. */
  comment: 'commento'
} as const

/** Ordered agreement scale used by the Likert items (lowest first). */
export const AGREEMENT_SCALE = [
  "Per niente d'accordo",
  "Poco d'accordo",
  "Né d'accordo né in disaccordo",
  "Abbastanza d'accordo",
  "Del tutto d'accordo"
] as const

/** Ordered satisfaction scale (lowest first). */
export const SATISFACTION_SCALE = [
  'Per niente soddisfatto',
  'Poco soddisfatto',
  'Né soddisfatto né insoddisfatto',
  'Abbastanza soddisfatto',
  'Molto soddisfatto'
] as const

/** Ordered frequency scale (lowest first). */
export const FREQUENCY_SCALE = ['Mai', 'Raramente', 'Qualche volta', 'Spesso', 'Sempre'] as const

/** Options of the welfare-services checkbox question; one label contains the ", " separator on purpose. */
export const EMPLOYEE_WELFARE_OPTIONS = [
  'Sportello della Cittadella del welfare',
  'Consulenza fiscale, legale e previdenziale',
  'Servizi per i figli (nido, centri estivi)',
  'Assistenza a familiari anziani',
  'Telemedicina e prevenzione',
  'Buoni spesa e trasporto',
  'Nessuno'
] as const

/** Clean variables of the companies' dataset ("Aziende"). */
export const COMPANY_VARS = {
  /** Company name (type id), exactly the names of the 26 demo companies, one row each. */
  company: 'azienda',
  /** Nominal sector (as in the demo's organisations). */
  sector: 'settore',
  /** Nominal declared size class: "Micro", "Piccola", "Media", "Grande". */
  declaredSizeClass: 'classe_dimensionale',
  /** Numeric number of employees. */
  employees: 'numero_dipendenti',
  /** Ordinal size class derived from numero_dipendenti: "Micro (1-9)" … "Grande (250 e oltre)". */
  sizeClass: 'classe_dipendenti',
  /** Nominal: "Municipio 1" … "Municipio 9". */
  municipio: 'municipio',
  /** Multiple-response set (";"-joined): "Smart working", "Coworking", "Cittadella del welfare". */
  actions: 'azioni',
  /** Numeric: employees working in smart working at the survey date (missing or 0 for companies without SW). */
  smartWorkers: 'dipendenti_smart_working',
  /** Multiple-response set from X-marked columns: options in COMPANY_WELFARE_MEASURES. */
  welfareMeasures: 'misure_welfare',
  /** Numeric: yearly company welfare budget in euro (typed as "12.500"). */
  welfareBudget: 'budget_welfare',
  /** Numeric 1–5 ratings of the programme. */
  ratingUsefulness: 'valutazione_utilita',
  ratingOrganisation: 'valutazione_organizzazione',
  ratingSupport: 'valutazione_supporto',
  /** Numeric mean of the three ratings (computed). */
  ratingMean: 'valutazione_media'
} as const

/** Options of the companies' welfare-measures set. */
export const COMPANY_WELFARE_MEASURES = [
  'Flessibilità oraria',
  'Lavoro agile',
  'Convenzioni con servizi di cura',
  'Piattaforma di welfare aziendale',
  'Formazione sulla conciliazione'
] as const

/** Action labels used in the companies' "azioni" set. */
export const COMPANY_ACTION_LABELS = { SW: 'Smart working', CW: 'Coworking', CWF: 'Cittadella del welfare' } as const
