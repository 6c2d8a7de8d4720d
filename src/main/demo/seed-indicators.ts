import type { IndicatorInput, JointDisplayInput, TableInput } from '../../shared/ipc/indicators'
import type { Ctx } from '../services/context'
import { createIndicators } from '../services/indicators/indicator-service'
import { createJointDisplays } from '../services/report/joint-display'
import { createTables } from '../services/report/table-service'
import {
  COMPANY_VARS,
  DEMO_DATASETS,
  EMPLOYEE_VARS,
  EMPLOYEE_WELFARE_OPTIONS,
  FREQUENCY_SCALE
} from './questionnaires/variables'

const UNLOGGED = { log: false }
const sdg = (goal: number, ...targets: string[]) => ({ goal, targets })

/**
 * Output indicators from the monitoring register. Targets are the ones of the (fictional) MIRE
 * funding agreement; baselines are zero because every activity is new with the programme.
 */
const registerIndicators: IndicatorInput[] = [
  { code: 'C.1', name: 'Imprese aderenti al programma', nameEn: 'Companies taking part in the programme', kind: 'context', section: 1,
    definition: 'Imprese che hanno aderito ad almeno un’azione di MIRE (registro delle adesioni).', sdgs: [sdg(8, '8.3')], baseline: 0, target: 25,
    spec: { source: 'register', measure: 'companiesJoined' }, disaggregations: [{ by: 'action' }, { by: 'sizeClass' }] },
  { code: 'SW.1', name: 'Attività di accompagnamento al lavoro agile', nameEn: 'Smart working support activities', kind: 'output', action: 'SW', section: 2,
    definition: 'Webinar, consulenze organizzative, formazioni e incontri dell’azione Smart working registrati nel monitoraggio.',
    sdgs: [sdg(8, '8.2')], baseline: 0, target: 28, spec: { source: 'register', measure: 'activities', actions: ['SW'] }, disaggregations: [{ by: 'year' }, { by: 'kind' }] },
  { code: 'SW.2', name: 'Partecipanti alle attività sul lavoro agile', nameEn: 'Participants in smart working activities', kind: 'output', action: 'SW', section: 2,
    definition: 'Somma delle presenze registrate alle attività dell’azione Smart working (una persona può contare più volte).',
    sdgs: [sdg(4, '4.4'), sdg(8, '8.5')], baseline: 0, target: 1000, spec: { source: 'register', measure: 'participants', actions: ['SW'] }, disaggregations: [{ by: 'year' }, { by: 'mode' }] },
  { code: 'SW.3', name: 'Imprese accompagnate verso il lavoro agile', nameEn: 'Companies supported towards smart working', kind: 'output', action: 'SW', section: 2,
    definition: 'Imprese aderenti all’azione Smart working, per classe dimensionale.', sdgs: [sdg(8, '8.2', '8.3')], baseline: 0, target: 15,
    spec: { source: 'register', measure: 'companiesJoined', actions: ['SW'] }, disaggregations: [{ by: 'sizeClass' }] },
  { code: 'SW.4', name: 'Ore di consulenza organizzativa alle imprese', nameEn: 'Hours of organisational consulting', kind: 'output', action: 'SW', section: 2, unit: 'ore',
    definition: 'Ore dei percorsi di consulenza su accordi, regolamenti e organizzazione del lavoro agile.', sdgs: [sdg(8, '8.2')], baseline: 0, target: 60,
    spec: { source: 'register', measure: 'hours', actions: ['SW'], kinds: ['consulenza'] }, disaggregations: [{ by: 'year' }] },
  { code: 'CW.1', name: 'Incontri ed eventi aperti al quartiere nei coworking', nameEn: 'Neighbourhood meetings and events in the coworking spaces', kind: 'output', action: 'CW', section: 3,
    definition: 'Incontri ed eventi dell’azione Coworking aperti agli abitanti dei Municipi.', sdgs: [sdg(11, '11.3', '11.7')], baseline: 0, target: 10,
    spec: { source: 'register', measure: 'activities', actions: ['CW'], kinds: ['incontro', 'evento'] }, disaggregations: [{ by: 'area' }, { by: 'year' }] },
  { code: 'CW.2', name: 'Partecipanti alle attività dei coworking', nameEn: 'Participants in coworking activities', kind: 'output', action: 'CW', section: 3,
    definition: 'Presenze registrate a tutte le attività dell’azione Coworking.', sdgs: [sdg(11, '11.3'), sdg(9, '9.1')], baseline: 0, target: 900,
    spec: { source: 'register', measure: 'participants', actions: ['CW'] }, disaggregations: [{ by: 'kind' }, { by: 'year' }] },
  { code: 'CW.3', name: 'Organizzazioni coinvolte nella rete dei coworking', nameEn: 'Organisations in the coworking network', kind: 'output', action: 'CW', section: 3,
    definition: 'Organizzazioni distinte (imprese, partner, enti) raggiunte da almeno un’attività dell’azione Coworking.', sdgs: [sdg(9, '9.3')], baseline: 0, target: 20,
    spec: { source: 'register', measure: 'organisations', actions: ['CW'] }, disaggregations: [{ by: 'orgKind' }] },
  { code: 'CWF.1', name: 'Aperture degli sportelli della Cittadella del welfare', nameEn: 'Welfare citadel desk sessions', kind: 'output', action: 'CWF', section: 4,
    definition: 'Giornate di apertura degli sportelli informativi della Cittadella nei Municipi 5 e 7.', sdgs: [sdg(3, '3.8'), sdg(11, '11.3')], baseline: 0, target: 20,
    spec: { source: 'register', measure: 'activities', actions: ['CWF'], kinds: ['sportello'] }, disaggregations: [{ by: 'area' }, { by: 'year' }] },
  { code: 'CWF.2', name: 'Persone accolte agli sportelli della Cittadella', nameEn: 'People received at the citadel desks', kind: 'output', action: 'CWF', section: 4,
    definition: 'Accessi registrati agli sportelli della Cittadella del welfare.', sdgs: [sdg(3, '3.8'), sdg(5, '5.4')], baseline: 0, target: 150,
    spec: { source: 'register', measure: 'participants', actions: ['CWF'], kinds: ['sportello'] }, disaggregations: [{ by: 'area' }, { by: 'year' }] },
  { code: 'CWF.3', name: 'Imprese raggiunte dalla Cittadella del welfare', nameEn: 'Companies reached by the welfare citadel', kind: 'output', action: 'CWF', section: 4,
    definition: 'Imprese distinte raggiunte da almeno un’attività della Cittadella, per classe dimensionale.', sdgs: [sdg(8, '8.3'), sdg(9, '9.3')], baseline: 0, target: 14,
    spec: { source: 'register', measure: 'organisations', actions: ['CWF'], orgKinds: ['company'] }, disaggregations: [{ by: 'sizeClass' }] },
  { code: 'X.1', name: 'Quota di donne tra i partecipanti', nameEn: 'Share of women among participants', kind: 'output', section: 5, unit: '%',
    definition: 'Donne sul totale dei partecipanti di cui il foglio presenze registra il genere; gli altri sono mancanti.', sdgs: [sdg(5, '5.5')], baseline: 45, target: 55,
    spec: { source: 'register', measure: 'womenShare' }, disaggregations: [{ by: 'action' }, { by: 'year' }] },
  { code: 'X.2', name: 'Ore di formazione su competenze digitali e organizzative', nameEn: 'Training hours on digital and organisational skills', kind: 'output', section: 5, unit: 'ore',
    definition: 'Ore delle attività formative di tutte le azioni.', sdgs: [sdg(4, '4.4'), sdg(5, '5.b')], baseline: 0, target: 100,
    spec: { source: 'register', measure: 'hours', kinds: ['formazione'] }, disaggregations: [{ by: 'action' }] },
  { code: 'P.1', name: 'Persone raggiunte da formazione e consulenza', nameEn: 'Persons reached by training and consulting', kind: 'output', section: 5, unit: 'persone',
    definition: 'Persone distinte nei fogli presenze di formazioni e consulenze (registrate con pseudonimo): chi partecipa a più attività conta una volta.',
    sdgs: [sdg(4, '4.4'), sdg(8, '8.5')], baseline: 0, baselineYear: 2020, baselineSource: 'Avvio del programma (nessuna attività precedente)',
    milestone: 60, milestoneYear: 2021, target: 120, targetYear: 2023, direction: 'increase', responsible: 'Centro Studi Tempi e Lavoro',
    spec: { source: 'register', measure: 'persons', kinds: ['formazione', 'consulenza'] }, disaggregations: [{ by: 'gender' }, { by: 'ageBand' }, { by: 'action' }] },
  { code: 'P.2', name: 'Partecipazioni a formazione e consulenza', nameEn: 'Participations in training and consulting', kind: 'output', section: 5, unit: 'presenze',
    definition: 'Righe dei fogli presenze di formazioni e consulenze: una per persona e attività.', sdgs: [sdg(4, '4.4')], baseline: 0, target: 200,
    spec: { source: 'register', measure: 'participations', kinds: ['formazione', 'consulenza'] }, disaggregations: [{ by: 'gender' }, { by: 'action' }] }
]

