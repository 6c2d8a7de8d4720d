import type { z } from 'zod'
import type { activityInput } from '../../../shared/ipc/indicators'
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
    municipio: number | null
    hours: number | null
    participants: number
    participants_women: number | null
    participants_men: number | null
    participants_other: number | null
    notes: string | null
  }
  organisationIds: string[]
}

function isRealDate(iso: string): boolean {
  const d = new Date(iso + 'T00:00:00Z')
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso
}

/**
 * Checks one activity against the programme (period, action, organisations) and its own numbers.
 * Returns every problem, not only the first, so an import can report a row completely.
 */
export function validateActivity(a: ActivityFields, refs: RegisterRefs): { ok: ActivityRow } | { errors: string[] } {
  const errors: string[] = []
  if (!isRealDate(a.date)) errors.push(`"${a.date}" is not a real date`)
  else {
    const { start, end } = refs.period
    if (start && a.date < start) errors.push(`date ${a.date} is before the programme start (${start})`)
    if (end && a.date > end) errors.push(`date ${a.date} is after the programme end (${end})`)
  }
  const action = refs.action(a.action)
  if (!action) errors.push(`action "${a.action}" does not exist (known: ${refs.actions.map((x) => x.code).join(', ') || 'none'})`)
  let organiserId: string | null = null
  if (a.organiser) {
    const o = refs.organisation(a.organiser)
    if (!o) errors.push(`organiser "${a.organiser}" is not a known organisation`)
    else organiserId = o.id
  }
  const split = (a.women ?? 0) + (a.men ?? 0) + (a.other ?? 0)
  if (split > a.participants)
    errors.push(`women + men${a.other ? ' + other' : ''} (${split}) exceed the participants (${a.participants})`)
  const organisationIds: string[] = []
  for (const name of a.organisations) {
    const o = refs.organisation(name)
    if (!o) errors.push(`organisation "${name}" is not known`)
    else if (!organisationIds.includes(o.id)) organisationIds.push(o.id)
  }
  if (errors.length || !action) return { errors }
  return {
    ok: {
      row: {
        action_id: action.id,
        kind: a.kind,
        title: a.title,
        date: a.date,
        organiser_id: organiserId,
        mode: a.mode ?? null,
        municipio: a.municipio ?? null,
        hours: a.hours ?? null,
        participants: a.participants,
        participants_women: a.women ?? null,
        participants_men: a.men ?? null,
        participants_other: a.other ?? null,
        notes: a.notes ?? null
      },
      organisationIds
    }
  }
}
