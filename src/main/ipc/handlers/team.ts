import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { teamChannels } from '../../../shared/ipc/team'
import { projectAgreement } from '../../services/team/agreement/project-agreement'
import { mergePreview, mergeProject } from '../../services/team/merge/merge'
import { teamOverview } from '../../services/team/overview'
import { exportQdc, exportQdpx } from '../../services/team/refi/export'
import { importQdc } from '../../services/team/refi/import-qdc'
import { importQdpx } from '../../services/team/refi/import-qdpx'
import { decide } from '../../services/team/review/decide'
import { disagreements } from '../../services/team/review/disagreements'
import type { HandlerEnv, HandlersFor } from '../handler-types'
import type { FileFilter } from '../../platform'

const QDPX = (env: HandlerEnv): FileFilter[] => [{ name: env.say('dialog.filter.qdpx'), extensions: ['qdpx'] }]
const QDC = (env: HandlerEnv): FileFilter[] => [{ name: env.say('dialog.filter.qdc'), extensions: ['qdc'] }]
const ESITI = (env: HandlerEnv): FileFilter[] => [{ name: env.say('dialog.filter.esiti'), extensions: ['esiti'] }]

/** Other-coder files the user picked in this session: the only ones team:merge accepts. */
const pickedForMerge = new Set<string>()
/** The copy the last team:mergePreview picked, even if it could not be read (an encrypted copy). */
let lastPicked: string | null = null

const changed = (env: HandlerEnv, reason: string): void => env.platform.emit('project:changed', { reason })

function baseName(env: HandlerEnv): string {
  return path.basename(env.ctx().project.path).replace(/\.esiti$/i, '') || 'progetto'
}

const withExtension = (file: string, ext: string): string => (file.toLowerCase().endsWith(ext) ? file : file + ext)

export const teamHandlers: HandlersFor<typeof teamChannels> = {
  'team:overview': (_i, env) => teamOverview(env.ctx()),
  'team:agreement': (input, env) => projectAgreement(env.ctx(), input),
  'team:disagreements': (input, env) => disagreements(env.ctx(), input),
  'team:decide': (input, env) => {
    const r = decide(env.ctx(), input)
    changed(env, 'team:decide')
    return r
  },
  async 'team:mergePreview'({ accept, again }, env) {
    const ctx = env.ctx()
    // `again`: the copy picked last time, now that its passphrase was typed (project:otherPassphrase).
    const [file] = again && lastPicked ? [lastPicked] : await env.platform.pickFiles({ title: env.say('dialog.mergeCopy'), filters: ESITI(env) })
    if (!file) return null
    lastPicked = path.resolve(file)
    const report = await mergePreview(ctx, file, { accept })
    pickedForMerge.add(path.resolve(file))
    return report
  },
  async 'team:merge'({ file, accept, jobId }, env) {
    const abs = path.resolve(file)
    if (!pickedForMerge.has(abs)) throw new EsitiError('INVALID_INPUT', 'core.pickFirst')
    const ctx = env.ctx()
    const report = await mergeProject({ ...ctx, progress: env.job(jobId) }, abs, { accept })
    changed(env, 'team:merge')
    return report
  },
  async 'team:qdpxExport'(_i, env) {
    const ctx = env.ctx()
    const target = await env.platform.pickSavePath({ title: env.say('dialog.qdpxExport'), defaultName: `${baseName(env)}.qdpx`, filters: QDPX(env) })
    return target ? exportQdpx(ctx, withExtension(target, '.qdpx')) : null
  },
  async 'team:qdpxImport'({ jobId }, env) {
    const ctx = env.ctx()
    const [file] = await env.platform.pickFiles({ title: env.say('dialog.qdpxImport'), filters: QDPX(env) })
    if (!file) return null
    const r = await importQdpx({ ...ctx, progress: env.job(jobId) }, file)
    changed(env, 'team:qdpxImport')
    return r
  },
  async 'team:qdcExport'(_i, env) {
    const ctx = env.ctx()
    const target = await env.platform.pickSavePath({ title: env.say('dialog.qdcExport'), defaultName: `${baseName(env)}.qdc`, filters: QDC(env) })
    return target ? exportQdc(ctx, withExtension(target, '.qdc')) : null
  },
  async 'team:qdcImport'(_i, env) {
    const ctx = env.ctx()
    const [file] = await env.platform.pickFiles({ title: env.say('dialog.qdcImport'), filters: QDC(env) })
    if (!file) return null
    const r = await importQdc(ctx, file)
    changed(env, 'team:qdcImport')
    return r
  }
}
