import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { history, redo, undo } from '../../db/op-log'
import { createProject, projectInfo } from '../../services/project/project-service'
import { makeCtx } from '../../services/context'
import { actorName } from '../actor'
import { countOpt, flag, opt, type CommandSpec } from '../command'

/**
 * Undo and redo rebuild derived state through hooks that the survey services register when they
 * load; the CLI loads verbs lazily, so undo and redo load them first.
 */
const loadUndoHooks = (): Promise<unknown> => import('../../services/survey/clean/undo-hooks')

export const commands: CommandSpec[] = [
  {
    words: ['new'],
    usage: 'new PROJECT [--demo | --template FILE.esiti] [--json]',
    summary: 'Create a project file (.esiti): empty, the embedded MIRE demo (--demo), or with the structure of a template (--template) and no data.',
    valueOptions: ['template'],
    project: 'none',
    async run(args) {
      const file = args.positionals[0]
      if (!file) throw new EsitiError('INVALID_INPUT', 'cli.missingProject', { usage: 'new PROJECT [--demo | --template FILE.esiti]' })
      const abs = path.resolve(file)
      if (!abs.endsWith('.esiti')) throw new EsitiError('INVALID_INPUT', 'project.extension')
      const template = opt(args, 'template')
      if (template) {
        const { createFromTemplate } = await import('../../services/template/template-service')
        const { project, counts } = await createFromTemplate(abs, path.resolve(template), actorName())
        const id = project.meta('project_id')
        project.close()
        return { project: abs, id, template: path.resolve(template), ...counts }
      }
      const project = await createProject(abs, actorName())
      try {
        const ctx = makeCtx(project, actorName())
        if (flag(args, 'demo')) await (await import('../../demo/seed')).seedDemo(ctx)
        return { project: abs, id: project.meta('project_id'), ...(flag(args, 'demo') ? { demo: true } : {}) }
      } catch (e) {
        project.close()
        const fs = await import('node:fs')
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(abs + suffix, { force: true })
        throw e
      } finally {
        project.close()
      }
    },
    human: (r, io) => io.print(`Created ${(r as { project: string }).project}`)
  },
  {
    words: ['info'],
    usage: 'info PROJECT [--json]',
    summary: 'Counts of sources, codes, codings, cases, datasets and indicators.',
    project: 'project',
    readonly: true,
    run: (_args, ctx) => projectInfo(ctx!),
    human(r, io) {
      const i = r as ReturnType<typeof projectInfo>
      io.print(`${i.name ?? '(no programme)'} — ${i.project}`)
      for (const k of ['sources', 'codes', 'codings', 'cases', 'datasets', 'indicators', 'organisations', 'activities'] as const)
        io.print(`  ${k.padEnd(14)} ${i[k]}`)
    }
  },
  {
    words: ['undo'],
    usage: 'undo PROJECT [--json]',
    summary: 'Undo the last change recorded in the operation log.',
    project: 'project',
    run: async (_a, ctx) => {
      await loadUndoHooks()
      return undo(ctx!.project, ctx!.actor)
    },
    human: (r, io) => io.print(`Undone: ${(r as { summary: string }).summary}`)
  },
  {
    words: ['redo'],
    usage: 'redo PROJECT [--json]',
    summary: 'Redo the last undone change.',
    project: 'project',
    run: async (_a, ctx) => {
      await loadUndoHooks()
      return redo(ctx!.project, ctx!.actor)
    },
    human: (r, io) => io.print(`Redone: ${(r as { summary: string }).summary}`)
  },
  {
    words: ['history'],
    usage: 'history PROJECT [--limit N] [--json]',
    summary: 'The operation log: who changed what, when.',
    valueOptions: ['limit'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => ({ operations: history(ctx!.project, countOpt(args, 'limit') ?? 50) }),
    human(r, io) {
      for (const op of (r as { operations: ReturnType<typeof history> }).operations)
        io.print(`${op.at}  ${op.actor.padEnd(10)} ${op.state.padEnd(9)} ${op.summary}`)
    }
  }
]
