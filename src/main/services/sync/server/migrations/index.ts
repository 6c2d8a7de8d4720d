import type { Migration } from 'kysely/migration'
import { s0001 } from './0001-team-server'

/** The team server's migrations (PostgreSQL), in order. Names are frozen once released. */
export const SERVER_MIGRATIONS: Record<string, Migration> = {
  '0001-team-server': s0001
}

export const LATEST_SERVER_MIGRATION = Object.keys(SERVER_MIGRATIONS).sort().at(-1) as string
