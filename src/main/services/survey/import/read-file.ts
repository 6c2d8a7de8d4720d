import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import type { ProgressSink } from '../../../../shared/progress'
import { planImport, type ImportPlan } from './import-plan'
import { planSavImport, savLayout } from './sav-plan'
import { readingAs } from '../../../files/wrong-kind'
import { cellText, detectLayout, inspectWorkbook, readSheet, type SavDictionary, type SheetGrid, type SheetInfo, type TableLayout, type WorkbookInfo } from '../../io/sheet'
import { isMonkeyItem } from './platform'
import { releaseMemory } from './release-memory'

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
    throw new EsitiError('NOT_FOUND', 'survey.read.fileNotFound', { file })
  }
  if (st.isDirectory()) throw new EsitiError('INVALID_INPUT', 'survey.import.isFolder', { file })
}

/** Sheets of a workbook with the one the import would pick marked as proposed. */
export async function listSheets(file: string): Promise<(SheetInfo & { proposed: boolean })[]> {
  checkFile(file)
  const info = await readingAs(file, 'questionnaire', () => inspectWorkbook(file))
  const proposed = info.sheets.find((s) => s.state === 'visible') ?? info.sheets[0]
  return info.sheets.map((s) => ({ ...s, proposed: s === proposed }))
}

export interface ReadOptions {
  sheet?: string
  progress?: ProgressSink
  /** Decisions the user undid (ImportDecision ids). */
  revert?: readonly string[]
  /** Header rows the user chose (1-based); [] means the sheet has none. */
  headerRows?: number[]
}

/**
 * SurveyMonkey's second header row ("Response", "Open-Ended Response", the option labels) sits under
 * the questions; in a CSV nothing is merged, so the layout takes it for data. Two or more "Response"
 * cells right under the header make it the item row.
 */
function surveyMonkeyHeader(grid: SheetGrid, layout: TableLayout): TableLayout {
  if (layout.headerRows.length !== 1) return layout
  const next = layout.dataStart
  let items = 0
  for (const c of layout.columns) {
    const t = cellText(grid.columns[c.index], next)
    if (t !== null && isMonkeyItem(t)) items++
  }
  return items >= 2 ? detectLayout(grid, { headerRows: [layout.headerRows[0], next] }) : layout
}

/** Reads the sheet, finds its layout and plans the variables (all in memory). */
export async function readQuestionnaire(file: string, opts: ReadOptions): Promise<ReadQuestionnaire> {
  const abs = path.resolve(file)
  checkFile(abs)
  const progress = opts.progress
  progress?.report('survey:read', 0, 1)
  // Hashed first, while little else is in memory: after planning, the stream's buffers would sit on
  // top of the sheet and its profiles, the import's peak (issue 12).
  const hash = await fileHash(abs)
  // A Word document, a presentation or a project chosen here is named as such before any reader runs.
  const { info, grid, dictionary } = await readingAs(abs, 'questionnaire', () =>
    readSheet(abs, {
      sheet: opts.sheet,
      signal: progress?.signal,
      onProgress: (done, total) => progress?.report('survey:read', done, total)
    })
  )
  if (grid.rowCount === 0) throw new EsitiError('INVALID_INPUT', 'survey.import.emptySheet', { file: path.basename(abs), sheet: grid.name })
  // The read's garbage (the XML it parsed) goes before planning adds the profiles on top of the sheet.
  releaseMemory(grid.rowCount * grid.columns.length)
  progress?.report('survey:infer', 0, 1)
  // A system file says where its table is; a sheet's table is found. The header rows are a decision
  // too: the user may name them, or undo the detected ones (the group rows go, or a single header row
  // becomes data).
  const detected = dictionary ? savLayout(grid, dictionary) : surveyMonkeyHeader(grid, detectLayout(grid))
  const chosen = dictionary ? undefined : opts.headerRows?.map((r) => r - 1)
  const undone = !dictionary && !chosen && opts.revert?.includes('headerRows') && detected.headerRows.length > 0
  const layout = chosen
    ? detectLayout(grid, { headerRows: chosen })
    : undone
      ? detectLayout(grid, { headerRows: detected.headerRows.length > 1 ? [detected.headerRows.at(-1)!] : [] })
      : detected
  if (layout.columns.length === 0 || layout.dataEnd < layout.dataStart)
    throw new EsitiError('INVALID_INPUT', 'survey.import.noTable', { file: path.basename(abs), sheet: grid.name })
  const plan = dictionary
    ? planSavImport(info, grid, layout, dictionary, progress)
    : planImport(info, grid, layout, progress, {
        revert: opts.revert,
        detectedHeaderRows: detected.headerRows,
        ...(opts.headerRows ? { chosenHeaderRows: opts.headerRows } : {})
      })
  progress?.report('survey:infer', 1, 1)
  return { file: abs, fileHash: hash, info, grid, layout, plan, ...(dictionary ? { dictionary } : {}) }
}
