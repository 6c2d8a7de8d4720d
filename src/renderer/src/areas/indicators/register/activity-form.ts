import type { ActivityDto, ActivityInput, ParticipantInput } from '../../../../../shared/ipc/indicators'

/** The activity editor's state: numbers stay text until saved, so half-typed values are kept. */
export interface ActivityForm {
  date: string
  action: string
  kind: string
  title: string
  organiser: string
  participants: string
  women: string
  men: string
  other: string
  organisations: string[]
  mode: string
  area: string
  hours: string
  notes: string
}

/** One row of the participant list as typed: empty selects are "not recorded". */
export interface ParticipantRow {
  name: string
  pseudonym: boolean
  gender: string
  ageBand: string
  organisation: string
  role: string
}

export const emptyParticipant = (): ParticipantRow => ({ name: '', pseudonym: false, gender: '', ageBand: '', organisation: '', role: '' })

/** The rows with a name, as the service takes them (blank rows left at the end are not participants). */
export const participantInputs = (rows: ParticipantRow[]): ParticipantInput[] =>
  rows
    .filter((r) => r.name.trim())
    .map((r) => ({
      name: r.name.trim(),
      pseudonym: r.pseudonym,
      gender: r.gender || null,
      ageBand: r.ageBand || null,
      organisation: r.organisation || null,
      role: r.role.trim() || null
    }))

export const emptyActivity = (action: string, kind: string): ActivityForm => ({
  date: '',
  action,
  kind,
  title: '',
  organiser: '',
  participants: '',
  women: '',
  men: '',
  other: '',
  organisations: [],
  mode: '',
  area: '',
  hours: '',
  notes: ''
})

const txt = (n: number | null): string => (n === null ? '' : String(n))

export const activityFormOf = (a: ActivityDto): ActivityForm => ({
  date: a.date,
  action: a.actionId,
  kind: a.kind,
  title: a.title,
  organiser: a.organiserId ?? '',
  participants: String(a.participants),
  women: txt(a.women),
  men: txt(a.men),
  other: txt(a.other),
  organisations: a.organisations.map((o) => o.id),
  mode: a.mode ?? '',
  area: a.areaId ?? '',
  hours: txt(a.hours),
  notes: a.notes ?? ''
})

type NumberField = 'participants' | 'women' | 'men' | 'other' | 'hours'

function num(s: string, integer: boolean): number | null | 'invalid' {
  const t = s.trim().replace(',', '.')
  if (t === '') return null
  const n = Number(t)
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) return 'invalid'
  return n
}

/**
 * The input for register:create / :update, or the first field that is not a valid number. With a
 * participant list the head count and gender split come from the list, so they are not sent.
 * `list` null leaves the stored list as it is; an empty list clears it (the counts typed then count).
 */
export function activityInputOf(f: ActivityForm, list: ParticipantInput[] | null = null): { input: ActivityInput } | { bad: NumberField } {
  const values: Partial<Record<NumberField, number | null>> = {}
  const listed = list !== null && list.length > 0
  for (const k of ['participants', 'women', 'men', 'other', 'hours'] as NumberField[]) {
    if (listed && k !== 'hours') continue
    const v = num(f[k], k !== 'hours')
    if (v === 'invalid' || (k === 'participants' && v === null)) return { bad: k }
    values[k] = v
  }
  return {
    input: {
      date: f.date,
      action: f.action,
      kind: f.kind,
      title: f.title,
      organiser: f.organiser || null,
      ...(listed ? {} : { participants: values.participants as number, women: values.women ?? null, men: values.men ?? null, other: values.other ?? null }),
      // null: the list was not opened, so it is left as it is; [] clears it.
      ...(list !== null ? { participantList: list } : {}),
      organisations: f.organisations,
      mode: (f.mode || null) as ActivityInput['mode'],
      area: f.area || null,
      hours: values.hours ?? null,
      notes: f.notes.trim() || null
    }
  }
}