/** Qualitative indicators: in how many interviews or cases a code family appears. */
const codingIndicators: IndicatorInput[] = [
  { code: 'Q.1', name: 'Interviste che riportano benefici del lavoro agile', nameEn: 'Interviews reporting smart working benefits', kind: 'qualitative', action: 'SW', section: 2,
    definition: 'Interviste con almeno un segmento codificato «Smart working > Benefici percepiti».', sdgs: [sdg(8, '8.2')],
    spec: { source: 'coding', measure: 'sources', codes: ['Smart working > Benefici percepiti'] }, disaggregations: [{ by: 'Azione' }] },
  { code: 'Q.2', name: 'Intervistati che citano la riduzione degli spostamenti', nameEn: 'Interviewees mentioning less commuting', kind: 'qualitative', action: 'CW', section: 3,
    definition: 'Casi con almeno un segmento codificato «Sostenibilità ambientale > Mobilità e spostamenti».', sdgs: [sdg(11, '11.2', '11.6'), sdg(13, '13.2')],
    spec: { source: 'coding', measure: 'cases', codes: ['Sostenibilità ambientale > Mobilità e spostamenti'] }, disaggregations: [{ by: 'Azione' }] },
  { code: 'Q.3', name: 'Intervistati che citano la Cittadella del welfare', nameEn: 'Interviewees mentioning the welfare citadel', kind: 'qualitative', action: 'CWF', section: 4,
    definition: 'Casi con almeno un segmento codificato «Welfare territoriale > Cittadella del welfare».', sdgs: [sdg(3, '3.8'), sdg(11, '11.3')],
    spec: { source: 'coding', measure: 'cases', codes: ['Welfare territoriale > Cittadella del welfare'] }, disaggregations: [{ by: 'Tipo organizzazione' }] },
  { code: 'Q.4', name: 'Interviste che parlano di carichi di cura', nameEn: 'Interviews about care responsibilities', kind: 'qualitative', section: 5,
    definition: 'Interviste con almeno un segmento codificato «Conciliazione vita-lavoro > Carichi di cura».', sdgs: [sdg(5, '5.4')],
    spec: { source: 'coding', measure: 'sources', codes: ['Conciliazione vita-lavoro > Carichi di cura'] }, disaggregations: [{ by: 'Genere' }] },
  { code: 'Q.5', name: 'Segmenti su cambiamenti organizzativi durevoli', nameEn: 'Segments on lasting organisational change', kind: 'qualitative', section: 6,
    definition: 'Segmenti codificati «Risultati ed esiti > Cambiamenti organizzativi» o «Continuità nel tempo», per codificatore.', sdgs: [sdg(8, '8.2'), sdg(9, '9.5')],
    spec: { source: 'coding', measure: 'codings', codes: ['Risultati ed esiti > Cambiamenti organizzativi', 'Risultati ed esiti > Continuità nel tempo'] }, disaggregations: [{ by: 'coder' }] }
]

