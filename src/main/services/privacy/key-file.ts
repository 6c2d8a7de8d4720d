import type { KeyExportDto, KeyRemovalDto } from '../../../shared/privacy-results'
import { englishText, msg } from '../../../shared/messages'
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type BinaryLike, type ScryptOptions } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { newId, nowIso } from '../../db/ids'
import { mutate } from '../../db/op-log'
import { publishStreamed } from '../files/publish'
import type { Ctx } from '../context'
import { keyRows } from './key-store'
import { listOriginals } from './originals'
import { compactFile, purgeLog } from './purge'
import type { StoredKeyRow } from './surrogates'

/**
 * The key between pseudonyms and real identities, exported to a file of its own protected with a
 * passphrase (docs/decisions/0025): scrypt derives a 256-bit key from the passphrase and a random
 * salt, AES-256-GCM encrypts the rows with a random 96-bit nonce and authenticates them together with
 * the header, so a wrong passphrase or a changed byte is refused, never half-read.
 */
export const KEY_FILE_FORMAT = 'esiti-privacy-key'
const VERSION = 1
/** scrypt cost: 2^17 × 8 × 128 bytes = 128 MiB of memory and about half a second per attempt. */
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 }
const MAX_KEY_FILE = 64 * 1024 * 1024

export const MIN_PASSPHRASE = 8

interface Header {
  format: typeof KEY_FILE_FORMAT
  version: number
  project: string
  exportedAt: string
  rows: number
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string }
  cipher: { name: 'aes-256-gcm'; iv: string }
}

interface KeyFile extends Header {
  tag: string
  data: string
}

function derive(passphrase: string, salt: Buffer, kdf: { N: number; r: number; p: number }): Promise<Buffer> {
  const opts: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scryptCb(passphrase.normalize('NFC') as BinaryLike, salt, 32, opts, (err, key) => (err ? reject(err) : resolve(key)))
  )
}

export function checkPassphrase(passphrase: string | undefined): string {
  if (!passphrase) throw new EsitiError('PASSPHRASE_REQUIRED', 'privacy.passphraseRequired')
  if ([...passphrase].length < MIN_PASSPHRASE) throw new EsitiError('INVALID_INPUT', 'privacy.passphraseTooShort', { min: MIN_PASSPHRASE })
  return passphrase
}

/** The header, authenticated with the rows: changing a parameter makes decryption fail. */
const aad = (h: Header): Buffer => Buffer.from(JSON.stringify(h), 'utf8')

export async function exportKey(ctx: Ctx, file: string, passphrase: string): Promise<KeyExportDto> {
  checkPassphrase(passphrase)
  const rows = keyRows(ctx.project)
  if (rows.length === 0) throw new EsitiError('NOT_FOUND', 'privacy.keyEmpty')
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const header: Header = {
    format: KEY_FILE_FORMAT,
    version: VERSION,
    project: ctx.project.meta('project_id') ?? '',
    exportedAt: nowIso(),
    rows: rows.length,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64') }
  }
  const key = await derive(passphrase, salt, SCRYPT)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(aad(header))
  const data = Buffer.concat([cipher.update(JSON.stringify({ rows }), 'utf8'), cipher.final()])
  const out: KeyFile = { ...header, tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') }
  const abs = path.resolve(file)
  // Staged in a private temp folder (mode 0700) and moved into place: a killed or failed export leaves
  // neither a half-written key file nor a readable temporary beside the target.
  try {
    await publishStreamed(abs, async (staged) => {
      fs.writeFileSync(staged, JSON.stringify(out, null, 1) + '\n', { mode: 0o600, flag: 'wx' })
    })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || !fs.existsSync(path.dirname(abs))) throw new EsitiError('NOT_FOUND', 'privacy.folderNotFound', { folder: path.dirname(abs) })
    throw e
  }
  return { file: abs, rows: rows.length }
}

