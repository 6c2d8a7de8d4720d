import type { z } from 'zod'
import type { participantInput } from '../../../shared/ipc/indicators'
import { nowIso } from '../../db/ids'
import type { Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import { cleanName, fieldName, nameKey } from '../programme/common'
import type { RowProblem } from '../programme/sheet-import'
import type { RegisterRefs } from './register-refs'

export type ParticipantFields = z.output<typeof participantInput>

/** A participant checked and matched: an existing person (personId) or a new one to create. */
export interface ResolvedParticipant {
  personId: string | null
  name: string
  key: string
  pseudonym: boolean
  gender: string | null
  ageBand: string | null
  organisationId: string | null
  role: string | null
  /** Attributes the existing person did not have yet and this list gives. */
  fill: Record<string, unknown>
}

interface PersonRow {
  id: string
  name: string
  pseudonym: number
  gender: string | null
  age_band: string | null
  organisation_id: string | null
}

/** Words people write for the two fixed gender codes. */
const GENDER_WORDS: Record<string, string> = {
  f: 'F', donna: 'F', donne: 'F', femmina: 'F', female: 'F', woman: 'F', women: 'F',
  m: 'M', uomo: 'M', uomini: 'M', maschio: 'M', male: 'M', man: 'M', men: 'M'
}

export function matchGender(refs: RegisterRefs, value: string): string | undefined {
  const direct = refs.gender(value)
  if (direct) return direct
  const word = GENDER_WORDS[nameKey(value)]
  return word ? refs.gender(word) : undefined
}

/** An age in years is put in the one band of the programme's list that contains it. */
export function bandOfAge(bands: string[], age: number): string | undefined {
  const fits = bands.filter((b) => {
    const s = b.replace(/[–—]/g, '-').replace(/\s+/g, '')
    let m = /^<(\d+)$/.exec(s)
    if (m) return age < Number(m[1])
    m = /^(\d+)\+$/.exec(s)
    if (m) return age >= Number(m[1])
    m = /^(\d+)-(\d+)$/.exec(s)
    return !!m && age >= Number(m[1]) && age <= Number(m[2])
  })
  return fits.length === 1 ? fits[0] : undefined
}

/**
 * Checks a participant list against the programme's lists and the persons already recorded. A name
 * already known is the same person: the list may leave their gender, age band or organisation
 * empty (the recorded ones count) or fill those still unknown, but may not contradict them.
 * Returns the problems per list index (0-based) so that a form or a sheet can point at the row.
 */
export function checkParticipants(
  project: ProjectFile,
  refs: RegisterRefs,
  list: ParticipantFields[],
  opts: { alreadyListed?: Set<string> } = {}
): { ok: ResolvedParticipant[] } | { errors: { index: number; problems: RowProblem[] }[] } {
  const find = project.stmt('SELECT id, name, pseudonym, gender, age_band, organisation_id FROM persons WHERE name_key = ?')
  const errors: { index: number; problems: RowProblem[] }[] = []
  const out: ResolvedParticipant[] = []
  const seen = new Map<string, number>()
  list.forEach((p, index) => {
    const problems: RowProblem[] = []
    const add = (key: string, params?: Record<string, unknown>) => problems.push({ key, params })
    const name = cleanName(p.name)
    const key = nameKey(name)
    if (seen.has(key)) add('register.personTwice', { name, row: seen.get(key)! + 1 })
    else seen.set(key, index)
    let gender: string | null = null
    if (p.gender) {
      gender = matchGender(refs, p.gender) ?? null
      if (!gender) add('register.genderUnknown', { value: p.gender, known: refs.genders })
    }
    let ageBand: string | null = null
    if (p.ageBand) {
      ageBand = refs.ageBand(p.ageBand) ?? null
      if (!ageBand) add('register.ageBandUnknown', { value: p.ageBand, known: refs.ageBands })
    }
    let organisationId: string | null = null
    if (p.organisation) {
      const o = refs.organisation(p.organisation)
      if (!o) add('register.organisationUnknown', { name: p.organisation })
      else organisationId = o.id
    }
    const existing = find.get(key) as PersonRow | undefined
    const fill: Record<string, unknown> = {}
    if (existing) {
      if (opts.alreadyListed?.has(existing.id)) add('register.personListed', { name: existing.name })
      const clash = (field: string, recorded: string | null, given: string | null, col: string, shown = (v: string) => v) => {
        if (!given) return
        if (recorded && recorded !== given) add('register.personConflict', { name: existing.name, field: fieldName(field), recorded: shown(recorded), given: shown(given) })
        else if (!recorded) fill[col] = given
      }
      const orgName = (id: string) => refs.organisations.find((o) => o.id === id)?.name ?? id
      clash('gender', existing.gender, gender, 'gender')
      clash('ageBand', existing.age_band, ageBand, 'age_band')
      clash('organisation', existing.organisation_id, organisationId, 'organisation_id', orgName)
      if (p.pseudonym && !existing.pseudonym) fill.pseudonym = 1
    }
    if (problems.length) {
      errors.push({ index, problems })
      return
    }
    out.push({
      personId: existing?.id ?? null,
      name: existing?.name ?? name,
      key,
      pseudonym: existing ? !!existing.pseudonym || !!p.pseudonym : !!p.pseudonym,
      gender: existing?.gender ?? gender,
      ageBand: existing?.age_band ?? ageBand,
      organisationId: existing?.organisation_id ?? organisationId,
      role: p.role || null,
      fill
    })
  })
  return errors.length ? { errors } : { ok: out }
}

/** Head count and gender split of a list: F and M are the women and men, other known codes "other". */
export function countsOf(list: { gender: string | null }[]): { participants: number; women: number; men: number; other: number } {
  let women = 0
  let men = 0
  let other = 0
  for (const p of list) {
    if (p.gender === 'F') women++
    else if (p.gender === 'M') men++
    else if (p.gender) other++
  }
  return { participants: list.length, women, men, other }
}

/**
 * Writes an activity's participant list inside the caller's transaction: new persons are created,
 * known ones completed, participations added, changed or (mode 'replace') removed, and the
 * activity's head count and gender split set from the list.
 */
export function writeParticipants(w: Writer, activityId: string, list: ResolvedParticipant[], mode: 'replace' | 'append'): void {
  const db = w.project
  const current = db.stmt('SELECT id, person_id, role FROM participations WHERE activity_id = ?').all(activityId) as {
    id: string
    person_id: string
    role: string | null
  }[]
  const byPerson = new Map(current.map((c) => [c.person_id, c]))
  const keep = new Set<string>()
  const regendered: string[] = []
  for (const p of list) {
    let personId = p.personId
    if (!personId)
      personId = w.insert('persons', {
        name: p.name,
        name_key: p.key,
        pseudonym: p.pseudonym ? 1 : 0,
        gender: p.gender,
        age_band: p.ageBand,
        organisation_id: p.organisationId,
        created_at: nowIso()
      })
    else if (Object.keys(p.fill).length) {
      w.update('persons', personId, p.fill)
      if ('gender' in p.fill) regendered.push(personId)
    }
    keep.add(personId)
    const had = byPerson.get(personId)
    if (!had) w.insert('participations', { activity_id: activityId, person_id: personId, role: p.role })
    else if (had.role !== p.role) w.update('participations', had.id, { role: p.role })
  }
  if (mode === 'replace') for (const c of current) if (!keep.has(c.person_id)) w.remove('participations', c.id)
  syncCounts(w, activityId)
  // A gender learnt now also changes the split of the other activities the person attended.
  const others = new Set<string>()
  for (const personId of regendered)
    for (const r of db.stmt('SELECT activity_id FROM participations WHERE person_id = ?').all(personId) as { activity_id: string }[])
      if (r.activity_id !== activityId) others.add(r.activity_id)
  for (const a of others) syncCounts(w, a)
}

/** The activity's counts from its list (a list that became empty leaves the last counts in place). */
export function syncCounts(w: Writer, activityId: string): void {
  const rows = w.project
    .stmt('SELECT p.gender FROM participations x JOIN persons p ON p.id = x.person_id WHERE x.activity_id = ?')
    .all(activityId) as { gender: string | null }[]
  if (rows.length === 0) return
  const c = countsOf(rows)
  const cur = w.project
    .stmt('SELECT participants, participants_women, participants_men, participants_other FROM activities WHERE id = ?')
    .get(activityId) as { participants: number; participants_women: number | null; participants_men: number | null; participants_other: number | null }
  const next = { participants: c.participants, participants_women: c.women, participants_men: c.men, participants_other: c.other }
  if (
    cur.participants !== next.participants ||
    cur.participants_women !== next.participants_women ||
    cur.participants_men !== next.participants_men ||
    cur.participants_other !== next.participants_other
  )
    w.update('activities', activityId, next)
}
