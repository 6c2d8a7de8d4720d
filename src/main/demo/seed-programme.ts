import { mutate } from '../db/op-log'
import { newId } from '../db/ids'
import type { Ctx } from '../services/context'
import { actions, programme } from './content/programme'
import { organisations } from './content/organisations'
import { sdgGoals } from './content/sdgs'
import { sections } from './content/sections'
import { activities } from './content/register'

/** Programme, actions, organisations, SDGs, report sections and the monitoring register. */
export function seedProgramme(ctx: Ctx): void {
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'demo.seed', summary: 'Seed demo programme' },
    (w) => {
      const programmeId = w.insert('programmes', {
        name: programme.name,
        full_name: programme.fullName,
        promoter: programme.promoter,
        period_start: programme.periodStart,
        period_end: programme.periodEnd,
        area: programme.area,
        description: programme.description
      })
      const actionIds = new Map<string, string>()
      actions.forEach((a, i) =>
        actionIds.set(
          a.code,
          w.insert('actions', { programme_id: programmeId, code: a.code, name: a.name, description: a.description, sort: i })
        )
      )
      const orgIds = new Map<string, string>()
      for (const o of organisations) {
        const id = w.insert('organisations', {
          name: o.name,
          kind: o.kind,
          org_type: o.orgType,
          sector: o.sector,
          size_class: o.sizeClass,
          employees: o.employees,
          municipio: o.municipio,
          notes: null
        })
        orgIds.set(o.name, id)
        for (const code of o.actions)
          w.insert('organisation_actions', { organisation_id: id, action_id: actionIds.get(code)!, role: o.role ?? null })
      }
      for (const g of sdgGoals) {
        const goalId = w.insert('sdg_goals', { number: g.number, title: g.title, title_en: g.titleEn, color: g.color })
        for (const t of g.targets)
          w.insert('sdg_targets', { id: newId(), goal_id: goalId, code: t.code, text: t.text, text_en: t.textEn })
      }
      for (const s of sections)
        w.insert('report_sections', { number: s.number, title: s.title, title_en: s.titleEn, description: s.description })
      for (const a of activities) {
        const id = w.insert('activities', {
          action_id: actionIds.get(a.action)!,
          kind: a.kind,
          title: a.title,
          date: a.date,
          organiser_id: orgIds.get(a.organiser) ?? null,
          mode: a.mode,
          municipio: a.municipio,
          hours: a.hours,
          participants: a.participants,
          participants_women: a.women,
          participants_men: a.men,
          participants_other: null,
          notes: null
        })
        for (const name of new Set(a.organisations)) {
          const orgId = orgIds.get(name)
          if (orgId) w.insert('activity_organisations', { activity_id: id, organisation_id: orgId })
        }
      }
    },
    { log: false }
  )
}
