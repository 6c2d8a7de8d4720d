import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { RecipeStepDto, surveyChannels } from '../../../shared/ipc/survey'
import type { Ctx } from '../../services/context'
import {
  acceptIssues,
  addStep,
  appendWave,
  checkExpression,
  clustersToStep,
  clusterValues,
  datasetRef,
  exportDataset,
  exportDictionary,
  facets,
  importSurvey,
  issuesOf,
  listDatasets,
  listWaves,
  moveStep,
  overrideVariable,
  previewImport,
  previewWave,
  profileDataset,
  recipeView,
  removeStep,
  rowsPage,
  updateStep,
  variablesOfDataset,
  type StepView
} from '../../services/survey'
import { formatMessage } from '../../../shared/messages'
import type { HandlerEnv, HandlersFor } from '../handler-types'

const surveyFiles = (env: HandlerEnv) => [
  { name: env.say('dialog.filter.questionnaires'), extensions: ['xlsx', 'ods', 'xls', 'csv', 'tsv', 'txt', 'sav', 'zsav'] }
]

const EXPORT_FILTERS: Record<'xlsx' | 'csv' | 'sav', { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel (.xlsx)', extensions: ['xlsx'] },
  csv: { name: 'CSV (.csv)', extensions: ['csv'] },
  sav: { name: 'SPSS (.sav)', extensions: ['sav'] }
}

/** A safe default file name from the dataset's name. */
const fileBase = (name: string): string => name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'dati'

/** The path chosen in the save dialog, with the format's extension added when the user left it off. */
async function exportPath(env: HandlerEnv, title: string, dataset: string, format: 'xlsx' | 'csv' | 'sav'): Promise<string | null> {
  const target = await env.platform.pickSavePath({ title, defaultName: `${fileBase(dataset)}.${format}`, filters: [EXPORT_FILTERS[format]] })
  if (!target) return null
  return path.extname(target).toLowerCase() === `.${format}` ? target : `${target}.${format}`
}

/** Files the user chose in main's picker: import and append accept only these, never a path the renderer made up. */
const picked = new Set<string>()

function pickedFile(file: string): string {
  const abs = path.resolve(file)
  if (!picked.has(abs)) throw new EsitiError('INVALID_INPUT', 'survey.import.chooseFirst')
  return abs
}

function changed<T>(env: HandlerEnv, reason: string, value: T): T {
  env.platform.emit('project:changed', { reason })
  return value
}

/** The open project's context reporting to the renderer's job (progress, cancel). */
const jobCtx = (env: HandlerEnv, jobId: string | undefined): Ctx => env.session.ctx(env.job(jobId))

function stepDto(s: StepView): RecipeStepDto {
  const { id, op, enabled, ...params } = s.step as StepView['step'] & { enabled?: boolean }
  const r = s.report
  return {
    id,
    op,
    enabled: enabled !== false,
    params,
    description: s.description,
    effects: s.effects,
    report: r
      ? { status: r.status, cells: r.cells, rows: r.rows, affected: r.affected, issues: r.issues, message: r.message, warnings: r.warnings }
      : null
  }
}

