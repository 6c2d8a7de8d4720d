import type { z } from 'zod'
import type { activityInput } from '../../../shared/ipc/indicators'
import { isRealDate } from '../programme/common'
import type { RowProblem } from '../programme/sheet-import'
import type { RegisterRefs } from './register-refs'

export type ActivityFields = z.output<typeof activityInput>

/** The activities row (without id) and the organisations reached, ready to write. */
export interface ActivityRow {
  row: {
    action_id: string
    kind: string
    title: string
    date: string
    organiser_id: string | null
    mode: string | null
    area_id: string | null
    hours: number | null
    participants: number
    participants_women: number | null
    participants_men: number | null
    participants_other: number | null
    notes: string | null
  }
  organisationIds: string[]
}

/**
 * Checks one activity against the programme (period, action, kind, area, organisations) and its
 * own numbers. Returns every problem, not only the first, so an import can report a row completely.
 * A participant list, when given, is checked by participants.ts; its length is the head count.
 */
export function validateActivity(a: ActivityFields, refs: RegisterRefs): { ok: ActivityRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const p = (key: string, params?: Record<string, unknown>) => problems.push({ key, params })
  if (!isRealDate(a.date)) p('register.badDate', { value: a.date })
  else {
    const { start, end } = refs.period
    if (start && a.date < start) p('register.beforeStart', { date: a.date, start })
    if (end && a.date > end) p('register.afterEnd', { date: a.date, end })
  }
  const action = refs.action(a.action)
  if (!action) p(refs.actions.length ? 'register.actionUnknown' : 'register.noActions', { code: a.action, known: refs.actions.map((x) => x.code) })
  const kind = refs.kind(a.kind)
  if (!kind) p('register.kindUnknown', { kind: a.kind, known: refs.kinds })
  let areaId: string | null = null
  if (a.area) {
    const area = refs.area(a.area)
    if (area) areaId = area.id
    else if (refs.areas.length) p('programme.areaUnknown', { name: a.area, known: refs.areas.map((x) => x.name) })
    else p('programme.areaNoneDefined', { name: a.area })
  }
  let organiserId: string | null = null
  if (a.organiser) {
    const o = refs.organisation(a.organiser)
    if (!o) p('register.organiserUnknown', { name: a.organiser })
    else organiserId = o.id
  }
  const listed = a.participantList?.length
  let participants = a.participants
  if (listed !== undefined && listed > 0) {
    if (participants !== undefined && participants !== listed) p('register.countNotList', { participants, listed })
    participants = listed
  }
  if (participants === undefined) p('register.participantsMissing')
  const split = (a.women ?? 0) + (a.men ?? 0) + (a.other ?? 0)
  if (participants !== undefined && !listed && split > participants)
    p('register.splitTooLarge', { split, participants })
  const organisationIds: string[] = []
  for (const name of a.organisations) {
    const o = refs.organisation(name)
    if (!o) p('register.organisationUnknown', { name })
    else if (!organisationIds.includes(o.id)) organisationIds.push(o.id)
  }
  if (problems.length || !action || !kind || participants === undefined) return { problems }
  return {
    ok: {
      row: {
        action_id: action.id,
        kind,
        title: a.title,
        date: a.date,
        organiser_id: organiserId,
        mode: a.mode ?? null,
        area_id: areaId,
        hours: a.hours ?? null,
        participants,
        participants_women: a.women ?? null,
        participants_men: a.men ?? null,
        participants_other: a.other ?? null,
        notes: a.notes ?? null
      },
      organisationIds
    }
  }
}
