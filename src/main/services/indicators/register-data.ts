import type { Ctx } from '../context'

export interface RegActivity {
  id: string
  actionId: string
  kind: string
  date: string
  municipio: number | null
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
  municipio: number | null
}
export interface RegisterSnapshot {
  actions: { id: string; code: string; name: string }[]
  activities: RegActivity[]
  organisations: Map<string, RegOrganisation>
  joined: { orgId: string; actionId: string }[]
}

/** The monitoring register in memory (it is small): register indicators are pure functions of it. */
export function loadRegister(ctx: Ctx): RegisterSnapshot {
  const db = ctx.project.sqlite
  const actions = db.prepare('SELECT id, code, name FROM actions ORDER BY sort, code').all() as RegisterSnapshot['actions']
  const orgRows = db
    .prepare('SELECT id, name, kind, sector, size_class sizeClass, municipio FROM organisations')
    .all() as RegOrganisation[]
  const links = db.prepare('SELECT activity_id a, organisation_id o FROM activity_organisations').all() as { a: string; o: string }[]
  const byActivity = new Map<string, string[]>()
  for (const l of links) byActivity.set(l.a, [...(byActivity.get(l.a) ?? []), l.o])
  const activities = (
    db
      .prepare(
        `SELECT id, action_id actionId, kind, date, municipio, mode, participants, participants_women women,
         participants_men men, participants_other other, hours FROM activities ORDER BY date, id`
      )
      .all() as Omit<RegActivity, 'orgIds'>[]
  ).map((a) => ({ ...a, orgIds: byActivity.get(a.id) ?? [] }))
  const joined = db.prepare('SELECT organisation_id orgId, action_id actionId FROM organisation_actions').all() as RegisterSnapshot['joined']
  return { actions, activities, organisations: new Map(orgRows.map((o) => [o.id, o])), joined }
}
