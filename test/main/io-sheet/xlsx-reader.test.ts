import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { writeBigQuestionnaireXlsx } from '../../../src/main/services/io/sheet/generate-big-xlsx'
import { CellKind, detectLayout, inspectWorkbook, readSheet } from '../../../src/main/services/io/sheet/index'
import { cellKind, cellNum, cellText, gridRows, sheetXml, tempDir, writePackage } from './helpers'
import { writeQuestionnaireWorkbook } from './questionnaire-workbook'

const tmp = tempDir()
const q1900 = tmp.file('questionario.xlsx')
const q1904 = tmp.file('questionario-1904.xlsx')

beforeAll(async () => {
  await writeQuestionnaireWorkbook(q1900)
  await writeQuestionnaireWorkbook(q1904, { date1904: true })
})
afterAll(() => tmp.cleanup())

describe('xlsx reader on an exceljs-written questionnaire', () => {
  it('inspects sheets, visibility, dimensions and the date system without reading data', async () => {
    const info = await inspectWorkbook(q1900)
    expect(info.format).toBe('xlsx')
    expect(info.date1904).toBe(false)
    expect(info.sheets.map((s) => [s.name, s.index, s.state])).toEqual([
      ['Istruzioni', 0, 'visible'],
      ['Segreto', 1, 'hidden'],
      ['Dati', 2, 'visible'],
      ['Lookup', 3, 'veryHidden']
    ])
    expect(info.sheets[2].dimension).toBe('A1:H40')
    expect((await inspectWorkbook(q1904)).date1904).toBe(true)
  })

  it('proposes the first visible sheet that has data, skipping empty and hidden ones', async () => {
    const { info, grid } = await readSheet(q1900)
    expect(info.sheets).toHaveLength(4)
    expect(grid.name).toBe('Dati')
    // The formatted empty cell at C40 does not extend the grid.
    expect(grid.rowCount).toBe(14)
    expect(grid.colCount).toBe(8)
    expect(grid.columns.every((c) => c.kind.length === 14 && c.codes.length === 14 && c.num.length === 14)).toBe(true)
  })

  it('reads a named sheet, also hidden ones, and rejects unknown names with the list of sheets', async () => {
    const { grid } = await readSheet(q1900, { sheet: 'Segreto' })
    expect(gridRows(grid)).toEqual([['dati nascosti']])
    expect((await readSheet(q1900, { sheet: 'dati' })).grid.name).toBe('Dati')
    await expect(readSheet(q1900, { sheet: 'Nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('"Dati"') })
  })

  it('gives dates as Date cells with ISO text and 1900-system serials, identical for a 1904 workbook', async () => {
    const a = (await readSheet(q1900)).grid
    const b = (await readSheet(q1904)).grid
    for (const g of [a, b]) {
      expect(cellKind(g, 5, 1)).toBe(CellKind.Date)
      expect(cellText(g, 5, 1)).toBe('2023-02-12T19:07:17')
      expect(cellText(g, 6, 1)).toBe('2023-02-13')
      expect(cellText(g, 8, 1)).toBe('2023-03-01T08:30:00')
      expect(cellNum(g, 6, 1)).toBe(44970)
    }
    expect(cellNum(b, 5, 1)).toBeCloseTo(cellNum(a, 5, 1), 9)
  })

  it('keeps numbers with their text, booleans, errors, rich text, hyperlinks and cached formula results', async () => {
    const { grid } = await readSheet(q1900)
    expect([cellKind(grid, 5, 0), cellText(grid, 5, 0), cellNum(grid, 5, 0)]).toEqual([CellKind.Number, '1', 1])
    expect([cellKind(grid, 5, 6), cellText(grid, 5, 6), cellNum(grid, 5, 6)]).toEqual([CellKind.Boolean, 'TRUE', 1])
    expect([cellKind(grid, 5, 7), cellNum(grid, 5, 7)]).toEqual([CellKind.Boolean, 0])
    expect([cellKind(grid, 8, 3), cellText(grid, 8, 3)]).toEqual([CellKind.Error, '#N/A'])
    expect(Number.isNaN(cellNum(grid, 8, 3))).toBe(true)
    expect(cellText(grid, 6, 4)).toBe('Per niente')
    expect([cellKind(grid, 8, 5), cellText(grid, 8, 5)]).toEqual([CellKind.Text, 'Poco'])
    expect(cellText(grid, 9, 6)).toBe('sì')
    expect([cellKind(grid, 10, 6), cellNum(grid, 10, 6)]).toEqual([CellKind.Number, 2])
    expect(cellKind(grid, 7, 0)).toBe(CellKind.Empty)
    expect(cellText(grid, 7, 0)).toBeNull()
  })

  it('reports merged ranges zero-based and inclusive', async () => {
    const { grid } = await readSheet(q1900)
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { r0: 0, c0: 0, r1: 0, c1: 7 },
        { r0: 3, c0: 3, r1: 3, c1: 5 },
        { r0: 3, c0: 6, r1: 3, c1: 7 },
        { r0: 3, c0: 0, r1: 4, c1: 0 }
      ])
    )
  })

  it('finds title, two-row merged header, blank, total and note rows', async () => {
    const layout = detectLayout((await readSheet(q1900)).grid)
    expect(layout.titleRows).toEqual([0, 1])
    expect(layout.headerRows).toEqual([3, 4])
    expect([layout.dataStart, layout.dataEnd]).toEqual([5, 10])
    expect(layout.blankRows).toEqual([7])
    expect(layout.totalRows).toEqual([10])
    expect(layout.noteRows).toEqual([12, 13])
    expect(layout.emptyColumns).toEqual([])
    expect(layout.columns.map((c) => [c.name, c.label, c.group])).toEqual([
      ['id', 'ID', null],
      ['data_compilazione', 'Data compilazione', null],
      ['genere', 'Genere', null],
      ['orari', 'Soddisfazione – Orari', 'Soddisfazione'],
      ['spazi', 'Soddisfazione – Spazi', 'Soddisfazione'],
      ['personale', 'Soddisfazione – Personale', 'Soddisfazione'],
      ['coworking', 'Servizi usati – Coworking', 'Servizi usati'],
      ['smart_working', 'Servizi usati – Smart working', 'Servizi usati']
    ])
  })

  it('enforces maxCells with TOO_LARGE', async () => {
    await expect(readSheet(q1900, { maxCells: 50 })).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/^questionario\.xlsx \(sheet "[^"]+", [\d,]+ rows × \d+ columns\) has [\d,]+ cells; the limit is 50 cells\.$/) })
  })
})

