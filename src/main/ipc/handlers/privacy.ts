import path from 'node:path'
import type { privacyChannels } from '../../../shared/ipc/privacy'
import { EsitiError } from '../../../shared/errors'
import { erasePerson, previewErasure } from '../../services/privacy/erase'
import { identifierVariables, setIdentifier } from '../../services/privacy/identifiers'
import { checkPassphrase, exportKey, removeKey } from '../../services/privacy/key-file'
import { listRules, removeRule, setRule } from '../../services/privacy/key-store'
import { markReviewed, privacyOverview } from '../../services/privacy/overview'
import { destroyOriginals } from '../../services/privacy/originals'
import { findPeople, keyStatus } from '../../services/privacy/people'
import { applyPseudonymisation, previewPseudonymisation } from '../../services/privacy/pseudonymise'
import { shareProject } from '../../services/privacy/share'
import type { HandlerEnv, HandlersFor } from '../handler-types'

/** Tells the window the project changed (counts, undo state) and passes the result on. */
function changed<T>(env: HandlerEnv, value: T): T {
  env.platform.emit('project:changed', { reason: 'privacy' })
  return value
}

const base = (env: HandlerEnv): string => path.basename(env.ctx().project.path, '.esiti')

export const privacyHandlers: HandlersFor<typeof privacyChannels> = {
  'privacy:preview': ({ sources, style, language, jobId }, env) =>
    previewPseudonymisation(env.session.ctx(env.job(jobId)), { sources, style, language }),
  'privacy:apply': ({ jobId, ...opts }, env) => changed(env, applyPseudonymisation(env.session.ctx(env.job(jobId)), opts)),
  'privacy:rules': (_i, env) => listRules(env.ctx().project),
  'privacy:setRule': ({ text, decision, kind }, env) => changed(env, setRule(env.ctx(), text, decision, kind)),
  'privacy:removeRule': ({ id }, env) => {
    removeRule(env.ctx(), id)
    return changed(env, { removed: id })
  },
  'privacy:identifiers': ({ dataset }, env) => identifierVariables(env.ctx(), dataset),
  'privacy:setIdentifier': ({ dataset, variable, kind }, env) => changed(env, setIdentifier(env.ctx(), dataset, variable, kind)),
  'privacy:overview': (_i, env) => privacyOverview(env.ctx()),
  'privacy:markReviewed': (_i, env) => changed(env, markReviewed(env.ctx())),
  async 'privacy:share'({ qdpx, workbook, pseudonymiseRest, locale, jobId }, env) {
    const ctx = env.session.ctx(env.job(jobId))
    const target = await env.platform.pickSavePath({
      title: env.say('privacy.dialog.share'),
      defaultName: `${env.say('privacy.dialog.shareName', { name: base(env) })}.esiti`,
      filters: [{ name: env.say('privacy.dialog.projectFilter'), extensions: ['esiti'] }]
    })
    if (!target) return null
    const out = target.endsWith('.esiti') ? target : `${target}.esiti`
    const stem = out.slice(0, -'.esiti'.length)
    return shareProject(ctx, {
      out,
      qdpx: qdpx ? `${stem}.qdpx` : undefined,
      workbook: workbook ? `${stem}.xlsx` : undefined,
      pseudonymiseRest,
      locale: locale ?? env.session.getSettings().locale
    })
  },
  'privacy:people': ({ text, limit }, env) => findPeople(env.ctx(), text, limit),
  'privacy:erasePreview': ({ person }, env) => previewErasure(env.ctx(), person),
  async 'privacy:erase'({ person, confirm, jobId }, env) {
    // Erasure cannot be undone: the window has the user type the name again, and main checks it.
    if (confirm !== person) throw new EsitiError('INVALID_INPUT', 'privacy.dialog.eraseConfirmMismatch')
    return changed(env, await erasePerson(env.session.ctx(env.job(jobId)), person))
  },
  'privacy:destroyOriginals': (_i, env) => changed(env, destroyOriginals(env.ctx())),
  'privacy:keyStatus': (_i, env) => keyStatus(env.ctx().project),
  async 'privacy:keyExport'({ passphrase }, env) {
    const ctx = env.ctx()
    checkPassphrase(passphrase)
    const target = await env.platform.pickSavePath({
      title: env.say('privacy.dialog.keyExport'),
      defaultName: `${env.say('privacy.dialog.keyName', { name: base(env) })}.esiti-key`,
      filters: [{ name: env.say('privacy.dialog.keyFilter'), extensions: ['esiti-key'] }]
    })
    if (!target) return null
    return exportKey(ctx, target, passphrase)
  },
  'privacy:keyRemove': (_i, env) => changed(env, removeKey(env.ctx()))
}
