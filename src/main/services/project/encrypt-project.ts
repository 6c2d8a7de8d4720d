import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { EsitiError } from '../../../shared/errors'
import { crashPoint } from '../../db/crash-point'
import { decryptFileInPlace, encryptFileInPlace, fileKind, openKeyed, readHead, removeCryptLeftovers } from '../../db/encryption'
import { PROJECT_EXTENSION, type ProjectFile } from '../../db/project-file'
import { plainOpener } from '../../db/read-only-open'

/**
 * Encrypting or decrypting a project replaces its file, so it must never leave it half-done: the new
 * file is built next to it (a copy written by SQLite, then rekeyed), checked table by table against
 * the project, synced to disk and renamed over it in one step, all under the project's lock. A crash
 * before the rename leaves the project as it was (the leftover copy is removed at the next open);
 * after it, the project is complete in its new form.
 */

export interface CryptResult {
  project: string
  encrypted: boolean
  /** Unencrypted backups beside the project (written before earlier upgrades): Esiti does not touch them. */
  plainBackups: string[]
}

/** A project passphrase: long enough to resist guessing by the PBKDF2 rounds alone. */
export const MIN_PROJECT_PASSPHRASE = 8

export function checkNewPassphrase(passphrase: string): void {
  if (!passphrase) throw new EsitiError('INVALID_INPUT', 'encryption.passphraseEmpty')
  if ([...passphrase.normalize('NFC')].length < MIN_PROJECT_PASSPHRASE)
    throw new EsitiError('INVALID_INPUT', 'encryption.passphraseTooShort', { min: MIN_PROJECT_PASSPHRASE })
}

/** Row counts of every table: the copy must hold the project's rows, all of them. */
function tableCounts(db: Database.Database): string {
  const out: Record<string, number> = {}
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    out[name] = (db.prepare(`SELECT COUNT(*) n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n
  return JSON.stringify(out)
}

function fsync(file: string, flags = 'r+'): void {
  let fd: number
  try {
    fd = fs.openSync(file, flags)
  } catch {
    return // a folder cannot be opened for syncing on Windows: the rename is atomic there anyway
  }
  try {
    fs.fsyncSync(fd)
  } catch {
    // some file systems refuse to sync a folder
  } finally {
    fs.closeSync(fd)
  }
}

/** Backups written before upgrades (VACUUM INTO, so plain if the project was plain then). */
function plainBackupsBeside(file: string): string[] {
  const dir = path.dirname(file)
  const base = path.basename(file)
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(`${base}.`) && f.endsWith(`.backup${PROJECT_EXTENSION}`))
      .map((f) => path.join(dir, f))
      .filter((f) => {
        try {
          return fileKind(readHead(f)) === 'plain'
        } catch {
          return false
        }
      })
  } catch {
    return []
  }
}

/**
 * Rewrites the open project (encrypted with `passphrase`, or decrypted) and closes it; the caller
 * opens it again. Nothing else may write to it meanwhile: its lock is held from before the copy to
 * after the rename.
 */
async function rewrite(project: ProjectFile, mode: 'encrypt' | 'decrypt', passphrase: string): Promise<CryptResult> {
  if (project.readonly) throw new EsitiError('READ_ONLY', 'project.cannotWrite', { file: project.path })
  const abs = project.path
  const tmp = `${abs}.${mode === 'encrypt' ? 'encrypting' : 'decrypting'}${PROJECT_EXTENSION}`
  let lock: ReturnType<ProjectFile['closeKeepingLock']> = null
  try {
    removeCryptLeftovers(abs)
    project.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const counts = tableCounts(project.sqlite)
    // The copy SQLite writes of an encrypted project is encrypted with the same key.
    project.sqlite.exec(`VACUUM INTO '${tmp.replace(/'/g, "''")}'`)
    lock = project.closeKeepingLock()
    crashPoint(`${mode}:copied`)
    if (mode === 'encrypt') await encryptFileInPlace(tmp, passphrase)
    else await decryptFileInPlace(tmp, passphrase)
    crashPoint(`${mode}:rekeyed`)
    const check = mode === 'encrypt' ? openKeyed(tmp, passphrase) : plainOpener(tmp, { readonly: true })
    try {
      if (check.pragma('quick_check', { simple: true }) !== 'ok' || tableCounts(check) !== counts)
        throw new EsitiError('INTERNAL', 'encryption.checkFailed', { file: path.basename(abs) })
    } finally {
      check.close()
    }
    // The project was closed cleanly, so its WAL is gone; one left by another program would be
    // applied by SQLite to the new file, so it must not exist.
    const wal = `${abs}-wal`
    if (fs.existsSync(wal) && fs.statSync(wal).size > 0) throw new EsitiError('CONFLICT', 'encryption.walLeft', { file: path.basename(abs) })
    fs.rmSync(wal, { force: true })
    fs.rmSync(`${abs}-shm`, { force: true })
    fsync(tmp)
    crashPoint(`${mode}:before-rename`)
    fs.renameSync(tmp, abs)
    fsync(path.dirname(abs), 'r')
    crashPoint(`${mode}:renamed`)
    return { project: abs, encrypted: mode === 'encrypt', plainBackups: mode === 'encrypt' ? plainBackupsBeside(abs) : [] }
  } catch (e) {
    project.close()
    removeCryptLeftovers(abs)
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new EsitiError('DISK_FULL', 'project.diskFull', { file: path.basename(abs) })
    throw e
  } finally {
    lock?.release()
  }
}

/** Encrypts an open plain project with a new passphrase, and closes it. */
export async function encryptProject(project: ProjectFile, passphrase: string): Promise<CryptResult> {
  if (project.encrypted) throw new EsitiError('CONFLICT', 'encryption.alreadyEncrypted', { file: path.basename(project.path) })
  checkNewPassphrase(passphrase)
  return rewrite(project, 'encrypt', passphrase)
}

/** Decrypts an open encrypted project (opened with its passphrase), and closes it. */
export async function decryptProject(project: ProjectFile): Promise<CryptResult> {
  const passphrase = project.cipherPassphrase
  if (passphrase === undefined) throw new EsitiError('CONFLICT', 'encryption.notEncrypted', { file: path.basename(project.path) })
  return rewrite(project, 'decrypt', passphrase)
}