describe('xlsx reader progress and cancellation', () => {
  const big = tmp.file('big.xlsx')
  beforeAll(async () => {
    await writeBigQuestionnaireXlsx(big, 8_000, 20)
  })

  it('reports compressed bytes consumed up to the total', async () => {
    const calls: [number, number][] = []
    const { grid } = await readSheet(big, { onProgress: (d, t) => calls.push([d, t]) })
    expect(grid.rowCount).toBe(8_001)
    expect(calls.length).toBeGreaterThan(1)
    const total = calls[0][1]
    expect(calls.every(([d, t]) => t === total && d <= total)).toBe(true)
    expect(calls[calls.length - 1]).toEqual([total, total])
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThanOrEqual(calls[i - 1][0])
  })

  it('stops with CANCELLED when the signal aborts, before or during the read', async () => {
    const before = new AbortController()
    before.abort()
    await expect(readSheet(big, { signal: before.signal })).rejects.toMatchObject({ code: 'CANCELLED' })
    const during = new AbortController()
    const err = await readSheet(big, { signal: during.signal, onProgress: () => during.abort() }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(EsitiError)
    expect((err as EsitiError).code).toBe('CANCELLED')
  })
})

describe('number texts', () => {
  it('keeps no text for a decimal written as its value shows it, and keeps the others as written', async () => {
    const file = tmp.file('decimals.xlsx')
    const values = ['123.45', '0.50', '-0', '-2.5', '7', '007', '1.10', '0.1']
    const body = values.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${v}</v></c></row>`).join('')
    writePackage(file, [{ name: 'Numeri', xml: sheetXml(body) }])
    const { grid } = await readSheet(file)
    const col = grid.columns[0]
    // Every cell reads back as written…
    expect(values.map((_, r) => cellText(grid, r, 0))).toEqual(values)
    // …and only the texts a value would not give back are kept.
    expect(col.strings.toArray().slice(1).sort()).toEqual(['-0', '0.50', '007', '1.10'])
    expect(values.map((_, r) => col.codes[r] === 0)).toEqual([true, false, false, true, true, false, false, true])
  })
})
