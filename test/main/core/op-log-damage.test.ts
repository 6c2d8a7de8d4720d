import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * A damaged operation log (edited by hand, written by a broken tool, or a file half-restored) must
 * not reach undo or redo as raw JavaScript or SQL errors: the entry is checked first, undo and redo
 * refuse it with a message that says where the damage is and that the data itself is intact.
 */

const tmp = tempDir('esiti-oplog-damage-')
afterAll(() => tmp.cleanup())
let n = 0

/** A project with two logged actions (seq 1: a code, seq 2: a memo), damaged by `sql`. */
async function damaged(sql: string | null): Promise<{ file: string; data(): string }> {
  const file = path.join(tmp.dir, `p${++n}.esiti`)
  expect((await cli('new', file, '--json')).code).toBe(0)
  expect((await cli('codes', 'add', file, 'Benefici', '--json')).code).toBe(0)
  expect((await cli('memos', 'add', file, '--body', 'Prima nota', '--json')).code).toBe(0)
  if (sql) {
    const db = new Database(file)
    db.exec(sql)
    db.close()
  }
  const data = (): string => {
    const db = new Database(file, { readonly: true })
    try {
      return JSON.stringify([db.prepare('SELECT name FROM codes').all(), db.prepare('SELECT body FROM memos').all()])
    } finally {
      db.close()
    }
  }
  return { file, data }
}

const DAMAGED = /^esiti: The operation log of this project is damaged at entry 2: undo and redo are disabled; the data is intact\.\n$/

describe('a damaged operation log', () => {
  const cases: [string, string][] = [
    ['an object instead of a list of changes', `UPDATE op_log SET changes = '{}' WHERE seq = 2`],
    ['text that is not JSON', `UPDATE op_log SET changes = 'not json' WHERE seq = 2`],
    ['a change to a table that does not exist', `UPDATE op_log SET changes = '[{"t":"no_such_table","id":"x","b":null,"a":{"id":"x"}}]' WHERE seq = 2`],
    ['a change to a column that does not exist', `UPDATE op_log SET changes = '[{"t":"memos","id":"x","b":{"nope":1},"a":{"nope":2}}]' WHERE seq = 2`],
    ['a change without rows', `UPDATE op_log SET changes = '[{"t":"memos","id":"x"}]' WHERE seq = 2`],
    ['a change whose row is a number', `UPDATE op_log SET changes = '[{"t":"memos","id":"x","b":null,"a":7}]' WHERE seq = 2`],
    ['an empty text', `UPDATE op_log SET changes = '' WHERE seq = 2`]
  ]
  for (const [what, sql] of cases)
    it(`refuses undo, naming the entry, when it holds ${what}`, async () => {
      const p = await damaged(sql)
      const before = p.data()
      const r = await cli('undo', p.file)
      expect(r.stderr).toMatch(DAMAGED)
      expect(r.code).toBe(1)
      expect(p.data()).toBe(before)
      // The window's menu still works: it shows nothing to undo instead of failing.
      expect((await cli('history', p.file, '--json')).json.operations).toHaveLength(2)
    })

  it('refuses redo of a damaged entry the same way', async () => {
    const p = await damaged(null)
    expect((await cli('undo', p.file)).code).toBe(0)
    const db = new Database(p.file)
    db.exec(`UPDATE op_log SET changes = '[{"t":"memos"}]' WHERE seq = 2`)
    db.close()
    const before = p.data()
    const r = await cli('redo', p.file)
    expect(r.stderr).toMatch(/^esiti: The operation log of this project is damaged at entry 2: undo and redo are disabled; the data is intact\.\n$/)
    expect(r.code).toBe(1)
    expect(p.data()).toBe(before)
  })

  it('says so when the operation log is missing altogether', async () => {
    const p = await damaged('DROP TABLE op_log')
    const before = p.data()
    for (const verb of ['undo', 'redo', 'history']) {
      const r = await cli(verb, p.file)
      expect(r.stderr, verb).toBe('esiti: This project has no operation log: undo, redo and history are disabled; the data is intact.\n')
      expect(r.code, verb).toBe(1)
    }
    expect(p.data()).toBe(before)
    expect(fs.existsSync(p.file)).toBe(true)
  })

  it('still undoes the entries before a damaged one once that one is gone', async () => {
    const p = await damaged(`UPDATE op_log SET changes = 'not json' WHERE seq = 2`)
    expect((await cli('undo', p.file)).code).toBe(1)
    const db = new Database(p.file)
    db.exec('DELETE FROM op_log WHERE seq = 2')
    db.close()
    const r = await cli('undo', p.file, '--json')
    expect(r.code).toBe(0)
    expect(r.json.seq).toBe(1)
  })
})