const registerTables: TableInput[] = [
  { section: 1, title: 'Imprese aderenti per azione', spec: { rows: 'indicators', indicators: ['C.1'], by: 'action' }, chart: { type: 'bar' } },
  { section: 1, title: 'Imprese aderenti per classe dimensionale', spec: { rows: 'indicators', indicators: ['C.1'], by: 'sizeClass' }, chart: { type: 'bar', horizontal: true } },
  { section: 2, title: 'Attività e ore di consulenza dell’azione Smart working per anno', spec: { rows: 'indicators', indicators: ['SW.1', 'SW.4'], by: 'year' }, chart: { type: 'bar' } },
  { section: 3, title: 'Incontri ed eventi dei coworking per municipio', spec: { rows: 'indicators', indicators: ['CW.1'], by: 'area' }, chart: { type: 'bar' } },
  { section: 4, title: 'Sportelli della Cittadella: aperture e accessi per anno', spec: { rows: 'indicators', indicators: ['CWF.1', 'CWF.2'], by: 'year' }, chart: { type: 'line' } },
  { section: 4, title: 'Imprese raggiunte dalla Cittadella per dimensione', spec: { rows: 'indicators', indicators: ['CWF.3'], by: 'sizeClass' }, chart: { type: 'bar', horizontal: true } },
  { section: 5, title: 'Quota di donne tra i partecipanti per azione', spec: { rows: 'indicators', indicators: ['X.1'], by: 'action' }, chart: { type: 'bar' },
    notes: 'Il genere non è registrato per tutti i partecipanti: la base sono i partecipanti con genere noto.' },
  { section: 5, title: 'Persone raggiunte e partecipazioni a formazione e consulenza per genere', spec: { rows: 'indicators', indicators: ['P.1', 'P.2'], by: 'gender' }, chart: { type: 'bar' },
    notes: 'Persone distinte nei fogli presenze: chi partecipa a più attività conta una volta tra le persone e una volta per attività tra le partecipazioni.' },
  { section: 5, title: 'Ore di formazione per azione', spec: { rows: 'indicators', indicators: ['X.2'], by: 'action' }, chart: { type: 'bar', horizontal: true } },
  { section: 5, title: 'Evidenze qualitative trasversali', spec: { rows: 'indicators', indicators: ['Q.1', 'Q.2', 'Q.3', 'Q.4'], showTarget: false }, chart: { type: 'bar', horizontal: true } },
  { section: 6, title: 'Indicatori di realizzazione rispetto ai target', spec: { rows: 'indicators', indicators: ['C.1', 'SW.1', 'SW.3', 'CW.1', 'CWF.1', 'CWF.3'] }, chart: { type: 'none' } },
  { section: 6, title: 'Cambiamenti organizzativi e continuità per codificatore', spec: { rows: 'indicators', indicators: ['Q.5'], by: 'coder' }, chart: { type: 'bar' } }
]

