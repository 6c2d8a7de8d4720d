import type { Ctx } from '../context'

export interface RegActivity {
  id: string
  actionId: string
  kind: string
  date: string
  /** Area name (null: not recorded) and its place in the programme's list. */
  area: string | null
  areaSort: number
  mode: string | null
  participants: number
  women: number | null
  men: number | null
  other: number | null
  hours: number | null
  orgIds: string[]
}
export interface RegOrganisation {
  id: string
  name: string
  kind: string
  sector: string | null
  sizeClass: string | null
  area: string | null
  areaSort: number
}

/**
 * The persons on the participant lists, by index: ids are looked up once, then every count works on
 * integer arrays (a register of 10,000 activities × 30 participants is 300,000 participations).
 */
export interface RegPeople {
  count: number
  gender: (string | null)[]
  ageBand: (string | null)[]
  orgId: (string | null)[]
  /** Person indexes on each activity's list. */
  byActivity: Map<string, Int32Array>
  /** Code order of the programme's gender and age-band lists. */
  genderOrder: Map<string, number>
  ageBandOrder: Map<string, number>
}

export interface RegisterSnapshot {
  actions: { id: string; code: string; name: string }[]
  activities: RegActivity[]
  organisations: Map<string, RegOrganisation>
  joined: { orgId: string; actionId: string }[]
  areaLabel: string | null
  /** Loaded on first use: only person measures and person breakdowns need it. */
  people(): RegPeople
}

function loadPeople(ctx: Ctx): RegPeople {
  const db = ctx.project.sqlite
  const persons = db.prepare('SELECT id, gender, age_band, organisation_id FROM persons').raw().all() as [string, string | null, string | null, string | null][]
  const index = new Map<string, number>()
  const gender: (string | null)[] = []
  const ageBand: (string | null)[] = []
  const orgId: (string | null)[] = []
  for (const [id, g, a, o] of persons) {
    index.set(id, gender.length)
    gender.push(g)
    ageBand.push(a)
    orgId.push(o)
  }
  // One row per activity with its list joined: reading 300,000 rows of two UUIDs costs four times as
  // much, most of it in making a string per cell (bench: register).
  const byActivity = new Map<string, Int32Array>()
  for (const [activity, list] of db.prepare("SELECT activity_id, group_concat(person_id, ',') FROM participations GROUP BY activity_id").raw().all() as [string, string][]) {
    const ids = list.split(',')
    const out = new Int32Array(ids.length)
    for (let i = 0; i < ids.length; i++) out[i] = index.get(ids[i])!
    byActivity.set(activity, out)
  }
  const values = db.prepare('SELECT list, code, sort FROM participant_values').all() as { list: string; code: string; sort: number }[]
  return {
    count: gender.length,
    gender,
    ageBand,
    orgId,
    byActivity,
    genderOrder: new Map(values.filter((v) => v.list === 'gender').map((v) => [v.code, v.sort])),
    ageBandOrder: new Map(values.filter((v) => v.list === 'ageBand').map((v) => [v.code, v.sort]))
  }
}

/** The monitoring register in memory: register indicators are pure functions of it. */
export function loadRegister(ctx: Ctx): RegisterSnapshot {
  const db = ctx.project.sqlite
  const actions = db.prepare('SELECT id, code, name FROM actions ORDER BY sort, code').all() as RegisterSnapshot['actions']
  const orgRows = db
    .prepare(
      `SELECT o.id, o.name, o.kind, o.sector, o.size_class sizeClass, a.name area, COALESCE(a.sort, 0) areaSort
       FROM organisations o LEFT JOIN areas a ON a.id = o.area_id`
    )
    .all() as RegOrganisation[]
  const links = db.prepare('SELECT activity_id a, organisation_id o FROM activity_organisations').all() as { a: string; o: string }[]
  const byActivity = new Map<string, string[]>()
  for (const l of links) byActivity.set(l.a, [...(byActivity.get(l.a) ?? []), l.o])
  const activities = (
    db
      .prepare(
        `SELECT x.id, x.action_id actionId, x.kind, x.date, ar.name area, COALESCE(ar.sort, 0) areaSort, x.mode, x.participants,
         x.participants_women women, x.participants_men men, x.participants_other other, x.hours
         FROM activities x LEFT JOIN areas ar ON ar.id = x.area_id ORDER BY x.date, x.id`
      )
      .all() as Omit<RegActivity, 'orgIds'>[]
  ).map((a) => ({ ...a, orgIds: byActivity.get(a.id) ?? [] }))
  const joined = db.prepare('SELECT organisation_id orgId, action_id actionId FROM organisation_actions').all() as RegisterSnapshot['joined']
  const label = db.prepare('SELECT area_label l FROM programmes ORDER BY rowid LIMIT 1').get() as { l: string | null } | undefined
  let people: RegPeople | undefined
  return {
    actions,
    activities,
    organisations: new Map(orgRows.map((o) => [o.id, o])),
    joined,
    areaLabel: label?.l ?? null,
    people: () => (people ??= loadPeople(ctx))
  }
}
