import type { ProgrammeDto } from '../../../shared/ipc/project'
import type { Ctx } from '../context'

/** Programme, actions, organisations, SDGs and report sections in one read for the Programme area. */
export function programmeOverview(ctx: Ctx): ProgrammeDto {
  const db = ctx.project.sqlite
  const p = db.prepare('SELECT * FROM programmes LIMIT 1').get() as Record<string, string | null> | undefined
  const actions = db
    .prepare(
      `SELECT a.id, a.code, a.name, a.description,
        (SELECT COUNT(*) FROM organisation_actions oa WHERE oa.action_id = a.id) AS organisations,
        (SELECT COUNT(*) FROM activities x WHERE x.action_id = a.id) AS activities
       FROM actions a ORDER BY a.sort`
    )
    .all() as ProgrammeDto['actions']
  const joined = db
    .prepare('SELECT oa.organisation_id, a.code FROM organisation_actions oa JOIN actions a ON a.id = oa.action_id ORDER BY a.sort')
    .all() as { organisation_id: string; code: string }[]
  const byOrg = new Map<string, string[]>()
  for (const j of joined) byOrg.set(j.organisation_id, [...(byOrg.get(j.organisation_id) ?? []), j.code])
  const organisations = (
    db.prepare("SELECT * FROM organisations ORDER BY CASE kind WHEN 'promoter' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END, name").all() as Record<
      string,
      string | number | null
    >[]
  ).map((o) => ({
    id: o.id as string,
    name: o.name as string,
    kind: o.kind as string,
    orgType: o.org_type as string | null,
    sector: o.sector as string | null,
    sizeClass: o.size_class as string | null,
    employees: o.employees as number | null,
    municipio: o.municipio as number | null,
    actions: byOrg.get(o.id as string) ?? []
  }))
  const targets = db.prepare('SELECT id, goal_id, code, text, text_en FROM sdg_targets ORDER BY code').all() as {
    id: string
    goal_id: string
    code: string
    text: string
    text_en: string
  }[]
  const sdgs = (db.prepare('SELECT * FROM sdg_goals ORDER BY number').all() as Record<string, string | number>[]).map((g) => ({
    id: g.id as string,
    number: g.number as number,
    title: g.title as string,
    titleEn: g.title_en as string,
    color: g.color as string,
    targets: targets
      .filter((t) => t.goal_id === g.id)
      .map((t) => ({ id: t.id, code: t.code, text: t.text, textEn: t.text_en }))
  }))
  const sections = (db.prepare('SELECT * FROM report_sections ORDER BY number').all() as Record<string, string | number | null>[]).map(
    (s) => ({
      id: s.id as string,
      number: s.number as number,
      title: s.title as string,
      titleEn: s.title_en as string | null,
      description: s.description as string | null
    })
  )
  return {
    programme: p
      ? {
          name: p.name as string,
          fullName: p.full_name,
          promoter: p.promoter,
          periodStart: p.period_start,
          periodEnd: p.period_end,
          area: p.area,
          description: p.description
        }
      : null,
    actions,
    organisations,
    sdgs,
    sections
  }
}
