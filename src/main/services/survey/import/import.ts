import path from 'node:path'
import { classifyVariable, isCheckedType, markDatasetIdentifiers, type IdentifierKind } from '../../privacy/identifiers'
import { EsitiError } from '../../../../shared/errors'
import { msg } from '../../../../shared/messages'
import type { ProgressSink } from '../../../../shared/progress'
import { newId, nowIso } from '../../../db/ids'
import { holdPoint } from '../../../db/hold-point'
import { mutate, type Writer } from '../../../db/op-log'
import { checkCancelled, type Ctx } from '../../context'
import { RAW_ENCODING, ROWID_ENCODING, encodeClean, encodeRowIds } from '../storage/codec'
import { baseKey, insertBase } from '../clean/base-cache'
import { waveVariableId, writeClean } from '../clean/clean-store'
import { datasetById } from '../storage/dataset-rows'
import { toBaseVariable } from './import-plan'
import { encodeRawOf, gridReader, rawReader, releasedCells } from './import-columns'
import type { ImportSettings, StoredImport } from '../model'
import { readQuestionnaire, type ReadOptions, type ReadQuestionnaire } from './read-file'
import { offeredOptions, runImportStep, type PartData } from '../recipe/engine'
import { withBulkWriteCache } from '../storage/bulk-write'
import { newRowIds } from '../storage/row-ids'
import type { ImportStep } from '../recipe/steps'
import { syncVariables } from '../clean/variable-sync'
import type { ImportPreviewDto } from '../../../../shared/ipc/survey'
import '../clean/undo-hooks'
import { releaseMemory, releaseMemoryIfGrown } from './release-memory'

export interface ImportOptions {
  sheet?: string
  dataset?: string
  wave?: string
  /** Decisions to undo (ids from the preview's `decisions`). */
  revert?: string[]
  /** Header rows chosen by the user (1-based); [] for a sheet without one. */
  headerRows?: number[]
}

/** What an import will do (preview) or did: the CLI's JSON and the UI's import dialog. */
export type ImportSummary = ImportPreviewDto

/** What the summary needs of a read file: not the grid, which the import lets go of early. */
type ReadSummary = Pick<ReadQuestionnaire, 'file' | 'info' | 'plan'>

function summarise(q: ReadSummary, name: string, id: string | null, wave: string | null, preview: boolean): ImportSummary {
  const s = q.plan.settings
  return {
    dataset: name,
    id,
    file: q.file,
    format: s.format,
    sheet: s.sheet,
    sheets: q.info.sheets.map((x) => ({ name: x.name, index: x.index, state: x.state, selected: x.name === s.sheet })),
    encoding: s.encoding ?? null,
    delimiter: s.delimiter ?? null,
    platform: s.platform,
    rows: q.plan.dataRows.length,
    titleRows: s.titleRows,
    headerRows: s.headerRows,
    dataStart: s.dataStart,
    dataEnd: s.dataEnd,
    blankRows: s.blankRows,
    totalRows: s.totalRows,
    noteRows: s.noteRows,
    variables: q.plan.variables.map((v) => ({
      name: v.name,
      label: v.label,
      group: v.group,
      type: v.type,
      role: v.role,
      missing: v.missing,
      distinct: v.distinct,
      missingCodes: v.missingCodes,
      valueLabels: v.valueLabels,
      options: v.options ?? null,
      columns: v.columns,
      examples: v.examples,
      nonSubstantive: v.nonSubstantive ?? null,
      identifier: v.identifier ?? null,
      note: v.note ?? null
    })),
    warnings: q.plan.warnings,
    decisions: q.plan.decisions,
    notes: q.plan.notes.length,
    hiddenColumns: q.plan.hiddenColumns,
    wave,
    preview
  }
}

/** Every decision the user asks to undo must be one the import made (and one that can be undone). */
function checkReverts(q: ReadSummary, revert: string[] | undefined): void {
  for (const id of revert ?? []) {
    const d = q.plan.decisions.find((x) => x.id === id)
    if (!d) throw new EsitiError('INVALID_INPUT', 'survey.import.unknownDecision', { id, ids: q.plan.decisions.filter((x) => x.reversible).map((x) => x.id) })
    if (!d.reversible) throw new EsitiError('INVALID_INPUT', 'survey.import.notReversible', { id })
  }
}

/** What the reader needs of the options. */
const readOptions = (opts: ImportOptions, progress?: ProgressSink): ReadOptions => ({
  sheet: opts.sheet,
  progress,
  ...(opts.revert?.length ? { revert: opts.revert } : {}),
  ...(opts.headerRows ? { headerRows: opts.headerRows } : {})
})

export function defaultDatasetName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '').trim() || 'Questionario'
}

function assertFreeName(ctx: Ctx, name: string): void {
  const clash = ctx.project.sqlite.prepare('SELECT 1 FROM datasets WHERE name = ? AND deleted_at IS NULL').get(name)
  if (clash) throw new EsitiError('CONFLICT', 'survey.import.nameTaken', { name })
}

