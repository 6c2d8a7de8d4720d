import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { englishText } from '../../../src/shared/messages'
import { undo } from '../../../src/main/db/op-log'
import { addAttribute, caseGrid, deleteAttribute, setCaseValues, updateAttribute } from '../../../src/main/services/coding/attributes'
import { importCaseAttributes } from '../../../src/main/services/coding/attribute-import'
import { readTable } from '../../../src/main/services/io/table'
import { createCase, deleteCase, listCaseSegments, addCaseSegment, setSourceCase, updateCase } from '../../../src/main/services/coding/cases'
import { tableSnapshot, tempProject, writeFile, type TempProject } from '../transcripts/support/project'
import { seedSmall, TEXT_B, type Small } from './fixture'
import path from 'node:path'

let t: TempProject
let s: Small
beforeEach(async () => {
  t = await tempProject('Giulia')
  s = seedSmall(t.ctx)
})
afterEach(() => t.close())

describe('cases and attributes', () => {
  it('keeps typed values in a cases × attributes grid', () => {
    const role = addAttribute(t.ctx, { name: 'Ruolo', type: 'category', choices: ['HR'] })
    const age = addAttribute(t.ctx, { name: 'Età', type: 'number' })
    const since = addAttribute(t.ctx, { name: 'Dal', type: 'date' })
    const mum = addAttribute(t.ctx, { name: 'Genitore', type: 'boolean' })
    setCaseValues(t.ctx, [
      { caseId: s.cases.anna, attributeId: role.id, value: 'Dipendente' },
      { caseId: s.cases.anna, attributeId: age.id, value: '41,5' },
      { caseId: s.cases.anna, attributeId: since.id, value: '3/9/2021' },
      { caseId: s.cases.anna, attributeId: mum.id, value: 'Sì' }
    ])
    const g = caseGrid(t.ctx)
    expect(g.attributes.map((a) => a.name)).toEqual(['Ruolo', 'Età', 'Dal', 'Genitore'])
    expect(g.attributes[0].choices).toEqual(['HR', 'Dipendente'])
    const anna = g.cases.find((c) => c.id === s.cases.anna)!
    expect(anna.values).toEqual({ [role.id]: 'Dipendente', [age.id]: '41.5', [since.id]: '2021-09-03', [mum.id]: 'true' })
    expect(anna).toMatchObject({ sources: 1, name: 'Anna' })
    expect(() => setCaseValues(t.ctx, [{ caseId: s.cases.bruno, attributeId: age.id, value: 'quaranta' }])).toThrow(/not a number/)
    expect(g.cases.find((c) => c.id === s.cases.bruno)!.values[age.id]).toBeNull()
    undo(t.project, 'x')
    expect(caseGrid(t.ctx).cases.find((c) => c.id === s.cases.anna)!.values[age.id]).toBeNull()
  })

  it('retypes an attribute only when its values fit', () => {
    const a = addAttribute(t.ctx, { name: 'Dipendenti', type: 'text' })
    setCaseValues(t.ctx, [{ caseId: s.cases.anna, attributeId: a.id, value: '120' }])
    expect(updateAttribute(t.ctx, a.id, { type: 'number' }).type).toBe('number')
    setCaseValues(t.ctx, [{ caseId: s.cases.bruno, attributeId: a.id, value: '7' }])
    expect(() => updateAttribute(t.ctx, a.id, { type: 'boolean' })).toThrow(EsitiError)
    deleteAttribute(t.ctx, a.id)
    expect(caseGrid(t.ctx).attributes).toEqual([])
  })

  it('renames, links, segments and deletes cases (sources stay)', () => {
    updateCase(t.ctx, s.cases.anna, { name: 'Anna Neri', kind: 'person', description: 'HR' })
    expect(() => updateCase(t.ctx, s.cases.bruno, { name: 'Anna Neri' })).toThrow(/already exists/)
    setSourceCase(t.ctx, s.sources.b, s.cases.anna)
    const seg = addCaseSegment(t.ctx, { caseId: s.cases.bruno, sourceId: s.sources.b, start: 0, end: 5 })
    expect(seg.text).toBe(TEXT_B.slice(0, 5))
    expect(listCaseSegments(t.ctx, { sourceId: s.sources.b })).toHaveLength(1)
    deleteCase(t.ctx, s.cases.anna)
    expect((t.project.sqlite.prepare('SELECT COUNT(*) n FROM sources WHERE case_id IS NULL').get() as { n: number }).n).toBe(2)
    undo(t.project, 'x')
    expect(caseGrid(t.ctx).cases.find((c) => c.name === 'Anna Neri')!.sources).toBe(2)
    expect(createCase(t.ctx, { name: '  Carla   Bianchi ' })).toBeTruthy()
    expect(caseGrid(t.ctx).cases.map((c) => c.name)).toContain('Carla Bianchi')
  })

  it('imports attributes from xlsx, inferring types and creating cases', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Casi')
    ws.addRow(['Caso', 'Ruolo', 'Età', 'Municipio', 'Genitore', 'Note'])
    ws.addRow(['Anna', 'HR', 41, 5, 'sì', 'prima nota'])
    ws.addRow(['Bruno', 'Dipendente', 35, 7, 'no', 'seconda'])
    ws.addRow(['Dario', 'HR', 52, 5, 'no', 'terza'])
    ws.addRow([null, 'x'])
    const file = path.join(t.dir, 'casi.xlsx')
    await wb.xlsx.writeFile(file)
    const r = await importCaseAttributes(t.ctx, file)
    expect(r).toMatchObject({ casesCreated: 1, casesUpdated: 2, attributesCreated: ['Ruolo', 'Età', 'Municipio', 'Genitore', 'Note'], values: 15 })
    expect(englishText(r.warnings[0])).toMatch(/Row 5 has no case name/)
    const g = caseGrid(t.ctx)
    expect(g.attributes.map((a) => `${a.name}:${a.type}`)).toEqual(['Ruolo:category', 'Età:number', 'Municipio:number', 'Genitore:boolean', 'Note:text'])
    const dario = g.cases.find((c) => c.name === 'Dario')!
    expect(Object.values(dario.values)).toEqual(['HR', '52', '5', 'false', 'terza'])
  })

  it('imports CSV and adds nothing when a value does not fit its attribute', async () => {
    addAttribute(t.ctx, { name: 'Età', type: 'number' })
    const good = writeFile(t.dir, 'ok.csv', 'Nome;Età;Municipio\n"Anna";41;"Municipio 5"\nBruno;35;"Municipio ""7"""\n')
    const r = await importCaseAttributes(t.ctx, good)
    expect(r.attributesCreated).toEqual(['Municipio'])
    const g = caseGrid(t.ctx)
    const mun = g.attributes.find((a) => a.name === 'Municipio')!
    expect(g.cases.find((c) => c.name === 'Bruno')!.values[mun.id]).toBe('Municipio "7"')
    const snapshot = tableSnapshot(t.project, 'case_values')
    const bad = writeFile(t.dir, 'bad.csv', 'Nome,Età,Nuovo\nAnna,40,x\nBruno,trentacinque,y\n')
    await expect(importCaseAttributes(t.ctx, bad)).rejects.toThrow(/bad\.csv, row 3: "Età" is a number attribute/)
    expect(tableSnapshot(t.project, 'case_values')).toEqual(snapshot)
    expect(caseGrid(t.ctx).attributes.map((a) => a.name)).toEqual(['Età', 'Municipio'])
    const quoted = await readTable(writeFile(t.dir, 'q.csv', 'a,b\n"x, y",2\r\n'))
    expect([quoted.header, ...quoted.rows.map((r) => r.cells)]).toEqual([['a', 'b'], ['x, y', '2']])
  })
})
