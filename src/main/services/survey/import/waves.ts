import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import { msg, type Msg } from '../../../../shared/messages'
import { nowIso } from '../../../db/ids'
import { mutate } from '../../../db/op-log'
import { checkCancelled, type Ctx } from '../../context'
import { runRecipe, writeClean, type CleanState } from '../clean/clean-store'
import { proposeMapping, type MappingEntry } from './column-mapping'
import { datasetById, recipeSteps, resolveDataset, wavesOf, type DatasetRow } from '../storage/dataset-rows'
import { preparePart, writePartData } from './import'
import type { ImportDecision, StoredImport } from '../model'
import { readQuestionnaire, type ReadOptions } from './read-file'
import type { ImportStep } from '../recipe/steps'
import { stepVariables } from '../recipe/step-text'
import { detailsOf, syncVariables } from '../clean/variable-sync'
import type { ReadQuestionnaire } from './read-file'
import '../clean/undo-hooks'

export interface WaveOptions {
  wave: string
  sheet?: string
  /** Dataset variable → column of the new file (name or header); null leaves it unmapped. */
  map?: Record<string, string | null>
  /** Label of the dataset's first wave when it has none yet (default "1"). */
  baseWave?: string
  /** Decisions of the new file's import to undo (ids from the preview). */
  revert?: string[]
  headerRows?: number[]
}

export interface WavePreview {
  dataset: string
  wave: string
  file: string
  rows: number
  platform: string
  mapping: (MappingEntry & { label: string | null; column: string | null })[]
  /** Dataset variables with no column in the new file (empty for this wave). */
  unmapped: string[]
  /** Columns of the new file that match no variable (kept in its raw layer, not used). */
  unused: string[]
  /** Steps reading variables the new wave lacks. */
  affectedSteps: { id: string; op: string; variables: string[] }[]
  /** Dataset variables whose mapping is weak (similar wording only): applied, to be reviewed. */
  review: string[]
  warnings: Msg[]
  decisions: ImportDecision[]
}

export interface AppendResult extends WavePreview {
  id: string
  totalRows: number
  cleanRows: number
  steps: { id: string; op: string; status: string; affected: number; message: Msg | null }[]
}

const waveReadOptions = (opts: WaveOptions, ctx: Ctx): ReadOptions => ({
  sheet: opts.sheet,
  progress: ctx.progress,
  ...(opts.revert?.length ? { revert: opts.revert } : {}),
  ...(opts.headerRows ? { headerRows: opts.headerRows } : {})
})

function assertWave(project: Ctx['project'], ds: DatasetRow, wave: string): void {
  if (!wave.trim()) throw new EsitiError('INVALID_INPUT', 'survey.wave.labelRequired')
  const labels = [ds.wave ?? '1', ...wavesOf(project, ds.id).map((w) => w.wave)]
  if (labels.includes(wave)) throw new EsitiError('CONFLICT', 'survey.wave.exists', { dataset: ds.name, wave })
}

function planWave(ctx: Ctx, ds: DatasetRow, q: ReadQuestionnaire, opts: WaveOptions): { preview: WavePreview; base: ImportStep } {
  const steps = recipeSteps(ctx.project, ds)
  const base = steps[0] as ImportStep
  const mapping = proposeMapping(base.variables, q.plan.variables, opts.map ?? {})
  const byName = new Map(q.plan.variables.map((v) => [v.name, v]))
  const mapped = new Set(mapping.filter((m) => m.to).map((m) => m.to as string))
  const unmapped = mapping.filter((m) => !m.to).map((m) => m.from)
  // Names as the recipe knows them at each step would need a replay; the base names cover the
  // common case (steps that read imported variables directly).
  const missing = new Set(unmapped.map((n) => n.toLowerCase()))
  const affectedSteps = steps
    .slice(1)
    .map((s) => ({ id: s.id, op: s.op, variables: stepVariables(s).filter((v) => missing.has(v.toLowerCase())) }))
    .filter((s) => s.variables.length > 0)
  const preview: WavePreview = {
    dataset: ds.name,
    wave: opts.wave,
    file: q.file,
    rows: q.plan.dataRows.length,
    platform: q.plan.settings.platform,
    mapping: mapping.map((m) => ({
      ...m,
      label: base.variables.find((v) => v.name === m.from)?.label ?? null,
      column: m.to ? (byName.get(m.to)?.columns[0] ?? m.to) : null
    })),
    unmapped,
    unused: q.plan.variables.filter((v) => !mapped.has(v.name)).map((v) => v.columns[0] ?? v.name),
    affectedSteps,
    review: mapping.filter((m) => m.review).map((m) => m.from),
    warnings: [
      ...q.plan.warnings,
      ...mapping.filter((m) => m.review).map((m) => msg('survey.wave.weakMapping', { variable: m.from, column: byName.get(m.to!)?.columns[0] ?? m.to!, score: m.score }))
    ],
    decisions: q.plan.decisions
  }
  return { preview, base }
}

/** What appending a file as a new wave would do: the proposed column mapping. Writes nothing. */
export async function previewWave(ctx: Ctx, dataset: string, file: string, opts: WaveOptions): Promise<WavePreview> {
  const ds = resolveDataset(ctx, dataset)
  assertWave(ctx.project, ds, opts.wave)
  const q = await readQuestionnaire(file, waveReadOptions(opts, ctx))
  return planWave(ctx, ds, q, opts).preview
}

