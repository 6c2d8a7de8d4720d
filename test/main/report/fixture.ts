import fs from 'node:fs'
import path from 'node:path'
import { mutate } from '../../../src/main/db/op-log'
import { nowIso } from '../../../src/main/db/ids'
import { createIndicators } from '../../../src/main/services/indicators/indicator-service'
import { createActivity } from '../../../src/main/services/register/register-service'
import { createJointDisplays } from '../../../src/main/services/report/joint-display'
import { createTables } from '../../../src/main/services/report/table-service'
import { importSurvey } from '../../../src/main/services/survey/import/import'
import { appendWave } from '../../../src/main/services/survey/import/waves'
import { tempProject, type TempProject } from '../indicators/helpers'

export const EVIL_ORG = '=HYPERLINK("http://x")'
export const PHONE_TITLE = '+39 02 555 0101 – linea welfare'

const HEADER = 'ID;Genere;Giorni smart working;Soddisfazione conciliazione;Servizi welfare usati;Minuti risparmiati'
const W1 = ['1;Donna;2;Molto soddisfatto;Asilo, Buoni pasto;40', '2;Uomo;0;Poco soddisfatto;;0', '3;Donna;3;Soddisfatto;Check-up;55', '4;Donna;1;Molto soddisfatto;Asilo;20', '5;Uomo;5;Per nulla soddisfatto;Buoni pasto, Check-up;']
const W2 = ['6;Donna;2;Soddisfatto;Asilo;35', '7;Uomo;3;Molto soddisfatto;Check-up;60', '8;Donna;4;Molto soddisfatto;Asilo, Check-up;70', '9;Uomo;2;Soddisfatto;Buoni pasto;45']

