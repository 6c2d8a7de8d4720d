import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createIndicators } from '../../../src/main/services/indicators/indicator-service'
import { exportReport } from '../../../src/main/services/report/excel-export'
import { createTables } from '../../../src/main/services/report/table-service'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'
import { memFrame } from '../indicators/mem-frame'
import { tempProject, type TempProject } from '../indicators/helpers'

/*
 * Bad input for the report: numbers that are not finite, a questionnaire with waves exported with
 * its data, and exports that fail half-way. None may leave a half-written file or a temporary one.
 */

let t: TempProject
const frame = memFrame('Costi', [
  { name: 'gruppo', label: 'Gruppo', values: ['A', 'A', 'B', 'B', 'B'] },
  // a ratio computed elsewhere and pasted in: one division by zero came through as infinity
  { name: 'rapporto', label: 'Rapporto costo/beneficio', values: [1.5, 2, Infinity, 3, 2.5] },
  { name: 'costo', label: 'Costo', values: [10, 12, 9, 11, 14] }
])
const frames = () => frame

beforeAll(async () => {
  t = await tempProject({ programme: true })
  createIndicators(t.ctx, [
    { code: 'K1', name: 'Rapporto medio', kind: 'outcome', section: 1, spec: { source: 'survey', dataset: 'Costi', statistic: 'mean', variable: 'rapporto' }, disaggregations: [{ by: 'gruppo' }] },
    { code: 'K2', name: 'Costo medio', kind: 'outcome', section: 1, spec: { source: 'survey', dataset: 'Costi', statistic: 'mean', variable: 'costo' }, disaggregations: [{ by: 'gruppo' }] }
  ])
  createTables(t.ctx, [{ section: 1, title: 'Costi per gruppo', spec: { rows: 'indicators', indicators: ['K1', 'K2'], by: 'gruppo' }, chart: { type: 'bar' } }])
})
afterAll(() => t.close())

const sheetXml = (file: string): string =>
  Object.entries(unzipSync(new Uint8Array(fs.readFileSync(file))))
    .filter(([name]) => /^xl\/(worksheets\/sheet\d+|charts\/chart\d+)\.xml$/.test(name))
    .map(([, data]) => strFromU8(data))
    .join('\n')

