import { EsitiError } from '../../../../shared/errors'
import { isUuid } from '../../context'

/**
 * Where a team project lives: a PostgreSQL connection URI (libpq's form) with the project's id as
 * `project=` — `postgresql://giulia@db.comune.example/esiti?project=…&sslmode=verify-full`.
 * A password in it is refused: it would end up in shell histories, process lists and the project
 * file. Passwords come from PGPASSWORD, the OS keychain or a pgpass file (see credentials.ts).
 */
export interface TeamUrl {
  host: string
  port: number
  database: string
  user: string | null
  project: string | null
  sslmode: string | null
  sslrootcert: string | null
  /** The URL without a project, as stored in the project file and shown to users. */
  server: string
}

const SSL_MODES = new Set(['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'])

export function parseTeamUrl(input: string, projectOverride?: string | null): TeamUrl {
  let u: URL
  try {
    u = new URL(input.trim())
  } catch {
    throw new EsitiError('INVALID_INPUT', 'sync.badUrl', { url: input })
  }
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') throw new EsitiError('INVALID_INPUT', 'sync.badUrl', { url: input })
  if (u.password) throw new EsitiError('INVALID_INPUT', 'sync.passwordInUrl')
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'esiti'
  // libpq's `host=` parameter also names a Unix-socket folder (/var/run/postgresql).
  const host = u.searchParams.get('host') || decodeURIComponent(u.hostname.replace(/^\[|\]$/g, '')) || 'localhost'
  const port = u.port ? Number(u.port) : 5432
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new EsitiError('INVALID_INPUT', 'sync.badUrl', { url: input })
  const params = u.searchParams
  for (const k of params.keys())
    if (!['project', 'sslmode', 'sslrootcert', 'user', 'host'].includes(k)) throw new EsitiError('INVALID_INPUT', 'sync.badUrlParam', { param: k })
  const project = projectOverride ?? params.get('project')
  if (project !== null && !isUuid(project)) throw new EsitiError('INVALID_INPUT', 'sync.badProjectId', { id: project })
  const sslmode = params.get('sslmode')
  if (sslmode !== null && !SSL_MODES.has(sslmode)) throw new EsitiError('INVALID_INPUT', 'sync.badSslMode', { mode: sslmode })
  const user = u.username ? decodeURIComponent(u.username) : params.get('user')
  const server = new URL(`postgresql://${user ? encodeURIComponent(user) + '@' : ''}${u.host}/${encodeURIComponent(database)}`)
  if (sslmode) server.searchParams.set('sslmode', sslmode)
  if (params.get('host')) server.searchParams.set('host', params.get('host')!)
  if (params.get('sslrootcert')) server.searchParams.set('sslrootcert', params.get('sslrootcert')!)
  return {
    host,
    port,
    database,
    user,
    project: project ? project.toLowerCase() : null,
    sslmode,
    sslrootcert: params.get('sslrootcert'),
    server: server.toString()
  }
}

/** The URL a member joins with: the server and the project. */
export function joinUrl(server: string, project: string): string {
  const u = new URL(server)
  u.searchParams.set('project', project)
  return u.toString()
}
