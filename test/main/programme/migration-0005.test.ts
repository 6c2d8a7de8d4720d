import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { afterAll, describe, expect, it } from 'vitest'
import { m0001 } from '../../../src/main/db/migrations/0001-init'
import { m0002 } from '../../../src/main/db/migrations/0002-coding-read-indexes'
import { m0003 } from '../../../src/main/db/migrations/0003-column-cache'
import { m0010 } from '../../../src/main/db/migrations/0010-column-data-variable-index'
import { redo, undo } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { computeIndicators } from '../../../src/main/services/indicators/compute-indicators'
import { getIndicatorDef } from '../../../src/main/services/indicators/indicator-service'
import { adoptedCodes } from '../../../src/main/services/programme/sdg-adoption'
import { listActivities } from '../../../src/main/services/register/register-service'
import { registerLists } from '../../../src/main/services/register/register-lists'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-m0005-')
afterAll(() => tmp.cleanup())

/**
 * A project as the first version of Esiti wrote it (migrations 0001–0003): Milan's municipi as
 * numbers on activities and organisations, a handful of SDG goals with the demo's own wording, a
 * register indicator filtering on municipi, a report table by municipio, and an operation log
 * whose entries carry the old column.
 */
async function legacyProject(file: string, later: Record<string, typeof m0010> = {}): Promise<void> {
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => ({ '0001-init': m0001, '0002-coding-read-indexes': m0002, '0003-column-cache': m0003, ...later }) }
  }).migrateToLatest()
  if (error) throw error
  const run = (sql: string, ...args: unknown[]) => sqlite.prepare(sql).run(...args)
  run("INSERT INTO meta (id, value) VALUES ('app', 'esiti-project'), ('project_id', 'p-legacy'), ('created_at', '2024-01-01')")
  run("INSERT INTO programmes (id, name, period_start, period_end) VALUES ('prog', 'MIRE', '2020-09-01', '2023-06-30')")
  run("INSERT INTO actions (id, programme_id, code, name, sort) VALUES ('a-sw', 'prog', 'SW', 'Smart working', 0), ('a-cwf', 'prog', 'CWF', 'Cittadella', 1)")
  run("INSERT INTO organisations (id, name, kind, municipio) VALUES ('o1', 'Forno San Siro', 'company', 7), ('o2', 'Coop Ponte', 'partner', 5)")
  run(`INSERT INTO activities (id, action_id, kind, title, date, municipio, participants, participants_women, participants_men)
       VALUES ('x1', 'a-cwf', 'sportello', 'Sportello 1', '2022-03-01', 5, 9, 6, 3),
              ('x2', 'a-cwf', 'sportello', 'Sportello 2', '2022-03-08', 7, 4, 2, 2),
              ('x3', 'a-sw', 'laboratorio', 'Laboratorio', '2022-04-01', NULL, 12, NULL, NULL)`)
  run("INSERT INTO sdg_goals (id, number, title, title_en, color) VALUES ('g5', 5, 'Parità (testo demo)', 'Gender (demo)', '#ff0000'), ('g8', 8, 'Lavoro', 'Work', '#000000')")
  run("INSERT INTO sdg_targets (id, goal_id, code, text, text_en) VALUES ('t54', 'g5', '5.4', 'cura', 'care')")
  run(`INSERT INTO indicators (id, code, name, source_kind, spec, disaggregations)
       VALUES ('i1', 'CWF.1', 'Sportelli nei municipi 5 e 7', 'register', '{"source":"register","measure":"activities","municipi":[5,7]}', '[{"by":"municipio"}]'),
              ('i2', 'S.1', 'Dal questionario', 'survey', '{"source":"survey","dataset":"D","statistic":"count","variable":"municipio"}', '[{"by":"municipio"}]')`)
  run("INSERT INTO indicator_sdgs (id, indicator_id, goal_id, target_id) VALUES ('is1', 'i1', 'g5', 't54')")
  run(`INSERT INTO report_tables (id, number, title, spec) VALUES
       ('r1', 1, 'Sportelli per municipio', '{"rows":"indicators","indicators":["CWF.1"],"by":"municipio"}'),
       ('r2', 2, 'Questionario per municipio', '{"rows":"indicators","indicators":["S.1"],"by":"municipio"}')`)
  // The log: x2 was added (municipio 7), then moved from municipio 7 to 3, which no row uses any more.
  const x2 = { id: 'x2', action_id: 'a-cwf', kind: 'sportello', title: 'Sportello 2', date: '2022-03-08', organiser_id: null, mode: null, municipio: 7, hours: null, participants: 4, participants_women: 2, participants_men: 2, participants_other: null, notes: null }
  run("INSERT INTO op_log (id, at, actor, kind, summary, changes) VALUES ('op1', '2024-01-02', 'Giulia', 'register.create', 'Add activity', ?)", JSON.stringify([{ t: 'activities', id: 'x2', b: null, a: x2 }]))
  run(
    "INSERT INTO op_log (id, at, actor, kind, summary, changes) VALUES ('op2', '2024-01-03', 'Giulia', 'register.update', 'Edit activity', ?)",
    JSON.stringify([{ t: 'activities', id: 'x2', b: { municipio: 3 }, a: { municipio: 7 } }])
  )
  await db.destroy()
  sqlite.close()
}