describe('numbers that are not finite', () => {
  it('are empty cells with a note, never <v>Infinity</v>', async () => {
    const out = path.join(t.dir, 'costi.xlsx')
    await exportReport(t.ctx, { out, frames, now: new Date('2026-03-01T10:00:00Z') })
    const xml = sheetXml(out)
    expect(xml).not.toMatch(/<v>[^<]*(Infinity|NaN)[^<]*<\/v>/)
    expect(xml).not.toMatch(/<c:v>[^<]*(Infinity|NaN)/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const ws = wb.worksheets.find((w) => w.name.startsWith('1 '))!
    const lines: string[] = []
    let k1: ExcelJS.Row | undefined
    ws.eachRow((row) => {
      const v = String(row.getCell(1).value ?? '')
      lines.push(v)
      if (v.startsWith('K1 – ') && !k1) k1 = row
    })
    // total and group B hold the infinity: empty; group A is a number
    expect(k1!.getCell(2).value).toBeNull()
    expect(k1!.getCell(3).value).toBe(1.75)
    expect(k1!.getCell(4).value).toBeNull()
    expect(lines.some((l) => /2 valori non sono numeri finiti.*le celle restano vuote/.test(l))).toBe(true)
    const ind = wb.getWorksheet('Indicatori')!
    ind.eachRow((row) => {
      if (row.getCell(1).value === 'K1') expect(row.getCell(6).value).toBeNull()
    })
  })

  it('in the data sheet, are empty cells that say what the data held', async () => {
    const { writeData } = await import('../../../src/main/services/report/xlsx-data')
    const { bookText } = await import('../../../src/main/services/report/xlsx-book')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Dati')
    const model = { frames } as unknown as Parameters<typeof writeData>[2]
    writeData(ws, { name: 'Costi' } as Parameters<typeof writeData>[1], model, 'Dati_1', bookText('it', 'Prova'), { policy: 'keep', marked: () => new Set(), pseudonym: null })
    const file = path.join(t.dir, 'dati.xlsx')
    await wb.xlsx.writeFile(file)
    expect(sheetXml(file)).not.toMatch(/Infinity/)
    const back = new ExcelJS.Workbook()
    await back.xlsx.readFile(file)
    expect(back.getWorksheet('Dati')!.getCell('B4').value).toBeNull()
    expect(back.getWorksheet('Dati')!.getCell('B5').value).toBe(3)
    // exceljs writes notes but does not read them back: the comments part holds it, on B4
    const parts = unzipSync(new Uint8Array(fs.readFileSync(file)))
    const comments = strFromU8(parts[Object.keys(parts).find((f) => /^xl\/comments\d*\.xml$/.test(f))!])
    expect(comments).toMatch(/<comment ref="B4"[^>]*>.*Infinity, non un numero finito/s)
    expect(comments).toMatch(/<comment ref="A1"[^>]*>.*1 valore di questo foglio non è un numero finito/s)
  })
})

describe('an export with the data of a questionnaire with waves', () => {
  const tmp = tempDir('esiti-withdata-')
  afterAll(() => tmp.cleanup())
  it('writes one data sheet per questionnaire, its waves included, on the untouched demo', async () => {
    const demo = path.join(tmp.dir, 'demo.esiti')
    expect((await cli('new', demo, '--demo', '--json')).code).toBe(0)
    const out = path.join(tmp.dir, 'con-dati.xlsx')
    const r = await cli('export', demo, '--out', out, '--with-data', '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const data = wb.worksheets.filter((w) => w.name.startsWith('Dati – '))
    expect(data.map((w) => w.name).sort()).toEqual(['Dati – Aziende', 'Dati – Dipendenti'])
    const dip = wb.getWorksheet('Dati – Dipendenti')!
    const header = (dip.getRow(1).values as unknown[]).map(String)
    const wave = header.indexOf('wave')
    const waves = new Set<string>()
    dip.eachRow((row, k) => k > 1 && waves.add(String(row.getCell(wave).value)))
    expect([...waves].sort()).toEqual(['2021', '2023'])
  }, 120_000)
})

describe('a failed export', () => {
  it('leaves neither the files nor a temporary file when the Word target is unusable', async () => {
    const dir = fs.mkdtempSync(path.join(t.dir, 'fail-'))
    const out = path.join(dir, 'r.xlsx')
    fs.mkdirSync(path.join(dir, 'r.docx'))
    await expect(exportReport(t.ctx, { out, docx: path.join(dir, 'r.docx'), frames })).rejects.toThrow(/is a folder/)
    await expect(exportReport(t.ctx, { out, docx: path.join(dir, 'missing', 'r.docx'), frames })).rejects.toThrow(/folder does not exist/)
    expect(fs.readdirSync(dir)).toEqual(['r.docx'])
  })

  it('takes back the files already in place when a later one cannot be moved, and restores what they replaced', async () => {
    const dir = fs.mkdtempSync(path.join(t.dir, 'fail-'))
    const out = path.join(dir, 'r.xlsx')
    const docx = path.join(dir, 'r.docx')
    fs.writeFileSync(out, 'the previous report')
    fs.writeFileSync(docx, 'the previous Word report')
    const csv = path.join(dir, 'csv')
    // Files are written in a private staging folder, then moved into place: the workbook, the Word
    // report, then the new csv/ folder whole. The third move fails (as when another program holds it).
    const staging = path.join(os.tmpdir(), 'esiti-out-')
    const rename = fs.renameSync
    let calls = 0
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(from).startsWith(staging) && ++calls === 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' })
      return rename(from, to)
    })
    try {
      await expect(exportReport(t.ctx, { out, docx, csvDir: csv, frames })).rejects.toThrow(/open in another program/)
    } finally {
      spy.mockRestore()
    }
    expect(calls).toBe(3)
    expect(fs.readFileSync(out, 'utf8')).toBe('the previous report')
    expect(fs.readFileSync(docx, 'utf8')).toBe('the previous Word report')
    // No csv/ folder, no hidden temporary or second name left beside the files.
    expect(fs.readdirSync(dir).sort()).toEqual(['r.docx', 'r.xlsx'])
    // and a folder where a file must go is refused before anything is written
    fs.mkdirSync(csv)
    fs.mkdirSync(path.join(csv, 'Indicatori.csv'))
    await expect(exportReport(t.ctx, { out, csvDir: csv, frames })).rejects.toThrow(/is a folder/)
    expect(fs.readFileSync(out, 'utf8')).toBe('the previous report')
    expect(fs.readdirSync(csv)).toEqual(['Indicatori.csv'])
  })
})
