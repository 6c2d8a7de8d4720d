import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { history, undo } from '../../../src/main/db/op-log'
import { computeIndicators } from '../../../src/main/services/indicators/compute-indicators'
import { createIndicators } from '../../../src/main/services/indicators/indicator-service'
import { addActions } from '../../../src/main/services/programme/actions'
import { addAreas } from '../../../src/main/services/programme/areas'
import { setProgramme } from '../../../src/main/services/programme/details'
import { addOrganisation } from '../../../src/main/services/programme/organisations'
import { importParticipants, listParticipants, searchPersons, setParticipants } from '../../../src/main/services/register/participant-service'
import { personsSummary } from '../../../src/main/services/register/persons-service'
import { addKinds, addValues, registerLists, removeKind, removeValue, renameKind } from '../../../src/main/services/register/register-lists'
import { createActivity, deleteActivities, getActivity, registerGrid, updateActivity } from '../../../src/main/services/register/register-service'
import { EsitiError } from '../../../src/shared/errors'
import type { ImportRowError } from '../../../src/shared/ipc/indicators'
import { formatMessage, type Msg } from '../../../src/shared/messages'
import { sharedFixture } from '../../support/shared-fixtures'
import { tempProject } from '../../support/temp-project'

let t: Awaited<ReturnType<typeof tempProject>>
beforeEach(async () => {
  t = await tempProject('registro.esiti', 'Chiara')
  setProgramme(t.ctx, { name: 'RETI Torino', periodStart: '2024-01-01', periodEnd: '2025-12-31' })
  addActions(t.ctx, [{ code: 'OR', name: 'Orientamento al lavoro' }, { code: 'CO', name: 'Conciliazione' }])
  addAreas(t.ctx, ['Barriera di Milano', 'Aurora', 'Vanchiglia'])
  addOrganisation(t.ctx, { name: 'Logistica Nord Ovest S.p.A.', kind: 'company', area: 'Barriera di Milano', sizeClass: 'media' })
  addOrganisation(t.ctx, { name: 'Panificio Dora S.r.l.', kind: 'company', area: 'Aurora', sizeClass: 'micro' })
  addOrganisation(t.ctx, { name: 'Cooperativa Il Faro', kind: 'partner', area: 'Barriera di Milano' })
})
afterEach(() => t.cleanup())

function errorOf(fn: () => unknown): EsitiError {
  try {
    fn()
  } catch (e) {
    if (e instanceof EsitiError) return e
    throw e
  }
  throw new Error('expected an error')
}
const words = (e: EsitiError, locale: 'it' | 'en' = 'en') => formatMessage(e.msg, locale)
const ops = () => history(t.project, 1000).length

const A1 = { date: '2024-03-12', action: 'OR', kind: 'formazione', title: 'Corso orientamento 1', area: 'Barriera di Milano' }

/** The scenario every figure below is computed by hand from. */
function recordFour(): string[] {
  const a1 = createActivity(t.ctx, {
    ...A1,
    participantList: [
      { name: 'Anna Rossi', gender: 'F', organisation: 'Logistica Nord Ovest S.p.A.', ageBand: '30-54' },
      { name: 'Luca Bianchi', gender: 'M', organisation: 'Logistica Nord Ovest S.p.A.', ageBand: '18-29' },
      { name: 'Sara Verdi', gender: 'F', ageBand: '18-29' }
    ]
  })
  const a2 = createActivity(t.ctx, {
    date: '2024-04-02',
    action: 'OR',
    kind: 'consulenza',
    title: 'Colloqui individuali',
    area: 'Aurora',
    participantList: [{ name: 'anna  rossi' }, { name: 'Marco Neri', gender: 'M', ageBand: '55+' }]
  })
  const a3 = createActivity(t.ctx, {
    date: '2024-05-20',
    action: 'CO',
    kind: 'incontro',
    title: 'Incontro genitori',
    area: 'Vanchiglia',
    participantList: [
      { name: 'Sara Verdi' },
      { name: 'Giulia Costa', gender: 'donna', organisation: 'panificio dora s.r.l.' },
      { name: 'P-0007', pseudonym: true, gender: 'NB', ageBand: '18–29' }
    ]
  })
  const a4 = createActivity(t.ctx, { date: '2024-06-10', action: 'CO', kind: 'webinar', title: 'Webinar congedi', participants: 40, women: 25, men: 15 })
  return [a1.id, a2.id, a3.id, a4.id]
}

