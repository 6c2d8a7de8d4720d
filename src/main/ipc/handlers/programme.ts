import path from 'node:path'
import type { programmeChannels } from '../../../shared/ipc/programme'
import { addAction, findAction, moveAction, removeAction, updateAction } from '../../services/programme/actions'
import { addAreas, applyAreaPreset, moveArea, removeArea, renameArea } from '../../services/programme/areas'
import { setProgramme } from '../../services/programme/details'
import { exportOrganisations } from '../../services/programme/organisation-export'
import { importOrganisations } from '../../services/programme/organisation-import'
import { addOrganisation, removeOrganisations, updateOrganisation } from '../../services/programme/organisations'
import { programmeOverview } from '../../services/programme/programme-service'
import { adoptSdgs, sdgFramework, unadoptSdgs } from '../../services/programme/sdg-adoption'
import { addSection, moveSection, removeSection, updateSection } from '../../services/programme/sections'
import { applySavedRecipe, savedRecipes } from '../../services/template/recipe-templates'
import { saveTemplate } from '../../services/template/template-service'
import { formatMessage } from '../../../shared/messages'
import type { HandlerEnv, HandlersFor } from '../handler-types'

const changed = (env: HandlerEnv, reason: string): void => env.platform.emit('project:changed', { reason })

/** Runs a change and tells the window the project changed (counts, undo state). */
function change<T>(env: HandlerEnv, reason: string, fn: () => T): T {
  const r = fn()
  changed(env, reason)
  return r
}

const sheets = (env: HandlerEnv) => [{ name: env.say('dialog.filter.tables'), extensions: ['xlsx', 'csv'] }]

export const programmeHandlers: HandlersFor<typeof programmeChannels> = {
  'programme:get': (_i, env) => programmeOverview(env.ctx()),
  'programme:set': (input, env) => change(env, 'programme', () => setProgramme(env.ctx(), input)),
  'actions:create': (input, env) => change(env, 'programme', () => addAction(env.ctx(), input)),
  'actions:update': ({ id, patch }, env) => change(env, 'programme', () => updateAction(env.ctx(), id, patch)),
  'actions:delete': ({ id }, env) => change(env, 'programme', () => removeAction(env.ctx(), findAction(env.ctx(), id).id)),
  'actions:move': ({ id, to }, env) => change(env, 'programme', () => moveAction(env.ctx(), id, to)),
  'areas:add': ({ names }, env) => change(env, 'programme', () => addAreas(env.ctx(), names)),
  'areas:preset': ({ preset }, env) => change(env, 'programme', () => applyAreaPreset(env.ctx(), preset)),
  'areas:rename': ({ id, name }, env) => change(env, 'programme', () => renameArea(env.ctx(), id, name)),
  'areas:delete': ({ id }, env) => change(env, 'programme', () => removeArea(env.ctx(), id)),
  'areas:move': ({ id, to }, env) => change(env, 'programme', () => moveArea(env.ctx(), id, to)),
  'organisations:create': (input, env) => change(env, 'programme', () => addOrganisation(env.ctx(), input)),
  'organisations:update': ({ id, patch }, env) => change(env, 'programme', () => updateOrganisation(env.ctx(), id, patch)),
  'organisations:delete': ({ ids }, env) => change(env, 'programme', () => removeOrganisations(env.ctx(), ids)),
  async 'organisations:import'({ sheet }, env) {
    const [file] = await env.platform.pickFiles({ title: env.say('dialog.importOrganisations'), filters: sheets(env) })
    if (!file) return null
    const r = await importOrganisations(env.ctx(), file, { sheet })
    changed(env, 'programme')
    return r
  },
  async 'organisations:export'({ locale }, env) {
    const ctx = env.ctx()
    const l = locale ?? env.session.getSettings().locale
    const target = await env.platform.pickSavePath({
      title: env.say('dialog.exportOrganisations'),
      // The file is written in the language asked for, and named in it too.
      defaultName: `${formatMessage({ key: 'dialog.defaultOrganisationsName', params: { name: path.basename(ctx.project.path, '.esiti') } }, l)}.xlsx`,
      filters: sheets(env)
    })
    if (!target) return null
    const out = /\.(xlsx|csv)$/i.test(target) ? target : target + '.xlsx'
    return exportOrganisations(ctx, out, l)
  },
  'sections:create': (input, env) => change(env, 'programme', () => addSection(env.ctx(), input)),
  'sections:update': ({ id, patch }, env) => change(env, 'programme', () => updateSection(env.ctx(), id, patch)),
  'sections:move': ({ id, to }, env) => change(env, 'programme', () => moveSection(env.ctx(), id, to)),
  'sections:delete': ({ id }, env) => change(env, 'programme', () => removeSection(env.ctx(), id)),
  'sdg:framework': ({ locale }, env) => sdgFramework(env.ctx(), locale ?? env.session.getSettings().locale),
  'sdg:adopt': ({ codes }, env) => change(env, 'programme', () => adoptSdgs(env.ctx(), codes)),
  'sdg:unadopt': ({ codes }, env) => change(env, 'programme', () => unadoptSdgs(env.ctx(), codes)),
  async 'template:save'(_i, env) {
    const ctx = env.ctx()
    const target = await env.platform.pickSavePath({
      title: env.say('dialog.saveTemplate'),
      defaultName: `${env.say('dialog.defaultTemplateName', { name: path.basename(ctx.project.path, '.esiti') })}.esiti`,
      filters: [{ name: env.say('dialog.filter.esiti'), extensions: ['esiti'] }]
    })
    if (!target) return null
    const r = await saveTemplate(ctx, target.endsWith('.esiti') ? target : target + '.esiti')
    return { file: r.file }
  },
  'template:recipes': (_i, env) => savedRecipes(env.ctx()),
  'template:applyRecipe': ({ name, dataset }, env) =>
    change(env, 'survey', () => {
      const r = applySavedRecipe(env.ctx(), name, dataset)
      return { steps: r.steps.length, skipped: r.skipped.map((s) => ({ op: s.op, message: s.message })) }
    })
}


