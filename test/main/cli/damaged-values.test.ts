import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { seedDemo } from '../../../src/main/demo/seed'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * A project whose stored JSON values were damaged (by hand, by another tool, by a bad restore): every
 * reading verb answers with a result or with a message naming the damage, never with an internal
 * error (exit 70) such as "Unexpected token 'o', "not json" is not valid JSON".
 */

const tmp = tempDir('esiti-damaged-values-')
const demo = path.join(tmp.dir, 'demo.esiti')
let columns: [string, string][] = []

beforeAll(async () => {
  const p = await openProjectFile(demo, { create: true })
  await seedDemo(makeCtx(p, 'demo'))
  p.close()
  // Every TEXT column that holds JSON somewhere in the demo.
  const db = new Database(demo, { readonly: true })
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely%' AND name <> 'op_log'").all() as { name: string }[]).map((r) => r.name)
  for (const t of tables)
    for (const c of db.pragma(`table_info(${t})`) as { name: string; type: string }[]) {
      if (c.type !== 'TEXT') continue
      const v = db.prepare(`SELECT "${c.name}" v FROM "${t}" WHERE "${c.name}" LIKE '[%' OR "${c.name}" LIKE '{%' LIMIT 1`).get() as { v: string } | undefined
      if (v) columns.push([t, c.name])
    }
  db.close()
}, 120_000)

afterAll(() => tmp.cleanup())

const VERBS: string[][] = [
  ['info'],
  ['codes', 'list'],
  ['transcripts', 'list'],
  ['segments'],
  ['cases', 'list'],
  ['survey', 'list'],
  ['survey', 'profile', '--dataset', 'Dipendenti'],
  ['survey', 'recipe', '--dataset', 'Dipendenti'],
  ['indicators'],
  ['tables', 'list'],
  ['sdg'],
  ['agreement', '--coders', 'Giulia,Marco', '--unit', 'paragraph'],
  ['words', '--top', '5'],
  ['programme', 'show'],
  ['actions', 'list'],
  ['register', 'persons', '--by', 'gender'],
  ['template', 'recipes']
]

describe('damaged stored values', () => {
  it('finds the JSON columns of the demo', () => {
    expect(columns.length).toBeGreaterThanOrEqual(10)
    expect(columns.map((c) => c.join('.'))).toContain('recipes.steps')
  })

  it('never end a reading verb with an internal error', async () => {
    const internal: string[] = []
    const file = path.join(tmp.dir, 'danneggiato.esiti')
    for (const [table, column] of columns)
      for (const damage of ['not json', '{}', '7']) {
        for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true })
        fs.copyFileSync(demo, file)
        const db = new Database(file)
        db.prepare(`UPDATE "${table}" SET "${column}" = ?`).run(damage)
        db.close()
        for (const verb of VERBS) {
          const argv = verb.length > 1 && !verb[1].startsWith('--') ? [verb[0], verb[1], file, ...verb.slice(2)] : [verb[0], file, ...verb.slice(1)]
          const r = await cli(...argv, '--json')
          if (r.code === 70) internal.push(`${table}.${column} = ${damage}: ${verb.join(' ')} → ${r.stderr.trim()}`)
          else if (r.code !== 0) expect(r.stderr.trim().split('\n'), verb.join(' ')).toHaveLength(1)
        }
      }
    expect(internal).toEqual([])
  }, 300_000)

  it('names the damaged value when it is one the verb needs', async () => {
    const file = path.join(tmp.dir, 'ricetta.esiti')
    fs.copyFileSync(demo, file)
    const db = new Database(file)
    db.exec(`UPDATE recipes SET steps = 'not json'`)
    db.close()
    const r = await cli('survey', 'recipe', file, '--dataset', 'Dipendenti')
    expect(r.stderr).toMatch(/^esiti: The project is damaged: the value of recipes\.steps for .+ cannot be read\. The rest of the data is intact; restore a backup to recover this part\.\n$/)
    expect(r.code).toBe(1)
  })
})
