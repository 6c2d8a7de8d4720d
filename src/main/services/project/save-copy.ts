import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { EsitiError } from '../../../shared/errors'
import type { ProgressSink } from '../../../shared/progress'
import { PROJECT_EXTENSION, type ProjectFile } from '../../db/project-file'
import { acquireLock } from '../../db/project-lock'

export interface ProjectCopy {
  /** The copy written. */
  file: string
  bytes: number
}

/**
 * "Save a copy as…": a consistent snapshot of the open project written with SQLite's online backup
 * (pages copied under a read transaction, so a copy taken while the app writes is still one state of
 * the project, never a mix). The copy is written beside the target and renamed into place only once
 * it passes an integrity check, so a failure never leaves half a project; the target is locked while
 * it is replaced, and its stale -wal/-shm files (which would corrupt the new file) are removed.
 */
export async function saveProjectCopy(
  project: ProjectFile,
  target: string,
  opts: { overwrite?: boolean; progress?: ProgressSink } = {}
): Promise<ProjectCopy> {
  const abs = path.resolve(target)
  if (!abs.toLowerCase().endsWith(PROJECT_EXTENSION)) throw new EsitiError('INVALID_INPUT', 'project.extension')
  const dir = path.dirname(abs)
  if (!fs.existsSync(dir)) throw new EsitiError('NOT_FOUND', 'project.folderNotFound', { folder: dir })
  if (fs.existsSync(abs) && fs.realpathSync(abs) === fs.realpathSync(project.path))
    throw new EsitiError('INVALID_INPUT', 'project.copySelf')
  if (fs.existsSync(abs) && !opts.overwrite) throw new EsitiError('PROJECT_EXISTS', 'project.exists', { file: abs })
  const lock = acquireLock(abs)
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.copy.tmp`)
  const cleanup = (): void => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(tmp + suffix, { force: true })
  }
  try {
    if (project.encrypted) {
      // SQLite's backup cannot write into a keyed database; VACUUM INTO reads one snapshot too, and
      // its copy of an encrypted project is encrypted with the same key (decision 0026).
      // A project opened to read holds a read transaction, where VACUUM cannot run: a second
      // connection, read-only, takes its own snapshot.
      opts.progress?.report('copy', 0, 1)
      const source = project.sqlite.inTransaction ? project.openSibling(project.path, { readonly: true }) : project.sqlite
      try {
        source.exec(`VACUUM INTO '${tmp.replace(/'/g, "''")}'`)
      } finally {
        if (source !== project.sqlite) source.close()
      }
      opts.progress?.report('copy', 1, 1)
    } else
      await project.sqlite.backup(tmp, {
        progress: ({ totalPages, remainingPages }) => {
          opts.progress?.report('copy', totalPages - remainingPages, totalPages)
          return 256
        }
      })
    verifyCopy(project.openSibling(tmp), abs)
    for (const suffix of ['-wal', '-shm']) fs.rmSync(abs + suffix, { force: true })
    fs.renameSync(tmp, abs)
    return { file: abs, bytes: fs.statSync(abs).size }
  } catch (e) {
    cleanup()
    const code = (e as { code?: string }).code
    if (code === 'ENOSPC' || code === 'SQLITE_FULL') throw new EsitiError('DISK_FULL', 'project.diskFull', { file: path.basename(abs) })
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'SQLITE_CANTOPEN')
      throw new EsitiError('READ_ONLY', 'project.cannotWrite', { file: abs })
    throw e
  } finally {
    lock.release()
  }
}

/**
 * The copy must open and pass SQLite's integrity check before it replaces anything. It is left as one
 * self-contained file (rollback journal, no -wal beside it) that can be mailed or moved as it is;
 * Esiti turns WAL back on when it opens it.
 */
function verifyCopy(db: Database.Database, abs: string): void {
  try {
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new EsitiError('INTERNAL', 'project.damaged', { file: path.basename(abs), detail: String(check) })
    db.pragma('journal_mode = DELETE')
  } finally {
    db.close()
  }
}
