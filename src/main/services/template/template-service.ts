import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import { openProjectFile, type ProjectFile } from '../../db/project-file'
import { isEncryptedFile, passphraseFor } from '../../db/encryption'
import type { Ctx } from '../context'
import { fail } from '../programme/common'
import { copyStructure, type StructureCounts } from './copy-structure'
import { publishStreamed } from '../files/publish'

function setMeta(p: ProjectFile, key: string, value: string): void {
  p.sqlite.prepare('INSERT INTO meta (id, value) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET value = excluded.value').run(key, value)
}

/**
 * Saves the open project's structure as a new project file marked as a template (see
 * copyStructure for what it holds and what it never holds). The file is built in a private staging
 * folder and moved into place when complete: a failure or a killed process leaves nothing at `out`.
 */
export async function saveTemplate(ctx: Ctx, out: string): Promise<{ file: string } & StructureCounts> {
  const abs = path.resolve(out)
  if (!abs.endsWith('.esiti')) throw fail('INVALID_INPUT', 'template.extension', { file: path.basename(abs) })
  if (abs === path.resolve(ctx.project.path)) throw fail('INVALID_INPUT', 'template.sameFile', { file: path.basename(abs) })
  if (fs.existsSync(abs)) throw new EsitiError('PROJECT_EXISTS', 'project.exists', { file: abs })
  if (!fs.existsSync(path.dirname(abs))) throw new EsitiError('NOT_FOUND', 'project.folderNotFound', { folder: path.dirname(abs) })
  let counts: StructureCounts | undefined
  await publishStreamed(abs, async (staged) => {
    const target = await openProjectFile(staged, { create: true, actor: ctx.actor })
    try {
      counts = copyStructure(ctx.project, target, ctx.actor)
      setMeta(target, 'template', '1')
      setMeta(target, 'template_of', ctx.project.meta('project_id') ?? '')
    } finally {
      // Closing checkpoints the WAL into the file and removes the lock: the one file is complete.
      target.close()
    }
  })
  return { file: abs, ...counts! }
}

/**
 * Reads a template (any Esiti project) without touching it: it is copied to a temporary folder,
 * upgraded there if it was written by an older Esiti, and opened from the copy.
 */
async function withTemplate<T>(file: string, fn: (p: ProjectFile) => T): Promise<T> {
  const abs = path.resolve(file)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-template-'))
  try {
    // The copy keeps the template's name: messages about it name the file the user chose.
    const copy = path.join(dir, path.basename(abs))
    try {
      fs.copyFileSync(abs, copy)
      if (fs.existsSync(abs + '-wal')) fs.copyFileSync(abs + '-wal', copy + '-wal')
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw fail('NOT_FOUND', 'template.notFound', { file: abs })
      if (code === 'EISDIR') throw fail('INVALID_INPUT', 'template.notAProject', { file: path.basename(abs), detail: msg('project.isFolder', { file: path.basename(abs) }) })
      throw e
    }
    let p: ProjectFile
    try {
      // An encrypted template's passphrase is asked for the file the user chose, not for the copy.
      const passphrase = isEncryptedFile(copy) ? await passphraseFor(abs) : undefined
      p = await openProjectFile(copy, { actor: 'esiti', passphrase })
    } catch (e) {
      if (e instanceof EsitiError && (e.code === 'NOT_A_PROJECT' || e.code === 'CORRUPT_FILE'))
        throw fail('INVALID_INPUT', 'template.notAProject', { file: path.basename(abs), detail: e.msg })
      throw e
    }
    try {
      return fn(p)
    } finally {
      p.close()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Creates a new project with a template's structure and no data; removed again if anything fails. */
export async function createFromTemplate(file: string, template: string, actor: string): Promise<{ project: ProjectFile; counts: StructureCounts }> {
  const abs = path.resolve(file)
  // The template is checked before the new file exists: a bad template leaves nothing behind.
  await withTemplate(template, () => undefined)
  const project = await openProjectFile(abs, { create: true, actor })
  try {
    const counts = await withTemplate(template, (t) => copyStructure(t, project, actor))
    setMeta(project, 'from_template', path.basename(template))
    return { project, counts }
  } catch (e) {
    project.close()
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(abs + suffix, { force: true })
    throw e
  }
}