/** Reads and plans without writing anything. */
export async function previewImport(file: string, opts: ImportOptions = {}, progress?: ProgressSink): Promise<ImportSummary> {
  const q = await readQuestionnaire(file, readOptions(opts, progress))
  checkReverts(q, opts.revert)
  return summarise(q, opts.dataset ?? defaultDatasetName(file), null, opts.wave ?? null, true)
}

/** Settings of the import step (and of the dataset's import record). */
export function importSettingsOf(q: ReadQuestionnaire): ImportSettings {
  return { file: path.basename(q.file), fileHash: q.fileHash, ...q.plan.settings }
}

/** Everything an imported file writes, prepared in memory before the transaction opens. */
export interface PreparedPart {
  datasetId: string
  rowIds: string[]
  sheetRows: Uint32Array
  raw: { variableId: string; data: Buffer }[]
  rowidBlob: Buffer
  stored: StoredImport
  step0: ImportStep
  part: PartData
}

/**
 * Encodes the file's raw cells and everything else its rows need. With `releaseGrid`, each sheet
 * column is emptied once its last variable is encoded (the grid is not usable afterwards), so the
 * sheet and its encoded copy are never both whole in memory. With `store`, nothing is encoded here:
 * the part's raw reader encodes each variable's cells and hands them to `store.put` when the run
 * first reads them (see gridReader), and `p.raw` stays empty.
 */
export function preparePart(
  q: ReadQuestionnaire,
  ctx: Ctx,
  opts: { releaseGrid?: boolean; datasetId?: string; store?: { put: (variableId: string, data: Buffer) => void; done: Set<string> } } = {}
): PreparedPart {
  const datasetId = opts.datasetId ?? newId()
  const rows = q.plan.dataRows
  const rowIds = newRowIds(rows.length)
  const sheetRows = Uint32Array.from(rows, (r) => r + 1)
  const raw: PreparedPart['raw'] = []
  const lastUse = new Map<number, number>()
  q.plan.variables.forEach((v, i) => v.sources.forEach((s) => lastUse.set(s.col, i)))
  for (let i = 0; i < (opts.store ? 0 : q.plan.variables.length); i++) {
    const v = q.plan.variables[i]
    if (i % 10 === 0) checkCancelled(ctx)
    raw.push({ variableId: v.id, data: encodeRawOf(q, v) })
    if (opts.releaseGrid)
      for (const s of v.sources)
        if (lastUse.get(s.col) === i) q.grid.columns[s.col] = releasedCells()
    ctx.progress.report('survey:store', i, q.plan.variables.length * 2)
  }
  const blobs = new Map(raw.map((r) => [r.variableId, r.data]))
  const sources = Object.fromEntries(q.plan.variables.map((v) => [v.id, v.sources]))
  const base = q.plan.variables.map(toBaseVariable)
  const settings = importSettingsOf(q)
  const stored: StoredImport = {
    settings,
    sources,
    inferred: base,
    warnings: q.plan.warnings,
    decisions: q.plan.decisions,
    ...(q.plan.notes.length ? { notes: q.plan.notes } : {}),
    ...(q.plan.hiddenColumns.length ? { hiddenColumns: q.plan.hiddenColumns } : {})
  }
  // The recipe records what the import decided, and what the user undid, beside the variables it gave.
  const decided = q.plan.decisions.map(({ id, kind, variable, count, reverted }) => ({ id, kind, variable, count, reverted }))
  const step0: ImportStep = { id: newId(), op: 'import', enabled: true, settings: { ...settings, decisions: decided }, variables: base }
  const part: PartData = {
    datasetId,
    wave: null,
    rowIds,
    sheetRows,
    sources,
    mapping: null,
    offered: offeredOptions(q.plan.variables),
    raw: opts.store ? gridReader(q, opts.store.put, opts.store.done) : rawReader(blobs)
  }
  return { datasetId, rowIds, sheetRows, raw, rowidBlob: encodeRowIds(rowIds, sheetRows), stored, step0, part }
}

/** Writes a prepared part's own rows: variables (its base definitions), raw cells, row ids. */
export function writePartData(w: Writer, p: PreparedPart): void {
  for (const r of p.raw)
    w.insertOwned('column_data', { dataset_id: p.datasetId, variable_id: r.variableId, layer: 'raw', encoding: RAW_ENCODING, data: r.data })
  w.insertOwned('column_data', { dataset_id: p.datasetId, variable_id: null, layer: 'rowid', encoding: ROWID_ENCODING, data: p.rowidBlob })
}

/**
 * Imports a questionnaire file as a new dataset: raw cells stored as they were, recipe version 1 with
 * the import step, and the clean layer. All-or-nothing: the file is read in full first, then one
 * transaction encodes and writes it. Memory: each raw and clean column goes to the database as soon
 * as it is encoded (foreign keys are checked at commit), and each sheet column is let go of once
 * encoded, so neither the whole sheet nor all its encoded columns are held at the end.
 */
