import { afterAll, describe, expect, it } from 'vitest'
import { writeBigQuestionnaireXlsx } from '../../../src/main/services/io/sheet/generate-big-xlsx'
import { CellKind, detectLayout, inspectWorkbook, readSheet } from '../../../src/main/services/io/sheet/index'
import { cellText, tempDir } from './helpers'
import { columnTexts } from '../../../src/main/services/io/sheet/types'

const tmp = tempDir()
afterAll(() => tmp.cleanup())

describe('writeBigQuestionnaireXlsx', () => {
  it('writes a questionnaire-shaped workbook that reads back with the right shape and kinds', async () => {
    const file = tmp.file('big.xlsx')
    const bytes = await writeBigQuestionnaireXlsx(file, 500, 30)
    expect(bytes).toBeGreaterThan(10_000)
    const info = await inspectWorkbook(file)
    expect(info.sheets).toEqual([{ name: 'Risposte del modulo 1', index: 0, state: 'visible', dimension: 'A1:AD501' }])
    const { grid } = await readSheet(file)
    expect([grid.rowCount, grid.colCount]).toEqual([501, 30])
    expect(grid.warnings).toEqual([])
    const kindsOf = (c: number): Set<number> => new Set(grid.columns[c].kind.subarray(1))
    expect(kindsOf(0)).toEqual(new Set([CellKind.Date]))
    expect(kindsOf(1)).toEqual(new Set([CellKind.Number]))
    expect(kindsOf(2)).toEqual(new Set([CellKind.Text, CellKind.Empty]))
    expect(kindsOf(4)).toEqual(new Set([CellKind.Date, CellKind.Empty]))
    expect(cellText(grid, 1, 1)).toBe('1000')
    expect(cellText(grid, 1, 0)).toMatch(/^2023-01-01T\d\d:\d\d:\d\d$/)
    const layout = detectLayout(grid)
    expect(layout.headerRows).toEqual([0])
    expect([layout.dataStart, layout.dataEnd]).toEqual([1, 500])
    expect(layout.columns.slice(0, 4).map((c) => c.name)).toEqual(['informazioni_cronologiche', 'id_risposta', 'genere', 'età'])
    // Deterministic: the same call writes the same bytes.
    const again = tmp.file('again.xlsx')
    await writeBigQuestionnaireXlsx(again, 500, 30)
    expect(columnTexts((await readSheet(again)).grid.columns[6])).toEqual(columnTexts(grid.columns[6]))
  })
})