export const surveyHandlers: HandlersFor<typeof surveyChannels> = {
  'survey:datasets': (_i, env) => listDatasets(env.ctx()),
  async 'survey:exportData'({ dataset, format, labels, dialect, bom, identifiers, jobId }, env) {
    const ctx = jobCtx(env, jobId)
    const ds = datasetRef(ctx, dataset)
    const locale = env.session.getSettings().locale
    const file = await exportPath(env, formatMessage({ key: 'dataExport.dialogTitle' }, locale), ds.name, format)
    return file ? exportDataset(ctx, ds.id, file, { labels, dialect, bom, identifiers, locale }) : null
  },
  async 'survey:exportDictionary'({ dataset, identifiers }, env) {
    const ctx = env.ctx()
    const ds = datasetRef(ctx, dataset)
    const locale = env.session.getSettings().locale
    const file = await exportPath(env, formatMessage({ key: 'dataExport.dictionaryDialogTitle' }, locale), `${ds.name} - dizionario`, 'xlsx')
    return file ? exportDictionary(ctx, ds.id, file, { locale, identifiers }) : null
  },
  async 'survey:pickImport'({ jobId }, env) {
    env.ctx()
    const [file] = await env.platform.pickFiles({ title: env.say('dialog.importQuestionnaire'), filters: surveyFiles(env) })
    if (!file) return null
    const abs = path.resolve(file)
    const preview = await previewImport(abs, {}, env.job(jobId))
    picked.add(abs)
    return preview
  },
  'survey:previewImport': ({ file, sheet, revert, headerRows, jobId }, env) =>
    previewImport(pickedFile(file), { sheet, revert, headerRows }, env.job(jobId)),
  async 'survey:import'({ file, sheet, dataset, wave, revert, headerRows, jobId }, env) {
    const r = await importSurvey(jobCtx(env, jobId), pickedFile(file), { sheet, dataset, wave, revert, headerRows })
    return changed(env, 'survey:import', r)
  },

  'survey:variables': ({ dataset }, env) => variablesOfDataset(env.ctx(), dataset),
  'survey:overrideVariable': (input, env) => changed(env, 'survey:overrideVariable', overrideVariable(env.ctx(), input)),
  'survey:checkExpression': ({ dataset, expression, position }, env) => checkExpression(env.ctx(), dataset, expression, position),
  'survey:profile': ({ dataset, variable, layer }, env) => {
    const p = profileDataset(env.ctx(), dataset, { layer, variables: [variable] })
    const v = p.variables.find((x) => x.name === variable)
    if (!v) throw new EsitiError('NOT_FOUND', 'survey.variableNotFound', { v: variable, dataset: p.dataset })
    return v
  },

  'survey:rows': ({ dataset, layer, offset, limit, filters, columns }, env) => rowsPage(env.ctx(), dataset, { layer, offset, limit, filters, columns }),
  'survey:facets': ({ dataset, layer, variables, filters }, env) => facets(env.ctx(), dataset, { layer, variables, filters }),

  'survey:recipe': ({ dataset }, env) => {
    const v = recipeView(env.ctx(), dataset)
    return {
      dataset: v.dataset,
      datasetId: v.datasetId,
      version: v.version,
      steps: v.steps.map(stepDto),
      rows: v.rows,
      totalRows: v.totalRows,
      excluded: v.excluded,
      issues: v.issues
    }
  },
  'survey:addStep': ({ dataset, step, position, jobId }, env) => changed(env, 'survey:addStep', addStep(jobCtx(env, jobId), dataset, step, position)),
  'survey:toggleStep': ({ dataset, stepId, enabled, jobId }, env) =>
    changed(env, 'survey:toggleStep', updateStep(jobCtx(env, jobId), dataset, stepId, { enabled })),
  'survey:moveStep': ({ dataset, stepId, toIndex, jobId }, env) =>
    changed(env, 'survey:moveStep', moveStep(jobCtx(env, jobId), dataset, stepId, toIndex)),
  'survey:removeStep': ({ dataset, stepId, jobId }, env) => changed(env, 'survey:removeStep', removeStep(jobCtx(env, jobId), dataset, stepId)),

  'survey:clusters': ({ dataset, variable, method, radius }, env) => clusterValues(env.ctx(), dataset, variable, { method, radius }),
  'survey:acceptClusters': ({ dataset, variable, clusters, jobId }, env) =>
    changed(env, 'survey:acceptClusters', addStep(jobCtx(env, jobId), dataset, clustersToStep(variable, clusters))),
  'survey:acceptIssues': ({ dataset, stepId, rows, jobId }, env) =>
    changed(env, 'survey:acceptIssues', acceptIssues(jobCtx(env, jobId), dataset, stepId, rows)),
  'survey:issues': ({ dataset, limit }, env) => {
    const r = issuesOf(env.ctx(), dataset)
    return { rows: r.rows, total: r.issues.length, issues: r.issues.slice(0, limit), exclusions: r.exclusions }
  },

  'survey:waves': ({ dataset }, env) => listWaves(env.ctx(), dataset),
  async 'survey:pickWave'({ dataset, wave, jobId }, env) {
    const ctx = jobCtx(env, jobId)
    listWaves(ctx, dataset)
    const [file] = await env.platform.pickFiles({ title: env.say('dialog.addWave'), filters: surveyFiles(env) })
    if (!file) return null
    const abs = path.resolve(file)
    const preview = await previewWave(ctx, dataset, abs, { wave })
    picked.add(abs)
    return preview
  },
  'survey:previewWave': ({ dataset, file, wave, sheet, map, baseWave, revert, jobId }, env) =>
    previewWave(jobCtx(env, jobId), dataset, pickedFile(file), { wave, sheet, map, baseWave, revert }),
  async 'survey:appendWave'({ dataset, file, wave, sheet, map, baseWave, revert, jobId }, env) {
    const r = await appendWave(jobCtx(env, jobId), dataset, pickedFile(file), { wave, sheet, map, baseWave, revert })
    return changed(env, 'survey:appendWave', r)
  }
}