/** An illustrative quote, found by its interview, code path and opening words (ids differ on every seed). */
interface QuoteRef {
  source: string
  code: string
  opening: string
}

function quoteIds(ctx: Ctx, refs: QuoteRef[]): string[] {
  const stmt = ctx.project.sqlite.prepare(
    `SELECT c.id FROM codings c JOIN sources s ON s.id = c.source_id JOIN codes k ON k.id = c.code_id
     WHERE s.name LIKE ? AND k.name = ? AND c.quote LIKE ? AND s.deleted_at IS NULL ORDER BY c.start LIMIT 1`
  )
  return refs.flatMap((r) => {
    const row = stmt.get(`${r.source}%`, r.code.split(' > ').pop(), `${r.opening}%`) as { id: string } | undefined
    return row ? [row.id] : []
  })
}

const CITTADELLA_QUOTES: QuoteRef[] = [
  { source: 'Intervista 05', code: 'Welfare territoriale > Cittadella del welfare', opening: 'Abbiamo capito che ci voleva una persona' },
  { source: 'Intervista 06', code: 'Welfare aziendale > Bisogni dei lavoratori', opening: 'Ecco, forse è lì che ho cominciato' },
  { source: 'Intervista 01', code: 'Welfare territoriale > Servizi di prossimità', opening: 'E dentro la piattaforma' }
]
const CONCILIATION_QUOTES: QuoteRef[] = [
  { source: 'Intervista 05', code: 'Conciliazione vita-lavoro > Tempi e orari', opening: '«io esco di casa alle sei' },
  { source: 'Intervista 02', code: 'Genere e pari opportunità > Divario di genere', opening: 'E le dirò, all' },
  { source: 'Intervista 01', code: 'Genere e pari opportunità > Divario di genere', opening: 'c\'è il rischio' }
]

