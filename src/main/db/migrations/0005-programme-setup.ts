import { sql, type Kysely, type Transaction } from 'kysely'
import type { Migration } from 'kysely/migration'
import { splitSql } from './run-statements'
import { newId } from '../ids'
import { SDG_GOALS, sdgRefId } from '../../services/sdg/sdg-framework'
import { legacyAreaName, upgradeRegisterDisaggregations, upgradeRegisterSpec } from '../../services/indicators/legacy-spec'

/**
 * Programme set-up for any territorial programme (issue 11):
 * - territorial areas defined per programme replace the hard-wired `municipio` 1–9 columns;
 * - the whole SDG framework (17 goals, 169 targets) as reference data, and what the programme adopts;
 * - action details (period, lead partner) and action–SDG links;
 * - configurable activity kinds, the gender and age-band lists, persons and their participations
 *   (personal data, in tables of their own with stable UUIDs);
 * - indicator metadata (baseline year and source, milestone, target year, direction, responsible);
 * - cleaning recipes kept by a template without their dataset.
 */
export const SCHEMA_0005 = `
CREATE TABLE areas (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  sort INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE programmes ADD COLUMN area_label TEXT;
ALTER TABLE actions ADD COLUMN period_start TEXT;
ALTER TABLE actions ADD COLUMN period_end TEXT;
ALTER TABLE actions ADD COLUMN lead_id TEXT REFERENCES organisations(id) ON DELETE SET NULL;
ALTER TABLE organisations ADD COLUMN area_id TEXT REFERENCES areas(id) ON DELETE RESTRICT;
ALTER TABLE activities ADD COLUMN area_id TEXT REFERENCES areas(id) ON DELETE RESTRICT;
CREATE INDEX activities_area ON activities(area_id);
CREATE INDEX activities_date ON activities(date);
CREATE INDEX organisation_actions_action ON organisation_actions(action_id);

ALTER TABLE sdg_goals ADD COLUMN full_title TEXT;
ALTER TABLE sdg_goals ADD COLUMN full_title_en TEXT;
CREATE TABLE sdg_adoptions (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES sdg_goals(id) ON DELETE CASCADE,
  target_id TEXT REFERENCES sdg_targets(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX sdg_adoptions_unique ON sdg_adoptions(goal_id, COALESCE(target_id, ''));
CREATE TABLE action_sdgs (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  goal_id TEXT NOT NULL REFERENCES sdg_goals(id) ON DELETE CASCADE,
  target_id TEXT REFERENCES sdg_targets(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX action_sdgs_unique ON action_sdgs(action_id, goal_id, COALESCE(target_id, ''));

CREATE TABLE activity_kinds (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  sort INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE participant_values (
  id TEXT PRIMARY KEY,
  list TEXT NOT NULL CHECK (list IN ('gender','ageBand')),
  code TEXT NOT NULL,
  sort INTEGER NOT NULL DEFAULT 0,
  UNIQUE (list, code)
);
-- Personal data: a person (or a pseudonym) reached by the programme. name_key is the folded name
-- two participant lists are matched on, so a person attending several activities is one row.
CREATE TABLE persons (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  pseudonym INTEGER NOT NULL DEFAULT 0 CHECK (pseudonym IN (0, 1)),
  gender TEXT,
  age_band TEXT,
  organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE participations (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
  role TEXT,
  UNIQUE (activity_id, person_id)
);
CREATE INDEX participations_person ON participations(person_id);

ALTER TABLE indicators ADD COLUMN baseline_year INTEGER;
ALTER TABLE indicators ADD COLUMN baseline_source TEXT;
ALTER TABLE indicators ADD COLUMN milestone REAL;
ALTER TABLE indicators ADD COLUMN milestone_year INTEGER;
ALTER TABLE indicators ADD COLUMN target_year INTEGER;
ALTER TABLE indicators ADD COLUMN direction TEXT CHECK (direction IN ('increase','decrease'));
ALTER TABLE indicators ADD COLUMN responsible_id TEXT REFERENCES organisations(id) ON DELETE SET NULL;

CREATE TABLE recipe_templates (
  id TEXT PRIMARY KEY,
  dataset_name TEXT NOT NULL UNIQUE,
  steps TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`

/** Run after the data moved to area_id. */
const DROP_MUNICIPIO = `
ALTER TABLE activities DROP COLUMN municipio;
ALTER TABLE organisations DROP COLUMN municipio;
`

