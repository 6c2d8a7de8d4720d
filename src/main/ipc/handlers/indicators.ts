import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { formatMessage, msg } from '../../../shared/messages'
import type { indicatorChannels, TableModelDto } from '../../../shared/ipc/indicators'
import { makeCtx, type Ctx } from '../../services/context'
import { computeIndicators } from '../../services/indicators/compute-indicators'
import { indicatorOptions } from '../../services/indicators/indicator-options'
import { createIndicator, deleteIndicators, listIndicatorDefs, updateIndicator } from '../../services/indicators/indicator-service'
import type { Locale } from '../../services/indicators/labels'
import { importRegister } from '../../services/register/register-import'
import { createActivity, deleteActivities, registerGrid, updateActivity } from '../../services/register/register-service'
import { chartConfig } from '../../services/report/chart-config'
import { exportReport } from '../../services/report/excel-export'
import { createJointDisplays, deleteJointDisplays, listJointDisplays, updateJointDisplay } from '../../services/report/joint-display'
import { computeTables } from '../../services/report/report-model'
import { sdgOverview } from '../../services/report/sdg-overview'
import { createTables, deleteTables, updateTable } from '../../services/report/table-service'
import type { HandlerEnv, HandlersFor } from '../handler-types'

const changed = (env: HandlerEnv, reason: string): void => env.platform.emit('project:changed', { reason })
const loc = (env: HandlerEnv, locale: Locale | undefined): Locale => locale ?? env.session.getSettings().locale

function tableById(ctx: Ctx, id: string, locale: Locale): TableModelDto {
  const t = computeTables(ctx, { locale }).tables.find((x) => x.id === id)
  if (!t) throw new EsitiError('NOT_FOUND', 'indicators.tableNotFound', { id })
  return t
}

function jointById(ctx: Ctx, id: string, locale: Locale) {
  const j = listJointDisplays(ctx, computeIndicators(ctx, { locale })).find((x) => x.id === id)
  if (!j) throw new EsitiError('NOT_FOUND', 'indicators.jointNotFound', { id })
  return j
}

export const indicatorHandlers: HandlersFor<typeof indicatorChannels> = {
  'register:grid': (filter, env) => registerGrid(env.ctx(), filter),
  'register:create'(input, env) {
    const a = createActivity(env.ctx(), input)
    changed(env, 'register')
    return a
  },
  'register:update'({ id, patch }, env) {
    const a = updateActivity(env.ctx(), id, patch)
    changed(env, 'register')
    return a
  },
  'register:delete'({ ids }, env) {
    const r = deleteActivities(env.ctx(), ids)
    changed(env, 'register')
    return r
  },
  async 'register:import'({ sheet }, env) {
    const [file] = await env.platform.pickFiles({
      title: formatMessage(msg('report.dialog.importRegister'), env.session.getSettings().locale),
      filters: [{ name: formatMessage(msg('report.dialog.registerFiles'), env.session.getSettings().locale), extensions: ['xlsx', 'csv'] }]
    })
    if (!file) return null
    const r = await importRegister(env.ctx(), file, { sheet })
    changed(env, 'register')
    return r
  },
  'indicators:list': (_i, env) => listIndicatorDefs(env.ctx()),
  'indicators:compute'({ ids, locale, jobId }, env) {
    const base = env.ctx()
    return computeIndicators(makeCtx(base.project, base.actor, env.job(jobId)), { ids, locale: loc(env, locale) })
  },
  'indicators:create'(input, env) {
    const d = createIndicator(env.ctx(), input)
    changed(env, 'indicators')
    return d
  },
  'indicators:update'({ id, patch }, env) {
    const d = updateIndicator(env.ctx(), id, patch)
    changed(env, 'indicators')
    return d
  },
  'indicators:delete'({ ids }, env) {
    const r = deleteIndicators(env.ctx(), ids)
    changed(env, 'indicators')
    return r
  },
  'indicators:options': (_i, env) => indicatorOptions(env.ctx()),
  'tables:list': ({ locale }, env) => computeTables(env.ctx(), { locale: loc(env, locale) }).tables,
  'tables:create'({ locale, ...input }, env) {
    const [id] = createTables(env.ctx(), [input])
    changed(env, 'tables')
    return tableById(env.ctx(), id, loc(env, locale))
  },
  'tables:update'({ id, patch, locale }, env) {
    updateTable(env.ctx(), id, patch)
    changed(env, 'tables')
    return tableById(env.ctx(), id, loc(env, locale))
  },
  'tables:delete'({ ids }, env) {
    const r = deleteTables(env.ctx(), ids)
    changed(env, 'tables')
    return r
  },
  'tables:chart'({ id, locale }, env) {
    const l = loc(env, locale)
    return chartConfig(tableById(env.ctx(), id, l), l)
  },
  'sdg:overview'({ locale }, env) {
    const l = loc(env, locale)
    return sdgOverview(env.ctx(), computeIndicators(env.ctx(), { locale: l }), l)
  },
  'joint:list': ({ locale }, env) => listJointDisplays(env.ctx(), computeIndicators(env.ctx(), { locale: loc(env, locale) })),
  'joint:create'({ locale, ...input }, env) {
    const [id] = createJointDisplays(env.ctx(), [input])
    changed(env, 'joint')
    return jointById(env.ctx(), id, loc(env, locale))
  },
  'joint:update'({ id, patch, locale }, env) {
    updateJointDisplay(env.ctx(), id, patch)
    changed(env, 'joint')
    return jointById(env.ctx(), id, loc(env, locale))
  },
  'joint:delete'({ ids }, env) {
    const r = deleteJointDisplays(env.ctx(), ids)
    changed(env, 'joint')
    return r
  },
  async 'report:export'({ locale, withData, identifiers, csv, delimiter, docx, ci, tests, minBase, jobId }, env) {
    const base = env.ctx()
    const l = loc(env, locale)
    const name = path.basename(base.project.path, '.esiti')
    const target = await env.platform.pickSavePath({
      title: formatMessage(msg('report.dialog.saveTitle'), l),
      defaultName: `${name}-report.xlsx`,
      filters: [{ name: 'Excel', extensions: ['xlsx'] }]
    })
    if (!target) return null
    const out = target.toLowerCase().endsWith('.xlsx') ? target : target + '.xlsx'
    return exportReport(makeCtx(base.project, base.actor, env.job(jobId)), {
      out,
      docx: docx ? out.replace(/\.xlsx$/i, '.docx') : undefined,
      csvDir: csv ? out.replace(/\.xlsx$/i, '-csv') : undefined,
      withData,
      identifiers,
      locale: l,
      delimiter,
      stats: { ci, tests, minBase: minBase ?? null }
    })
  }
}