/**
 * Appends a file as the next wave of a dataset: its raw cells are stored as they were (in a wave
 * record under the dataset), its columns are mapped onto the dataset's variables, and the dataset's
 * recipe is replayed over all waves. The dataset gains (or keeps) a "wave" variable.
 */
export async function appendWave(ctx: Ctx, dataset: string, file: string, opts: WaveOptions): Promise<AppendResult> {
  const ds = resolveDataset(ctx, dataset)
  const wave = opts.wave.trim()
  assertWave(ctx.project, ds, wave)
  const q = await readQuestionnaire(file, waveReadOptions(opts, ctx))
  checkCancelled(ctx)
  const { preview, base } = planWave(ctx, ds, q, { ...opts, wave })
  const p = preparePart(q, ctx)
  const childIds = new Map(q.plan.variables.map((v) => [v.name, v.id]))
  const mapping: Record<string, string> = {}
  for (const m of preview.mapping) {
    const parent = base.variables.find((v) => v.name === m.from)
    if (parent && m.to) mapping[parent.id] = childIds.get(m.to) as string
  }
  p.part.wave = wave
  p.part.mapping = mapping
  const stored: StoredImport = { ...p.stored, mapping, unmapped: preview.unmapped, ...(preview.review.length ? { review: preview.review } : {}) }
  const baseWave = ds.wave ?? opts.baseWave?.trim() ?? '1'
  const run = runRecipe(ctx.project, ds, { signal: ctx.progress.signal, extra: { parts: [p.part], baseWave }, keepBase: true })
  checkCancelled(ctx)
  const childName = `${ds.name} [${wave}]`
  let state: CleanState | null = null
  const summary = msg('survey.op.wave', { wave, dataset: ds.name, count: p.rowIds.length })
  mutate(ctx.project, { actor: ctx.actor, kind: 'survey.wave', summary }, (w) => {
    if (ds.wave === null) w.update('datasets', ds.id, { wave: baseWave })
    if (ctx.project.sqlite.prepare('SELECT 1 FROM datasets WHERE name = ? AND deleted_at IS NULL').get(childName))
      throw new EsitiError('CONFLICT', 'survey.wave.childExists', { name: childName })
    w.insert('datasets', {
      id: p.datasetId,
      name: childName,
      title: null,
      wave,
      parent_id: ds.id,
      platform: q.plan.settings.platform,
      file_name: path.basename(q.file),
      file_hash: q.fileHash,
      sheet: q.plan.settings.sheet,
      row_count: p.rowIds.length,
      header_rows: JSON.stringify(q.plan.settings.headerRows),
      import_settings: JSON.stringify(stored),
      recipe_version: 0,
      imported_at: nowIso(),
      imported_by: ctx.actor,
      deleted_at: null
    })
    q.plan.variables.forEach((v, i) =>
      w.insertOwned('variables', {
        id: v.id,
        dataset_id: p.datasetId,
        position: i,
        name: v.name,
        label: v.label,
        type: v.type,
        role: v.role,
        value_labels: v.valueLabels.length ? JSON.stringify(v.valueLabels) : null,
        missing_codes: v.missingCodes.length ? JSON.stringify(v.missingCodes) : null,
        set_id: null,
        source_columns: JSON.stringify(v.columns),
        derived: null,
        details: detailsOf(v)
      })
    )
    writePartData(w, p)
    w.update('datasets', ds.id, { row_count: ds.row_count + p.rowIds.length })
    syncVariables(w, ds.id, run.frame)
    state = writeClean(ctx.project, datasetById(ctx.project, ds.id)!, run)
  })
  const s = state as CleanState | null
  return {
    ...preview,
    id: p.datasetId,
    totalRows: s?.totalRows ?? 0,
    cleanRows: s?.rowCount ?? 0,
    steps: (s?.reports ?? []).map((r) => ({ id: r.id, op: r.op, status: r.status, affected: r.affected, message: r.message }))
  }
}

export interface WaveInfo {
  id: string
  wave: string
  file: string | null
  rows: number
  importedAt: string
  unmapped: string[]
}

/** The waves of a dataset, its own first import included. */
export function listWaves(ctx: Ctx, dataset: string): WaveInfo[] {
  const ds = resolveDataset(ctx, dataset)
  const waves = wavesOf(ctx.project, ds.id)
  const first: WaveInfo = {
    id: ds.id,
    wave: ds.wave ?? '1',
    file: ds.file_name,
    rows: countRows(ctx, ds),
    importedAt: ds.imported_at,
    unmapped: []
  }
  return [
    first,
    ...waves.map((w) => ({
      id: w.id,
      wave: w.wave ?? '',
      file: w.file_name,
      rows: w.row_count,
      importedAt: w.imported_at,
      unmapped: (JSON.parse(w.import_settings ?? '{}') as StoredImport).unmapped ?? []
    }))
  ]
}

function countRows(ctx: Ctx, ds: DatasetRow): number {
  const children = wavesOf(ctx.project, ds.id).reduce((s, w) => s + w.row_count, 0)
  return ds.row_count - children
}