interface SurveyPart {
  indicators: IndicatorInput[]
  tables: TableInput[]
  joint(quotes: string[]): JointDisplayInput[]
}

const datasetExists = (ctx: Ctx, name: string): boolean =>
  !!ctx.project.sqlite.prepare('SELECT 1 FROM datasets WHERE name = ? AND deleted_at IS NULL').get(name)

const E = EMPLOYEE_VARS
const EMPLOYEES = DEMO_DATASETS.employees
const COMPANIES = DEMO_DATASETS.companies
const FREQUENT = FREQUENCY_SCALE.slice(2)
const SERVICES_USED = EMPLOYEE_WELFARE_OPTIONS.filter((o) => o !== 'Nessuno')
const byWave = { by: E.wave, label: 'Ondata' }

/** Outcome indicators from the employees' questionnaire (two waves in one dataset). */
const employeeIndicators: IndicatorInput[] = [
  { code: 'SW.5', name: 'Dipendenti d’accordo che il lavoro agile aiuta la conciliazione', nameEn: 'Employees agreeing smart working helps work-life balance', kind: 'outcome', action: 'SW', section: 2, unit: '%',
    definition: 'Quota di rispondenti «Abbastanza» o «Del tutto d’accordo» (top-2-box) sull’affermazione sulla conciliazione.', sdgs: [sdg(5, '5.4'), sdg(8, '8.5')], baseline: 35, target: 50,
    spec: { source: 'survey', dataset: EMPLOYEES, statistic: 'top2box', variable: E.agreeWorkLifeBalance }, disaggregations: [byWave, { by: E.gender }, { by: E.municipio }] },
  { code: 'SW.6', name: 'Giorni medi di smart working a settimana', nameEn: 'Mean smart working days a week', kind: 'outcome', action: 'SW', section: 2, unit: 'giorni',
    definition: 'Media dei giorni settimanali di lavoro da remoto dichiarati dai dipendenti.', sdgs: [sdg(8, '8.2')], baseline: 1.3, target: 2,
    spec: { source: 'survey', dataset: EMPLOYEES, statistic: 'mean', variable: E.smartWorkingDays }, disaggregations: [byWave, { by: E.gender }] },
  { code: 'CW.4', name: 'Dipendenti che usano il coworking almeno qualche volta', nameEn: 'Employees using coworking at least sometimes', kind: 'outcome', action: 'CW', section: 3, unit: '%',
    definition: 'Quota di rispondenti che usano gli spazi di coworking del programma «Qualche volta», «Spesso» o «Sempre».', sdgs: [sdg(11, '11.2'), sdg(13, '13.2')], baseline: 15, target: 25,
    spec: { source: 'survey', dataset: EMPLOYEES, statistic: 'percent', variable: E.coworkingFrequency, categories: [...FREQUENT] }, disaggregations: [byWave, { by: E.municipio }] },
  { code: 'CWF.4', name: 'Soddisfazione per i servizi della Cittadella del welfare', nameEn: 'Satisfaction with the welfare citadel services', kind: 'outcome', action: 'CWF', section: 4, unit: '%',
    definition: 'Quota di «Abbastanza» o «Molto soddisfatto» (top-2-box) tra chi ha valutato la Cittadella.', sdgs: [sdg(3, '3.8')], baseline: 25, target: 60,
    spec: { source: 'survey', dataset: EMPLOYEES, statistic: 'top2box', variable: E.cittadellaSatisfaction }, disaggregations: [byWave, { by: E.municipio }, { by: E.gender }] },
  { code: 'CWF.5', name: 'Dipendenti che hanno usato almeno un servizio di welfare', nameEn: 'Employees who used at least one welfare service', kind: 'outcome', action: 'CWF', section: 4, unit: '%',
    definition: 'Risposta multipla: quota di rispondenti con almeno un servizio; per ogni servizio la % di rispondenti e la % di risposte.', sdgs: [sdg(3, '3.8'), sdg(5, '5.4')], baseline: 60, target: 70,
    spec: { source: 'survey', dataset: EMPLOYEES, statistic: 'multi', variable: E.welfareServices, categories: [...SERVICES_USED] }, disaggregations: [byWave, { by: E.gender }] },
  { code: 'X.3', name: 'Dipendenti che hanno ridotto gli spostamenti casa-lavoro', nameEn: 'Employees who commute less', kind: 'outcome', section: 5, unit: '%',
    definition: 'Top-2-box dell’accordo con «Ho ridotto il tempo perso negli spostamenti casa-lavoro».', sdgs: [sdg(11, '11.6'), sdg(13, '13.2')], baseline: 40, target: 55,
    spec: { source: 'survey', dataset: EMPLOYEES, statistic: 'top2box', variable: E.agreeLessCommuting }, disaggregations: [byWave, { by: E.municipio }] }
]