export async function importSurvey(ctx: Ctx, file: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const name = (opts.dataset ?? defaultDatasetName(file)).trim()
  if (!name) throw new EsitiError('INVALID_INPUT', 'survey.import.emptyName')
  assertFreeName(ctx, name)
  const q = await readQuestionnaire(file, readOptions(opts, ctx.progress))
  await holdPoint('survey.import.read', ctx.progress.signal)
  checkReverts(q, opts.revert)
  checkCancelled(ctx)
  const cells = q.plan.dataRows.length * q.plan.variables.length
  releaseMemory(cells)
  const wave = opts.wave?.trim() || null
  const datasetId = withBulkWriteCache(ctx.project, () => {
    const classified = new Map<string, IdentifierKind | null>()
    const id = writeImport(ctx, name, wave, q, classified)
    // The import's garbage (converted columns, encoded blobs) goes before the pass below adds its own.
    releaseMemory(cells)
    // Direct identifiers (e-mails, names, phones, tax codes…) are marked now: exports leave them out.
    // Each column was classified while the import held its values: none is decoded again here.
    markDatasetIdentifiers(ctx, id, classified)
    return id
  })
  ctx.progress.report('survey:done', 1, 1)
  return summarise(q, name, datasetId, wave, false)
}

/**
 * The import's one transaction: raw cells, the dataset, its variables, recipe and clean layer.
 * `classified` receives what classifyVariable says of each stored variable's values (identifiers).
 */
function writeImport(ctx: Ctx, name: string, wave: string | null, q: ReadQuestionnaire, classified: Map<string, IdentifierKind | null>): string {
  const db = ctx.project.sqlite
  const summary = msg('survey.op.import', { name, count: q.plan.dataRows.length })
  const cells = q.plan.dataRows.length * q.plan.variables.length
  return mutate(ctx.project, { actor: ctx.actor, kind: 'survey.import', summary }, (w) => {
    assertFreeName(ctx, name)
    // Column blobs are written before the variables they belong to (which need the run): checked at commit.
    db.pragma('defer_foreign_keys = ON')
    const datasetId = newId()
    const insertRaw = (variableId: string, data: Buffer): void => {
      w.insertOwned('column_data', { dataset_id: datasetId, variable_id: variableId, layer: 'raw', encoding: RAW_ENCODING, data })
    }
    // Each variable: raw cells encoded and stored, converted, base column stored, sheet column freed.
    const rawDone = new Set<string>()
    const p = preparePart(q, ctx, { datasetId, store: { put: insertRaw, done: rawDone } })
    p.part.wave = wave
    // Until a cleaning step changes them, the clean layer serves the import's variables from their base
    // columns: each is stored once, as soon as it is converted, and let go of.
    const baseIds = new Set(p.step0.variables.map((v) => v.id))
    const key = baseKey(p.step0, [p.part])
    const run = runImportStep([p.part], p.step0, wave ? { id: waveVariableId(datasetId) } : null, (v, i, count) => {
      if (i % 5 === 0) checkCancelled(ctx)
      // Each converted column leaves its decoded texts and values behind: collected once they add up
      // to 24 MB (late, they were the import's peak; each forced collection costs ~0.1 s of CPU, so
      // not after every column; 32 MB put the Google Forms shape at 297 MB, see docs/performance.md).
      releaseMemoryIfGrown(cells, 24 * 1048576)
      if (baseIds.has(v.id)) {
        // The same values identifierVariables would decode from the stored column (it samples them).
        if (isCheckedType(v.type)) classified.set(v.id, classifyVariable(v, v.values))
        // Written at once: a view of the encoder's buffer will do (no copy per column).
        insertBase(ctx.project, datasetId, key, v.id, encodeClean(v.values, { coded: v.codes, view: true }))
        v.values = []
        v.codes = null
      }
      ctx.progress.report('survey:store', i, count)
    })
    checkCancelled(ctx)
    const missed = q.plan.variables.find((v) => !rawDone.has(v.id))
    if (missed) throw new Error(`import: the raw cells of variable ${missed.name} were not stored`)
    w.insert('datasets', {
      id: datasetId,
      name,
      title: null,
      wave,
      parent_id: null,
      platform: q.plan.settings.platform,
      file_name: path.basename(q.file),
      file_hash: q.fileHash,
      sheet: q.plan.settings.sheet,
      row_count: p.rowIds.length,
      header_rows: JSON.stringify(q.plan.settings.headerRows),
      import_settings: JSON.stringify(p.stored),
      recipe_version: 1,
      recipe_id: null,
      imported_at: nowIso(),
      imported_by: ctx.actor,
      deleted_at: null
    })
    syncVariables(w, datasetId, run.frame, true)
    writePartData(w, p)
    const recipeId = newId()
    w.insertOwned('recipes', {
      id: recipeId,
      dataset_id: datasetId,
      version: 1,
      steps: JSON.stringify([p.step0]),
      created_at: nowIso(),
      created_by: ctx.actor
    })
    // The recipe is owned by the dataset row (it travels and is undone with it): pointed to unlogged.
    ctx.project.stmt('UPDATE datasets SET recipe_id = ? WHERE id = ?').run(recipeId, datasetId)
    writeClean(ctx.project, datasetById(ctx.project, datasetId)!, { ...run, baseKey: key })
    return datasetId
  })
}
