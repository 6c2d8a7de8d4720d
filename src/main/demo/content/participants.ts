import type { ParticipantInput } from '../../../shared/ipc/indicators'
import { prng } from '../questionnaires/prng'
import type { DemoActivity } from './types'

/**
 * Attendance lists of the demo's training courses and consulting sessions, recorded as pseudonyms
 * ("P-0042"), as a team that keeps names apart would. Each organisation has a small staff the
 * lists draw from, so that the same person attends several sessions: distinct persons reached are
 * fewer than participations. Every list matches its activity's head count and gender split (those
 * whose gender was not recorded are people without one), so the demo's other figures do not move.
 */
const KINDS_WITH_LISTS = new Set(['formazione', 'consulenza'])
const AGE_BANDS = ['18-29', '30-54', '55+']
const AGE_WEIGHTS = [2, 6.5, 1.5]

interface Person {
  name: string
  gender: 'F' | 'M' | null
  ageBand: string
  organisation: string
}

export function demoParticipantLists(activities: DemoActivity[]): Map<DemoActivity, ParticipantInput[]> {
  const rng = prng(20200901)
  const staff = new Map<string, Person[]>()
  let next = 1
  const hire = (organisation: string, gender: Person['gender']): Person => {
    const p: Person = { name: `P-${String(next++).padStart(4, '0')}`, gender, ageBand: AGE_BANDS[rng.weighted(AGE_WEIGHTS)], organisation }
    staff.set(organisation, [...(staff.get(organisation) ?? []), p])
    return p
  }
  const out = new Map<DemoActivity, ParticipantInput[]>()
  for (const a of activities) {
    if (!KINDS_WITH_LISTS.has(a.kind)) continue
    const orgs = a.organisations.length ? [...new Set(a.organisations)] : [a.organiser]
    const chosen = new Set<Person>()
    const pick = (gender: Person['gender']): Person => {
      const organisation = rng.pick(orgs)
      const pool = (staff.get(organisation) ?? []).filter((p) => p.gender === gender && !chosen.has(p))
      // Two in three times someone who already came back; otherwise a colleague not seen before.
      const p = pool.length && rng.chance(0.66) ? rng.pick(pool) : hire(organisation, gender)
      chosen.add(p)
      return p
    }
    const unknown = a.participants - a.women - a.men
    const list: Person[] = [
      ...Array.from({ length: a.women }, () => pick('F')),
      ...Array.from({ length: a.men }, () => pick('M')),
      ...Array.from({ length: unknown }, () => pick(null))
    ]
    out.set(
      a,
      list.map((p) => ({ name: p.name, pseudonym: true, gender: p.gender, ageBand: p.ageBand, organisation: p.organisation }))
    )
  }
  return out
}