const companyIndicators: IndicatorInput[] = [
  { code: 'C.2', name: 'Imprese che offrono il lavoro agile', nameEn: 'Companies offering smart working', kind: 'outcome', section: 1, unit: '%',
    definition: 'Quota di imprese aderenti che dichiarano il lavoro agile tra le proprie misure di welfare, per classe dimensionale.', sdgs: [sdg(8, '8.2', '8.3')], baseline: 30, target: 60,
    spec: { source: 'survey', dataset: COMPANIES, statistic: 'multi', variable: COMPANY_VARS.welfareMeasures, categories: ['Lavoro agile'] }, disaggregations: [{ by: COMPANY_VARS.sizeClass }] }
]

const employeeTables: TableInput[] = [
  { section: 2, title: 'Accordo con le affermazioni sul lavoro agile (distribuzione)', spec: { rows: 'items', dataset: EMPLOYEES, statistic: 'likert',
    items: [E.agreeWorkLifeBalance, E.agreeWellbeing, E.agreeProductivity, E.agreeLessCommuting] }, chart: { type: 'stackedBar' } },
  { section: 2, title: 'Esiti del lavoro agile per ondata', spec: { rows: 'indicators', indicators: ['SW.5', 'X.3'], by: E.wave }, chart: { type: 'line' }, stats: { ci: true, tests: true } },
  { section: 2, title: 'Giorni di smart working per genere', spec: { rows: 'indicators', indicators: ['SW.6'], by: E.gender }, chart: { type: 'bar' }, stats: { ci: true, tests: true } },
  { section: 3, title: 'Frequenza d’uso dei coworking per ondata', spec: { rows: 'categories', dataset: EMPLOYEES, variable: E.coworkingFrequency, by: E.wave }, chart: { type: 'bar' }, stats: { tests: true } },
  { section: 4, title: 'Servizi di welfare utilizzati nell’ultimo anno', spec: { rows: 'categories', dataset: EMPLOYEES, variable: E.welfareServices, by: E.wave }, chart: { type: 'bar', horizontal: true },
    notes: 'Risposta multipla: le percentuali sono calcolate sui rispondenti e sommano a più di 100.' },
  { section: 4, title: 'Soddisfazione per la Cittadella del welfare (distribuzione)', spec: { rows: 'items', dataset: EMPLOYEES, statistic: 'likert', items: [E.cittadellaSatisfaction] }, chart: { type: 'stackedBar' } },
  { section: 5, title: 'Esiti per i lavoratori per genere', spec: { rows: 'indicators', indicators: ['SW.5', 'CWF.4', 'CWF.5'], by: E.gender }, chart: { type: 'bar' }, stats: { ci: true, tests: true } }
]

