import { basename } from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import { throwIfCancelled } from '../cancel'
import { inspectCsv, readCsv } from './csv-reader'
import { sniffFileKind } from './file-kind'
import type { ReadOptions, SheetGrid, WorkbookInfo } from './types'
import { XlsxBook } from './xlsx-book'
import { XlsBook } from './xls/xls-book'
import { inspectOds, proposalWarning, readOds } from './ods/ods-book'
import { inspectSav, readSav, type SavDictionary } from './sav'
import { msg } from '../../../../shared/messages'

export { CellKind, cellText, columnTexts } from './types'
export type { ColumnCells, LayoutColumn, ReadOptions, SheetFormat, SheetGrid, SheetInfo, TableLayout, WorkbookInfo } from './types'
export type { SavDictionary, SavMrSet, SavVariable } from './sav'
export { excelSerialToIso, isoToExcelSerial } from './excel-date'
export { detectLayout } from './layout/detect-layout'
export { columnLetter } from './layout/column-names'

/** Sheet list, visibility, date system (and for CSV: encoding, delimiter) without reading the data. */
export async function inspectWorkbook(file: string): Promise<WorkbookInfo> {
  const { kind, size } = await sniffFileKind(file)
  if (kind === 'csv') return inspectCsv(file, size)
  if (kind === 'sav') return inspectSav(file, size)
  if (kind === 'ods') return inspectOds(file)
  if (kind === 'xls') return (await XlsBook.open(file, size)).info
  const book = await XlsxBook.open(file)
  try {
    await book.peekDimensions()
    return book.info
  } finally {
    book.close()
  }
}

function pickByName(info: WorkbookInfo, wanted: string, file: string): number {
  const exact = info.sheets.find((s) => s.name === wanted)
  const loose = exact ?? info.sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase())
  if (loose) return loose.index
  const names = info.sheets.map((s) => `"${s.name}"`)
  throw new EsitiError('NOT_FOUND', 'survey.read.sheetNotFound', { sheet: wanted, file: basename(file), sheets: names })
}

/**
 * Reads one sheet into a columnar grid. Without `opts.sheet` it proposes the data sheet: the first
 * visible sheet that has data (then a hidden one with data, with a warning).
 */
export async function readSheet(file: string, opts: ReadOptions = {}): Promise<{ info: WorkbookInfo; grid: SheetGrid; dictionary?: SavDictionary }> {
  throwIfCancelled(opts.signal)
  const { kind, size } = await sniffFileKind(file)
  if (kind === 'csv') return readCsv(file, size, opts)
  if (kind === 'sav') return readSav(file, size, opts)
  if (kind === 'ods') {
    const { info, grid, proposed } = await readOds(file, opts)
    const w = proposalWarning(proposed, grid.name)
    if (w) grid.warnings.push(w)
    return { info, grid }
  }
  if (kind === 'xls') return readXls(file, size, opts)
  const book = await XlsxBook.open(file, opts.signal)
  try {
    const { info } = book
    if (info.sheets.length === 0) throw new EsitiError('CORRUPT_FILE', 'survey.read.noSheets', { file: basename(file) })
    await book.peekDimensions(opts.signal)
    if (opts.sheet !== undefined) return { info, grid: await book.readGrid(pickByName(info, opts.sheet, file), opts) }

    const visible = info.sheets.filter((s) => s.state === 'visible')
    const hidden = info.sheets.filter((s) => s.state !== 'visible')
    let firstEmpty: SheetGrid | null = null
    for (const sheet of [...visible, ...hidden]) {
      const grid = await book.readGrid(sheet.index, opts)
      if (grid.rowCount > 0) {
        if (sheet.state !== 'visible')
          grid.warnings.push(msg('survey.read.hiddenSheet', { sheet: sheet.name }))
        return { info, grid }
      }
      firstEmpty ??= grid
    }
    const grid = firstEmpty as SheetGrid
    grid.warnings.push(msg('survey.read.noData'))
    return { info, grid }
  } finally {
    book.close()
  }
}

/** A legacy .xls: the named sheet, else the proposal rule of readSheet. */
async function readXls(file: string, size: number, opts: ReadOptions): Promise<{ info: WorkbookInfo; grid: SheetGrid }> {
  const book = await XlsBook.open(file, size)
  const { info } = book
  if (info.sheets.length === 0) throw new EsitiError('CORRUPT_FILE', 'survey.read.noSheets', { file: basename(file) })
  if (opts.sheet !== undefined) return { info, grid: book.readGrid(pickByName(info, opts.sheet, file), opts) }
  const visible = info.sheets.filter((s) => s.state === 'visible')
  const hidden = info.sheets.filter((s) => s.state !== 'visible')
  let firstEmpty: SheetGrid | null = null
  for (const sheet of [...visible, ...hidden]) {
    const grid = book.readGrid(sheet.index, opts)
    if (grid.rowCount > 0) {
      const w = sheet.state !== 'visible' ? proposalWarning('hidden', sheet.name) : null
      if (w) grid.warnings.push(w)
      return { info, grid }
    }
    firstEmpty ??= grid
  }
  const grid = firstEmpty as SheetGrid
  grid.warnings.push(proposalWarning('empty', grid.name)!)
  return { info, grid }
}
