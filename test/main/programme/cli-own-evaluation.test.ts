import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/**
 * The "done when", through the CLI alone: an invented programme that is not MIRE, set up
 * from an empty project, with activities and participants, two indicators and a report table,
 * exported; every figure is checked against values computed by hand from the records below.
 */
const tmp = tempDir('esiti-own-')
const file = path.join(tmp.dir, 'reti-torino.esiti')
afterAll(() => tmp.cleanup())

const run = async (...argv: string[]) => {
  const r = await cli(...argv, '--json')
  if (r.code !== 0) throw new Error(`esiti ${argv.join(' ')} → ${r.stderr}`)
  return r.json
}
const hash = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

async function organisationsSheet(target: string): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Partner e imprese')
  ws.addRow(['Nome', 'Tipo', 'Settore', 'Dimensione', 'Zona', 'Azioni'])
  ws.addRow(['Città di Torino – Divisione Servizi Sociali', 'promotore', 'Pubblica amministrazione', null, null, 'OR;CO'])
  ws.addRow(['Cooperativa Sociale Il Faro', 'partner', 'Servizi sociali', null, 'Barriera di Milano', 'OR'])
  ws.addRow(['Associazione Mamme al Lavoro APS', 'partner', 'Terzo settore', null, 'Vanchiglia', 'CO'])
  ws.addRow(['Panificio Dora S.r.l.', 'impresa', 'Alimentare', 'micro', 'Aurora', 'CO'])
  ws.addRow(['Logistica Nord Ovest S.p.A.', 'impresa', 'Logistica', 'media', 'Barriera di Milano', 'OR;CO'])
  await wb.xlsx.writeFile(target)
}

let activityIds: string[] = []

beforeAll(async () => {
  expect((await run('new', file)).project).toBe(file)
  await run('programme', 'set', file, '--name', 'RETI Torino', '--promoter', 'Città di Torino', '--start', '2024-01-01', '--end', '2025-12-31',
    '--territory', 'Torino, Circoscrizioni 6 e 7', '--area-label', 'Quartiere')
  await run('actions', 'add', file, 'OR', '--name', 'Orientamento al lavoro', '--sdg', '8.5')
  await run('actions', 'add', file, 'CO', '--name', 'Conciliazione famiglia-lavoro', '--sdg', '5.4')
  await run('areas', 'add', file, 'Barriera di Milano', 'Aurora', 'Vanchiglia')
  const sheet = path.join(tmp.dir, 'organizzazioni.xlsx')
  await organisationsSheet(sheet)
  expect((await run('organisations', 'import', file, sheet)).imported).toBe(5)
  for (const title of ['Contesto e disegno della valutazione', 'Risultati delle azioni', 'Conclusioni']) await run('sections', 'add', file, title)
  await run('sdg', 'adopt', file, '5.4', '8.5', '8.6', '10.2')
  const add = (...args: string[]) => run('register', 'add', file, ...args)
  activityIds = [
    (await add('--date', '2024-03-12', '--action', 'OR', '--kind', 'formazione', '--title', 'Corso di orientamento', '--area', 'Barriera di Milano',
      '--participant', 'Anna Rossi;F;Logistica Nord Ovest S.p.A.', '--participant', 'Luca Bianchi;M;Logistica Nord Ovest S.p.A.', '--participant', 'Sara Verdi;F;')).id,
    (await add('--date', '2024-04-02', '--action', 'OR', '--kind', 'consulenza', '--title', 'Colloqui individuali', '--area', 'Aurora',
      '--participant', 'Anna Rossi;F;Logistica Nord Ovest S.p.A.', '--participant', 'Marco Neri;M;')).id,
    (await add('--date', '2024-05-20', '--action', 'CO', '--kind', 'incontro', '--title', 'Incontro con i genitori', '--area', 'Vanchiglia',
      '--participant', 'Sara Verdi;F;', '--participant', 'Giulia Costa;F;Panificio Dora S.r.l.', '--participant', 'Paolo Gallo;NB;')).id,
    (await add('--date', '2024-06-10', '--action', 'CO', '--kind', 'webinar', '--title', 'Webinar sui congedi', '--participants', '40', '--women', '25', '--men', '15')).id
  ]
  const indicators = path.join(tmp.dir, 'indicatori.json')
  fs.writeFileSync(
    indicators,
    JSON.stringify([
      { code: 'R1', name: 'Attività realizzate', section: 2, sdgs: [{ goal: 8, targets: ['8.5'] }], baseline: 0, baselineYear: 2023, target: 10, targetYear: 2025,
        milestone: 4, milestoneYear: 2024, unit: 'attività', responsible: 'Cooperativa Sociale Il Faro',
        spec: { source: 'register', measure: 'activities' }, disaggregations: [{ by: 'action' }] },
      { code: 'R2', name: 'Persone raggiunte', section: 2, sdgs: [{ goal: 5, targets: ['5.4'] }], baseline: 0, target: 8, direction: 'increase',
        spec: { source: 'register', measure: 'persons' }, disaggregations: [{ by: 'gender' }] }
    ])
  )
  await run('indicators', 'add', file, indicators)
  const tables = path.join(tmp.dir, 'tabelle.json')
  fs.writeFileSync(
    tables,
    JSON.stringify([
      { section: 2, title: 'Attività per azione', spec: { rows: 'indicators', indicators: ['R1'], by: 'action' }, chart: { type: 'bar' } },
      { section: 2, title: 'Persone raggiunte per genere', spec: { rows: 'indicators', indicators: ['R2'], by: 'gender' }, chart: { type: 'bar' } }
    ])
  )
  await run('tables', 'add', file, tables)
}, 120_000)

