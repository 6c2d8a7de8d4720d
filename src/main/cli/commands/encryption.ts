import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { isEncryptedFile } from '../../db/encryption'
import { openProjectFile } from '../../db/project-file'
import { decryptProject, encryptProject, type CryptResult } from '../../services/project/encrypt-project'
import { actorName } from '../actor'
import type { CliIo, CommandSpec, ParsedArgs } from '../command'
import { PROJECT_PASSPHRASE_ENV, readPassphrase } from '../passphrase'

/** `encrypt PROJECT` / `decrypt PROJECT` (cli.md: `{ "project", "encrypted" }`); decision 0026. */

function projectArg(args: ParsedArgs, usage: string): string {
  const file = args.positionals[0]
  if (!file) throw new EsitiError('INVALID_INPUT', 'cli.missingProject', { usage })
  return path.resolve(file)
}

function human(result: unknown, io: CliIo): void {
  const r = result as CryptResult
  const file = path.basename(r.project)
  io.print(io.t(r.encrypted ? 'encryption.cli.encrypted' : 'encryption.cli.decrypted', { file }))
  if (r.plainBackups.length)
    io.print(io.t('encryption.cli.plainBackups', { count: r.plainBackups.length, names: r.plainBackups.map((b) => path.basename(b)).join(', ') }))
}

export const commands: CommandSpec[] = [
  {
    words: ['encrypt'],
    usage: 'encrypt PROJECT [--json]',
    summary: 'encryption.cli.summary',
    project: 'none',
    async run(args, _ctx, io) {
      const file = projectArg(args, 'encrypt PROJECT')
      // Refused before a new passphrase is asked for.
      if (isEncryptedFile(file)) throw new EsitiError('CONFLICT', 'encryption.alreadyEncrypted', { file: path.basename(file) })
      const project = await openProjectFile(file, { actor: actorName() })
      try {
        const name = path.basename(file)
        const passphrase = await readPassphrase({
          env: PROJECT_PASSPHRASE_ENV,
          prompt: io.t('encryption.promptNew', { file: name }),
          again: io.t('encryption.promptAgain'),
          confirm: true
        })
        return await encryptProject(project, passphrase)
      } finally {
        project.close()
      }
    },
    human
  },
  {
    words: ['decrypt'],
    usage: 'decrypt PROJECT [--json]',
    summary: 'encryption.cli.decryptSummary',
    project: 'none',
    async run(args) {
      const file = projectArg(args, 'decrypt PROJECT')
      if (!isEncryptedFile(file)) {
        // A missing or foreign file is named as such by the open; a plain project is refused here.
        ;(await openProjectFile(file, { readonly: true })).close()
        throw new EsitiError('CONFLICT', 'encryption.notEncrypted', { file: path.basename(file) })
      }
      const project = await openProjectFile(file, { actor: actorName() })
      try {
        return await decryptProject(project)
      } finally {
        project.close()
      }
    },
    human
  }
]
