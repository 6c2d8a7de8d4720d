import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect, type CompiledQuery, type Compilable } from 'kysely'
import { EsitiError } from '../../shared/errors'
import { migrate, pendingMigrations } from './migrate'
import { acquireLock, type ProjectLock } from './project-lock'
import { openForReading, plainOpener, snapshotOf, type Opener, type ReadConnection } from './read-only-open'
import { fileKind, loadCipherDriver, openKeyed, passphraseFor, readHead, removeCryptLeftovers } from './encryption'
import { readingAs } from '../files/wrong-kind'
import type { DB } from './schema'
import { newId, nowIso } from './ids'

export const PROJECT_EXTENSION = '.esiti'
const APP_ID = 'esiti-project'

/**
 * An open project file: one SQLite connection, a kysely builder over it and the process lock (none
 * when it is only read: then writes fail, and every query sees one snapshot of the file).
 */
export class ProjectFile {
  readonly kysely: Kysely<DB>
  private closed = false

  constructor(
    readonly path: string,
    readonly sqlite: Database.Database,
    private readonly lock: ProjectLock | null,
    private readonly reading: { onClose(): void } | null = null,
    /** The passphrase of an encrypted project (its copies are encrypted with it too); null when plain. */
    private readonly passphrase: string | null = null
  ) {
    this.kysely = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) })
  }

  /** Encrypted at rest (docs/decisions/0026). */
  get encrypted(): boolean {
    return this.passphrase !== null
  }

  /**
   * Opens another SQLite file the way this project is opened: a copy SQLite wrote of an encrypted
   * project (VACUUM INTO, backup) is encrypted with the same key.
   */
  openSibling(file: string, opts: { readonly?: boolean } = {}): Database.Database {
    return openerFor(this.passphrase)(file, { readonly: !!opts.readonly })
  }

  /** The passphrase of an encrypted project, for a copy opened as a project (never logged or stored). */
  get cipherPassphrase(): string | undefined {
    return this.passphrase ?? undefined
  }

  /**
   * Closes the connection but keeps the inter-process lock, for work that replaces the file itself
   * (encrypting, decrypting): nobody may open it until the caller releases the lock.
   */
  closeKeepingLock(): ProjectLock | null {
    const lock = this.lock
    this.keepLock = true
    this.close()
    return lock
  }

  private keepLock = false

  /** Opened only to read (read-only verbs, the other copy of a merge). */
  get readonly(): boolean {
    return this.reading !== null
  }

  private readonly statements = new Map<string, Database.Statement>()

  /**
   * A prepared statement for this SQL, reused: bulk writes (an import of thousands of codings) would
   * otherwise spend most of their time compiling the same statements again.
   */
  stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql)
    if (!st) {
      if (this.statements.size >= 512) this.statements.clear()
      st = this.sqlite.prepare(sql)
      this.statements.set(sql, st)
    }
    return st
  }

  /** Runs a kysely query synchronously and returns its rows. */
  all<R>(query: Compilable<R>): R[] {
    const c = query.compile() as CompiledQuery<R>
    const stmt = this.stmt(c.sql)
    return (stmt.reader ? stmt.all(...(c.parameters as unknown[])) : []) as R[]
  }

  get<R>(query: Compilable<R>): R | undefined {
    const c = query.compile() as CompiledQuery<R>
    return this.stmt(c.sql).get(...(c.parameters as unknown[])) as R | undefined
  }

  run(query: Compilable<unknown>): Database.RunResult {
    const c = query.compile()
    return this.stmt(c.sql).run(...(c.parameters as unknown[]))
  }

  /** A synchronous transaction: every write in Esiti goes through one. */
  tx<T>(fn: () => T): T {
    return this.sqlite.transaction(fn)()
  }

  meta(key: string): string | undefined {
    const row = this.sqlite.prepare('SELECT value FROM meta WHERE id = ?').get(key) as
      | { value: string }
      | undefined
    return row?.value
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.statements.clear()
    try {
      if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK')
      if (!this.reading) this.sqlite.pragma('optimize')
    } catch {
      // a read-only or failing file still closes
    }
    if (this.reading) this.reading.onClose()
    else this.sqlite.close()
    if (!this.keepLock) this.lock?.release()
  }
}