describe('migration 0005 on a project written before areas', () => {
  it('turns municipi into areas everywhere (rows, indicator specs, report tables, the log) and keeps every figure', async () => {
    const file = path.join(tmp.dir, 'legacy.esiti')
    await legacyProject(file)
    const p = await openProjectFile(file, { actor: 'Giulia' })
    try {
      const ctx = makeCtx(p, 'Giulia')
      expect(fs.readdirSync(tmp.dir).some((f) => f.includes('.backup.esiti'))).toBe(true)
      // Municipio 3 is only in the log: it gets its area too, so that undo can restore it.
      expect((p.sqlite.prepare('SELECT name FROM areas ORDER BY sort').all() as { name: string }[]).map((a) => a.name)).toEqual([
        'Municipio 3',
        'Municipio 5',
        'Municipio 7'
      ])
      expect(p.sqlite.prepare('SELECT area_label FROM programmes').get()).toEqual({ area_label: 'Municipio' })
      expect(listActivities(ctx).map((a) => [a.id, a.area])).toEqual([['x1', 'Municipio 5'], ['x2', 'Municipio 7'], ['x3', null]])
      const cols = (t: string) => (p.sqlite.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name)
      expect(cols('activities')).not.toContain('municipio')
      expect(cols('organisations')).not.toContain('municipio')

      expect(getIndicatorDef(ctx, 'CWF.1')).toMatchObject({ spec: { areas: ['Municipio 5', 'Municipio 7'] }, disaggregations: [{ by: 'area' }] })
      expect(p.sqlite.prepare("SELECT spec FROM indicators WHERE code = 'CWF.1'").get()).toEqual({
        spec: '{"source":"register","measure":"activities","areas":["Municipio 5","Municipio 7"]}'
      })
      // A questionnaire variable called "municipio" is not a territorial area: untouched.
      expect(getIndicatorDef(ctx, 'S.1').disaggregations).toEqual([{ by: 'municipio' }])
      const tables = p.sqlite.prepare('SELECT id, spec FROM report_tables ORDER BY number').all() as { spec: string }[]
      expect(tables.map((t) => JSON.parse(t.spec).by)).toEqual(['area', 'municipio'])
      const cwf = computeIndicators(ctx).find((r) => r.code === 'CWF.1')!
      expect(cwf).toMatchObject({ status: 'ok', value: 2 })
      expect(cwf.breakdown.map((b) => [b.byLabel, b.group, b.value])).toEqual([['Municipio', 'Municipio 5', 1], ['Municipio', 'Municipio 7', 1]])

      // The SDG framework is whole; what the project had is what it adopts, with the official words.
      expect(p.sqlite.prepare('SELECT COUNT(*) n FROM sdg_goals').get()).toEqual({ n: 17 })
      expect(p.sqlite.prepare('SELECT COUNT(*) n FROM sdg_targets').get()).toEqual({ n: 169 })
      expect(adoptedCodes(ctx)).toEqual(['5.4', '8'])
      expect(p.sqlite.prepare("SELECT id, title, title_en, color FROM sdg_goals WHERE number = 5").get()).toEqual({
        id: 'g5', title: 'Parità di genere', title_en: 'Gender Equality', color: '#FF3A21'
      })
      expect(getIndicatorDef(ctx, 'CWF.1').sdgs).toEqual([{ goal: 5, targets: ['5.4'] }])
      // Kinds used by the register join the presets; the participant lists get their defaults.
      expect(registerLists(ctx).kinds.map((k) => k.name)).toEqual(['webinar', 'incontro', 'consulenza', 'sportello', 'formazione', 'evento', 'laboratorio'])
      expect(registerLists(ctx).genders.map((g) => g.code)).toEqual(['F', 'M', 'NB'])

      // The old log replays on the new columns: undo the move back to municipio 3, redo it, undo the insert.
      undo(p, 'Giulia')
      expect(listActivities(ctx, { id: 'x2' })[0].area).toBe('Municipio 3')
      redo(p, 'Giulia')
      expect(listActivities(ctx, { id: 'x2' })[0].area).toBe('Municipio 7')
      undo(p, 'Giulia')
      undo(p, 'Giulia')
      expect(listActivities(ctx, { id: 'x2' })).toEqual([])
      redo(p, 'Giulia')
      expect(listActivities(ctx, { id: 'x2' })[0].area).toBe('Municipio 7')
    } finally {
      p.close()
    }
  })

  it('applies to a project that already has a later migration (issues land in any order)', async () => {
    const file = path.join(tmp.dir, 'after-0010.esiti')
    await legacyProject(file, { '0010-column-data-variable-index': m0010 })
    const p = await openProjectFile(file)
    try {
      const names = (p.sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name)
      expect(names).toContain('0005-programme-setup')
      expect(names).toContain('0010-column-data-variable-index')
      expect(listActivities(makeCtx(p)).map((a) => a.area)).toEqual(['Municipio 5', 'Municipio 7', null])
    } finally {
      p.close()
    }
  })

  it('gives a new project the whole framework, the presets, and no area', async () => {
    const p = await openProjectFile(path.join(tmp.dir, 'nuovo.esiti'), { create: true })
    try {
      const n = (sql: string) => (p.sqlite.prepare(sql).get() as { n: number }).n
      expect([n('SELECT COUNT(*) n FROM sdg_goals'), n('SELECT COUNT(*) n FROM sdg_targets'), n('SELECT COUNT(*) n FROM sdg_adoptions')]).toEqual([17, 169, 0])
      expect([n('SELECT COUNT(*) n FROM areas'), n('SELECT COUNT(*) n FROM activity_kinds'), n('SELECT COUNT(*) n FROM participant_values')]).toEqual([0, 6, 7])
      expect(n('SELECT COUNT(*) n FROM programmes')).toBe(0)
    } finally {
      p.close()
    }
  })
})
