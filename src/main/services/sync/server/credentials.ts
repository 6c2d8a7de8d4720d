import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * The password of a member's PostgreSQL role, looked up the way PostgreSQL's own tools do, never
 * from the project file or an argument: PGPASSWORD, then the OS keychain (Windows Credential
 * Manager, macOS Keychain, the Secret Service on Linux) where Esiti saved it, then the pgpass file
 * (PGPASSFILE, ~/.pgpass, %APPDATA%\postgresql\pgpass.conf). None: the server may trust the
 * connection (a client certificate, peer or trust authentication).
 */
export interface CredentialTarget {
  host: string
  port: number
  database: string
  user: string
}

const SERVICE = 'esiti-team-server'
const account = (t: CredentialTarget): string => `${t.user}@${t.host}:${t.port}/${t.database}`

/**
 * Where saved passwords live: the OS keychain by default. An interface, so the keychain path can be
 * exercised where the OS has no store (a headless Linux without a Secret Service, CI) with another
 * store put in its place (`useKeyStore`); nothing else swaps it.
 */
export interface KeyStore {
  get(account: string): string | null
  set(account: string, password: string): void
  delete(account: string): boolean
}

interface KeyringEntry {
  getPassword(): string | null
  setPassword(p: string): void
  deletePassword(): boolean
}

let override: KeyStore | null | undefined

/** Puts another store in the keychain's place (null: no keychain at all); undefined: the OS keychain again. */
export function useKeyStore(store: KeyStore | null | undefined): void {
  override = store
}

/**
 * The OS keychain, when this platform has one that answers; null otherwise (no native binding, or a
 * Linux without a Secret Service: reading a probe entry fails there rather than returning nothing).
 */
export async function osKeyStore(): Promise<KeyStore | null> {
  try {
    // Loaded on demand: a platform without the native binding still syncs with the other sources.
    const { Entry } = (await import('@napi-rs/keyring')) as unknown as { Entry: new (service: string, user: string) => KeyringEntry }
    new Entry(SERVICE, 'esiti-probe').getPassword()
    return {
      get: (a) => new Entry(SERVICE, a).getPassword() ?? null,
      set: (a, p) => new Entry(SERVICE, a).setPassword(p),
      delete: (a) => new Entry(SERVICE, a).deletePassword()
    }
  } catch {
    return null
  }
}

async function keyStore(): Promise<KeyStore | null> {
  if (override !== undefined) return override
  if (process.env.ESITI_NO_KEYCHAIN === '1') return null
  return osKeyStore()
}

export async function keychainAvailable(): Promise<boolean> {
  return (await keyStore()) !== null
}

export async function keychainPassword(t: CredentialTarget): Promise<string | null> {
  try {
    return (await keyStore())?.get(account(t)) ?? null
  } catch {
    return null
  }
}

/** Saves a password in the keychain; false when there is no keychain to save it in. */
export async function saveKeychainPassword(t: CredentialTarget, password: string): Promise<boolean> {
  try {
    const store = await keyStore()
    if (!store) return false
    store.set(account(t), password)
    return true
  } catch {
    return false
  }
}

export async function forgetKeychainPassword(t: CredentialTarget): Promise<boolean> {
  try {
    return (await keyStore())?.delete(account(t)) ?? false
  } catch {
    return false
  }
}

/** The pgpass line a member can write instead, when there is no keychain (password left out). */
export function pgpassLine(t: CredentialTarget): string {
  const esc = (v: string): string => v.replace(/\\/g, '\\\\').replace(/:/g, '\\:')
  return `${esc(t.host)}:${t.port}:${esc(t.database)}:${esc(t.user)}:…`
}

export function pgpassFile(): string {
  if (process.env.PGPASSFILE) return process.env.PGPASSFILE
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'postgresql', 'pgpass.conf')
  return path.join(os.homedir(), '.pgpass')
}

/** One pgpass field: `*` matches anything, `\:` and `\\` are escapes. */
function splitPgpassLine(line: string): string[] {
  const out: string[] = []
  let cur = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (ch === '\\' && i + 1 < line.length) cur += line[++i]
    else if (ch === ':') {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}

/**
 * The password for this server in the pgpass file, as libpq reads it: the first matching line wins;
 * on Unix the file is ignored when others can read it (libpq's rule, so a leaked file is not used).
 */
export function pgpassPassword(t: CredentialTarget): string | null {
  const file = pgpassFile()
  let text: string
  try {
    const st = fs.statSync(file)
    if (!st.isFile()) return null
    if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) return null
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return null
  }
  const want = [t.host, String(t.port), t.database, t.user]
  for (const raw of text.split(/\r?\n/)) {
    if (!raw || raw.startsWith('#')) continue
    const f = splitPgpassLine(raw)
    if (f.length < 5) continue
    const hostMatch = f[0] === '*' || f[0] === t.host || (f[0] === 'localhost' && (t.host === '127.0.0.1' || t.host === '::1'))
    if (hostMatch && want.slice(1).every((w, i) => f[i + 1] === '*' || f[i + 1] === w)) return f.slice(4).join(':')
  }
  return null
}

export type PasswordSource = 'environment' | 'keychain' | 'pgpass' | 'none'

export async function findPassword(t: CredentialTarget): Promise<{ password: string | null; source: PasswordSource }> {
  if (process.env.PGPASSWORD) return { password: process.env.PGPASSWORD, source: 'environment' }
  const k = await keychainPassword(t)
  if (k) return { password: k, source: 'keychain' }
  const p = pgpassPassword(t)
  if (p !== null) return { password: p, source: 'pgpass' }
  return { password: null, source: 'none' }
}