/** The activity kinds every project starts with (editable). */
export const PRESET_KINDS_0005 = ['webinar', 'incontro', 'consulenza', 'sportello', 'formazione', 'evento']
/** Gender codes: F and M are fixed (they feed the women/men counts); NB = non-binary (ESF+ breakdown). */
export const PRESET_GENDERS_0005 = ['F', 'M', 'NB']
/** ESF+ common indicators' age bands, completed so that every age has one. */
export const PRESET_AGE_BANDS_0005 = ['<18', '18-29', '30-54', '55+']

type Tx = Transaction<unknown>
const rows = async <R>(tx: Tx, q: ReturnType<typeof sql<R>>): Promise<R[]> => (await q.execute(tx)).rows

async function fillSdgFramework(tx: Tx): Promise<void> {
  const hadGoals = new Set((await rows<{ number: number }>(tx, sql`SELECT number FROM sdg_goals`)).map((g) => g.number))
  const existingTargets = new Map(
    (await rows<{ id: string; code: string }>(tx, sql`SELECT id, code FROM sdg_targets`)).map((t) => [t.code, t.id])
  )
  for (const g of SDG_GOALS) {
    const found = await rows<{ id: string }>(tx, sql`SELECT id FROM sdg_goals WHERE number = ${g.number}`)
    let goalId: string
    if (found.length) {
      goalId = found[0].id
      await sql`UPDATE sdg_goals SET title = ${g.short.it}, title_en = ${g.short.en}, color = ${g.color},
        full_title = ${g.title.it}, full_title_en = ${g.title.en} WHERE id = ${goalId}`.execute(tx)
    } else {
      goalId = sdgRefId('goal', g.number)
      await sql`INSERT INTO sdg_goals (id, number, title, title_en, color, full_title, full_title_en)
        VALUES (${goalId}, ${g.number}, ${g.short.it}, ${g.short.en}, ${g.color}, ${g.title.it}, ${g.title.en})`.execute(tx)
    }
    for (const t of g.targets) {
      const id = existingTargets.get(t.code)
      if (id) await sql`UPDATE sdg_targets SET goal_id = ${goalId}, text = ${t.it}, text_en = ${t.en} WHERE id = ${id}`.execute(tx)
      else
        await sql`INSERT INTO sdg_targets (id, goal_id, code, text, text_en)
          VALUES (${sdgRefId('target', t.code)}, ${goalId}, ${t.code}, ${t.it}, ${t.en})`.execute(tx)
    }
  }
  // Before this migration a project held only the goals and targets its programme worked towards:
  // those are what it adopts now that every project holds the whole framework.
  for (const n of hadGoals) {
    const goal = (await rows<{ id: string }>(tx, sql`SELECT id FROM sdg_goals WHERE number = ${n}`))[0]
    const targets = await rows<{ id: string; code: string }>(tx, sql`SELECT id, code FROM sdg_targets WHERE goal_id = ${goal.id}`)
    const adopted = targets.filter((t) => existingTargets.has(t.code))
    if (adopted.length === 0)
      await sql`INSERT INTO sdg_adoptions (id, goal_id, target_id) VALUES (${newId()}, ${goal.id}, NULL)`.execute(tx)
    for (const t of adopted)
      await sql`INSERT INTO sdg_adoptions (id, goal_id, target_id) VALUES (${newId()}, ${goal.id}, ${t.id})`.execute(tx)
  }
}

interface LoggedChange {
  t: string
  id: string
  b: Record<string, unknown> | null
  a: Record<string, unknown> | null
  soft?: boolean
}

/** Every municipio number still present, in rows or in the operation log (undo may restore it). */
async function municipiInUse(tx: Tx): Promise<Set<number>> {
  const out = new Set<number>()
  for (const r of await rows<{ m: number }>(
    tx,
    sql`SELECT municipio m FROM activities WHERE municipio IS NOT NULL UNION SELECT municipio FROM organisations WHERE municipio IS NOT NULL`
  ))
    out.add(Number(r.m))
  for (const op of await rows<{ changes: string }>(tx, sql`SELECT changes FROM op_log WHERE changes LIKE '%municipio%'`))
    for (const c of JSON.parse(op.changes) as LoggedChange[])
      for (const row of [c.b, c.a]) if (row && typeof row.municipio === 'number') out.add(row.municipio)
  return out
}

const upgradeIndicatorRow = (row: Record<string, unknown>): boolean => {
  if (typeof row.spec !== 'string') return false
  let spec: unknown
  try {
    spec = JSON.parse(row.spec)
  } catch {
    return false
  }
  const next = upgradeRegisterSpec(spec)
  let changed = next !== spec
  if (changed) row.spec = JSON.stringify(next)
  if (typeof row.disaggregations === 'string') {
    try {
      const dis = JSON.parse(row.disaggregations)
      const up = upgradeRegisterDisaggregations(next, dis)
      if (JSON.stringify(up) !== row.disaggregations) {
        row.disaggregations = JSON.stringify(up)
        changed = true
      }
    } catch {
      // an unreadable value stays as it is: the indicator reports it
    }
  }
  return changed
}