describe('an evaluation of a programme that is not MIRE, through the CLI alone', () => {
  it('has the structure that was set up', async () => {
    expect((await run('actions', 'list', file)).actions.map((a: { code: string; sdgs: string[] }) => [a.code, a.sdgs])).toEqual([['OR', ['8.5']], ['CO', ['5.4']]])
    expect((await run('areas', 'list', file)).areas).toEqual(['Barriera di Milano', 'Aurora', 'Vanchiglia'])
    const orgs = (await run('organisations', 'list', file)).organisations
    expect(orgs.map((o: { name: string; type: string; actions: string[] }) => [o.type, o.actions.join(',')])).toEqual([
      ['promoter', 'OR,CO'], ['partner', 'CO'], ['partner', 'OR'], ['company', 'OR,CO'], ['company', 'CO']
    ])
    expect((await run('sections', 'list', file)).sections.map((s: { number: number; title: string }) => `${s.number}. ${s.title}`)).toEqual([
      '1. Contesto e disegno della valutazione', '2. Risultati delle azioni', '3. Conclusioni'
    ])
    expect((await run('sdg', 'targets', file)).adopted).toEqual(['5.4', '8.5', '8.6', '10.2'])
    expect((await run('info', file)).name).toBe('RETI Torino')
  })

  it('counts persons once and participations per activity (hand-computed)', async () => {
    // Persons: Anna, Luca, Sara, Marco, Giulia, Paolo = 6. Participations: 3 + 2 + 3 = 8.
    const all = await run('register', 'persons', file)
    expect(all).toMatchObject({ persons: 6, participations: 8, activitiesWithoutList: 1 })
    const gender = await run('register', 'persons', file, '--by', 'gender')
    expect(gender.breakdown.map((b: { group: string; persons: number }) => [b.group, b.persons])).toEqual([['F', 3], ['M', 2], ['NB', 1]])
    // Sara attended both actions: once in each group, once overall.
    const action = await run('register', 'persons', file, '--by', 'action')
    expect(action.breakdown.map((b: { group: string; persons: number }) => [b.group, b.persons])).toEqual([['OR', 4], ['CO', 3]])
    const type = await run('register', 'persons', file, '--by', 'organisationType')
    expect(type.breakdown.map((b: { group: string; persons: number }) => [b.group, b.persons])).toEqual([['company', 3], ['', 3]])
    const it = await cli('register', 'persons', file, '--by', 'gender', '--locale', 'it')
    expect(it.stdout).toMatch(/^6 persone raggiunte, 8 partecipazioni\n\s+Donne\s+3\s+5\n/)
    const list = await run('register', 'list', file)
    expect(list.activities.map((a: { participants: number; women: number; men: number; listed: number }) => [a.participants, a.women, a.men, a.listed])).toEqual([
      [3, 2, 1, 3], [2, 1, 1, 2], [3, 2, 0, 3], [40, 25, 15, 0]
    ])
  })

  it('computes the indicators with their metadata and achievement', async () => {
    const r = Object.fromEntries((await run('indicators', file)).indicators.map((i: { code: string }) => [i.code, i]))
    expect(r.R1).toMatchObject({ status: 'ok', value: 4, n: 4, target: 10, baseline: 0, achievement: 'progress' })
    expect(r.R1.breakdown.map((b: { group: string; value: number }) => [b.group, b.value])).toEqual([['Orientamento al lavoro', 2], ['Conciliazione famiglia-lavoro', 2]])
    expect(r.R2).toMatchObject({ status: 'ok', value: 6, n: 6, missing: 1, achievement: 'progress' })
    // The report's language is Italian unless asked (the groups are translated values).
    expect(r.R2.breakdown.map((b: { group: string; value: number }) => [b.group, b.value])).toEqual([['Donne', 3], ['Uomini', 2], ['Persone non binarie', 1]])
    const tables = (await run('tables', 'list', file)).tables
    expect(tables.map((t: { label: string; title: string }) => `${t.label} ${t.title}`)).toEqual(['2.1 Attività per azione', '2.2 Persone raggiunte per genere'])
    expect(tables[1].rows[0].cells.slice(0, 4).map((c: { value: number }) => c.value)).toEqual([6, 3, 2, 1])
  })

  it('exports the workbook with the figures, the indicator metadata and the translated groups', async () => {
    const out = path.join(tmp.dir, 'rapporto.xlsx')
    const r = await run('export', file, '--out', out)
    expect(r.tables).toBe(2)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const ind = wb.worksheets.find((w) => w.name === 'Indicatori')!
    const header = (ind.getRow(1).values as unknown[]).slice(1)
    const row = (code: string) => {
      for (let i = 2; i <= ind.rowCount; i++) if (ind.getCell(i, 1).value === code) return (ind.getRow(i).values as unknown[]).slice(1)
      throw new Error(code)
    }
    const col = (name: string) => header.indexOf(name)
    expect(row('R1')[col('Valore')]).toBe(4)
    expect(row('R1')[col('Anno baseline')]).toBe(2023)
    expect(row('R1')[col('Milestone')]).toBe(4)
    expect(row('R1')[col('Anno target')]).toBe(2025)
    expect(row('R1')[col('Direzione')]).toBe('aumentare')
    expect(row('R1')[col('% raggiungimento')]).toBeCloseTo(0.4, 10)
    expect(row('R1')[col('Responsabile')]).toBe('Cooperativa Sociale Il Faro')
    expect(row('R2')[col('Valore')]).toBe(6)
    const section = wb.worksheets.find((w) => w.name.startsWith('2 '))!
    const cells: unknown[] = []
    section.eachRow((r) => r.eachCell((c) => cells.push(c.value)))
    expect(cells).toContain('Donne')
    expect(cells).toContain('Persone non binarie')
    const reg = wb.worksheets.find((w) => w.name === 'Registro attività')!
    expect((reg.getRow(1).values as unknown[]).slice(1)).toEqual(['Data', 'Azione', 'Tipo', 'Titolo', 'Organizzatore', 'Partecipanti', 'Donne', 'Uomini', 'Organizzazioni', 'Modalità', 'Zona'])
    expect((reg.getRow(2).values as unknown[]).slice(1).filter((v) => typeof v === 'string')).toEqual(['OR', 'Formazione', 'Corso di orientamento', '', 'Barriera di Milano'])
  })

  it('refuses bad input with a message naming the field or row, and leaves the file as it was', async () => {
    const before = hash()
    const fails = async (argv: string[], message: RegExp) => {
      const r = await cli(...argv)
      expect(r.code, argv.join(' ')).toBe(1)
      expect(r.stderr).toMatch(message)
      expect(r.stderr.split('\n')).toHaveLength(2)
    }
    await fails(['actions', 'add', file, 'OR', '--name', 'Doppione'], /An action with code "OR" already exists \("Orientamento al lavoro"\): action codes must be unique\./)
    const noName = path.join(tmp.dir, 'senza-nome.csv')
    fs.writeFileSync(noName, 'Tipo;Settore;Zona\nimpresa;Edilizia;Aurora\n')
    await fails(['organisations', 'import', file, noName], /senza-nome\.csv: no column Nome \/ Name in the header row 1 \(found: Tipo, Settore and Zona\)\./)
    const base = ['register', 'add', file, '--date', '2024-07-01', '--action', 'CO', '--kind', 'incontro', '--title', 'Nuovo incontro']
    await fails([...base, '--participant', 'Elena Riva;X;'], /Participant list, row 1 \(Elena Riva\): gender "X" is not in the programme’s list \(F, M and NB\)\./)
    await fails([...base, '--participants', '5', '--area', 'Municipio 5'],
      /Activity "Nuovo incontro": area "Municipio 5" is not defined for this programme \(areas: Barriera di Milano, Aurora and Vanchiglia\)\./)
    await fails(['sdg', 'adopt', file, '18.1'], /"18\.1": there is no Sustainable Development Goal 18/)
    await fails([...base, '--participant', ';F;'], /--participant ";F;": write NAME;GENDER;ORGANISATION/)
    await fails(['sections', 'move', file, 'Conclusioni', '--to', 'primo'], /--to must be a whole number, not "primo"/)
    const itMsg = await cli(...base, '--participant', 'Elena Riva;X;', '--locale', 'it')
    expect(itMsg.stderr).toBe('esiti: Elenco dei partecipanti, riga 1 (Elena Riva): il genere «X» non è nell’elenco del programma (F, M e NB).\n')
    expect(hash()).toBe(before)
  })

  it('undoes the register back to where it was, one logged change at a time', async () => {
    const h = (await run('history', file)).operations.map((o: { kind: string }) => o.kind)
    expect(h.slice(0, 4)).toEqual(['tables.create', 'indicators.create', 'register.create', 'register.create'])
    await run('undo', file)
    await run('undo', file)
    expect((await run('register', 'persons', file)).persons).toBe(6)
    await run('redo', file)
    expect(activityIds).toHaveLength(4)
  })
})
