import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { history, undo } from '../../../src/main/db/op-log'
import { addAction, addActions, listActions, removeAction, updateAction } from '../../../src/main/services/programme/actions'
import { addAreas, applyAreaPreset, listAreas, moveArea, removeArea, renameArea } from '../../../src/main/services/programme/areas'
import { getProgramme, setProgramme } from '../../../src/main/services/programme/details'
import { exportOrganisations } from '../../../src/main/services/programme/organisation-export'
import { importOrganisations } from '../../../src/main/services/programme/organisation-import'
import { addOrganisation, listOrganisations, removeOrganisations, updateOrganisation } from '../../../src/main/services/programme/organisations'
import { programmeOverview } from '../../../src/main/services/programme/programme-service'
import { adoptSdgs, adoptedCodes } from '../../../src/main/services/programme/sdg-adoption'
import { addSection, addSections, listSections, moveSection, removeSection, updateSection } from '../../../src/main/services/programme/sections'
import { createIndicators, getIndicatorDef } from '../../../src/main/services/indicators/indicator-service'
import { createActivity } from '../../../src/main/services/register/register-service'
import { EsitiError } from '../../../src/shared/errors'
import type { ImportRowError } from '../../../src/shared/ipc/indicators'
import { formatMessage, type Msg } from '../../../src/shared/messages'
import { sharedFixture } from '../../support/shared-fixtures'
import { tempProject } from '../../support/temp-project'

