import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { hostileProject } from './support/project'
import { run } from './support/run-cli'
import { expectRefusal, expectSuccess } from './support/expect-run'

/*
 * Hostile project files and operation logs (issue 15): each used to end in exit 70 with an internal
 * message ("changes is not iterable", "no such table", a stack trace); each is now refused with a
 * message that names the problem, within the ceilings, and leaves the file as it was.
 */

const { dir, project } = hostileProject('esiti-hostile-projects-', async (_d, p) => {
  await run('codes', 'add', p, 'Benefici')
  await run('memos', 'add', p, '--body', 'Prima nota')
})

/** A copy of the two-action project, damaged by `sql`. */
function damagedCopy(name: string, sql: string): string {
  const file = path.join(dir, name)
  fs.copyFileSync(project, file)
  const db = new Database(file)
  db.exec(sql)
  db.close()
  return file
}

const bytes = (file: string): Buffer => fs.readFileSync(file)
const siblings = (file: string): string[] => fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith(path.basename(file)) && n !== path.basename(file))

describe('files given as a project', () => {
  it('a folder named like a project', async () => {
    fs.mkdirSync(path.join(dir, 'cartella.esiti'))
    await expectRefusal(['info', path.join(dir, 'cartella.esiti')], /^esiti: .*cartella\.esiti is a folder, not a project file\.$/)
  })

  it('a named pipe, which would block a reader forever', async () => {
    execFileSync('mkfifo', [path.join(dir, 'tubo.esiti')])
    await expectRefusal(['codes', 'list', path.join(dir, 'tubo.esiti')], /^esiti: tubo\.esiti is not a regular file\.$/)
  })

  it("another application's SQLite file with a meta table of its own", async () => {
    const file = path.join(dir, 'altra-app.db')
    const db = new Database(file)
    db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('app', 'other');")
    db.close()
    const before = bytes(file)
    await expectRefusal(['codes', 'add', file, 'X'], /^esiti: altra-app\.db is a SQLite file but not an Esiti project\.$/)
    expect(bytes(file).equals(before)).toBe(true)
    expect(siblings(file)).toEqual([])
  })

  it('random bytes named .esiti', async () => {
    const file = path.join(dir, 'rumore.esiti')
    fs.writeFileSync(file, randomBytes(64 * 1024))
    const before = bytes(file)
    await expectRefusal(['info', file], /^esiti: rumore\.esiti is not an Esiti project \(not a SQLite file\)\.$/)
    expect(bytes(file).equals(before)).toBe(true)
  })
})

describe('the record of schema changes', () => {
  it('a lost migration row: the failing step is named, and retries leave no backups behind', async () => {
    const file = damagedCopy('buco.esiti', "DELETE FROM kysely_migration WHERE name = '0002-coding-read-indexes'")
    const before = bytes(file)
    for (let attempt = 0; attempt < 3; attempt++)
      await expectRefusal(['codes', 'add', file, 'Altro'], /^esiti: Esiti could not upgrade buco\.esiti to this version: step 0002-coding-read-indexes failed \(.+\)\. The file was not changed\.$/)
    expect(bytes(file).equals(before)).toBe(true)
    expect(siblings(file)).toEqual([])
  })
})

describe('the operation log', () => {
  it('undo over a damaged entry names it instead of "changes is not iterable"', async () => {
    const file = damagedCopy('registro.esiti', "UPDATE op_log SET changes = '{}' WHERE seq = (SELECT MAX(seq) FROM op_log)")
    await expectRefusal(['undo', file], /^esiti: The operation log of this project is damaged at entry \d+: undo and redo are disabled; the data is intact\.$/)
  })

  it('undo without an operation log says so instead of "no such table"', async () => {
    const file = damagedCopy('senza-registro.esiti', 'DROP TABLE op_log')
    await expectRefusal(['undo', file], /^esiti: This project has no operation log: undo, redo and history are disabled; the data is intact\.$/)
    await expectRefusal(['redo', file], /no operation log/)
  })

  it('history --limit 1e400 is refused by its range; a huge valid limit answers', async () => {
    await expectRefusal(['history', project, '--limit', '1e400'], /^esiti: --limit must be a whole number from 1 to 1,000,000, not "1e400"\.$/)
    const { json } = await expectSuccess(['history', project, '--limit', '1000000'])
    expect(json.operations.length).toBeGreaterThanOrEqual(2)
  })
})
