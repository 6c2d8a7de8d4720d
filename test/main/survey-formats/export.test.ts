import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'
import { readSheet } from '../../../src/main/services/io/sheet'
import { cellText } from '../../../src/main/services/io/sheet/types'
import { parseCsv, pspp } from './tools'

/**
 * The demo's employee questionnaire (two waves, a multiple-response set, Likert items, dates, an
 * e-mail identifier, a 35-step recipe) leaves Esiti as .sav, .csv and .xlsx. The .sav is read back by
 * GNU PSPP and by Esiti's own reader and compared with the CSV, which a separate writer produced.
 */
let dir: string
let cleanup: () => void
let project: string
let csvRows: string[][]

const out = (name: string): string => path.join(dir, name)

/** PSPP's CSV of labels → the CSV export's spelling: 1/0 for options, ISO dates, numbers as numbers. */
function normalisePspp(cell: string): string {
  const t = cell.trim()
  if (t === 'Selected') return '1'
  if (t === 'Not selected') return '0'
  const dt = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}:\d{2}:\d{2}))?$/.exec(t)
  if (dt) return `${dt[3]}-${dt[1]}-${dt[2]}${dt[4] ? `T${dt[4]}` : ''}`
  return t
}

const same = (a: string, b: string): boolean => a === b || (a !== '' && b !== '' && Number(a) === Number(b))

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir())
  project = out('demo.esiti')
  expect((await cli('new', project, '--demo', '--json')).code).toBe(0)
  const c = await cli('survey', 'export', project, '--dataset', 'Dipendenti', '--out', out('d.csv'), '--identifiers', 'keep', '--json')
  expect(c.code, c.stderr).toBe(0)
  csvRows = parseCsv(fs.readFileSync(out('d.csv'), 'utf8'))
}, 180_000)
afterAll(() => cleanup())

