import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { projectChannels, ProjectSummary } from '../../../shared/ipc/project'
import { history, redoStep, undoState, undoStep, type OpSummary } from '../../db/op-log'
import { projectCounts } from '../../services/project/project-service'
import { codingsDelta } from '../../services/transcripts/source-view'
import { createFromTemplate } from '../../services/template/template-service'
import type { ProjectFile } from '../../db/project-file'
import { makeCtx } from '../../services/context'
import type { HandlerEnv, HandlersFor } from '../handler-types'
import { cancelJob, otherJobsRunning } from '../jobs'
import type { FileFilter } from '../../platform'
import { saveProjectCopy } from '../../services/project/save-copy'

export function summary(project: ProjectFile): ProjectSummary {
  const ctx = makeCtx(project)
  const name = (project.sqlite.prepare('SELECT name FROM programmes LIMIT 1').get() as { name: string } | undefined)?.name
  return { path: project.path, id: project.meta('project_id') ?? '', name: name ?? null, encrypted: project.encrypted, counts: projectCounts(ctx) }
}

/** The template and new file of a creation that stopped at the template's passphrase (project:create again). */
let lastTemplatePick: { template: string; file: string } | null = null

const projectFilter = (env: HandlerEnv): FileFilter[] => [{ name: env.say('dialog.filter.esiti'), extensions: ['esiti'] }]

/**
 * The job panel does not block the window, so a project could be closed or switched while an import
 * still writes to it: refused until the job ends or is cancelled.
 */
export function assertNoJobRunning(jobId?: string): void {
  if (otherJobsRunning(jobId) > 0)
    throw new EsitiError('CONFLICT', 'service.jobRunning')
}

async function changed(env: HandlerEnv, reason: string): Promise<void> {
  env.platform.emit('project:changed', { reason })
}

/**
 * After an undo or redo, the event says what it did to codings, so that the open reader repaints at
 * once instead of waiting for its reload behind every other view's refresh (issue 14: < 100 ms).
 */
function stepped(env: HandlerEnv, reason: 'undo' | 'redo'): OpSummary {
  const ctx = env.ctx()
  const { op, changes } = (reason === 'undo' ? undoStep : redoStep)(ctx.project, ctx.actor)
  const codings = codingsDelta(ctx, changes)
  env.platform.emit('project:changed', codings ? { reason, codings } : { reason })
  return op
}

export const projectHandlers: HandlersFor<typeof projectChannels> = {
  'app:settings': (_i, env) => env.session.getSettings(),
  'app:setLocale': ({ locale }, env) => env.session.setLocale(locale),
  'app:setCoder': ({ coder }, env) => env.session.setCoder(coder),
  'project:current': (_i, env) => {
    const p = env.session.current()
    return p ? summary(p) : null
  },
  async 'project:open'({ recentPath }, env) {
    assertNoJobRunning()
    let file: string | undefined
    if (recentPath) {
      // Only paths the user opened before are accepted from the renderer.
      if (!env.session.isRecent(recentPath)) throw new EsitiError('INVALID_INPUT', 'project.notRecent')
      file = recentPath
    } else {
      ;[file] = await env.platform.pickFiles({ title: env.say('dialog.openProject'), filters: projectFilter(env) })
    }
    if (!file) return null
    const project = await env.session.open(file)
    await changed(env, 'open')
    return summary(project)
  },
  async 'project:create'({ demo, template, again, jobId }, env) {
    assertNoJobRunning(jobId)
    // `again`: the template and the new file picked last time, now that the template's passphrase was
    // typed (project:otherPassphrase); they were kept because the template could not be opened.
    const picked = template && again ? lastTemplatePick : null
    let templateFile: string | undefined = picked?.template
    if (template && !picked) {
      ;[templateFile] = await env.platform.pickFiles({ title: env.say('dialog.chooseTemplate'), filters: projectFilter(env) })
      if (!templateFile) return null
    }
    const target =
      picked?.file ??
      (await env.platform.pickSavePath({
        title: env.say(demo ? 'dialog.newDemo' : 'dialog.newProject'),
        defaultName: demo ? 'mire-demo.esiti' : 'valutazione.esiti',
        filters: projectFilter(env)
      }))
    if (!target) return null
    const file = target.endsWith('.esiti') ? target : target + '.esiti'
    if (templateFile) {
      lastTemplatePick = { template: templateFile, file }
      const { project } = await createFromTemplate(path.resolve(file), templateFile, env.session.getSettings().coder)
      lastTemplatePick = null
      project.close()
      const opened = await env.session.open(path.resolve(file))
      await changed(env, 'create')
      return summary(opened)
    }
    const project = await env.session.open(path.resolve(file), true)
    if (demo) {
      try {
        // The demo's content (transcripts, questionnaires) is large: loaded only when asked for.
        const { seedDemo } = await import('../../demo/seed')
        await seedDemo(makeCtx(project, env.session.getSettings().coder, env.job(jobId)))
      } catch (e) {
        env.session.close()
        const fs = await import('node:fs')
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
        throw e
      }
      env.session.remember(project)
    }
    await changed(env, 'create')
    return summary(project)
  },
  'project:close': async (_i, env) => {
    assertNoJobRunning()
    env.session.close()
    await changed(env, 'close')
    return null
  },
  async 'project:saveCopy'({ jobId }, env) {
    const project = env.ctx().project
    const base = path.basename(project.path, '.esiti')
    const target = await env.platform.pickSavePath({
      title: env.say('dialog.saveCopy'),
      defaultName: `${env.say('dialog.defaultCopyName', { name: base })}.esiti`,
      filters: projectFilter(env)
    })
    if (!target) return null
    const file = target.toLowerCase().endsWith('.esiti') ? target : target + '.esiti'
    // The system save dialog has already asked before replacing an existing file.
    return saveProjectCopy(project, file, { overwrite: true, progress: env.job(jobId) })
  },
  'project:undoState': (_i, env) => undoState(env.ctx().project),
  'project:undo': (_i, env) => stepped(env, 'undo'),
  'project:redo': (_i, env) => stepped(env, 'redo'),
  'project:history': ({ limit }, env) => history(env.ctx().project, limit),
  'job:cancel': ({ jobId }) => cancelJob(jobId)
}
