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

interface KeyringEntry {
  getPassword(): string | null
  setPassword(p: string): void
  deletePassword(): boolean
}

/** The keychain, when this platform has one that answers; null otherwise (headless Linux, CI). */
async function keyringEntry(t: CredentialTarget): Promise<KeyringEntry | null> {
  if (process.env.ESITI_NO_KEYCHAIN === '1') return null
  try {
    // Loaded on demand: a platform without the native binding still syncs with the other sources.
    const { Entry } = (await import('@napi-rs/keyring')) as unknown as { Entry: new (service: string, user: string) => KeyringEntry }
    return new Entry(SERVICE, account(t))
  } catch {
    return null
  }
}

export async function keychainPassword(t: CredentialTarget): Promise<string | null> {
  try {
    return (await keyringEntry(t))?.getPassword() ?? null
  } catch {
    return null
  }
}

/** Saves a password in the OS keychain; false when there is no keychain to save it in. */
export async function saveKeychainPassword(t: CredentialTarget, password: string): Promise<boolean> {
  try {
    const e = await keyringEntry(t)
    if (!e) return false
    e.setPassword(password)
    return true
  } catch {
    return false
  }
}

export async function forgetKeychainPassword(t: CredentialTarget): Promise<boolean> {
  try {
    return (await keyringEntry(t))?.deletePassword() ?? false
  } catch {
    return false
  }
}

function pgpassFile(): string {
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
