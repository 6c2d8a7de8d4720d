import type { Ctx } from '../services/context'
import { addActions, updateAction } from '../services/programme/actions'
import { applyAreaPreset } from '../services/programme/areas'
import { setProgramme } from '../services/programme/details'
import { addOrganisation } from '../services/programme/organisations'
import { adoptSdgs } from '../services/programme/sdg-adoption'
import { addSections } from '../services/programme/sections'
import { createActivity } from '../services/register/register-service'
import { actions, programme } from './content/programme'
import { organisations } from './content/organisations'
import { demoParticipantLists } from './content/participants'
import { activities } from './content/register'
import { adoptedTargets } from './content/sdgs'
import { sections } from './content/sections'

const UNLOGGED = { log: false }

/** The partner that leads each action (set once the partnership is in). */
const LEADS: Record<string, string> = {
  SW: 'Centro Studi Tempi e Lavoro',
  CW: 'Fondazione Naviglio Solidale',
  CWF: 'Cooperativa Sociale Il Ponte di Gratosoglio'
}

const area = (n: number | null): string | null => (n === null ? null : `Municipio ${n}`)

/**
 * Programme, areas (Milan's municipi, the preset), actions, the partnership and the companies,
 * adopted SDG targets, report sections and the monitoring register with its attendance lists,
 * through the same services the window and the CLI use. Nothing is recorded in the undo history.
 */
export function seedProgramme(ctx: Ctx): void {
  setProgramme(
    ctx,
    {
      name: programme.name,
      fullName: programme.fullName,
      promoter: programme.promoter,
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
      territory: programme.area,
      description: programme.description
    },
    UNLOGGED
  )
  applyAreaPreset(ctx, 'milano-municipi', UNLOGGED)
  addActions(ctx, actions, UNLOGGED)
  for (const o of organisations)
    addOrganisation(
      ctx,
      {
        name: o.name,
        kind: o.kind,
        orgType: o.orgType,
        sector: o.sector,
        sizeClass: o.sizeClass,
        employees: o.employees,
        area: area(o.municipio),
        actions: o.actions.map((action) => ({ action, role: o.role ?? null }))
      },
      UNLOGGED
    )
  for (const [code, lead] of Object.entries(LEADS)) updateAction(ctx, code, { lead }, UNLOGGED)
  adoptSdgs(ctx, adoptedTargets, UNLOGGED)
  addSections(ctx, sections.map((s) => ({ title: s.title, titleEn: s.titleEn, description: s.description })), UNLOGGED)
  const lists = demoParticipantLists(activities)
  for (const a of activities) {
    const list = lists.get(a)
    createActivity(
      ctx,
      {
        date: a.date,
        action: a.action,
        kind: a.kind,
        title: a.title,
        organiser: a.organiser,
        mode: a.mode,
        area: area(a.municipio),
        hours: a.hours,
        organisations: [...new Set(a.organisations)],
        ...(list ? { participantList: list } : { participants: a.participants, women: a.women, men: a.men })
      },
      UNLOGGED
    )
  }
}