/** Reads and decrypts a key file; a wrong passphrase or a damaged file is a clear error. */
export async function readKeyFile(file: string, passphrase: string): Promise<{ header: Header; rows: StoredKeyRow[] }> {
  let raw: string
  try {
    const st = fs.statSync(file)
    if (!st.isFile()) throw new EsitiError('INVALID_INPUT', 'privacy.keyFileNotFile', { file })
    if (st.size > MAX_KEY_FILE) throw new EsitiError('TOO_LARGE', 'privacy.keyFileDamaged', { file: path.basename(file) })
    raw = fs.readFileSync(file, 'utf8')
  } catch (e) {
    if (e instanceof EsitiError) throw e
    throw new EsitiError('NOT_FOUND', 'privacy.keyFileMissing', { file })
  }
  let parsed: KeyFile
  try {
    parsed = JSON.parse(raw) as KeyFile
  } catch {
    throw new EsitiError('CORRUPT_FILE', 'privacy.keyFileDamaged', { file: path.basename(file) })
  }
  if (parsed?.format !== KEY_FILE_FORMAT) throw new EsitiError('UNSUPPORTED_FILE', 'privacy.notAKeyFile', { file: path.basename(file) })
  if (parsed.version !== VERSION || parsed.kdf?.name !== 'scrypt' || parsed.cipher?.name !== 'aes-256-gcm')
    throw new EsitiError('UNSUPPORTED_FILE', 'privacy.keyFileVersion', { file: path.basename(file) })
  const { tag, data, ...header } = parsed
  const kdf = header.kdf
  if (![kdf.N, kdf.r, kdf.p].every((n) => Number.isInteger(n) && n > 0) || kdf.N > 2 ** 20 || kdf.r > 16 || kdf.p > 4)
    throw new EsitiError('CORRUPT_FILE', 'privacy.keyFileDamaged', { file: path.basename(file) })
  const key = await derive(passphrase, Buffer.from(kdf.salt, 'base64'), kdf)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.cipher.iv, 'base64'))
    decipher.setAAD(aad(header))
    decipher.setAuthTag(Buffer.from(tag, 'base64'))
    const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()])
    return { header, rows: (JSON.parse(plain.toString('utf8')) as { rows: StoredKeyRow[] }).rows }
  } catch {
    // GCM cannot tell a wrong passphrase from a changed file: both fail authentication.
    throw new EsitiError('WRONG_PASSPHRASE', 'privacy.keyFileWrongPassphrase', { file: path.basename(file) })
  }
}

export async function importKey(ctx: Ctx, file: string, passphrase: string): Promise<{ imported: number; present: number }> {
  const { rows } = await readKeyFile(file, passphrase)
  const project = ctx.project
  let imported = 0
  mutate(project, { actor: ctx.actor, kind: 'privacy.keyImport', summary: msg('privacy.op.keyImport') }, (w) => {
    for (const r of rows) {
      const clash = project.stmt('SELECT id FROM privacy_key WHERE id = ? OR (group_id = ? AND real_key = ?)').get(r.id, r.group_id, r.real_key)
      if (clash) continue
      w.insert('privacy_key', { ...r })
      imported++
    }
  })
  return { imported, present: rows.length - imported }
}

/**
 * Removes the key from the project for good (its log images too, then compacts the file): from now
 * on the pseudonyms can be traced back only with an exported key file.
 */
export function removeKey(ctx: Ctx): KeyRemovalDto {
  const project = ctx.project
  const ids = (project.stmt('SELECT id FROM privacy_key').all() as { id: string }[]).map((r) => r.id)
  if (ids.length === 0) throw new EsitiError('NOT_FOUND', 'privacy.keyEmpty')
  project.sqlite.pragma('secure_delete = ON')
  const purge = project.tx(() => {
    project.stmt('DELETE FROM privacy_key').run()
    const p = purgeLog(project, [], ids)
    // Logged as done and discarded at once (nothing to undo: the key is gone), named like every entry.
    const summary = msg('privacy.op.keyRemove', { count: ids.length })
    project
      .stmt('INSERT INTO op_log (id, at, actor, kind, summary, message, changes, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(newId(), nowIso(), ctx.actor, 'privacy.keyRemove', englishText(summary), JSON.stringify(summary), '[]', 'discarded')
    return p
  })
  compactFile(project)
  return { removed: ids.length, ...purge, originalsKept: listOriginals(project).length }
}
