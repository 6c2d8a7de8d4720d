import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { Migrator } from 'kysely/migration'
import { EsitiError } from '../../shared/errors'
import { nowIso } from './ids'
import { MIGRATIONS } from './migrations'
import type { ProjectFile } from './project-file'

/** Every migration this Esiti knows, in order (read at each call: tests add migrations at run time). */
const known = (): string[] => Object.keys(MIGRATIONS).sort()

/** The migrations recorded as applied in a project (none when it has no record yet). */
function appliedMigrations(sqlite: Database.Database, file: string): string[] {
  try {
    const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='kysely_migration'").get()
    if (!exists) return []
    return (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: unknown }[]).map((r) => String(r.name))
  } catch (e) {
    throw new EsitiError('CORRUPT_FILE', 'project.migrationRecordUnreadable', { file: path.basename(file), detail: (e as Error).message })
  }
}

/**
 * The migrations a project still needs. Refuses a project written by a newer Esiti. A step missing
 * before one that was applied is not refused here: each issue owns a migration number and they land
 * in any order, so a project at 0010 legitimately lacks 0005 until that lands. If the step's record
 * was lost instead (its changes are there), running it again fails and migrate() names the step.
 */
export function pendingMigrations(sqlite: Database.Database, file: string): string[] {
  const applied = appliedMigrations(sqlite, file)
  const unknown = applied.filter((n) => !(n in MIGRATIONS))
  if (unknown.length)
    throw new EsitiError('PROJECT_TOO_NEW', 'project.tooNew', { file: path.basename(file), schema: unknown.at(-1)! })
  const done = new Set(applied)
  return known().filter((n) => !done.has(n))
}

/**
 * Brings a project to the latest schema. Before an existing project is changed a copy is written
 * next to it; if the upgrade fails without changing anything, that copy is removed again, so that
 * retrying does not leave one more backup each time.
 */
export async function migrate(project: ProjectFile, opts: { backup: boolean }): Promise<void> {
  const file = project.path
  const pending = pendingMigrations(project.sqlite, file)
  if (pending.length === 0) return
  const appliedBefore = known().length - pending.length
  let backup: string | null = null
  if (opts.backup && appliedBefore > 0) {
    const stamp = nowIso().replace(/[:.]/g, '-')
    backup = `${file}.${stamp}.backup.esiti`
    project.sqlite.exec(`VACUUM INTO '${backup.replace(/'/g, "''")}'`)
  }
  const migrator = new Migrator({
    db: project.kysely,
    provider: { getMigrations: async () => MIGRATIONS },
    // Migrations land out of order (see pendingMigrations); they touch different tables and do not
    // depend on each other's order.
    allowUnorderedMigrations: true
  })
  const { error, results } = await migrator.migrateToLatest()
  if (!error) return
  const step = results?.find((r) => r.status === 'Error')?.migrationName ?? pending[0]
  const detail = (error as Error).message ?? String(error)
  const changed = pendingMigrations(project.sqlite, file).length < pending.length
  if (!changed || !backup) {
    if (backup) fs.rmSync(backup, { force: true })
    throw new EsitiError('CORRUPT_FILE', 'project.migrationFailed', { file: path.basename(file), step, detail })
  }
  throw new EsitiError('CORRUPT_FILE', 'project.migrationFailedPartly', {
    file: path.basename(file),
    step,
    detail,
    backup: path.basename(backup)
  })
}
