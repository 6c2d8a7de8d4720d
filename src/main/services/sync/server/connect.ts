import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ConnectionOptions } from 'node:tls'
import pg from 'pg'
import { Kysely, PostgresDialect, sql } from 'kysely'
import { EsitiError } from '../../../../shared/errors'
import { findPassword, type PasswordSource } from './credentials'
import type { ServerDB } from './schema'
import type { TeamUrl } from './team-url'

/** An open connection to a team server: kysely over a small pg pool, and who we are there. */
export interface TeamServer {
  db: Kysely<ServerDB>
  url: TeamUrl
  role: string
  passwordSource: PasswordSource
  /** Whether the connection is encrypted (TLS). */
  tls: boolean
  close(): Promise<void>
}

type SslConfig = false | ConnectionOptions

const home = (...p: string[]): string => path.join(os.homedir(), ...p)
const readIf = (file: string | undefined | null): Buffer | undefined => {
  if (!file) return undefined
  try {
    return fs.readFileSync(file)
  } catch {
    throw new EsitiError('NOT_FOUND', 'sync.certificateMissing', { file })
  }
}
const existing = (file: string): string | null => (fs.existsSync(file) ? file : null)

/**
 * TLS as libpq's sslmode says (URL parameter, else PGSSLMODE, else `prefer`): `prefer` tries TLS and
 * falls back to a plain connection only when the server does not offer TLS; `require` encrypts
 * without checking the certificate unless a root certificate is given; `verify-ca` checks the chain;
 * `verify-full` the chain and the host name. Root and client certificates follow libpq's variables
 * and default files (~/.postgresql/root.crt, postgresql.crt, postgresql.key).
 */
function sslPlan(url: TeamUrl): { mode: string; first: SslConfig; fallback: SslConfig | null } {
  const mode = url.sslmode ?? process.env.PGSSLMODE ?? 'prefer'
  const rootFile = url.sslrootcert ?? process.env.PGSSLROOTCERT ?? existing(home('.postgresql', 'root.crt'))
  const certFile = process.env.PGSSLCERT ?? existing(home('.postgresql', 'postgresql.crt'))
  const keyFile = process.env.PGSSLKEY ?? existing(home('.postgresql', 'postgresql.key'))
  const base: ConnectionOptions = { cert: readIf(certFile), key: readIf(keyFile) }
  const ca = readIf(rootFile)
  const noHostCheck = { checkServerIdentity: () => undefined }
  switch (mode) {
    case 'disable':
      return { mode, first: false, fallback: null }
    case 'allow':
      return { mode, first: false, fallback: { ...base, rejectUnauthorized: false } }
    case 'prefer':
      return { mode, first: ca ? { ...base, ca, ...noHostCheck } : { ...base, rejectUnauthorized: false }, fallback: false }
    case 'require':
      return { mode, first: ca ? { ...base, ca, ...noHostCheck } : { ...base, rejectUnauthorized: false }, fallback: null }
    case 'verify-ca':
      return { mode, first: { ...base, ca, ...noHostCheck }, fallback: null }
    case 'verify-full':
      return { mode, first: { ...base, ca, servername: url.host }, fallback: null }
    default:
      throw new EsitiError('INVALID_INPUT', 'sync.badSslMode', { mode })
  }
}

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET', 'EPIPE'])