describe('survey export', () => {
  it('.sav round trip through GNU PSPP: the same rows, values and labels as the CSV export', async () => {
    const r = await cli('survey', 'export', project, '--dataset', 'Dipendenti', '--out', out('d.sav'), '--identifiers', 'keep', '--json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.json).toMatchObject({ rows: csvRows.length - 1, format: 'sav' })
    const dict = pspp(
      dir,
      `GET FILE='${out('d.sav')}'.
DISPLAY DICTIONARY.
MRSETS /DISPLAY NAME=ALL.
SAVE TRANSLATE /OUTFILE='${out('pspp.csv')}' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.
`
    )
    // Labels, levels, user-missing values and the set, as PSPP reports them.
    expect(dict).toMatch(/Preferisco non/)
    expect(dict).toMatch(/Ordinal/)
    expect(dict).toMatch(/User-missing value/)
    expect(dict).toMatch(/\$servizi_welfare/)
    expect(dict).toMatch(/DATETIME20/)
    const back = parseCsv(fs.readFileSync(out('pspp.csv'), 'utf8'))
    expect(back[0]).toEqual(csvRows[0])
    expect(back.length).toBe(csvRows.length)
    const diffs: string[] = []
    for (let i = 1; i < back.length; i++)
      for (let j = 0; j < back[0].length; j++) {
        const a = normalisePspp(back[i][j] ?? '')
        const b = csvRows[i][j] ?? ''
        if (!same(a, b) && diffs.length < 5) diffs.push(`row ${i} ${back[0][j]}: PSPP "${a}" vs CSV "${b}"`)
      }
    expect(diffs).toEqual([])
  }, 120_000)

  it('.sav read back by Esiti: value labels give the CSV texts', async () => {
    const { grid, dictionary } = await readSheet(out('d.sav'))
    const names = dictionary!.variables.map((v) => v.name)
    expect(names).toEqual(csvRows[0])
    let checked = 0
    dictionary!.variables.forEach((v, c) => {
      const col = grid.columns[c]
      for (let i = 1; i < csvRows.length; i++) {
        const expected = csvRows[i][c] ?? ''
        const k = col.kind[i]
        let got = k === 0 ? '' : (cellText(col, i) ?? '')
        if (k === 2 && v.valueLabels.length && !names[c].startsWith('servizi_welfare_')) got = v.valueLabels.find((l) => l.value === col.num[i])?.label ?? got
        if (!same(got, expected)) throw new Error(`${v.name} row ${i}: "${got}" vs "${expected}"`)
        checked++
      }
    })
    expect(checked).toBe((csvRows.length - 1) * csvRows[0].length)
  })

  it('.xlsx: numbers as numbers, dates as dates, a dictionary sheet with the recipe steps', async () => {
    const r = await cli('survey', 'export', project, '--dataset', 'Dipendenti', '--out', out('d.xlsx'), '--locale', 'it', '--json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.json.omitted).toEqual(['email'])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out('d.xlsx'))
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Dati', 'Dizionario'])
    const data = wb.getWorksheet('Dati')!
    const header = (data.getRow(1).values as unknown[]).slice(1)
    expect(header).not.toContain('email')
    expect(data.rowCount).toBe(csvRows.length)
    const row2 = data.getRow(2)
    expect(row2.getCell(header.indexOf('data_compilazione') + 1).value).toBeInstanceOf(Date)
    expect(typeof row2.getCell(header.indexOf('eta') + 1).value).toBe('number')
    const dict = wb.getWorksheet('Dizionario')!
    expect((dict.getRow(1).values as unknown[]).slice(1)).toEqual(['Nome', 'Etichetta', 'Tipo', 'Ruolo', 'Colonne nei dati', 'Valori', 'Codici mancanti', 'Passi della ricetta che l’hanno modificata', 'Nota'])
    const rows = dict.getSheetValues().slice(2) as unknown[][]
    const email = rows.find((x) => x[1] === 'email')!
    expect(String(email[9])).toMatch(/escluso/)
    expect(rows.some((x) => /^#\d+ /.test(String(x[8] ?? '')))).toBe(true)
  })

  it('.csv Excel-Italian: BOM, semicolons, decimal comma, dd/mm/yyyy dates', async () => {
    const r = await cli('survey', 'export', project, '--dataset', 'Aziende', '--out', out('a.csv'), '--dialect', 'excel-it', '--json')
    expect(r.code, r.stderr).toBe(0)
    const text = fs.readFileSync(out('a.csv'), 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(text, ';')
    expect(rows[0].length).toBeGreaterThan(3)
    expect(rows.slice(1).every((x) => x.length === rows[0].length)).toBe(true)
    expect(text).not.toMatch(/\d\.\d/)
  })

  it('survey dictionary writes the dictionary alone; a bad extension is named', async () => {
    const r = await cli('survey', 'dictionary', project, '--dataset', 'Dipendenti', '--out', out('dict.xlsx'), '--json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.json).toMatchObject({ file: out('dict.xlsx'), variables: 19 })
    const bad = await cli('survey', 'export', project, '--dataset', 'Dipendenti', '--out', out('d.pdf'))
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/\.xlsx, \.csv or \.sav/)
    expect(fs.existsSync(out('d.pdf'))).toBe(false)
  })

  it('survey recipe prints the JSON survey apply accepts, with or without --json', async () => {
    const printed = await cli('survey', 'recipe', project, '--dataset', 'Dipendenti')
    expect(printed.code).toBe(0)
    fs.writeFileSync(out('recipe.json'), printed.stdout)
    const applied = await cli('survey', 'apply', project, '--dataset', 'Aziende', '--recipe', out('recipe.json'), '--json')
    // Applying another dataset's recipe is refused or partial, never a JSON parse error.
    expect(applied.stderr).not.toMatch(/not valid JSON/)
    const same = await cli('survey', 'apply', project, '--dataset', 'Dipendenti', '--recipe', out('recipe.json'), '--json')
    expect(same.code, same.stderr).toBe(0)
    expect(same.json.rows).toBe(csvRows.length - 1)
  })
})
