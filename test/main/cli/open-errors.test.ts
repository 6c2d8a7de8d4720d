import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * Every path that used to end in exit 70 ("Unexpected error: …" with an internal message) now says
 * what is wrong with the file or the option, exits 1 and leaves the file as it was.
 */

const tmp = tempDir('esiti-open-errors-')
afterAll(() => tmp.cleanup())
const at = (name: string): string => path.join(tmp.dir, name)
const hash = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const backups = (file: string): string[] =>
  fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(path.basename(file) + '.') && f.endsWith('.backup.esiti'))

async function project(name: string): Promise<string> {
  const file = at(name)
  expect((await cli('new', file, '--json')).code).toBe(0)
  expect((await cli('codes', 'add', file, 'Benefici', '--json')).code).toBe(0)
  return file
}

function sql(file: string, statements: string): void {
  const db = new Database(file)
  db.exec(statements)
  db.close()
}

async function fails(argv: string[], message: RegExp): Promise<void> {
  const r = await cli(...argv)
  expect(r.stderr).toMatch(message)
  expect(r.stderr.trim().split('\n')).toHaveLength(1)
  expect(r.code).toBe(1)
}

const names = Object.keys(MIGRATIONS).sort()

/** A project as an earlier Esiti wrote it: migrations applied up to `upTo` only. */
async function olderProject(file: string, upTo: string): Promise<void> {
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } }).migrateTo(upTo)
  if (error) throw error
  sqlite
    .prepare('INSERT INTO meta (id, value) VALUES (?, ?), (?, ?), (?, ?)')
    .run('app', 'esiti-project', 'project_id', '11111111-1111-4111-8111-111111111111', 'created_at', '2024-01-01T00:00:00Z')
  await db.destroy()
}

describe('files that are not projects', () => {
  it('a folder given as PROJECT', async () => {
    fs.mkdirSync(at('cartella.esiti'))
    await fails(['info', at('cartella.esiti')], /^esiti: .*cartella\.esiti is a folder, not a project file\.\n$/)
    fs.symlinkSync(at('cartella.esiti'), at('collegamento.esiti'))
    await fails(['codes', 'list', at('collegamento.esiti')], /is a folder, not a project file/)
  })

  it('a named pipe or a device, which would block a reader, is refused without reading it', async () => {
    execFileSync('mkfifo', [at('tubo.esiti')])
    await fails(['info', at('tubo.esiti')], /^esiti: tubo\.esiti is not a regular file\.\n$/)
    await fails(['info', '/dev/null'], /^esiti: null is not a regular file\.\n$/)
  })

  it("another application's SQLite file with a meta table of its own", async () => {
    for (const [name, ddl] of [
      ['altra-app.db', "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('app', 'other');"],
      ['altra-app2.db', 'CREATE TABLE meta (id INTEGER, v BLOB);'],
      ['altra-app3.db', 'CREATE VIEW meta AS SELECT 1 AS x;']
    ]) {
      sql(at(name), ddl)
      const before = hash(at(name))
      await fails(['info', at(name)], new RegExp(`^esiti: ${name.replace('.', '\\.')} is a SQLite file but not an Esiti project\\.\\n$`))
      await fails(['codes', 'add', at(name), 'X'], /is a SQLite file but not an Esiti project/)
      expect(hash(at(name))).toBe(before)
      expect(backups(at(name))).toEqual([])
    }
  })
})

describe('the record of schema changes', () => {
  it('a project missing a migration row in the middle: the step is named when running it again fails, and nothing is changed', async () => {
    // Migrations land out of order (a project at 0010 may lack 0005), so a missing row is a pending
    // step; if its changes are in fact there, running it again fails, and that failure is named.
    const file = await project('buco.esiti')
    sql(file, `DELETE FROM kysely_migration WHERE name = '${names[1]}'`)
    const before = hash(file)
    for (let attempt = 0; attempt < 2; attempt++) {
      const r = await cli('codes', 'add', file, 'Altro')
      expect(r.stderr).toMatch(new RegExp(`^esiti: Esiti could not upgrade buco\\.esiti to this version: step ${names[1]} failed \\(.+\\)\\. The file was not changed\\.\\n$`))
      expect(r.code).toBe(1)
    }
    expect(hash(file)).toBe(before)
    expect(backups(file)).toEqual([])
  })

  it('a failed upgrade says which step failed, leaves the file unchanged and no backup behind, however often it is tried', async () => {
    const file = await project('fallita.esiti')
    // The last migration's row is gone but its table is there: running it again fails.
    const last = names.at(-1)!
    sql(file, `DELETE FROM kysely_migration WHERE name = '${last}'`)
    const before = hash(file)
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await cli('codes', 'add', file, 'Altro')
      expect(r.stderr).toMatch(new RegExp(`^esiti: Esiti could not upgrade fallita\\.esiti to this version: step ${last} failed \\(.+\\)\\. The file was not changed\\.\\n$`))
      expect(r.code).toBe(1)
      expect(backups(file)).toEqual([])
    }
    expect(hash(file)).toBe(before)
  })

  it('a successful upgrade still writes its one backup first, and read-only verbs do not upgrade', async () => {
    const file = at('vecchio.esiti')
    await olderProject(file, names.at(-2)!)
    expect((await cli('info', file, '--json')).code).toBe(0)
    expect(backups(file)).toEqual([])
    expect((await cli('codes', 'add', file, 'Altro', '--json')).code).toBe(0)
    expect(backups(file)).toHaveLength(1)
    expect((await cli('codes', 'add', file, 'Altro ancora', '--json')).code).toBe(0)
    expect(backups(file)).toHaveLength(1)
  })
})

describe('numeric options', () => {
  it('history --limit takes a whole number from 1 to 1,000,000', async () => {
    const file = await project('cronologia.esiti')
    for (const bad of ['1e400', '99999999999999999999', 'abc', '1.5', '0', '-1', ''])
      await fails(['history', file, '--limit', bad], /^esiti: --limit must be a whole number from 1 to 1,000,000, not ".*"\.\n$/)
    const ok = await cli('history', file, '--limit', '1', '--json')
    expect(ok.json.operations).toHaveLength(1)
  })

  it('search --limit likewise', async () => {
    const file = await project('ricerca.esiti')
    for (const bad of ['1e400', '-5', '0'])
      await fails(['search', file, 'welfare', '--limit', bad], /^esiti: --limit must be a whole number from 1 to 1,000,000, not ".*"\.\n$/)
  })
})

describe('reading verbs that need derived data rebuilt', () => {
  it('a questionnaire whose clean layer is gone is exported from a private copy; the file is not written', async () => {
    const file = await project('strato.esiti')
    fs.writeFileSync(at('risposte.csv'), 'id,eta,voto\n1,34,4\n2,45,3\n3,29,5\n')
    expect((await cli('survey', 'import', file, at('risposte.csv'), '--dataset', 'Risposte', '--json')).code).toBe(0)
    // As a shared copy or a restore leaves it: the stored clean layer must be computed again.
    sql(file, "DELETE FROM column_data WHERE layer = 'clean'")
    const before = hash(file)
    const r = await cli('survey', 'export', file, '--dataset', 'Risposte', '--out', at('risposte-out.csv'), '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(fs.readFileSync(at('risposte-out.csv'), 'utf8')).toMatch(/45/)
    expect(hash(file)).toBe(before)
  })
})
