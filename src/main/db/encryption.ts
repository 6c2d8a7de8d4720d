import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { EsitiError } from '../../shared/errors'

/**
 * Encryption at rest (docs/decisions/0026): an encrypted project is a SQLite file written through
 * SQLite3 Multiple Ciphers (`better-sqlite3-multiple-ciphers`, better-sqlite3's API plus key/rekey)
 * with ChaCha20-Poly1305 per page (authenticated) and a key derived from the passphrase by
 * PBKDF2-HMAC-SHA256. Plain projects keep using better-sqlite3. Every page is encrypted, the WAL's
 * too, and a copy SQLite writes of it (VACUUM INTO: backups before upgrades) is encrypted with the
 * same key. Bytes 16–23 of the header stay readable, which is how an encrypted project is told from
 * any other file before a passphrase is asked.
 */
export const CIPHER = 'chacha20'
/** PBKDF2 iterations, pinned: a project encrypted today must open with the same parameters tomorrow. */
export const KDF_ITER = 256000

type Driver = typeof Database
let driver: Driver | null = null

/** The encrypting SQLite build, loaded only when an encrypted project is met (plain ones never load it). */
export async function loadCipherDriver(): Promise<Driver> {
  if (!driver) {
    const m = (await import('better-sqlite3-multiple-ciphers')) as unknown as { default?: Driver } & Driver
    driver = m.default ?? m
  }
  return driver
}

function loadedDriver(): Driver {
  // A programming error (the async loader was skipped), named without an English sentence.
  if (!driver) throw new EsitiError('INTERNAL', 'core.internal', { detail: 'loadCipherDriver' })
  return driver
}

const SQLITE_MAGIC = 'SQLite format 3\u0000'

export type FileKind = 'plain' | 'encrypted' | 'other'

/**
 * What the first 100 bytes say: a plain SQLite file, an encrypted one (page size at 16–17, file
 * format bytes 1 or 2, 32 reserved bytes per page for the nonce and tag, then SQLite's fixed 64, 32,
 * 32), or something else.
 */
export function fileKind(head: Buffer): FileKind {
  if (head.length < 100) return 'other'
  if (head.toString('latin1', 0, 16) === SQLITE_MAGIC) return 'plain'
  const page = head.readUInt16BE(16)
  const okPage = page === 1 || (page >= 512 && page <= 32768 && (page & (page - 1)) === 0)
  const okFormat = (head[18] === 1 || head[18] === 2) && (head[19] === 1 || head[19] === 2)
  return okPage && okFormat && head[20] === 32 && head[21] === 64 && head[22] === 32 && head[23] === 32 ? 'encrypted' : 'other'
}

export function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r')
  try {
    const buf = Buffer.alloc(100)
    const n = fs.readSync(fd, buf, 0, 100, 0)
    return buf.subarray(0, n)
  } finally {
    fs.closeSync(fd)
  }
}

/** Whether a file is an encrypted project (false for a missing or unreadable one). */
export function isEncryptedFile(file: string): boolean {
  try {
    return fileKind(readHead(file)) === 'encrypted'
  } catch {
    return false
  }
}

/** The same passphrase typed on another keyboard (composed or decomposed accents) opens the same file. */
const keyBytes = (passphrase: string): Buffer => Buffer.from(passphrase.normalize('NFC'), 'utf8')

function configureCipher(db: Database.Database): void {
  db.pragma(`cipher = '${CIPHER}'`)
  db.pragma(`kdf_iter = ${KDF_ITER}`)
}

type Keyed = Database.Database & { key(k: Buffer): number; rekey(k: Buffer): number }

/**
 * Opens an encrypted SQLite file with its passphrase (the driver must be loaded). A wrong passphrase
 * is WRONG_PASSPHRASE (SQLite reports "not a database": the first page does not authenticate), never
 * a damaged-file error.
 */
export function openKeyed(file: string, passphrase: string, opts: { readonly?: boolean } = {}): Database.Database {
  const Mc = loadedDriver()
  const db = new Mc(file, { readonly: !!opts.readonly, fileMustExist: true }) as Keyed
  try {
    configureCipher(db)
    db.key(keyBytes(passphrase))
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    return db
  } catch (e) {
    db.close()
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw wrongPassphrase(file)
    throw e
  }
}

export const wrongPassphrase = (file: string): EsitiError => new EsitiError('WRONG_PASSPHRASE', 'encryption.wrongPassphrase', { file: path.basename(file) })

/** Encrypts a plain SQLite file in place (nobody has it open; rollback journal while it runs). */
export async function encryptFileInPlace(file: string, passphrase: string): Promise<void> {
  const Mc = await loadCipherDriver()
  const db = new Mc(file, { fileMustExist: true }) as Keyed
  try {
    db.pragma('journal_mode = DELETE')
    configureCipher(db)
    db.rekey(keyBytes(passphrase))
  } finally {
    db.close()
  }
}

/** Decrypts an encrypted file in place (nobody has it open). */
export async function decryptFileInPlace(file: string, passphrase: string): Promise<void> {
  await loadCipherDriver()
  const db = openKeyed(file, passphrase) as Keyed
  try {
    db.pragma('journal_mode = DELETE')
    db.rekey(Buffer.alloc(0))
  } finally {
    db.close()
  }
}

/**
 * Where the passphrase of an encrypted project comes from when the caller did not pass one: the CLI
 * asks ESITI_PASSPHRASE or a prompt, the service process the passphrases the window sent. Opening an
 * encrypted project anywhere (the other copy of a merge, a template) goes through it.
 */
export type PassphraseProvider = (file: string) => Promise<string | undefined>
let provider: PassphraseProvider | null = null

export function setPassphraseProvider(p: PassphraseProvider | null): void {
  provider = p
}

export async function passphraseFor(file: string, given?: string): Promise<string> {
  const p = given ?? (await provider?.(file))
  if (!p) throw new EsitiError('PASSPHRASE_REQUIRED', 'encryption.passphraseRequired', { file: path.basename(file) })
  return p
}

/** Copies left beside a project by an encryption or decryption that was interrupted (they may hold plain text). */
export function cryptLeftovers(file: string): string[] {
  return ['encrypting', 'decrypting'].flatMap((w) => ['', '-journal', '-wal', '-shm'].map((s) => `${file}.${w}.esiti${s}`))
}

/** Removes them; called with the project's lock held (nobody else is encrypting it). */
export function removeCryptLeftovers(file: string): void {
  for (const f of cryptLeftovers(file)) fs.rmSync(f, { force: true })
}
