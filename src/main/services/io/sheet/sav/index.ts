import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { EsitiError } from '../../../../../shared/errors'
import { throwIfCancelled } from '../../cancel'
import { DEFAULT_MAX_CELLS, GridBuilder } from '../grid-builder'
import type { ReadOptions, SheetGrid, WorkbookInfo } from '../types'
import { readCases } from './data'
import { readDictionary, type SavDictionary } from './dictionary'

export type { SavDictionary, SavMrSet, SavVariable } from './dictionary'

/** A system file is read whole: past this size it is refused before any allocation. */
export const MAX_SAV_BYTES = 1024 * 1024 * 1024

const TEXT = 1

function checkSize(file: string, size: number): void {
  if (size > MAX_SAV_BYTES) throw new EsitiError('TOO_LARGE', 'formats.fileTooLarge', { file: basename(file), size, limit: MAX_SAV_BYTES })
}

async function load(file: string, size: number): Promise<Buffer> {
  checkSize(file, size)
  return readFile(file)
}

const sheetName = (file: string): string => basename(file, extname(file)) || 'data'

function infoOf(file: string, dict: SavDictionary): WorkbookInfo {
  return { format: 'sav', sheets: [{ name: sheetName(file), index: 0, state: 'visible' }], date1904: false, encoding: dict.encoding }
}

/** The dictionary only: sheet list and encoding for the import dialog. */
export async function inspectSav(file: string, size: number): Promise<WorkbookInfo> {
  return infoOf(file, readDictionary(await load(file, size), file))
}

/**
 * Reads an SPSS system file into a grid: row 0 holds the variable names, each case a row after it.
 * The dictionary (labels, value labels, missing values, measurement levels, sets, weight) comes back
 * beside the grid for the import to carry into its variables.
 */
export async function readSav(file: string, size: number, opts: ReadOptions = {}): Promise<{ info: WorkbookInfo; grid: SheetGrid; dictionary: SavDictionary }> {
  const buf = await load(file, size)
  throwIfCancelled(opts.signal)
  const dict = readDictionary(buf, file)
  const grid = new GridBuilder(sheetName(file), file, opts.maxCells ?? DEFAULT_MAX_CELLS)
  dict.variables.forEach((v, col) => grid.set(0, col, TEXT, v.name, NaN))
  for (const w of dict.warnings) grid.warn(w)
  await readCases(buf, dict, grid, file, { signal: opts.signal, onProgress: opts.onProgress, firstRow: 1 })
  return { info: infoOf(file, dict), grid: grid.finish(), dictionary: dict }
}