describe('participant lists', () => {
  it('records persons once across activities and keeps the head count and gender split from the list', () => {
    const [a1, a2, a3, a4] = recordFour()
    expect(getActivity(t.ctx, a1)).toMatchObject({ participants: 3, women: 2, men: 1, other: 0, listed: 3 })
    // "anna  rossi" is Anna Rossi: the recorded gender counts for this activity too.
    expect(getActivity(t.ctx, a2)).toMatchObject({ participants: 2, women: 1, men: 1, listed: 2 })
    expect(getActivity(t.ctx, a3)).toMatchObject({ participants: 3, women: 2, men: 0, other: 1 })
    expect(getActivity(t.ctx, a4)).toMatchObject({ participants: 40, women: 25, men: 15, listed: 0 })
    expect(t.project.sqlite.prepare('SELECT COUNT(*) n FROM persons').get()).toEqual({ n: 6 })
    const list = listParticipants(t.ctx, a3).participants
    expect(list.map((p) => [p.name, p.gender, p.ageBand, p.organisation, p.activities])).toEqual([
      ['Giulia Costa', 'F', null, 'Panificio Dora S.r.l.', 1],
      ['P-0007', 'NB', '18-29', null, 1],
      ['Sara Verdi', 'F', '18-29', null, 2]
    ])
    expect(list.find((p) => p.name === 'P-0007')!.pseudonym).toBe(true)
    const g = registerGrid(t.ctx)
    expect(g.totals).toMatchObject({ activities: 4, participants: 48, persons: 6, participations: 8 })
    expect(registerGrid(t.ctx, { action: 'CO' }).totals).toMatchObject({ persons: 3, participations: 3 })
    expect(searchPersons(t.ctx, 'ross').map((p) => p.name)).toEqual(['Anna Rossi'])
  })

  it('counts distinct persons and participations with breakdowns (hand-computed)', () => {
    recordFour()
    expect(personsSummary(t.ctx)).toMatchObject({ persons: 6, participations: 8, activitiesWithoutList: 1, breakdown: [] })
    const byGender = personsSummary(t.ctx, { by: 'gender' })
    expect(byGender.breakdown.map((b) => [b.group, b.label, b.persons, b.participations])).toEqual([
      ['F', 'Donne', 3, 5],
      ['M', 'Uomini', 2, 2],
      ['NB', 'Persone non binarie', 1, 1]
    ])
    // Sara attended both actions: she counts in each group, once in the total.
    expect(personsSummary(t.ctx, { by: 'action' }).breakdown.map((b) => [b.group, b.persons])).toEqual([['OR', 4], ['CO', 3]])
    expect(personsSummary(t.ctx, { by: 'area' }).breakdown.map((b) => [b.group, b.persons])).toEqual([
      ['Barriera di Milano', 3],
      ['Aurora', 2],
      ['Vanchiglia', 3]
    ])
    expect(personsSummary(t.ctx, { by: 'organisationType', locale: 'en' }).breakdown.map((b) => [b.label, b.persons])).toEqual([
      ['Company', 3],
      ['not recorded', 3]
    ])
    expect(personsSummary(t.ctx, { by: 'ageBand' }).breakdown.map((b) => [b.group, b.persons])).toEqual([
      ['18-29', 3],
      ['30-54', 1],
      ['55+', 1],
      ['', 1]
    ])
    expect(personsSummary(t.ctx, { action: 'CO', by: 'gender' })).toMatchObject({ persons: 3, participations: 3, activitiesWithoutList: 1 })
    expect(words(errorOf(() => personsSummary(t.ctx, { by: 'colour' as never })))).toMatch(/"colour" is not a breakdown of persons/)
  })

  it('computes the persons and participations indicators with the same figures, by gender and by action', () => {
    recordFour()
    createIndicators(t.ctx, [
      { code: 'P1', name: 'Persone raggiunte', spec: { source: 'register', measure: 'persons' }, disaggregations: [{ by: 'gender' }, { by: 'action' }, { by: 'area' }] },
      { code: 'P2', name: 'Partecipazioni', spec: { source: 'register', measure: 'participations' }, disaggregations: [{ by: 'gender' }, { by: 'organisationType' }] },
      { code: 'P3', name: 'Persone delle imprese', spec: { source: 'register', measure: 'persons', orgKinds: ['company'] }, disaggregations: [{ by: 'sizeClass' }] },
      { code: 'A1', name: 'Attività', spec: { source: 'register', measure: 'activities' }, disaggregations: [{ by: 'gender' }] }
    ])
    const r = Object.fromEntries(computeIndicators(t.ctx, { locale: 'en' }).map((x) => [x.code, x]))
    expect(r.P1).toMatchObject({ status: 'ok', value: 6, n: 6, missing: 1, format: 'count' })
    const groups = (code: string, by: string) => r[code].breakdown.filter((b) => b.by === by).map((b) => [b.group, b.value])
    expect(groups('P1', 'gender')).toEqual([['Women', 3], ['Men', 2], ['Non-binary people', 1]])
    expect(groups('P1', 'action')).toEqual([['Orientamento al lavoro', 4], ['Conciliazione', 3]])
    expect(groups('P1', 'area')).toEqual([['Barriera di Milano', 3], ['Aurora', 2], ['Vanchiglia', 3]])
    expect(r.P1.breakdown[0].byLabel).toBe('Gender')
    expect(r.P2).toMatchObject({ value: 8, missing: 1 })
    expect(groups('P2', 'gender')).toEqual([['Women', 5], ['Men', 2], ['Non-binary people', 1]])
    // Anna twice (two activities), Luca and Giulia once.
    expect(groups('P2', 'organisationType')).toEqual([['Company', 4]])
    // Anna and Luca (Logistica, media) and Giulia (Panificio, micro).
    expect(r.P3.value).toBe(3)
    expect(groups('P3', 'sizeClass')).toEqual([['micro', 1], ['medium', 2]])
    expect(r.A1.status).toBe('error')
    expect(r.A1.message).toMatch(/Disaggregation "gender" describes persons/)
  })

  it('refuses a gender outside the list, a conflict with what is recorded, and a name twice: nothing written', () => {
    recordFour()
    const before = ops()
    const persons = () => t.project.sqlite.prepare('SELECT COUNT(*) n FROM persons').get()
    const base = { date: '2024-07-01', action: 'CO', kind: 'incontro', title: 'Secondo incontro' }
    const gender = errorOf(() => createActivity(t.ctx, { ...base, participantList: [{ name: 'Elena Riva', gender: 'F' }, { name: 'Dario Fo', gender: 'X' }] }))
    expect(words(gender)).toBe('Participant list, row 2 (Dario Fo): gender "X" is not in the programme’s list (F, M and NB).')
    expect(words(gender, 'it')).toBe('Elenco dei partecipanti, riga 2 (Dario Fo): il genere «X» non è nell’elenco del programma (F, M e NB).')
    const clash = errorOf(() => createActivity(t.ctx, { ...base, participantList: [{ name: 'Luca Bianchi', gender: 'F' }] }))
    expect(words(clash)).toBe('Participant list, row 1 (Luca Bianchi): Luca Bianchi is recorded with gender "M", not "F": use the same value, or another name if this is another person.')
    const twice = errorOf(() => createActivity(t.ctx, { ...base, participantList: [{ name: 'Elena Riva' }, { name: 'ELENA RIVA' }] }))
    expect(words(twice)).toMatch(/row 2 \(ELENA RIVA\): ELENA RIVA is already on row 1 of this list/)
    const band = errorOf(() => createActivity(t.ctx, { ...base, participantList: [{ name: 'Elena Riva', ageBand: '40-50' }] }))
    expect(words(band)).toMatch(/age band "40-50" is not in the programme’s list \(<18, 18-29, 30-54 and 55\+\)/)
    const count = errorOf(() => createActivity(t.ctx, { ...base, participants: 5, participantList: [{ name: 'Elena Riva' }] }))
    expect(words(count)).toMatch(/the participants \(5\) differ from the participant list \(1 names\)/)
    expect(ops()).toBe(before)
    expect(persons()).toEqual({ n: 6 })
  })

  it('completes a person from a later list and re-counts the activities they attended; undo puts all back', () => {
    const [a1, , a3] = recordFour()
    // Sara had no organisation: a later list gives one, which is recorded for her.
    setParticipants(t.ctx, a3, [
      { name: 'Sara Verdi', organisation: 'Cooperativa Il Faro' },
      { name: 'Giulia Costa' },
      { name: 'P-0007', pseudonym: true }
    ])
    expect(listParticipants(t.ctx, a1).participants.find((p) => p.name === 'Sara Verdi')!.organisation).toBe('Cooperativa Il Faro')
    // A person without a gender who gets one changes the split of the other activities too.
    const x = createActivity(t.ctx, { date: '2024-08-01', action: 'OR', kind: 'incontro', title: 'Nuovo arrivo', participantList: [{ name: 'Nadia Sala' }] })
    const y = createActivity(t.ctx, { date: '2024-08-02', action: 'OR', kind: 'incontro', title: 'Ritorno', participantList: [{ name: 'Nadia Sala', gender: 'F' }] })
    expect(getActivity(t.ctx, x.id)).toMatchObject({ participants: 1, women: 1 })
    expect(getActivity(t.ctx, y.id)).toMatchObject({ participants: 1, women: 1 })
    expect(words(errorOf(() => updateActivity(t.ctx, x.id, { participants: 4 })))).toBe(
      '"Nuovo arrivo" has a participant list of 1: its participants come from the list; change the list instead.'
    )
    undo(t.project, 'Chiara')
    expect(getActivity(t.ctx, x.id)).toMatchObject({ women: 0 })
    expect(deleteActivities(t.ctx, [x.id])).toEqual({ deleted: 1 })
    expect(listParticipants(t.ctx, a1).participants).toHaveLength(3)
    undo(t.project, 'Chiara')
    undo(t.project, 'Chiara')
    undo(t.project, 'Chiara')
    expect(listParticipants(t.ctx, a1).participants.find((p) => p.name === 'Sara Verdi')!.organisation).toBeNull()
  })
})