let t: Awaited<ReturnType<typeof tempProject>>
beforeEach(async () => {
  t = await tempProject('vuoto.esiti', 'Chiara')
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
async function asyncErrorOf(fn: () => Promise<unknown>): Promise<EsitiError> {
  try {
    await fn()
  } catch (e) {
    if (e instanceof EsitiError) return e
    throw e
  }
  throw new Error('expected an error')
}
const words = (e: EsitiError, locale: 'it' | 'en' = 'en') => formatMessage(e.msg, locale)
const rowText = (r: ImportRowError) => r.problems.map((p) => formatMessage(p as Msg, 'en')).join('; ')
const ops = () => history(t.project, 1000).length

async function sheet(file: string, header: string[], rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Elenco')
  ws.addRow(header)
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(file)
  return file
}

describe('a programme from an empty project', () => {
  it('sets the details, checks the period, and every change is logged and undoable', () => {
    expect(getProgramme(t.ctx)).toBeNull()
    const p = setProgramme(t.ctx, { name: 'RETI Torino', promoter: 'Città di Torino', periodStart: '2024-01-01', periodEnd: '2025-12-31', territory: 'Torino, Circoscrizioni 6 e 7' })
    expect(p).toMatchObject({ name: 'RETI Torino', territory: 'Torino, Circoscrizioni 6 e 7', periodEnd: '2025-12-31' })
    expect(words(errorOf(() => setProgramme(t.ctx, { periodEnd: '2023-12-31' })))).toBe('The period ends (2023-12-31) before it starts (2024-01-01).')
    expect(words(errorOf(() => setProgramme(t.ctx, { periodStart: '2024-02-30' })), 'it')).toBe('inizio: «2024-02-30» non è una data valida (AAAA-MM-GG)')
    setProgramme(t.ctx, { description: 'Rete di conciliazione' })
    expect(history(t.project).map((o) => o.kind)).toEqual(['programme.set', 'programme.set'])
    undo(t.project, 'Chiara')
    expect(getProgramme(t.ctx)!.description).toBeNull()
    undo(t.project, 'Chiara')
    expect(getProgramme(t.ctx)).toBeNull()
  })

  it('refuses a period that would leave recorded activities outside it', () => {
    setProgramme(t.ctx, { name: 'P', periodStart: '2024-01-01', periodEnd: '2024-12-31' })
    addAction(t.ctx, { code: 'A', name: 'Azione A' })
    createActivity(t.ctx, { date: '2024-03-01', action: 'A', kind: 'incontro', title: 'Uno', participants: 3 })
    createActivity(t.ctx, { date: '2024-02-01', action: 'A', kind: 'incontro', title: 'Due', participants: 3 })
    const e = errorOf(() => setProgramme(t.ctx, { periodStart: '2024-04-01' }))
    expect(e.code).toBe('CONFLICT')
    expect(words(e)).toBe('2 activities of the register are dated before 2024-04-01 (the first on 2024-02-01): move them or choose an earlier start.')
  })

  it('adds actions with unique codes, a lead partner and SDG links; refuses duplicate codes and writes nothing', () => {
    const [a, b] = addActions(t.ctx, [
      { code: 'OR', name: 'Orientamento al lavoro', periodStart: '2024-01-01', periodEnd: '2025-06-30', sdgs: ['8.5', '8'] },
      { code: 'CO', name: 'Conciliazione' }
    ])
    expect(a).toMatchObject({ code: 'OR', sdgs: ['8', '8.5'], periodEnd: '2025-06-30', activities: 0 })
    expect(b.sort).toBe(1)
    // The first action created the (unnamed) programme it belongs to.
    expect(getProgramme(t.ctx)).toMatchObject({ name: '' })
    const before = ops()
    const dup = errorOf(() => addAction(t.ctx, { code: 'or', name: 'Altro orientamento' }))
    expect(dup.code).toBe('CONFLICT')
    expect(words(dup)).toBe('An action with code "or" already exists ("Orientamento al lavoro"): action codes must be unique.')
    expect(words(errorOf(() => addActions(t.ctx, [{ code: 'X', name: 'x' }, { code: 'x', name: 'y' }])))).toMatch(/Action code "x" is given twice/)
    expect(words(errorOf(() => addAction(t.ctx, { code: 'A B', name: 'x' })))).toMatch(/may not contain spaces/)
    expect(words(errorOf(() => addAction(t.ctx, { code: 'Z', name: 'z', sdgs: ['18.1'] })))).toMatch(/no Sustainable Development Goal 18/)
    expect(ops()).toBe(before)
    expect(listActions(t.ctx).map((x) => x.code)).toEqual(['OR', 'CO'])

    addOrganisation(t.ctx, { name: 'Cooperativa Il Faro', kind: 'partner' })
    expect(updateAction(t.ctx, 'CO', { lead: 'cooperativa il faro', name: 'Conciliazione famiglia-lavoro' })).toMatchObject({ lead: 'Cooperativa Il Faro', name: 'Conciliazione famiglia-lavoro' })
    expect(words(errorOf(() => updateAction(t.ctx, 'CO', { lead: 'Nessuno' })))).toMatch(/organisation "Nessuno" is not in the programme/)
    createActivity(t.ctx, { date: '2024-03-01', action: 'OR', kind: 'incontro', title: 'Primo incontro', participants: 3 })
    expect(words(errorOf(() => removeAction(t.ctx, 'OR')))).toBe('Action OR has 1 activity in the register: delete it or move it to another action first.')
    removeAction(t.ctx, 'CO')
    expect(listActions(t.ctx).map((x) => x.code)).toEqual(['OR'])
    undo(t.project, 'Chiara')
    expect(listActions(t.ctx).find((x) => x.code === 'CO')).toMatchObject({ lead: 'Cooperativa Il Faro' })
  })

  it("defines areas from a preset (Rome's 15 municipi) or a free list, never Milan's by default", () => {
    expect(listAreas(t.ctx)).toEqual([])
    const rome = applyAreaPreset(t.ctx, 'roma-municipi')
    expect(rome.map((a) => a.name)).toEqual([
      'Municipio I', 'Municipio II', 'Municipio III', 'Municipio IV', 'Municipio V', 'Municipio VI', 'Municipio VII', 'Municipio VIII',
      'Municipio IX', 'Municipio X', 'Municipio XI', 'Municipio XII', 'Municipio XIII', 'Municipio XIV', 'Municipio XV'
    ])
    expect(words(errorOf(() => applyAreaPreset(t.ctx, 'roma-municipi')))).toBe('Area "Municipio I" already exists.')
    undo(t.project, 'Chiara')
    addAreas(t.ctx, ['Barriera di Milano', 'Aurora', 'Vanchiglia'])
    expect(words(errorOf(() => addAreas(t.ctx, ['Borgo Po', 'borgo  po'])))).toBe('Area "borgo po" is given twice.')
    expect(moveArea(t.ctx, 'Vanchiglia', 0).map((a) => a.name)).toEqual(['Vanchiglia', 'Barriera di Milano', 'Aurora'])
    expect(listAreas(t.ctx)).toHaveLength(3)
  })

  it('renames an area with the indicators that filter on it, and refuses to remove one in use', () => {
    addAreas(t.ctx, ['Aurora', 'Vanchiglia'])
    addAction(t.ctx, { code: 'OR', name: 'Orientamento' })
    createIndicators(t.ctx, [{ code: 'I1', name: 'Attività ad Aurora', spec: { source: 'register', measure: 'activities', areas: ['Aurora'] } }])
    renameArea(t.ctx, 'aurora', 'Aurora – Borgo Dora')
    expect(getIndicatorDef(t.ctx, 'I1').spec).toMatchObject({ areas: ['Aurora – Borgo Dora'] })
    expect(words(errorOf(() => removeArea(t.ctx, 'Aurora – Borgo Dora')))).toMatch(/used by the filter of indicator I1/)
    createActivity(t.ctx, { date: '2024-03-01', action: 'OR', kind: 'incontro', title: 'A Vanchiglia', participants: 3, area: 'Vanchiglia' })
    expect(words(errorOf(() => removeArea(t.ctx, 'Vanchiglia')))).toBe('Area "Vanchiglia" is used by 1 activities and 0 organisations: it cannot be removed.')
    const e = errorOf(() => createActivity(t.ctx, { date: '2024-03-01', action: 'OR', kind: 'incontro', title: 'Altrove', participants: 3, area: 'Municipio 5' }))
    expect(words(e)).toBe('Activity "Altrove": area "Municipio 5" is not defined for this programme (areas: Aurora – Borgo Dora and Vanchiglia).')
    expect(words(e, 'it')).toBe('Attività «Altrove»: la zona «Municipio 5» non è definita per questo programma (zone: Aurora – Borgo Dora e Vanchiglia).')
    // An old JSON file that still names municipio 5 gets the area "Municipio 5", which this programme does not have: said, not dropped.
    expect(words(errorOf(() => createIndicators(t.ctx, [{ code: 'I2', name: 'x', spec: { source: 'register', measure: 'activities', municipi: [5] } as never }])))).toBe(
      'Indicator I2: area "Municipio 5" is not defined for this programme (Aurora – Borgo Dora and Vanchiglia).'
    )
    undo(t.project, 'Chiara')
    undo(t.project, 'Chiara')
    expect(getIndicatorDef(t.ctx, 'I1').spec).toMatchObject({ areas: ['Aurora'] })
  })

  it('keeps report sections ordered: add, rename, move and remove renumber them and undo restores', () => {
    addSections(t.ctx, [{ title: 'Contesto' }, { title: 'Risultati' }, { title: 'Conclusioni' }])
    expect(addSection(t.ctx, { title: 'Allegati', titleEn: 'Annexes' })).toMatchObject({ number: 4, titleEn: 'Annexes' })
    expect(words(errorOf(() => addSection(t.ctx, { title: 'risultati' })))).toBe('A report section "risultati" already exists.')
    updateSection(t.ctx, '2', { title: 'Risultati delle azioni' })
    expect(moveSection(t.ctx, 'Allegati', 1).map((s) => `${s.number} ${s.title}`)).toEqual(['1 Allegati', '2 Contesto', '3 Risultati delle azioni', '4 Conclusioni'])
    expect(words(errorOf(() => moveSection(t.ctx, 'Allegati', 9)))).toBe('Position 9 is outside the sections (1–4).')
    expect(removeSection(t.ctx, '1').map((s) => `${s.number} ${s.title}`)).toEqual(['1 Contesto', '2 Risultati delle azioni', '3 Conclusioni'])
    undo(t.project, 'Chiara')
    undo(t.project, 'Chiara')
    expect(listSections(t.ctx).map((s) => `${s.number} ${s.title}`)).toEqual(['1 Contesto', '2 Risultati delle azioni', '3 Conclusioni', '4 Allegati'])
    expect(words(errorOf(() => updateSection(t.ctx, '7', { title: 'x' })))).toBe('Report section "7" not found (the report has 4 sections).')
  })
})

describe('organisations', () => {
  beforeEach(() => {
    addActions(t.ctx, [{ code: 'OR', name: 'Orientamento' }, { code: 'CO', name: 'Conciliazione' }])
    addAreas(t.ctx, ['Barriera di Milano', 'Aurora', 'Vanchiglia'])
  })

  it('adds, edits and removes organisations with their actions and join dates', () => {
    const o = addOrganisation(t.ctx, {
      name: 'Logistica Nord Ovest S.p.A.',
      kind: 'company',
      sector: 'Logistica',
      sizeClass: 'media',
      area: 'barriera di milano',
      actions: [{ action: 'OR', joinedOn: '2024-02-01' }, { action: 'co' }]
    })
    expect(o).toMatchObject({ kind: 'company', area: 'Barriera di Milano', actions: ['OR', 'CO'], joined: [{ action: 'OR', joinedOn: '2024-02-01' }, { action: 'CO', joinedOn: null }] })
    expect(words(errorOf(() => addOrganisation(t.ctx, { name: 'logistica nord ovest s.p.a.', kind: 'company' })))).toBe('Organisation "logistica nord ovest s.p.a." already exists.')
    expect(words(errorOf(() => addOrganisation(t.ctx, { name: 'X', kind: 'company', area: 'Mirafiori' })))).toMatch(/area "Mirafiori" is not defined for this programme/)
    const u = updateOrganisation(t.ctx, o.id, { actions: [{ action: 'CO', joinedOn: '2024-05-01' }], sizeClass: 'grande' })
    expect(u).toMatchObject({ actions: ['CO'], joined: [{ action: 'CO', joinedOn: '2024-05-01' }], sizeClass: 'grande' })
    createActivity(t.ctx, { date: '2024-03-01', action: 'OR', kind: 'incontro', title: 'Visita', participants: 3, organisations: [o.name] })
    expect(words(errorOf(() => removeOrganisations(t.ctx, [o.name])))).toMatch(/is named once in the register/)
  })

  it('imports a sheet with Italian headers, all or nothing, and exports it back the same', async () => {
    const file = await sheet(path.join(t.dir, 'organizzazioni.xlsx'), ['Nome', 'Tipo', 'Settore', 'Dimensione', 'Zona', 'Azioni', 'Data adesione'], [
      ['Città di Torino – Servizi sociali', 'Promotore', 'Pubblica amministrazione', null, null, 'OR; CO', null],
      ['Cooperativa Sociale Il Faro', 'partner', 'Servizi sociali', null, 'Barriera di Milano', 'OR', new Date(Date.UTC(2024, 0, 15))],
      ['Associazione Mamme al Lavoro APS', 'Partner', 'Terzo settore', null, 'Vanchiglia', 'CO', null],
      ['Panificio Dora S.r.l.', 'Impresa', 'Alimentare', 'micro', 'Aurora', 'CO', '02/03/2024'],
      ['Logistica Nord Ovest S.p.A.', 'impresa', 'Logistica', 'Media', 'Barriera di Milano', 'OR;CO', null]
    ])
    const r = await importOrganisations(t.ctx, file)
    expect(r.imported).toBe(5)
    expect(r.columns.map((c) => c.header)).toEqual(['Nome', 'Tipo', 'Settore', 'Dimensione', 'Zona', 'Azioni', 'Data adesione'])
    const orgs = listOrganisations(t.ctx)
    expect(orgs.map((o) => [o.name, o.kind, o.area, o.actions.join('+')])).toEqual([
      ['Città di Torino – Servizi sociali', 'promoter', null, 'OR+CO'],
      ['Associazione Mamme al Lavoro APS', 'partner', 'Vanchiglia', 'CO'],
      ['Cooperativa Sociale Il Faro', 'partner', 'Barriera di Milano', 'OR'],
      ['Logistica Nord Ovest S.p.A.', 'company', 'Barriera di Milano', 'OR+CO'],
      ['Panificio Dora S.r.l.', 'company', 'Aurora', 'CO']
    ])
    expect(orgs.find((o) => o.name.startsWith('Panificio'))!.joined).toEqual([{ action: 'CO', joinedOn: '2024-03-02', role: null }])
    expect(orgs.find((o) => o.name.startsWith('Cooperativa'))!.joined[0].joinedOn).toBe('2024-01-15')

    // English export, then into an empty project with the same actions and areas: the same list.
    const out = path.join(t.dir, 'organisations.xlsx')
    expect(await exportOrganisations(t.ctx, out, 'en')).toEqual({ file: out, rows: 5 })
    const other = await tempProject('altro.esiti')
    try {
      addActions(other.ctx, [{ code: 'OR', name: 'Orientamento' }, { code: 'CO', name: 'Conciliazione' }])
      addAreas(other.ctx, ['Barriera di Milano', 'Aurora', 'Vanchiglia'])
      const back = await importOrganisations(other.ctx, out)
      expect(back.columns.map((c) => c.header)).toContain('Type')
      const strip = (list: typeof orgs) => list.map(({ id: _id, areaId: _a, ...o }) => ({ ...o, joined: o.joined.map((j) => ({ ...j, joinedOn: j.joinedOn })) }))
      expect(strip(listOrganisations(other.ctx))).toEqual(strip(orgs))
      const csv = path.join(t.dir, 'organizzazioni.csv')
      await exportOrganisations(t.ctx, csv, 'it')
      const text = fs.readFileSync(csv, 'utf8')
      expect(text.startsWith('\uFEFFNome;Tipo;Tipologia;Settore;Dimensione;Addetti;Zona;Azioni;Data adesione;Note\r\n')).toBe(true)
      expect(text).toContain('Panificio Dora S.r.l.;Impresa;;Alimentare;micro;;Aurora;CO;2024-03-02;\r\n')
    } finally {
      other.cleanup()
    }
  })

  it('refuses a file whose name column is missing, naming the columns it found; nothing written', async () => {
    const file = await sheet(path.join(t.dir, 'senza-nome.xlsx'), ['Ragione', 'Tipo', 'Zona'], [['Panificio Dora', 'impresa', 'Aurora']])
    const before = ops()
    const e = await asyncErrorOf(() => importOrganisations(t.ctx, file))
    expect(words(e)).toBe('senza-nome.xlsx: no column Nome / Name in the header row 1 (found: Ragione, Tipo and Zona).')
    expect(words(e, 'it')).toBe('senza-nome.xlsx: manca la colonna Nome / Name nella riga di intestazione 1 (trovate: Ragione, Tipo e Zona).')
    expect(ops()).toBe(before)
    // A real attendance grid from another producer (names across the header) is not an organisation list.
    const grid = await asyncErrorOf(() => importOrganisations(t.ctx, sharedFixture('xlsx-corpus', 'sheetjs__Attendance.csv')))
    expect(words(grid)).toMatch(/^sheetjs__Attendance\.csv: no column Nome \/ Name and Tipo \/ Type in the header row 1 \(found: Date, Ben Ashley/)
  })

  it('reports every bad row with its number and reason, duplicates included, and imports nothing', async () => {
    addOrganisation(t.ctx, { name: 'Cooperativa Sociale Il Faro', kind: 'partner' })
    const file = await sheet(path.join(t.dir, 'english.xlsx'), ['Name', 'Type', 'Size', 'Area', 'Actions', 'Employees'], [
      ['Panificio Dora S.r.l.', 'company', 'small', 'Aurora', 'CO', 6],
      ['Cooperativa sociale il faro', 'partner', null, null, null, null],
      ['Panificio Dora S.R.L.', 'company', null, null, null, null],
      ['Bar Centrale', 'shop', 'huge', 'Mirafiori', 'XX', 'dodici'],
      [null, 'company', null, null, null, null]
    ])
    const before = ops()
    const e = await asyncErrorOf(() => importOrganisations(t.ctx, file))
    expect(words(e)).toBe('Nothing imported from english.xlsx: 4 of 5 rows have problems. The first, row 3: "Cooperativa sociale il faro" is already in the project.')
    const rows = e.details as ImportRowError[]
    expect(rows.map((r) => r.row)).toEqual([3, 4, 5, 6])
    expect(rowText(rows[1])).toBe('"Panificio Dora S.R.L." is already on row 2 of this file')
    expect(rowText(rows[2])).toBe(
      'type "shop" is not one of promotore, partner, impresa, altro (promoter, partner, company, other); size "huge" is not one of micro, piccola, media, grande (micro, small, medium, large); employees "dodici" is not a number'
    )
    expect(rowText(rows[3])).toBe('the name is empty')
    expect(ops()).toBe(before)
    expect(listOrganisations(t.ctx)).toHaveLength(1)
  })
})

describe('the programme overview', () => {
  it('brings details, actions, areas, organisations, adopted SDGs and sections together', () => {
    setProgramme(t.ctx, { name: 'RETI Torino' })
    addAction(t.ctx, { code: 'OR', name: 'Orientamento' })
    addAreas(t.ctx, ['Aurora'])
    addSection(t.ctx, { title: 'Contesto' })
    adoptSdgs(t.ctx, ['8.5', '5.4', '5'])
    const o = programmeOverview(t.ctx)
    expect(adoptedCodes(t.ctx)).toEqual(['5', '5.4', '8.5'])
    expect(o.sdgs.map((g) => [g.number, g.targets.map((x) => x.code)])).toEqual([[5, ['5.4']], [8, ['8.5']]])
    expect(o.sdgs[0]).toMatchObject({ title: 'Parità di genere', titleEn: 'Gender Equality', color: '#FF3A21' })
    expect(o).toMatchObject({ programme: { name: 'RETI Torino' }, isTemplate: false })
    expect([o.actions.length, o.areas.length, o.sections.length, o.organisations.length]).toEqual([1, 1, 1, 0])
  })
})