export interface OpenOptions {
  /** Create the file (fails if it exists). */
  create?: boolean
  /** Who is working: recorded in the operation log. */
  actor?: string
  /**
   * Only read: no lock (it can be read while another Esiti has it open), no upgrade in place, works
   * on read-only files and media; writes fail.
   */
  readonly?: boolean
  /**
   * With `readonly`: read a private copy, where derived data that is out of date (a questionnaire's
   * clean layer, say) can be rebuilt; the file itself is never written.
   */
  privateCopy?: boolean
  /**
   * The passphrase of an encrypted project; without it, the process's passphrase provider is asked
   * (the CLI: ESITI_PASSPHRASE or a prompt). Ignored for a plain project.
   */
  passphrase?: string
}

/**
 * Checks the first bytes so that a random file is refused before SQLite touches it; tells a plain
 * project from an encrypted one.
 */
function assertLooksLikeSqlite(file: string): 'plain' | 'encrypted' {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new EsitiError('NOT_FOUND', 'project.notFound', { file })
    throw new EsitiError('READ_ONLY', 'project.cannotRead', { file, detail: (e as Error).message })
  }
  if (stat.isDirectory()) throw new EsitiError('NOT_A_PROJECT', 'project.isFolder', { file })
  // A named pipe or a device would block the reader (or never end): only regular files are read.
  if (!stat.isFile()) throw new EsitiError('NOT_A_PROJECT', 'project.notRegularFile', { file: path.basename(file) })
  let head: Buffer
  try {
    head = readHead(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new EsitiError('NOT_FOUND', 'project.notFound', { file })
    if (code === 'EISDIR') throw new EsitiError('NOT_A_PROJECT', 'project.isFolder', { file })
    throw new EsitiError('READ_ONLY', 'project.cannotRead', { file, detail: (e as Error).message })
  }
  const kind = fileKind(head)
  if (kind === 'other') throw new EsitiError('NOT_A_PROJECT', 'project.notSqlite', { file: path.basename(file) })
  return kind
}

/** The opener of a project's files: the cipher build with the key, or plain better-sqlite3. */
function openerFor(passphrase: string | null): Opener {
  if (passphrase === null) return plainOpener
  return (file, o) => openKeyed(file, passphrase, o)
}

/** The passphrase an encrypted project needs (asked for only then), with the cipher build loaded. */
async function keyFor(abs: string, kind: 'plain' | 'encrypted', opts: OpenOptions): Promise<string | null> {
  if (kind === 'plain') return null
  const passphrase = await passphraseFor(abs, opts.passphrase)
  await loadCipherDriver()
  return passphrase
}

function configure(sqlite: Database.Database, readonly: boolean): void {
  if (!readonly) sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // FULL: a commit survives a power cut, not only a killed process.
  sqlite.pragma('synchronous = FULL')
  // Retrieval and matrices over 200,000 codings read pages all over a large file: memory-mapped
  // reads and a bigger page cache keep them interactive (writes still go through the WAL).
  sqlite.pragma('mmap_size = 536870912')
  sqlite.pragma('cache_size = -32768')
}

export async function openProjectFile(file: string, opts: OpenOptions = {}): Promise<ProjectFile> {
  const abs = path.resolve(file)
  if (opts.create) return createProjectFile(abs, opts)
  // A Word document or a spreadsheet picked by mistake is named as such, not as "not a SQLite file".
  const kind = await readingAs(abs, 'project', () => assertLooksLikeSqlite(abs))
  const passphrase = await keyFor(abs, kind, opts)
  return opts.readonly ? openToRead(abs, !!opts.privateCopy, passphrase) : openToWrite(abs, passphrase)
}

