import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undo } from '../../../src/main/db/op-log'
import { EsitiError } from '../../../src/shared/errors'
import {
  createActivity,
  deleteActivities,
  listActivities,
  registerGrid,
  updateActivity
} from '../../../src/main/services/register/register-service'
import { importRegister } from '../../../src/main/services/register/register-import'
import { count, tempProject, type TempProject } from './helpers'
import type { ImportRowError } from '../../../src/shared/ipc/indicators'
import { formatMessage, type Msg } from '../../../src/shared/messages'

let t: TempProject
beforeEach(async () => {
  t = await tempProject({ programme: true })
})
afterEach(() => t.close())

const base = {
  date: '2022-03-15',
  action: 'CWF',
  kind: 'sportello' as const,
  title: 'Sportello welfare di prova',
  organiser: 'Consorzio Welfare Insieme',
  participants: 12,
  women: 7,
  men: 5,
  organisations: ['Forno San Siro S.n.c.', 'Farmacia Vigentina Dott. Bassi'],
  mode: 'presenza' as const,
  area: 'Municipio 5'
}

async function errorOf(fn: () => unknown): Promise<EsitiError> {
  try {
    await fn()
  } catch (e) {
    return e as EsitiError
  }
  throw new Error('expected an error')
}

describe('register service', () => {
  it('creates, reads back, updates and deletes an activity, each undoable', async () => {
    const before = count(t.ctx, 'activities')
    const a = createActivity(t.ctx, base)
    expect(a.actionCode).toBe('CWF')
    expect(a.organiser).toBe('Consorzio Welfare Insieme')
    expect(a.organisations.map((o) => o.name).sort()).toEqual(['Farmacia Vigentina Dott. Bassi', 'Forno San Siro S.n.c.'])
    expect(count(t.ctx, 'activities')).toBe(before + 1)

    const u = updateActivity(t.ctx, a.id, { participants: 20, organisations: ['Forno San Siro S.n.c.'] })
    expect(u.participants).toBe(20)
    expect(u.women).toBe(7)
    expect(u.organisations.map((o) => o.name)).toEqual(['Forno San Siro S.n.c.'])

    undo(t.ctx.project, 'tester')
    const back = listActivities(t.ctx, { id: a.id })[0]
    expect(back.participants).toBe(12)
    expect(back.organisations).toHaveLength(2)

    expect(deleteActivities(t.ctx, [a.id])).toEqual({ deleted: 1 })
    expect(count(t.ctx, 'activities')).toBe(before)
    undo(t.ctx.project, 'tester')
    expect(listActivities(t.ctx, { id: a.id })[0].organisations).toHaveLength(2)
  })

  it('rejects dates outside the programme period, bad gender split and unknown references', async () => {
    const n = count(t.ctx, 'activities')
    expect((await errorOf(() => createActivity(t.ctx, { ...base, date: '2019-12-01' }))).message).toMatch(/before the programme start \(2020-09-01\)/)
    expect((await errorOf(() => createActivity(t.ctx, { ...base, date: '2023-07-01' }))).message).toMatch(/after the programme end/)
    expect((await errorOf(() => createActivity(t.ctx, { ...base, date: '2022-02-30' }))).message).toMatch(/not a real date/)
    const split = await errorOf(() => createActivity(t.ctx, { ...base, women: 10, men: 5 }))
    expect(split.code).toBe('INVALID_INPUT')
    expect(split.message).toMatch(/women \+ men \+ other \(15\) exceed the participants \(12\)/)
    expect((await errorOf(() => createActivity(t.ctx, { ...base, action: 'XX' }))).message).toMatch(/action "XX" does not exist/)
    expect((await errorOf(() => createActivity(t.ctx, { ...base, organisations: ['Nessuno Srl'] }))).message).toMatch(/organisation "Nessuno Srl" is not known/)
    expect((await errorOf(() => createActivity(t.ctx, { ...base, kind: 'party' }))).message).toMatch(/activity kind "party" is not in the programme’s list/)
    expect(count(t.ctx, 'activities')).toBe(n)
  })

  it('builds the grid DTO with totals', () => {
    const g = registerGrid(t.ctx, { action: 'SW' })
    expect(g.actions.map((a) => a.code)).toEqual(['SW', 'CW', 'CWF'])
    expect(g.rows.length).toBeGreaterThan(5)
    expect(g.rows.every((r) => r.actionCode === 'SW')).toBe(true)
    expect(g.totals.participants).toBe(g.rows.reduce((s, r) => s + r.participants, 0))
    expect(g.period).toEqual({ start: '2020-09-01', end: '2023-06-30' })
  })
})

async function writeXlsx(file: string, rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Registro')
  ws.addRow(['Data', 'Azione', 'Tipo', 'Titolo', 'Organizzatore', 'Partecipanti', 'Donne', 'Uomini', 'Organizzazioni', 'Modalità', 'Municipio'])
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(file)
}

