import { englishText } from '../../../src/shared/messages'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { CellKind, detectLayout, inspectWorkbook, readSheet, type SheetGrid, type WorkbookInfo } from '../../../src/main/services/io/sheet/index'
import { CORPUS, cellKind, cellNum, cellText, gridRows } from './helpers'
import { columnTexts } from '../../../src/main/services/io/sheet/types'

type Read = { info: WorkbookInfo; grid: SheetGrid }
const path = (name: string): string => join(CORPUS, name)
const read = (name: string, sheet?: string): Promise<Read> => readSheet(path(name), { sheet })

/** Column texts of rows [from, to) of column c. */
const column = (g: SheetGrid, c: number, from = 0, to = g.rowCount): (string | null)[] => gridRows(g).slice(from, to).map((r) => r[c])

/** What each held-out file must give (MANIFEST.txt says why each file is there). */
const checks: Record<string, (r: Read) => void | Promise<void>> = {
  'sheetjs__1904__1900.xlsx': async ({ info, grid }) => {
    expect(info.date1904).toBe(false)
    // Column B is a date cell, column C the text Excel computed from it: they must agree.
    expect(column(grid, 1)).toEqual(column(grid, 2))
    expect(cellKind(grid, 4, 1)).toBe(CellKind.Date)
  },
  'sheetjs__1904__1904.xlsx': async ({ info, grid }) => {
    expect(info.date1904).toBe(true)
    expect(column(grid, 1)).toEqual(column(grid, 2))
    expect(column(grid, 1)).toEqual(['1904-01-02', '1904-01-12', '1904-04-21', '1907-01-16', '1934-06-03'])
    expect(cellNum(grid, 0, 1)).toBe(1 + 1462)
    const other = (await read('sheetjs__1904__1900.xlsx')).grid
    // Same serial numbers, different systems: the 1904 dates are 1462 days later.
    expect(column(other, 0)).toEqual(column(grid, 0))
    expect(cellNum(grid, 4, 1) - cellNum(other, 4, 1)).toBe(1462)
  },
  // ODS keeps ISO dates: the 1904 workbook's dates read as the same days without an offset.
  'sheetjs__1904__1904.ods': ({ info, grid }) => {
    expect(info.format).toBe('ods')
    expect(column(grid, 1)).toEqual(['1904-01-02', '1904-01-12', '1904-04-21', '1907-01-16', '1934-06-03'])
  },
  'sheetjs__merge_cells.ods': ({ info, grid }) => {
    expect(info.format).toBe('ods')
    expect(grid.merges.length).toBe(5)
  },
  'exceljs__missing-bits.xlsx': () => {
    throw new Error('must be refused')
  },
  'sheetjs__DataTypesFormats.xlsx': ({ grid }) => {
    expect([cellKind(grid, 0, 1), cellText(grid, 0, 1)]).toEqual([CellKind.Date, '2020-07-23'])
    expect(cellText(grid, 1, 1)).toBe('2020-07-23T09:00:00')
    expect([cellKind(grid, 2, 1), cellText(grid, 2, 1), cellNum(grid, 2, 1)]).toEqual([CellKind.Number, '123.0', 123])
    expect(cellNum(grid, 3, 1)).toBe(0.9876)
  },
  'sheetjs__Attendance.xlsx': async ({ grid }) => {
    const csv = (await read('sheetjs__Attendance.csv')).grid
    expect(grid.rowCount).toBe(csv.rowCount + 1) // the xlsx starts at row 2
    for (let r = 0; r < csv.rowCount; r++)
      for (let c = 1; c < 9; c++) expect([r, c, cellText(grid, r + 1, c)]).toEqual([r, c, cellText(csv, r, c)])
    // Dates: ISO in the workbook, Excel's display text ("10/1") in the CSV baseline.
    for (let r = 1; r < csv.rowCount - 1; r++) {
      expect(cellKind(grid, r + 1, 0)).toBe(CellKind.Date)
      const [, m, d] = (cellText(grid, r + 1, 0) ?? '').split('-').map(Number)
      expect(`${m}/${d}`).toBe(cellText(csv, r, 0))
    }
    expect(cellText(grid, csv.rowCount, 0)).toBe('Total')
    expect(detectLayout(grid).totalRows).toEqual([csv.rowCount])
  },
  'sheetjs__Attendance.csv': ({ info, grid }) => {
    expect([info.format, info.delimiter, info.encoding]).toEqual(['csv', ',', 'utf-8'])
    expect([grid.rowCount, grid.colCount]).toEqual([25, 9])
    expect(cellText(grid, 0, 1)).toBe('Ben \nAshley')
    expect(detectLayout(grid).headerRows).toEqual([0])
  },
  'sheetjs__minimal_112.xlsx': ({ grid }) => {
    expect(gridRows(grid)).toEqual([
      ['Sheet', 'JS'],
      ['123', '1.23'],
      ['TRUE', '0.123']
    ])
  },
  'sheetjs__LONumbers.xlsx': ({ info, grid }) => {
    expect(info.date1904).toBe(false)
    expect([grid.rowCount, grid.colCount]).toEqual([38, 10])
    expect(column(grid, 0, 0, 3)).toEqual(['General', 'GENERAL', 'YY'])
    expect([cellKind(grid, 0, 8), cellNum(grid, 0, 8)]).toEqual([CellKind.Number, -1234.5678])
    expect([cellKind(grid, 2, 3), cellText(grid, 2, 3)]).toEqual([CellKind.Date, '1900-01-12T07:12:00'])
  },
  'sheetjs__merge_cells.xlsx': ({ grid }) => {
    expect(grid.merges).toHaveLength(5)
    expect(grid.merges).toContainEqual({ r0: 0, c0: 0, r1: 1, c1: 1 })
    expect(detectLayout(grid).columns.length).toBeGreaterThan(0)
  },
  'sheetjs__formula_stress_test.xlsx': async ({ info, grid }) => {
    expect(info.sheets).toHaveLength(10)
    expect(grid.name).toBe('Database')
    const logical = (await read('sheetjs__formula_stress_test.xlsx', 'Logical')).grid
    expect([cellKind(logical, 5, 2), cellText(logical, 5, 2)]).toEqual([CellKind.Boolean, 'TRUE'])
    expect([cellKind(logical, 10, 1), cellNum(logical, 10, 1)]).toEqual([CellKind.Number, 123])
    expect([cellKind(logical, 11, 2), cellText(logical, 11, 2)]).toEqual([CellKind.Error, '#DIV/0!'])
  },
  'sheetjs__rich_text_stress.xlsx': ({ grid }) => {
    expect(column(grid, 1, 0, 4)).toEqual([
      'this text is normal, sure enough',
      'this text is bold, sure enough',
      'this text is italicized sure enough',
      'this text is underlined, sure enough'
    ])
  },
  'sheetjs__large_strings.xlsx': async ({ info, grid }) => {
    expect(info.sheets.map((s) => s.name)).toEqual(['Large Strings', 'Simple', 'longwordslist'])
    expect([grid.rowCount, grid.colCount]).toEqual([9999, 17])
    expect(cellText(grid, 1, 0)).toBe('aa')
    const longest = Math.max(...columnTexts(grid.columns[0]).map((t) => t?.length ?? 0))
    expect(longest).toBe(9999)
    expect((await read('sheetjs__large_strings.xlsx', 'longwordslist')).grid.rowCount).toBe(17619)
  },
  'sheetjs__xlsx-stream-d-date-cell.xlsx': ({ grid }) => {
    expect(gridRows(grid)[0]).toEqual(['String', 'てすと', '&\'";<>', '&amp;'])
    expect([cellKind(grid, 4, 1), cellText(grid, 4, 1)]).toEqual([CellKind.Date, '2014-02-14T08:27:49'])
    expect(cellNum(grid, 2, 3)).toBe(1.23456789e22)
    expect(cellText(grid, 10, 1)).toBe('String1')
  },
  'sheetjs__ErrorTypes.xlsx': ({ grid }) => {
    expect(column(grid, 0, 1, 8)).toEqual(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'])
    for (let r = 1; r < 8; r++) expect(cellKind(grid, r, 0)).toBe(CellKind.Error)
    // Look-alike text stays text.
    expect([cellKind(grid, 1, 2), cellText(grid, 1, 2)]).toEqual([CellKind.Text, '#NULL?'])
  },
  'sheetjs__hyperlink_stress_test_2011.xlsx': ({ grid }) => {
    expect(column(grid, 0)).toContain('http://www.sheetjs.com')
    expect(grid.columns[0].kind.every((k) => k === CellKind.Text)).toBe(true)
  },
  'sheetjs__freeze.xlsx': async ({ info, grid }) => {
    expect(info.sheets.map((s) => s.name)).toEqual(['B2', 'B3', 'A2', 'B1'])
    expect(grid.name).toBe('B2')
    expect(gridRows((await read('sheetjs__freeze.xlsx', 'B3')).grid)).toEqual([['B3']])
    expect((await read('sheetjs__freeze.xlsx', 'B1')).grid.rowCount).toBe(0)
  },
  'sheetjs__artifacts__wps__write.xlsx': ({ grid }) => {
    expect(gridRows(grid)).toEqual([
      ['1', '2', '3', null],
      ['TRUE', 'FALSE', null, 'sheetjs'],
      ['foo', 'bar', '2014-02-19', '0.3'],
      ['baz', null, 'qux', null]
    ])
  },
  'sheetjs__crlf__crlf.xlsx': async ({ grid }) => {
    expect(gridRows(grid)).toEqual([
      ['Normal', 'abc\ndef'],
      ['Formula', 'abc\r\ndef'],
      ['Test', null]
    ])
    expect(gridRows((await read('sheetjs__crlf__crlf.csv')).grid)).toEqual(gridRows(grid))
  },
  'sheetjs__crlf__crlf.csv': ({ info, grid }) => {
    expect(info.encoding).toBe('utf-8')
    expect(cellText(grid, 0, 0)).toBe('Normal') // BOM stripped
    expect(cellText(grid, 1, 1)).toBe('abc\r\ndef')
  },
  'sheetjs__sheet_visibility.xlsx': ({ info, grid }) => {
    expect(info.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Visible', 'visible'],
      ['Hidden', 'hidden'],
      ['VeryHidden', 'veryHidden']
    ])
    expect(grid.name).toBe('Visible')
  },
  'sheetjs__issue.xlsx': ({ grid }) => {
    expect(grid.merges).toHaveLength(30)
    expect([grid.rowCount, grid.colCount]).toEqual([44, 21])
    const layout = detectLayout(grid)
    expect(layout.dataEnd).toBeLessThan(grid.rowCount)
  },
  'exceljs__hidden-test__google-sheets.xlsx': ({ grid }) => {
    expect(gridRows(grid)[0]).toEqual(['BEGIN', 'HIDDEN', 'VISIBLE'])
  },
  'exceljs__hidden-test__libre-calc-as-office-open-xml-spreadsheet.xlsx': ({ grid }) => {
    expect(gridRows(grid)[0]).toEqual(['BEGIN', 'HIDDEN', 'VISIBLE'])
  },
  'exceljs__test-issue-1842.xlsx': ({ grid }) => {
    expect([grid.rowCount, grid.colCount]).toEqual([0, 0])
    expect(grid.warnings.map(englishText)).toContain('No sheet of the workbook contains data')
    expect(detectLayout(grid).warnings.map(englishText)).toEqual(['The sheet is empty'])
  },
  'exceljs__test-pr-1220.xlsx': ({ info, grid }) => {
    expect(info.sheets.map((s) => s.name)).toEqual(['Sheet', 'KA lijst'])
    expect(grid.name).toBe('KA lijst')
    expect([grid.rowCount, grid.colCount]).toEqual([341, 25])
    expect(cellText(grid, 0, 0)).toBe('AP')
    expect(detectLayout(grid).headerRows).toEqual([0])
  },
  'exceljs__test-issue-877.xlsx': ({ info, grid }) => {
    expect(info.sheets.map((s) => s.name)).toContain('Leiterprüfung')
    expect(info.sheets.filter((s) => s.state === 'hidden')).toHaveLength(4)
    // The only visible sheet holds no values, so a hidden sheet with data is proposed, with a warning.
    expect(grid.name).toBe('Ersatzteilliste')
    expect(grid.warnings.some((w) => englishText(w).includes('Every visible sheet is empty'))).toBe(true)
  },
  'exceljs__dateIssue.xlsx': ({ grid }) => {
    expect([cellKind(grid, 1, 0), cellText(grid, 1, 0)]).toEqual([CellKind.Date, '2020-11-20'])
  },
  'exceljs__test-issue-991.csv': ({ grid }) => {
    expect(column(grid, 0)).toEqual(['2019-11-04', '11-04-2019', '2019-11-04T10:17:55', '00210PRG1', '1234-5thisisnotadate'])
    expect(grid.columns[0].kind.every((k) => k === CellKind.Text)).toBe(true)
  }
}

