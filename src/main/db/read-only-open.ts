import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'

/**
 * How a project is read without being written (read-only verbs, the other copy in a merge):
 * - when the file and its folder are writable, a normal connection with `query_only`, so that SQLite
 *   can recover a left-over journal and tidies its -wal and -shm files when it closes;
 * - otherwise a read-only connection, which works on a read-only file in a writable folder;
 * - on read-only media (a folder where SQLite cannot create its -shm file) the file, and its -wal if
 *   any, are copied to a private temporary folder and read there.
 * A snapshot is also what an older project is upgraded in, when it is only read.
 */
export interface ReadConnection {
  sqlite: Database.Database
  /** The temporary copy being read, if any (removed by `dispose`). */
  snapshot: string | null
  dispose(): void
}

const writable = (p: string): boolean => {
  try {
    fs.accessSync(p, fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** SQLite errors that mean "cannot read in place on this medium", not "this file is damaged". */
const NEEDS_COPY = /^SQLITE_(CANTOPEN|READONLY|IOERR)/

/** How a SQLite file is opened: better-sqlite3 for a plain project, the cipher build with its key for an encrypted one. */
export type Opener = (file: string, opts: { readonly: boolean }) => Database.Database

export const plainOpener: Opener = (file, opts) => new Database(file, { readonly: opts.readonly, fileMustExist: true })

export function openForReading(file: string, open: Opener = plainOpener): ReadConnection {
  if (writable(file) && writable(path.dirname(file))) {
    const sqlite = open(file, { readonly: false })
    return { sqlite, snapshot: null, dispose: () => sqlite.close() }
  }
  const sqlite = open(file, { readonly: true })
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
    return { sqlite, snapshot: null, dispose: () => sqlite.close() }
  } catch (e) {
    sqlite.close()
    if (!NEEDS_COPY.test((e as { code?: string }).code ?? '')) throw e
    return snapshotOf(
      file,
      (dest) => {
        fs.copyFileSync(file, dest)
        if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${dest}-wal`)
      },
      open
    )
  }
}

/**
 * A private copy to read (or upgrade) instead of the file itself; `copy` writes it to the path it is
 * given (the copy of an encrypted project is encrypted with the same key, `open` opens it). The copy is opened read-write (SQLite may need to recover its journal) and removed on dispose.
 */
export function snapshotOf(file: string, copy: (dest: string) => void, open: Opener = plainOpener): ReadConnection {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-read-'))
  const dest = path.join(dir, path.basename(file))
  const remove = (): void => fs.rmSync(dir, { recursive: true, force: true })
  try {
    copy(dest)
    const sqlite = open(dest, { readonly: false })
    return {
      sqlite,
      snapshot: dest,
      dispose: () => {
        try {
          sqlite.close()
        } finally {
          remove()
        }
      }
    }
  } catch (e) {
    remove()
    throw e
  }
}
