import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { OpSummary } from '../../db/op-log'
import { history, redo, undo } from '../../db/op-log'
import { openProjectFile, type ProjectFile } from '../../db/project-file'
import { encryptProject } from '../../services/project/encrypt-project'
import { createProject, projectInfo } from '../../services/project/project-service'
import { saveProjectCopy, type ProjectCopy } from '../../services/project/save-copy'
import { makeCtx } from '../../services/context'
import { actorName } from '../actor'
import { countOpt, flag, opt, type CliIo, type CommandSpec } from '../command'

/**
 * Undo and redo rebuild derived state through hooks that the survey services register when they
 * load; the CLI loads verbs lazily, so undo and redo load them first.
 */
const loadUndoHooks = (): Promise<unknown> => import('../../services/survey/clean/undo-hooks')

/** An operation as the user reads it: its message in --locale, or the text of an older operation. */
const opText = (op: OpSummary, io: CliIo): string => (op.message ? io.msg(op.message) : op.summary)

const COPY = 'copy PROJECT --out FILE.esiti [--force] [--json]'

/** A new project's passphrase, typed twice (or ESITI_PASSPHRASE), asked before the file exists. */
async function newPassphrase(file: string, io: CliIo): Promise<string> {
  const { PROJECT_PASSPHRASE_ENV, readPassphrase } = await import('../passphrase')
  return readPassphrase({
    env: PROJECT_PASSPHRASE_ENV,
    prompt: io.t('encryption.promptNew', { file: path.basename(file) }),
    again: io.t('encryption.promptAgain'),
    confirm: true
  })
}

export const commands: CommandSpec[] = [
  {
    words: ['new'],
    usage: 'new PROJECT [--demo | --template FILE.esiti] [--encrypt] [--json]',
    summary: 'cli.summary.new',
    valueOptions: ['template'],
    project: 'none',
    async run(args, _ctx, io) {
      const file = args.positionals[0]
      if (!file) throw new EsitiError('INVALID_INPUT', 'cli.missingProject', { usage: 'new PROJECT [--demo | --template FILE.esiti] [--encrypt]' })
      const abs = path.resolve(file)
      if (!abs.endsWith('.esiti')) throw new EsitiError('INVALID_INPUT', 'project.extension')
      // --encrypt: the passphrase is asked (or read from ESITI_PASSPHRASE) before anything is written,
      // and the new project is encrypted before the command returns (decision 0026).
      const passphrase = flag(args, 'encrypt') ? await newPassphrase(abs, io) : null
      const encrypted = async (project: ProjectFile): Promise<{ encrypted?: true }> => {
        if (passphrase === null) return {}
        await encryptProject(project, passphrase)
        return { encrypted: true }
      }
      const template = opt(args, 'template')
      if (template) {
        const { createFromTemplate } = await import('../../services/template/template-service')
        const { project, counts } = await createFromTemplate(abs, path.resolve(template), actorName())
        try {
          const id = project.meta('project_id')
          return { project: abs, id, template: path.resolve(template), ...counts, ...(await encrypted(project)) }
        } finally {
          project.close()
        }
      }
      const project = await createProject(abs, actorName())
      try {
        const ctx = makeCtx(project, actorName())
        if (flag(args, 'demo')) await (await import('../../demo/seed')).seedDemo(ctx)
        const id = project.meta('project_id')
        return { project: abs, id, ...(flag(args, 'demo') ? { demo: true } : {}), ...(await encrypted(project)) }
      } catch (e) {
        project.close()
        const fs = await import('node:fs')
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(abs + suffix, { force: true })
        throw e
      } finally {
        project.close()
      }
    },
    human: (r, io) => io.print(io.t('cli.created', { file: (r as { project: string }).project }))
  },
  {
    words: ['info'],
    usage: 'info PROJECT [--json]',
    summary: 'cli.summary.info',
    project: 'project',
    readonly: true,
    run: (_args, ctx) => projectInfo(ctx!),
    human(r, io) {
      const i = r as ReturnType<typeof projectInfo>
      io.print(`${i.name ?? io.t('cli.noProgramme')} — ${i.project}`)
      for (const k of ['sources', 'codes', 'codings', 'cases', 'datasets', 'indicators', 'organisations', 'activities'] as const)
        io.print(`  ${io.t(`cli.count.${k}`).padEnd(14)} ${i[k]}`)
    }
  },
  {
    words: ['undo'],
    usage: 'undo PROJECT [--json]',
    summary: 'cli.summary.undo',
    project: 'project',
    run: async (_a, ctx) => {
      await loadUndoHooks()
      return undo(ctx!.project, ctx!.actor)
    },
    human: (r, io) => io.print(io.t('cli.undone', { what: opText(r as OpSummary, io) }))
  },
  {
    words: ['redo'],
    usage: 'redo PROJECT [--json]',
    summary: 'cli.summary.redo',
    project: 'project',
    run: async (_a, ctx) => {
      await loadUndoHooks()
      return redo(ctx!.project, ctx!.actor)
    },
    human: (r, io) => io.print(io.t('cli.redone', { what: opText(r as OpSummary, io) }))
  },
  {
    words: ['history'],
    usage: 'history PROJECT [--limit N] [--json]',
    summary: 'cli.summary.history',
    valueOptions: ['limit'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => ({ operations: history(ctx!.project, countOpt(args, 'limit') ?? 50) }),
    human(r, io) {
      for (const op of (r as { operations: OpSummary[] }).operations)
        io.print(`${op.at}  ${op.actor.padEnd(10)} ${io.t(`cli.opState.${op.state}`).padEnd(10)} ${opText(op, io)}`)
    }
  },
  {
    words: ['copy'],
    usage: COPY,
    summary: 'cli.summary.copy',
    valueOptions: ['out'],
    // Opened read-only and without the lock: a copy may be taken while the app has the project open.
    project: 'none',
    async run(args) {
      const file = args.positionals[0]
      if (!file) throw new EsitiError('INVALID_INPUT', 'cli.missingProject', { usage: COPY })
      const out = opt(args, 'out')
      if (!out) throw new EsitiError('INVALID_INPUT', 'cli.missingOption', { option: 'out', usage: COPY })
      const project = await openProjectFile(path.resolve(file), { readonly: true })
      try {
        const copy = await saveProjectCopy(project, out, { overwrite: flag(args, 'force') })
        return { project: project.path, ...copy }
      } finally {
        project.close()
      }
    },
    human: (r, io) => {
      const c = r as ProjectCopy
      io.print(io.t('cli.copied', { file: c.file, mb: Math.round((c.bytes / 1024 / 1024) * 10) / 10 }))
    }
  }
]