async function moveMunicipiToAreas(tx: Tx): Promise<void> {
  const used = [...(await municipiInUse(tx))].sort((a, b) => a - b)
  const areaId = new Map<number, string>()
  for (const n of used) {
    const id = newId()
    areaId.set(n, id)
    await sql`INSERT INTO areas (id, name, sort) VALUES (${id}, ${legacyAreaName(n)}, ${n})`.execute(tx)
  }
  if (used.length) await sql`UPDATE programmes SET area_label = 'Municipio' WHERE area_label IS NULL`.execute(tx)
  for (const [n, id] of areaId) {
    await sql`UPDATE activities SET area_id = ${id} WHERE municipio = ${n}`.execute(tx)
    await sql`UPDATE organisations SET area_id = ${id} WHERE municipio = ${n}`.execute(tx)
  }
  // The log must replay against the new columns.
  for (const op of await rows<{ seq: number; changes: string }>(
    tx,
    sql`SELECT seq, changes FROM op_log WHERE changes LIKE '%municipio%' OR changes LIKE '%municipi%'`
  )) {
    const changes = JSON.parse(op.changes) as LoggedChange[]
    let touched = false
    for (const c of changes)
      for (const row of [c.b, c.a]) {
        if (!row) continue
        if ((c.t === 'activities' || c.t === 'organisations') && 'municipio' in row) {
          const m = row.municipio
          delete row.municipio
          row.area_id = typeof m === 'number' ? (areaId.get(m) ?? null) : null
          touched = true
        }
        if (c.t === 'indicators' && upgradeIndicatorRow(row)) touched = true
      }
    if (touched) await sql`UPDATE op_log SET changes = ${JSON.stringify(changes)} WHERE seq = ${op.seq}`.execute(tx)
  }
  for (const ind of await rows<Record<string, unknown>>(tx, sql`SELECT id, spec, disaggregations FROM indicators`))
    if (upgradeIndicatorRow(ind))
      await sql`UPDATE indicators SET spec = ${ind.spec as string}, disaggregations = ${ind.disaggregations as string | null} WHERE id = ${ind.id as string}`.execute(tx)
  // A report table shows a disaggregation of its indicators: "municipio" becomes "area" when every one
  // of them is a register indicator (a questionnaire variable may well be called "municipio").
  const register = new Set(
    (await rows<{ id: string; code: string }>(tx, sql`SELECT id, code FROM indicators WHERE source_kind = 'register'`)).flatMap((i) => [i.id, i.code])
  )
  for (const t of await rows<{ id: string; spec: string }>(tx, sql`SELECT id, spec FROM report_tables`)) {
    let spec: { rows?: string; by?: string; indicators?: string[] }
    try {
      spec = JSON.parse(t.spec)
    } catch {
      continue
    }
    if (spec.rows === 'indicators' && spec.by === 'municipio' && (spec.indicators ?? []).every((k) => register.has(k)))
      await sql`UPDATE report_tables SET spec = ${JSON.stringify({ ...spec, by: 'area' })} WHERE id = ${t.id}`.execute(tx)
  }
}

async function seedLists(tx: Tx): Promise<void> {
  const used = (await rows<{ kind: string }>(tx, sql`SELECT DISTINCT kind FROM activities ORDER BY kind`)).map((r) => r.kind)
  const kinds = [...PRESET_KINDS_0005, ...used.filter((k) => !PRESET_KINDS_0005.includes(k))]
  for (const [i, name] of kinds.entries())
    await sql`INSERT INTO activity_kinds (id, name, sort) VALUES (${newId()}, ${name}, ${i})`.execute(tx)
  for (const [list, codes] of [['gender', PRESET_GENDERS_0005], ['ageBand', PRESET_AGE_BANDS_0005]] as const)
    for (const [i, code] of codes.entries())
      await sql`INSERT INTO participant_values (id, list, code, sort) VALUES (${newId()}, ${list}, ${code}, ${i})`.execute(tx)
}

export const m0005: Migration = {
  async up(db: Kysely<unknown>) {
    // One transaction: kysely's SQLite adapter does not wrap migrations (see run-statements.ts).
    await db.transaction().execute(async (tx) => {
      for (const s of splitSql(SCHEMA_0005)) await sql.raw(s).execute(tx)
      await fillSdgFramework(tx)
      await moveMunicipiToAreas(tx)
      await seedLists(tx)
      for (const s of splitSql(DROP_MUNICIPIO)) await sql.raw(s).execute(tx)
    })
  }
}