/** Refuses a damaged file, and a SQLite file of another application (whatever its meta table holds). */
function assertProject(sqlite: Database.Database, abs: string): void {
  const check = sqlite.pragma('quick_check', { simple: true })
  if (check !== 'ok') throw new EsitiError('NOT_A_PROJECT', 'project.damaged', { file: path.basename(abs), detail: String(check) })
  const foreign = (): EsitiError => new EsitiError('NOT_A_PROJECT', 'project.foreignSqlite', { file: path.basename(abs) })
  if (!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").get()) throw foreign()
  const cols = new Set((sqlite.pragma('table_info(meta)') as { name: string }[]).map((c) => c.name))
  if (!cols.has('id') || !cols.has('value')) throw foreign()
  const appId = sqlite.prepare("SELECT value FROM meta WHERE id='app'").get() as { value: unknown } | undefined
  if (appId?.value !== APP_ID) throw foreign()
}

async function openToWrite(abs: string, passphrase: string | null): Promise<ProjectFile> {
  const lock = acquireLock(abs)
  // An encryption or decryption killed half-way left its copy beside the project (the project itself
  // is intact): with the lock held, it is ours to remove.
  removeCryptLeftovers(abs)
  let sqlite: Database.Database | undefined
  try {
    sqlite = openerFor(passphrase)(abs, { readonly: false })
    assertProject(sqlite, abs)
    configure(sqlite, false)
    const project = new ProjectFile(abs, sqlite, lock, null, passphrase)
    await migrate(project, { backup: true })
    return project
  } catch (e) {
    sqlite?.close()
    lock.release()
    throw translateOpenError(e, abs)
  }
}

async function openToRead(abs: string, privateCopy: boolean, passphrase: string | null): Promise<ProjectFile> {
  let conn: ReadConnection | null = null
  const open = openerFor(passphrase)
  try {
    conn = openForReading(abs, open)
    assertProject(conn.sqlite, abs)
    if (privateCopy || pendingMigrations(conn.sqlite, abs).length > 0) {
      // An older project that is only read is upgraded in a private copy, never in place.
      const original: ReadConnection = conn
      conn = snapshotOf(abs, (dest) => original.sqlite.exec(`VACUUM INTO '${dest.replace(/'/g, "''")}'`), open)
      original.dispose()
      configure(conn.sqlite, false)
      await migrate(new ProjectFile(abs, conn.sqlite, null, null, passphrase), { backup: false })
    } else configure(conn.sqlite, true)
    if (!privateCopy) {
      conn.sqlite.pragma('query_only = ON')
      // One read transaction: every query of the verb sees the same state, even while the app writes.
      conn.sqlite.exec('BEGIN')
    }
    const reading = conn
    return new ProjectFile(abs, conn.sqlite, null, { onClose: () => reading.dispose() }, passphrase)
  } catch (e) {
    conn?.dispose()
    throw translateOpenError(e, abs)
  }
}

async function createProjectFile(abs: string, opts: OpenOptions): Promise<ProjectFile> {
  if (fs.existsSync(abs)) throw new EsitiError('PROJECT_EXISTS', 'project.exists', { file: abs })
  const dir = path.dirname(abs)
  if (!fs.existsSync(dir)) throw new EsitiError('NOT_FOUND', 'project.folderNotFound', { folder: dir })
  const lock = acquireLock(abs)
  let sqlite: Database.Database | undefined
  try {
    sqlite = new Database(abs)
    configure(sqlite, false)
    const project = new ProjectFile(abs, sqlite, lock)
    await migrate(project, { backup: false })
    const id = newId()
    sqlite
      .prepare('INSERT INTO meta (id, value) VALUES (?, ?), (?, ?), (?, ?), (?, ?)')
      .run('app', APP_ID, 'project_id', id, 'created_at', nowIso(), 'created_by', opts.actor ?? 'esiti')
    return project
  } catch (e) {
    sqlite?.close()
    lock.release()
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(abs + suffix, { force: true })
    throw translateOpenError(e, abs)
  }
}

function translateOpenError(e: unknown, abs: string): unknown {
  if (e instanceof EsitiError) return e
  const code = (e as { code?: string }).code
  const name = path.basename(abs)
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new EsitiError('NOT_A_PROJECT', 'project.damagedOrForeign', { file: name })
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EROFS')
    return new EsitiError('READ_ONLY', 'project.cannotWrite', { file: abs })
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new EsitiError('DISK_FULL', 'project.diskFull', { file: name })
  if (code === 'SQLITE_BUSY') return new EsitiError('PROJECT_IN_USE', 'project.busy', { file: name })
  return e
}
