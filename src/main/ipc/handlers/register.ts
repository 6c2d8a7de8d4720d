import type { registerChannels } from '../../../shared/ipc/register'
import { importParticipants, listParticipants, searchPersons, setParticipants } from '../../services/register/participant-service'
import { personsSummary } from '../../services/register/persons-service'
import { addKinds, addValues, registerLists, removeKind, removeValue, renameKind } from '../../services/register/register-lists'
import type { HandlerEnv, HandlersFor } from '../handler-types'

function change<T>(env: HandlerEnv, fn: () => T): T {
  const r = fn()
  env.platform.emit('project:changed', { reason: 'register' })
  return r
}

export const registerHandlers: HandlersFor<typeof registerChannels> = {
  'register:participants': ({ activityId }, env) => listParticipants(env.ctx(), activityId),
  'register:setParticipants': ({ activityId, participants }, env) => change(env, () => setParticipants(env.ctx(), activityId, participants)),
  async 'register:importParticipants'({ activityId, sheet }, env) {
    const [file] = await env.platform.pickFiles({
      title: env.say('dialog.importParticipants'),
      filters: [{ name: env.say('dialog.filter.tables'), extensions: ['xlsx', 'csv'] }]
    })
    if (!file) return null
    const r = await importParticipants(env.ctx(), activityId, file, { sheet })
    env.platform.emit('project:changed', { reason: 'register' })
    return r
  },
  'register:searchPersons': ({ text, limit }, env) => searchPersons(env.ctx(), text, limit),
  'register:persons': ({ locale, ...q }, env) => personsSummary(env.ctx(), { ...q, locale: locale ?? env.session.getSettings().locale }),
  'register:lists': (_i, env) => registerLists(env.ctx()),
  'register:addKinds': ({ names }, env) => change(env, () => addKinds(env.ctx(), names)),
  'register:renameKind': ({ id, name }, env) => change(env, () => renameKind(env.ctx(), id, name)),
  'register:deleteKind': ({ id }, env) => change(env, () => removeKind(env.ctx(), id)),
  'register:addValues': ({ list, codes }, env) => change(env, () => addValues(env.ctx(), list, codes)),
  'register:deleteValue': ({ id }, env) => change(env, () => removeValue(env.ctx(), id))
}