const refused: Record<string, [string, RegExp]> = {
  'exceljs__missing-bits.xlsx': ['CORRUPT_FILE', /workbook part \(xl\/workbook\.xml\) is missing/]
}

const files = readdirSync(CORPUS).filter((f) => f !== 'MANIFEST.txt')

describe('held-out spreadsheet corpus', () => {
  it('has a check for every file', () => {
    expect(files.sort()).toEqual(Object.keys(checks).sort())
  })

  it.each(files)('%s', async (name) => {
    if (refused[name]) {
      const [code, message] = refused[name]
      for (const run of [() => readSheet(path(name)), () => inspectWorkbook(path(name))]) {
        const err = await run().then(
          () => null,
          (e: unknown) => e
        )
        expect(err).toBeInstanceOf(EsitiError)
        expect((err as EsitiError).code).toBe(code)
        expect((err as EsitiError).message).toMatch(message)
        expect((err as EsitiError).message).not.toContain('\n')
      }
      return
    }
    const result = await readSheet(path(name))
    expect(result.grid.columns).toHaveLength(result.grid.colCount)
    expect(result.grid.columns.every((c) => c.kind.length === result.grid.rowCount)).toBe(true)
    expect((await inspectWorkbook(path(name))).sheets.length).toBe(result.info.sheets.length)
    detectLayout(result.grid)
    await checks[name](result)
  })
})