/** A project exercising every source, a malicious organisation name and a phone-number label. */
export async function reportProject(): Promise<TempProject & { codingIds: string[] }> {
  const t = await tempProject({ programme: true })
  const { ctx, dir } = t
  mutate(ctx.project, { actor: 't', kind: 'test', summary: { key: 'legacy.text', params: { text: 'evil org' } } }, (w) =>
    w.insert('organisations', {
      name: EVIL_ORG,
      kind: 'company',
      sector: '@SUM(1+1)',
      size_class: 'micro',
      area_id: (w.project.sqlite.prepare("SELECT id FROM areas WHERE name = 'Municipio 5'").get() as { id: string }).id
    })
  )
  createActivity(ctx, {
    date: '2022-05-10',
    action: 'CWF',
    kind: 'sportello',
    title: PHONE_TITLE,
    organiser: EVIL_ORG,
    participants: 8,
    women: 5,
    men: 3,
    organisations: [EVIL_ORG, 'Forno San Siro S.n.c.'],
    mode: 'presenza',
    area: 'Municipio 5'
  })
  const codingIds = mutate(ctx.project, { actor: 't', kind: 'test', summary: { key: 'legacy.text', params: { text: 'codings' } } }, (w) => {
    const coder = w.insert('coders', { name: 'Giulia', color: '#000000', created_at: nowIso() })
    const parent = w.insert('codes', { name: 'Welfare territoriale', created_at: nowIso() })
    const child = w.insert('codes', { name: 'Cittadella del welfare', parent_id: parent, created_at: nowIso() })
    const text = 'La Cittadella ci ha aiutato molto con i servizi per i figli.'
    const src = w.insert('sources', { name: 'Intervista 01', text, text_hash: 'h1', chars: text.length, imported_at: nowIso() })
    const c1 = w.insert('codings', { source_id: src, code_id: child, coder_id: coder, start: 3, end: 13, quote: 'Cittadella', created_at: nowIso() })
    w.insert('code_links', { code_id: parent, target_kind: 'indicator', target_id: 'pending' })
    return [c1]
  })
  const csv1 = path.join(dir, 'dip-2021.csv')
  const csv2 = path.join(dir, 'dip-2022.csv')
  fs.writeFileSync(csv1, [HEADER, ...W1].join('\n') + '\n')
  fs.writeFileSync(csv2, [HEADER, ...W2].join('\n') + '\n')
  await importSurvey(ctx, csv1, { dataset: 'Dipendenti', wave: '2021' })
  await appendWave(ctx, 'Dipendenti', csv2, { wave: '2022' })

  createIndicators(ctx, [
    { code: 'R1', name: 'Webinar realizzati', kind: 'output', section: 2, action: 'SW', sdgs: [{ goal: 8, targets: ['8.2'] }], target: 10, spec: { source: 'register', measure: 'activities', kinds: ['webinar'], actions: ['SW'] } },
    { code: 'R2', name: 'Partecipanti donne', unit: '%', section: 5, sdgs: [{ goal: 5, targets: [] }], target: 50, spec: { source: 'register', measure: 'womenShare' }, disaggregations: [{ by: 'action' }] },
    { code: 'R3', name: 'Organizzazioni raggiunte dagli sportelli', section: 4, sdgs: [{ goal: 11, targets: [] }], spec: { source: 'register', measure: 'organisations', kinds: ['sportello'], orgKinds: ['company'] }, disaggregations: [{ by: 'sector' }] },
    { code: 'S1', name: 'Dipendenti in smart working almeno 2 giorni', kind: 'outcome', section: 2, sdgs: [{ goal: 8, targets: [] }], target: 60, spec: { source: 'survey', dataset: 'Dipendenti', statistic: 'percent', variable: 'giorni_smart_working', range: { min: 2 } }, disaggregations: [{ by: 'wave' }, { by: 'genere' }] },
    { code: 'S2', name: 'Minuti di pendolarismo risparmiati', kind: 'outcome', unit: 'minuti', section: 3, sdgs: [{ goal: 11, targets: [] }, { goal: 13, targets: [] }], spec: { source: 'survey', dataset: 'Dipendenti', statistic: 'mean', variable: 'minuti_risparmiati' }, disaggregations: [{ by: 'wave' }] },
    { code: 'S3', name: 'Soddisfazione per la conciliazione (top-2-box)', kind: 'outcome', section: 5, sdgs: [{ goal: 3, targets: [] }], spec: { source: 'survey', dataset: 'Dipendenti', statistic: 'top2box', variable: 'soddisfazione_conciliazione' }, disaggregations: [{ by: 'genere' }] },
    { code: 'S4', name: 'Uso dei servizi di welfare', kind: 'outcome', section: 4, sdgs: [{ goal: 3, targets: [] }], spec: { source: 'survey', dataset: 'Dipendenti', statistic: 'multi', variable: 'servizi_welfare_usati' } },
    { code: 'S9', name: 'Variabile rinominata', kind: 'outcome', spec: { source: 'survey', dataset: 'Dipendenti', statistic: 'mean', variable: 'giorni_sw' } },
    { code: 'Q1', name: 'Interviste che citano la Cittadella', kind: 'qualitative', section: 4, sdgs: [{ goal: 11, targets: [] }], spec: { source: 'coding', measure: 'sources', codes: ['Welfare territoriale'] } }
  ])
  const r3 = ctx.project.sqlite.prepare("SELECT id FROM indicators WHERE code = 'R3'").get() as { id: string }
  ctx.project.sqlite.prepare("UPDATE code_links SET target_id = ? WHERE target_id = 'pending'").run(r3.id)
  createTables(ctx, [
    { section: 2, title: 'Attività e lavoro agile', spec: { rows: 'indicators', indicators: ['R1', 'S1'] }, chart: { type: 'bar' } },
    { section: 2, title: 'Smart working per ondata', spec: { rows: 'indicators', indicators: ['S1'], by: 'wave' }, chart: { type: 'line' } },
    { section: 4, title: PHONE_TITLE, spec: { rows: 'categories', dataset: 'Dipendenti', variable: 'servizi_welfare_usati', by: 'wave' }, chart: { type: 'bar' } },
    { section: 4, title: 'Organizzazioni per settore', spec: { rows: 'indicators', indicators: ['R3'], by: 'sector' }, chart: { type: 'bar' } },
    { section: 5, title: 'Soddisfazione (Likert)', spec: { rows: 'items', dataset: 'Dipendenti', items: ['soddisfazione_conciliazione'] }, chart: { type: 'stackedBar' } },
    { section: 5, title: 'Donne partecipanti per azione', spec: { rows: 'indicators', indicators: ['R2'], by: 'action' }, chart: { type: 'bar' } },
    { section: 6, title: 'Tabella rotta', spec: { rows: 'indicators', indicators: ['NOPE'] }, chart: { type: 'bar' } }
  ])
  createJointDisplays(ctx, [{ indicator: 'R3', title: 'Sportelli: numeri e voci', quotes: codingIds }])
  return { ...t, codingIds }
}