/** PostgreSQL and network failures as messages a member can act on. */
export function translateServerError(e: unknown, url: TeamUrl): unknown {
  if (e instanceof EsitiError) return e
  const err = e as { code?: string; message?: string }
  const server = `${url.host}:${url.port}`
  const message = String(err.message ?? '')
  if ((err.code && NETWORK.has(err.code)) || /timeout|Connection terminated|connect ETIMEDOUT|socket hang up/i.test(message))
    return new EsitiError('OFFLINE', 'sync.unreachable', { server })
  switch (err.code) {
    case '28P01':
    case '28000':
      if (/(no pg_hba\.conf entry|pg_hba\.conf rejects connection).*no encryption/i.test(message)) return new EsitiError('FORBIDDEN', 'sync.serverWantsTls', { server })
      return new EsitiError('AUTH_FAILED', 'sync.authFailed', { server, user: url.user ?? process.env.PGUSER ?? os.userInfo().username })
    case '3D000':
      return new EsitiError('NOT_FOUND', 'sync.noDatabase', { server, database: url.database })
    case '42501':
      return new EsitiError('FORBIDDEN', 'sync.forbidden', { detail: message })
    case '3F000':
    case '42P01':
    case '42883':
      return new EsitiError('NOT_FOUND', 'sync.serverNotSetUp', { server, database: url.database })
    case '57P01':
    case '57P02':
    case '57P03':
    case '08006':
    case '08001':
    case '08004':
      return new EsitiError('OFFLINE', 'sync.unreachable', { server })
  }
  // The server asked for a password and none was found anywhere (pg says so in its SASL terms).
  if (/SASL: SCRAM-SERVER-FIRST-MESSAGE|client password must be a string/i.test(message))
    return new EsitiError('AUTH_FAILED', 'sync.authFailed', { server, user: url.user ?? process.env.PGUSER ?? os.userInfo().username })
  if (/does not support SSL/i.test(message)) return new EsitiError('FORBIDDEN', 'sync.serverHasNoTls', { server })
  if (/certificate|self[- ]signed|unable to verify|altnames/i.test(message))
    return new EsitiError('FORBIDDEN', 'sync.tlsCertificate', { server, detail: message })
  return e
}

function poolConfig(url: TeamUrl, user: string, password: string | null, ssl: SslConfig): pg.PoolConfig {
  return {
    host: url.host,
    port: url.port,
    database: url.database,
    user,
    password: password ?? undefined,
    ssl,
    max: 2,
    connectionTimeoutMillis: Number(process.env.ESITI_PG_CONNECT_TIMEOUT_MS) || 10_000,
    idleTimeoutMillis: 5_000,
    application_name: 'esiti'
  }
}

async function probe(cfg: pg.PoolConfig): Promise<void> {
  const c = new pg.Client(cfg)
  c.on('error', () => undefined)
  try {
    await c.connect()
  } finally {
    await c.end().catch(() => undefined)
  }
}

/**
 * Connects to the team server at `url` as the member's role (URL user, else PGUSER, else the OS
 * user, as libpq does). The first connection is made here, so an unreachable server, a wrong
 * password or a refused certificate is reported at once, as a message.
 */
export async function connectTeamServer(url: TeamUrl, opts: { setRole?: string } = {}): Promise<TeamServer> {
  const user = url.user ?? process.env.PGUSER ?? os.userInfo().username
  const { password, source } = await findPassword({ host: url.host, port: url.port, database: url.database, user })
  const plan = sslPlan(url)
  let ssl: SslConfig = plan.first
  try {
    try {
      await probe(poolConfig(url, user, password, ssl))
    } catch (e) {
      const msg = String((e as Error).message ?? '')
      const fallBack =
        plan.fallback !== null &&
        (plan.first ? /does not support SSL/i.test(msg) : /(no pg_hba\.conf entry|pg_hba\.conf rejects connection).*no encryption/i.test(msg))
      if (!fallBack) throw e
      ssl = plan.fallback as SslConfig
      await probe(poolConfig(url, user, password, ssl))
    }
  } catch (e) {
    throw translateServerError(e, url)
  }
  const pool = new pg.Pool(poolConfig(url, user, password, ssl))
  // An idle connection dropped by the server must not crash the process: the next query reconnects.
  pool.on('error', () => undefined)
  // IT's set-up runs the migrations as the schema's owner role, whatever role it logged in with.
  const setRole = opts.setRole
  if (setRole) pool.on('connect', (client) => void client.query(`SET ROLE "${setRole.replace(/"/g, '""')}"`).catch(() => undefined))
  const db = new Kysely<ServerDB>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    url,
    role: setRole ?? user,
    passwordSource: source,
    tls: ssl !== false,
    close: async () => {
      await db.destroy().catch(() => undefined)
    }
  }
}

/** Runs `fn` against the server, turning driver failures into messages. */
export async function onServer<T>(server: TeamServer, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    throw translateServerError(e, server.url)
  }
}

/** The server's clock (ms since the epoch), to correct this computer's. */
export async function serverNow(server: TeamServer): Promise<number> {
  const r = await sql<{ now: Date }>`SELECT now() AS now`.execute(server.db)
  return r.rows[0].now.getTime()
}
