import { englishText } from '../../../src/shared/messages'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempProject } from '../../support/temp-project'
import { importSurvey, type ImportSummary } from '../../../src/main/services/survey/import/import'
import { loadDatasetFrame } from '../../../src/main/services/survey/storage/store'
import { HANDMADE_DATE, writeHandmade } from './support/handmade-sheet'

let t: Awaited<ReturnType<typeof tempProject>>
let r: ImportSummary

beforeAll(async () => {
  t = await tempProject()
  const file = path.join(t.dir, 'handmade.xlsx')
  await writeHandmade(file)
  r = await importSurvey(t.ctx, file, { dataset: 'handmade' })
})
afterAll(() => t.cleanup())

describe('a hand-made results sheet', () => {
  it('lists every sheet with hidden ones flagged and proposes the data sheet', () => {
    expect(r.sheets.map((s) => [s.name, s.state, s.selected])).toEqual([
      ['Istruzioni', 'hidden', false],
      ['Risultati', 'visible', true]
    ])
  })

  it('skips the title, reads the two-row header and labels items with their group', () => {
    expect(r.titleRows).toEqual([1])
    expect(r.headerRows).toEqual([3, 4])
    const labels = r.variables.map((v) => v.label)
    expect(labels[0]).toBe('Codice')
    expect(labels[1]).toBe('Data compilazione')
    expect(labels[2]).toContain("Quanto è d'accordo con le seguenti affermazioni?")
    expect(labels[2]).toContain('Il lavoro agile aiuta la conciliazione')
    expect(r.variables[2].group).toBe("Quanto è d'accordo con le seguenti affermazioni?")
    expect(r.variables.slice(2, 5).map((v) => v.type)).toEqual(['ordinal', 'ordinal', 'ordinal'])
  })

  it('keeps only data rows: blank row skipped, totals and the "Fonte:" note left out', () => {
    expect(r.rows).toBe(4)
    expect(r.totalRows).toEqual([10])
    expect(r.noteRows).toEqual([12])
    const frame = loadDatasetFrame(t.ctx, 'handmade')
    expect(frame.column('codice')).toEqual(['R001', 'R002', 'R003', 'R004'])
  })

  it('reads formula cells by their cached value and error cells as missing with a warning', () => {
    const frame = loadDatasetFrame(t.ctx, 'handmade')
    expect(frame.column('ore_mensili')).toEqual([144, 160, 0, 80])
    expect(frame.column('ore_settimanali')).toEqual([36, 40, null, 20])
    expect(r.warnings.some((w) => /error cell/i.test(englishText(w)) && englishText(w).includes('Ore settimanali'))).toBe(true)
  })

  it('gives the same date from a date cell, a text date and a serial number', () => {
    const frame = loadDatasetFrame(t.ctx, 'handmade')
    expect(r.variables[1].type).toBe('date')
    expect(frame.column('data_compilazione')).toEqual([HANDMADE_DATE, HANDMADE_DATE, HANDMADE_DATE, HANDMADE_DATE])
  })
})

describe('the 1904 date system', () => {
  it('reads the same dates from a 1904 workbook as from a 1900 one', async () => {
    const file = path.join(t.dir, 'handmade-1904.xlsx')
    await writeHandmade(file, { date1904: true })
    await importSurvey(t.ctx, file, { dataset: 'handmade-1904' })
    const a = loadDatasetFrame(t.ctx, 'handmade').column('data_compilazione')
    const b = loadDatasetFrame(t.ctx, 'handmade-1904').column('data_compilazione')
    // Row 3 holds a plain number (a serial typed as General): only date cells follow the 1904 system.
    expect([b[0], b[1], b[3]]).toEqual([a[0], a[1], a[3]])
  })
})
