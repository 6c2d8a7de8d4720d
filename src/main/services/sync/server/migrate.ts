import { sql } from 'kysely'
import { Migrator } from 'kysely/migration'
import { EsitiError } from '../../../../shared/errors'
import { SERVER_MIGRATIONS } from './migrations'
import { onServer, type TeamServer } from './connect'

const SCHEMA = 'esiti'

/** The server migrations recorded in the database; null when Esiti's schema is not installed. */
export async function appliedServerMigrations(server: TeamServer): Promise<string[] | null> {
  return onServer(server, async () => {
    const t = await sql<{ ok: boolean }>`SELECT to_regclass('esiti.kysely_migration') IS NOT NULL AS ok`.execute(server.db)
    if (!t.rows[0].ok) return null
    try {
      const r = await sql<{ name: string }>`SELECT name FROM esiti.kysely_migration ORDER BY name`.execute(server.db)
      return r.rows.map((x) => x.name)
    } catch (e) {
      if ((e as { code?: string }).code === '42501') return null
      throw e
    }
  })
}

/**
 * Installs or upgrades the server schema. Run by IT's owner role (scripts/team-server-setup.sh); a
 * member's role cannot, and is told what to ask for. Each migration runs in its own transaction
 * (PostgreSQL has transactional DDL): a failed upgrade leaves the schema as it was.
 */
export async function migrateServer(server: TeamServer): Promise<{ applied: string[] }> {
  return onServer(server, async () => {
    await sql.raw(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`).execute(server.db)
    const migrator = new Migrator({
      db: server.db,
      provider: { getMigrations: async () => SERVER_MIGRATIONS },
      migrationTableSchema: SCHEMA
    })
    const { error, results } = await migrator.migrateToLatest()
    if (error) {
      const step = results?.find((r) => r.status === 'Error')?.migrationName ?? '?'
      throw new EsitiError('INTERNAL', 'sync.serverMigrationFailed', { step, detail: (error as Error).message ?? String(error) })
    }
    return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
  })
}

/** Refuses a server whose schema is missing, older or newer than this Esiti's. */
export async function assertServerReady(server: TeamServer): Promise<void> {
  const applied = await appliedServerMigrations(server)
  const known = Object.keys(SERVER_MIGRATIONS).sort()
  const where = { server: `${server.url.host}:${server.url.port}`, database: server.url.database }
  if (applied === null || applied.length === 0) throw new EsitiError('NOT_FOUND', 'sync.serverNotSetUp', where)
  const unknown = applied.filter((n) => !known.includes(n))
  if (unknown.length) throw new EsitiError('PROJECT_TOO_NEW', 'sync.serverNewer', { ...where, schema: unknown.at(-1)! })
  const missing = known.filter((n) => !applied.includes(n))
  if (missing.length) throw new EsitiError('CONFLICT', 'sync.serverOutdated', { ...where, schema: missing[0] })
}
