import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { runStatements } from '../../../src/main/db/migrations/run-statements'
import { EsitiError, toErrorInfo } from '../../../src/shared/errors'
import { tempDir } from '../../support/temp-project'

const hash = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex')
const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})
function dir(): string {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}
async function expectCode(p: Promise<unknown>, code: string): Promise<EsitiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err
  )
  expect(e).toBeInstanceOf(EsitiError)
  expect((e as EsitiError).code).toBe(code)
  expect((e as EsitiError).message).not.toMatch(/\n/)
  return e as EsitiError
}

describe('project file', () => {
  it('creates a WAL project with foreign keys, a UUID and the whole schema, and reopens it', async () => {
    const file = path.join(dir(), 'p.esiti')
    const p = await openProjectFile(file, { create: true })
    expect(p.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(p.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    const id = p.meta('project_id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    const tables = (p.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map(
      (r) => r.name
    )
    for (const t of ['sources', 'codes', 'codings', 'cases', 'datasets', 'variables', 'indicators', 'op_log', 'activities'])
      expect(tables).toContain(t)
    p.close()
    const again = await openProjectFile(file)
    expect(again.meta('project_id')).toBe(id)
    again.close()
  })

  it('refuses to create over an existing file', async () => {
    const file = path.join(dir(), 'p.esiti')
    fs.writeFileSync(file, 'hello')
    await expectCode(openProjectFile(file, { create: true }), 'PROJECT_EXISTS')
    expect(fs.readFileSync(file, 'utf8')).toBe('hello')
  })

  it('refuses a non-SQLite file and leaves it untouched', async () => {
    const file = path.join(dir(), 'notes.esiti')
    fs.writeFileSync(file, 'Questo non è un progetto, solo testo.\n'.repeat(20))
    const before = hash(file)
    const e = await expectCode(openProjectFile(file), 'NOT_A_PROJECT')
    expect(e.message).toContain('notes.esiti')
    expect(hash(file)).toBe(before)
    expect(fs.existsSync(file + '-wal')).toBe(false)
  })

  it('refuses a SQLite file that is not an Esiti project', async () => {
    const file = path.join(dir(), 'other.esiti')
    const Database = (await import('better-sqlite3')).default
    const db = new Database(file)
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    db.close()
    const before = hash(file)
    await expectCode(openProjectFile(file), 'NOT_A_PROJECT')
    expect(hash(file)).toBe(before)
  })

  it('refuses a truncated project with a clear message', async () => {
    const d = dir()
    const file = path.join(d, 'p.esiti')
    const p = await openProjectFile(file, { create: true })
    p.sqlite.exec("INSERT INTO memos (id, target_kind, title, body, created_at, updated_at) VALUES ('m', 'project', 'x', '" + 'y'.repeat(50000) + "', 'now', 'now')")
    p.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    p.close()
    const truncated = path.join(d, 't.esiti')
    const bytes = fs.readFileSync(file)
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const before = hash(truncated)
    await expectCode(openProjectFile(truncated), 'NOT_A_PROJECT')
    expect(hash(truncated)).toBe(before)
  })

  it('refuses a project saved by a newer Esiti and leaves the file untouched', async () => {
    const file = path.join(dir(), 'p.esiti')
    const p = await openProjectFile(file, { create: true })
    p.sqlite.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999-future', new Date().toISOString())
    p.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    p.close()
    const before = hash(file)
    const e = await expectCode(openProjectFile(file), 'PROJECT_TOO_NEW')
    expect(e.message).toMatch(/newer version/)
    expect(hash(file)).toBe(before)
  })

  it('tells a second opener that the project is in use, and takes over a lock left by a dead process', async () => {
    const file = path.join(dir(), 'p.esiti')
    const p = await openProjectFile(file, { create: true })
    await expectCode(openProjectFile(file), 'PROJECT_IN_USE')
    p.close()
    fs.writeFileSync(file + '.lock', JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), at: 'x' }))
    const q = await openProjectFile(file)
    expect(q.meta('app')).toBe('esiti-project')
    q.close()
    expect(fs.existsSync(file + '.lock')).toBe(false)
  })

  it('refuses a folder that does not exist', async () => {
    await expectCode(openProjectFile(path.join(dir(), 'missing', 'p.esiti'), { create: true }), 'NOT_FOUND')
  })

  it('reports a full disk as DISK_FULL and rolls the transaction back', async () => {
    const file = path.join(dir(), 'p.esiti')
    const p = await openProjectFile(file, { create: true })
    const pages = p.sqlite.pragma('page_count', { simple: true }) as number
    p.sqlite.pragma(`max_page_count = ${pages + 2}`)
    const insert = p.sqlite.prepare(
      "INSERT INTO memos (id, target_kind, title, body, created_at, updated_at) VALUES (?, 'project', 't', ?, 'now', 'now')"
    )
    let caught: unknown
    try {
      p.tx(() => {
        for (let i = 0; i < 200; i++) insert.run(`m${i}`, 'x'.repeat(4000))
      })
    } catch (e) {
      caught = e
    }
    expect(toErrorInfo(caught).code).toBe('DISK_FULL')
    expect((p.sqlite.prepare('SELECT COUNT(*) n FROM memos').get() as { n: number }).n).toBe(0)
    p.close()
  })

  it('backs up an existing project before migrating, and a failing migration leaves no half-applied schema', async () => {
    const d = dir()
    const file = path.join(d, 'p.esiti')
    const p = await openProjectFile(file, { create: true })
    p.close()
    const good = 'zz01-test-good'
    const bad = 'zz02-test-bad'
    MIGRATIONS[good] = { up: (db) => runStatements(db, 'CREATE TABLE test_added (id TEXT PRIMARY KEY);') }
    try {
      const q = await openProjectFile(file)
      expect(q.sqlite.prepare("SELECT name FROM sqlite_master WHERE name='test_added'").get()).toBeTruthy()
      q.close()
      const backups = fs.readdirSync(d).filter((f) => f.includes('.backup'))
      expect(backups.length).toBe(1)
      // Read as it is on disk (openProjectFile would show it upgraded, in a private copy).
      const b = new Database(path.join(d, backups[0]), { readonly: true })
      expect(b.prepare("SELECT name FROM sqlite_master WHERE name='test_added'").get()).toBeUndefined()
      b.close()
      MIGRATIONS[bad] = {
        up: (db) => runStatements(db, 'CREATE TABLE half_done (id TEXT);\nINSERT INTO no_such_table VALUES (1);')
      }
      await expect(openProjectFile(file)).rejects.toThrow()
      delete MIGRATIONS[bad]
      const r = await openProjectFile(file)
      expect(r.sqlite.prepare("SELECT name FROM sqlite_master WHERE name='half_done'").get()).toBeUndefined()
      r.close()
    } finally {
      delete MIGRATIONS[good]
      delete MIGRATIONS[bad]
    }
  })
})
