import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import type { ProgressSink } from '../../../../shared/progress'
import { planImport, type ImportPlan } from './import-plan'
import { planSavImport, savLayout } from './sav-plan'
import { detectLayout, inspectWorkbook, readSheet, type SavDictionary, type SheetGrid, type SheetInfo, type TableLayout, type WorkbookInfo } from '../../io/sheet'

/** A questionnaire file read and understood, nothing written yet. */
export interface ReadQuestionnaire {
  file: string
  fileHash: string
  info: WorkbookInfo
  grid: SheetGrid
  layout: TableLayout
  plan: ImportPlan
  /** SPSS files: the dictionary the variables were planned from. */
  dictionary?: SavDictionary
}

export async function fileHash(file: string): Promise<string> {
  const h = createHash('sha256')
  await new Promise<void>((resolve, reject) => {
    fs.createReadStream(file)
      .on('data', (d) => h.update(d))
      .on('end', () => resolve())
      .on('error', reject)
  })
  return h.digest('hex')
}

function checkFile(file: string): void {
  let st: fs.Stats
  try {
    st = fs.statSync(file)
  } catch {
    throw new EsitiError('NOT_FOUND', `File not found: ${file}`)
  }
  if (st.isDirectory()) throw new EsitiError('INVALID_INPUT', `${file} is a folder, not a questionnaire file.`)
}

/** Sheets of a workbook with the one the import would pick marked as proposed. */
export async function listSheets(file: string): Promise<(SheetInfo & { proposed: boolean })[]> {
  checkFile(file)
  const info = await inspectWorkbook(file)
  const proposed = info.sheets.find((s) => s.state === 'visible') ?? info.sheets[0]
  return info.sheets.map((s) => ({ ...s, proposed: s === proposed }))
}

/** Reads the sheet, finds its layout and plans the variables (all in memory). */
export async function readQuestionnaire(
  file: string,
  opts: { sheet?: string; progress?: ProgressSink }
): Promise<ReadQuestionnaire> {
  const abs = path.resolve(file)
  checkFile(abs)
  const progress = opts.progress
  progress?.report('survey:read', 0, 1)
  const { info, grid, dictionary } = await readSheet(abs, {
    sheet: opts.sheet,
    signal: progress?.signal,
    onProgress: (done, total) => progress?.report('survey:read', done, total)
  })
  if (grid.rowCount === 0) throw new EsitiError('INVALID_INPUT', `${path.basename(abs)}: the sheet "${grid.name}" is empty.`)
  progress?.report('survey:infer', 0, 1)
  // A system file says where its table is; a sheet's table is found.
  const layout = dictionary ? savLayout(grid, dictionary) : detectLayout(grid)
  if (layout.columns.length === 0 || layout.dataEnd < layout.dataStart)
    throw new EsitiError('INVALID_INPUT', `${path.basename(abs)}: no table with data found in sheet "${grid.name}".`)
  const plan = dictionary ? planSavImport(info, grid, layout, dictionary, progress) : planImport(info, grid, layout, progress)
  const hash = await fileHash(abs)
  progress?.report('survey:infer', 1, 1)
  return { file: abs, fileHash: hash, info, grid, layout, plan, ...(dictionary ? { dictionary } : {}) }
}