describe('attendance sheets', () => {
  async function xlsx(file: string, header: string[], rows: unknown[][]): Promise<string> {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Presenze')
    ws.addRow(['Foglio presenze – corso di orientamento'])
    ws.addRow([])
    ws.addRow(header)
    for (const r of rows) ws.addRow(r)
    await wb.xlsx.writeFile(file)
    return file
  }

  it('adds the people of a sheet to an activity, ages put in their band, known persons matched', async () => {
    const [a1] = recordFour()
    const a = createActivity(t.ctx, { date: '2024-09-10', action: 'OR', kind: 'formazione', title: 'Corso 2', participants: 0 })
    const file = await xlsx(path.join(t.dir, 'presenze.xlsx'), ['Cognome e nome', 'Sesso', 'Età', 'Ente', 'Ruolo'], [
      ['Anna Rossi', 'F', 41, 'Logistica Nord Ovest S.p.A.', 'magazziniera'],
      ['Teresa Gallo', 'donna', '17', null, null],
      ['Piero Lodi', 'M', 62, 'Panificio Dora S.r.l.', 'titolare']
    ])
    const r = await importParticipants(t.ctx, a.id, file)
    expect(r).toMatchObject({ added: 3, newPersons: 2, knownPersons: 1, agesBanded: 3 })
    expect(r.columns.map((c) => c.header)).toEqual(['Cognome e nome', 'Sesso', 'Età', 'Ente', 'Ruolo'])
    expect(listParticipants(t.ctx, a.id).participants.map((p) => [p.name, p.gender, p.ageBand, p.role])).toEqual([
      ['Anna Rossi', 'F', '30-54', 'magazziniera'],
      ['Piero Lodi', 'M', '55+', 'titolare'],
      ['Teresa Gallo', 'F', '<18', null]
    ])
    expect(getActivity(t.ctx, a.id)).toMatchObject({ participants: 3, women: 2, men: 1 })
    expect(listParticipants(t.ctx, a1).participants).toHaveLength(3)
    // The same sheet again: every row is already on the list, and nothing is added.
    const again = await importParticipants(t.ctx, a.id, file).catch((e) => e as EsitiError)
    expect(words(again as EsitiError)).toBe('Nothing imported from presenze.xlsx: 3 of 3 rows have problems. The first, row 4: Anna Rossi is already on this activity’s list.')
  })

  it('reads a semicolon CSV with pseudonyms and reports every bad row', async () => {
    const a = createActivity(t.ctx, { date: '2024-09-10', action: 'CO', kind: 'incontro', title: 'Gruppo', participants: 0 })
    const csv = path.join(t.dir, 'presenze.csv')
    fs.writeFileSync(csv, '\uFEFFPseudonimo;Genere;Fascia d’età;Organizzazione\r\nP-101;F;18-29;\r\nP-102;Z;;\r\nP-103;M;90-99;Ditta Ignota\r\n;F;;\r\n')
    const e = await importParticipants(t.ctx, a.id, csv).catch((x) => x as EsitiError)
    const rows = (e as EsitiError).details as ImportRowError[]
    expect(rows.map((r) => [r.row, r.problems.map((p) => formatMessage(p as Msg, 'en')).join('; ')])).toEqual([
      [3, 'gender "Z" is not in the programme’s list (F, M and NB)'],
      [4, 'age band "90-99" is not in the programme’s list (<18, 18-29, 30-54 and 55+); organisation "Ditta Ignota" is not known'],
      [5, 'the name (or pseudonym) is empty']
    ])
    expect(listParticipants(t.ctx, a.id).participants).toEqual([])
    fs.writeFileSync(csv, 'Pseudonimo;Genere\r\nP-101;F\r\nP-102;M\r\n')
    expect((await importParticipants(t.ctx, a.id, csv)).added).toBe(2)
    expect(listParticipants(t.ctx, a.id).participants.every((p) => p.pseudonym)).toBe(true)
  })

  it('refuses an attendance grid (names across the header) naming the columns it needs', async () => {
    const a = createActivity(t.ctx, { date: '2024-09-10', action: 'CO', kind: 'incontro', title: 'Gruppo', participants: 0 })
    const e = await importParticipants(t.ctx, a.id, sharedFixture('xlsx-corpus', 'sheetjs__Attendance.xlsx')).catch((x) => x as EsitiError)
    expect(words(e as EsitiError)).toMatch(/^sheetjs__Attendance\.xlsx: no column Nome \/ Name and Pseudonimo \/ Pseudonym in the header row 2 \(found: Date, Ben Ashley, Tom Brooks/)
  })
})

describe('the programme’s lists', () => {
  it('adds, renames (activities follow) and removes activity kinds; adds and removes list codes', () => {
    expect(registerLists(t.ctx).kinds.map((k) => k.name)).toEqual(['webinar', 'incontro', 'consulenza', 'sportello', 'formazione', 'evento'])
    addKinds(t.ctx, ['laboratorio', 'visita'])
    expect(words(errorOf(() => addKinds(t.ctx, ['Laboratorio'])))).toBe('Activity kind "Laboratorio" already exists.')
    const a = createActivity(t.ctx, { date: '2024-03-01', action: 'OR', kind: 'Laboratorio', title: 'Lab CV', participants: 9 })
    expect(a.kind).toBe('laboratorio')
    expect(words(errorOf(() => createActivity(t.ctx, { date: '2024-03-01', action: 'OR', kind: 'festa', title: 'x', participants: 1 })))).toMatch(
      /activity kind "festa" is not in the programme’s list \(webinar, incontro, consulenza, sportello, formazione, evento, laboratorio and visita\)/
    )
    createIndicators(t.ctx, [{ code: 'L1', name: 'Laboratori', spec: { source: 'register', measure: 'activities', kinds: ['laboratorio'] } }])
    renameKind(t.ctx, 'laboratorio', 'laboratorio CV')
    expect(getActivity(t.ctx, a.id).kind).toBe('laboratorio CV')
    expect(computeIndicators(t.ctx)[0]).toMatchObject({ code: 'L1', value: 1 })
    expect(words(errorOf(() => removeKind(t.ctx, 'laboratorio CV')))).toMatch(/used by 1 activity/)
    removeKind(t.ctx, 'visita')
    addValues(t.ctx, 'gender', ['X'])
    const x = registerLists(t.ctx).genders.find((g) => g.code === 'X')!
    const f = registerLists(t.ctx).genders.find((g) => g.code === 'F')!
    expect(words(errorOf(() => removeValue(t.ctx, f.id)))).toMatch(/stays in the list/)
    removeValue(t.ctx, x.id)
    expect(registerLists(t.ctx).genders.map((g) => g.code)).toEqual(['F', 'M', 'NB'])
  })
})
