import type { teamServerChannels, TeamConflictDto } from '../../../shared/ipc/team-server'
import type { ConflictRow } from '../../services/sync/local/conflicts'
import { RESOLUTIONS, resolveConflict } from '../../services/sync/conflict-review'
import { joinProject, publishProject } from '../../services/sync/publish-join'
import { teamHistory } from '../../services/sync/team-history'
import { teamConflicts, teamStatus } from '../../services/sync/team-status'
import { syncProject } from '../../services/sync/team-sync'
import type { HandlerEnv, HandlersFor } from '../handler-types'

const changed = (env: HandlerEnv, reason: string): void => env.platform.emit('project:changed', { reason })

const toDto = (c: ConflictRow): TeamConflictDto => ({
  id: c.id,
  kind: c.kind,
  tbl: c.tbl,
  rowId: c.rowId,
  review: c.review,
  message: c.message,
  detectedAt: c.detectedAt,
  resolvedAt: c.resolvedAt,
  resolvedBy: c.resolvedBy,
  resolution: c.resolution,
  setAside: c.setAside,
  actions: c.resolvedAt ? [] : RESOLUTIONS[c.kind]
})

/** The team server panel: thin over the sync services (the `esiti team …` verbs call the same ones). */
export const teamServerHandlers: HandlersFor<typeof teamServerChannels> = {
  'teamServer:status': ({ online }, env) => teamStatus(env.ctx(), { online }),
  async 'teamServer:publish'({ url, jobId }, env) {
    const ctx = env.ctx()
    const r = await publishProject({ ...ctx, progress: env.job(jobId) }, url)
    changed(env, 'teamServer:publish')
    return r
  },
  async 'teamServer:join'({ url, jobId }, env) {
    const target = await env.platform.pickSavePath({
      title: env.say('dialog.joinTeam'),
      defaultName: 'progetto-di-gruppo.esiti',
      filters: [{ name: env.say('dialog.filter.esiti'), extensions: ['esiti'] }]
    })
    if (!target) return null
    const file = target.toLowerCase().endsWith('.esiti') ? target : `${target}.esiti`
    const r = await joinProject(url, file, { actor: env.ctx().actor, progress: env.job(jobId) })
    await env.session.open(r.project)
    changed(env, 'open')
    return { project: r.project, pulled: r.pulled }
  },
  async 'teamServer:sync'({ jobId }, env) {
    const ctx = env.ctx()
    const r = await syncProject({ ...ctx, progress: env.job(jobId) })
    if (r.pulled > 0 || r.conflicts > 0) changed(env, 'teamServer:sync')
    return r
  },
  'teamServer:history': ({ limit, actor }, env) => teamHistory(env.ctx().project, { limit, actor }),
  'teamServer:conflicts': ({ all }, env) => teamConflicts(env.ctx(), { all }).conflicts.map(toDto),
  'teamServer:resolve'({ id, action }, env) {
    const r = resolveConflict(env.ctx(), id, action)
    changed(env, 'teamServer:resolve')
    return toDto(r)
  }
}