describe('register import', () => {
  it('imports an xlsx sheet with real dates, codes and ";"-separated organisations', async () => {
    const file = path.join(t.dir, 'registro.xlsx')
    await writeXlsx(file, [
      [new Date(Date.UTC(2022, 4, 10)), 'CWF', 'Sportello', 'Sportello Gratosoglio', 'Consorzio Welfare Insieme', 9, 6, 3, 'Forno San Siro S.n.c.; Farmacia Vigentina Dott. Bassi', 'In presenza', 'Municipio 5'],
      ['11/05/2022', 'Smart working', 'webinar', 'Webinar orari', '', 40, 22, 18, '', 'online', null]
    ])
    const before = count(t.ctx, 'activities')
    const r = await importRegister(t.ctx, file)
    expect(r.imported).toBe(2)
    expect(count(t.ctx, 'activities')).toBe(before + 2)
    const [a, b] = r.activityIds.map((id) => listActivities(t.ctx, { id })[0])
    expect(a).toMatchObject({ date: '2022-05-10', actionCode: 'CWF', kind: 'sportello', mode: 'presenza', area: 'Municipio 5', participants: 9, women: 6 })
    expect(a.organisations).toHaveLength(2)
    expect(b).toMatchObject({ date: '2022-05-11', actionCode: 'SW', organiser: null, area: null })
    undo(t.ctx.project, 'tester')
    expect(count(t.ctx, 'activities')).toBe(before)
  })

  it('is all-or-nothing and reports every bad row', async () => {
    const file = path.join(t.dir, 'registro.xlsx')
    await writeXlsx(file, [
      ['2022-05-10', 'CWF', 'sportello', 'Buona', '', 9, 6, 3, '', 'presenza', 5],
      ['2018-01-01', 'CWF', 'sportello', 'Troppo presto', '', 9, 6, 3, '', 'presenza', 5],
      ['2022-05-12', 'ZZ', 'sportello', 'Azione ignota', '', 9, 8, 3, 'Ditta Fantasma', 'presenza', 5],
      ['2022-05-13', 'SW', 'webinar', 'Senza numero', '', 'molti', null, null, '', 'online', null]
    ])
    const before = count(t.ctx, 'activities')
    const e = await errorOf(() => importRegister(t.ctx, file))
    expect(e.code).toBe('INVALID_INPUT')
    expect(e.message).toMatch(/^Nothing imported from registro.xlsx: 3 of 4 rows have problems/)
    expect(e.message).not.toContain('\n')
    const rows = (e.details as ImportRowError[]).map((r) => ({ row: r.row, message: r.problems.map((p) => formatMessage(p as Msg, 'en')).join('; ') }))
    expect(rows.map((r) => r.row)).toEqual([3, 4, 5])
    expect(rows[1].message).toMatch(/action "ZZ" does not exist/)
    expect(rows[1].message).toMatch(/Ditta Fantasma/)
    expect(rows[1].message).toMatch(/exceed the participants/)
    expect(rows[2].message).toMatch(/participants "molti" is not a number/)
    expect(count(t.ctx, 'activities')).toBe(before)
  })

  it('imports a semicolon CSV with BOM and quoted fields, and names missing columns', async () => {
    const csv = path.join(t.dir, 'registro.csv')
    fs.writeFileSync(
      csv,
      '\uFEFFData;Azione;Tipo;Titolo;Organizzatore;Partecipanti;Donne;Uomini;Organizzazioni;Modalità;Municipio\r\n' +
        '03/02/2022;CW;evento;"Open day; coworking ""Barona""";Spazio Comune Barona – Impresa sociale;35;20;15;"Digitale Quinto S.r.l.;Editrice Porta Genova S.r.l.";presenza;6\r\n'
    )
    const r = await importRegister(t.ctx, csv)
    const a = listActivities(t.ctx, { id: r.activityIds[0] })[0]
    expect(a.title).toBe('Open day; coworking "Barona"')
    expect(a.date).toBe('2022-02-03')
    expect(a.organisations.map((o) => o.name).sort()).toEqual(['Digitale Quinto S.r.l.', 'Editrice Porta Genova S.r.l.'])

    const bad = path.join(t.dir, 'bad.csv')
    fs.writeFileSync(bad, 'Data,Titolo\n2022-01-01,x\n')
    expect((await errorOf(() => importRegister(t.ctx, bad))).message).toMatch(/no column Azione \/ Action, Tipo \/ Kind and Partecipanti \/ Participants in the header row 1/)
    expect((await errorOf(() => importRegister(t.ctx, path.join(t.dir, 'none.xlsx')))).code).toBe('NOT_FOUND')
  })
})