const companyTables: TableInput[] = [
  { section: 1, title: 'Imprese che offrono il lavoro agile per dimensione', spec: { rows: 'indicators', indicators: ['C.2'], by: COMPANY_VARS.sizeClass }, chart: { type: 'bar' } }
]

/**
 * Questionnaire indicators and tables, each dataset only when the demo has it: the questionnaires
 * are a separate part of the demo, and the seed must work without them.
 */
function surveyPart(ctx: Ctx): SurveyPart {
  const employees = datasetExists(ctx, EMPLOYEES)
  const companies = datasetExists(ctx, COMPANIES)
  return {
    indicators: [...(employees ? employeeIndicators : []), ...(companies ? companyIndicators : [])],
    tables: [...(employees ? employeeTables : []), ...(companies ? companyTables : [])],
    joint: (quotes) => [
      {
        indicator: employees ? 'SW.5' : 'Q.4',
        title: 'Conciliazione vita-lavoro: il dato dei dipendenti e le voci delle interviste',
        codes: ['Conciliazione vita-lavoro > Carichi di cura', 'Conciliazione vita-lavoro > Tempi e orari', 'Genere e pari opportunità > Divario di genere'],
        quotes,
        notes: 'Il giudizio positivo sulla conciliazione convive con il rischio, citato nelle interviste, che il lavoro agile resti «cosa da donne».'
      }
    ]
  }
}

/**
 * Seeds the demo's indicator framework through the real services: register and coding indicators
 * always, questionnaire indicators when the demo questionnaires are there, report tables with
 * charts for the six sections, and joint displays. Nothing is recorded in the undo history.
 */
export async function seedIndicators(ctx: Ctx): Promise<void> {
  const survey = surveyPart(ctx)
  createIndicators(ctx, [...registerIndicators, ...survey.indicators, ...codingIndicators], UNLOGGED)
  const tables = [...registerTables, ...survey.tables].map((t, sort) => ({ ...t, sort }))
  tables.sort((a, b) => (a.section ?? 99) - (b.section ?? 99) || a.sort - b.sort)
  createTables(ctx, tables, UNLOGGED)
  const joint: JointDisplayInput[] = [
    {
      indicator: 'CWF.1',
      title: 'Cittadella del welfare: sportelli, temi delle interviste e voci',
      codes: ['Welfare territoriale > Cittadella del welfare', 'Welfare aziendale > Servizi attivati', 'Welfare aziendale > Bisogni dei lavoratori'],
      quotes: quoteIds(ctx, CITTADELLA_QUOTES),
      notes: 'Le aperture degli sportelli vanno lette insieme ai bisogni emersi nelle interviste: la domanda di cura supera l’offerta.'
    },
    ...survey.joint(quoteIds(ctx, CONCILIATION_QUOTES))
  ]
  createJointDisplays(ctx, joint, UNLOGGED)
}
