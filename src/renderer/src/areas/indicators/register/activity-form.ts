import type { ActivityDto, ActivityInput } from '../../../../../shared/ipc/indicators'

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
  municipio: string
  hours: string
  notes: string
}

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
  municipio: '',
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
  municipio: txt(a.municipio),
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

/** The input for register:create / :update, or the first field that is not a valid number. */
export function activityInputOf(f: ActivityForm): { input: ActivityInput } | { bad: NumberField } {
  const values: Partial<Record<NumberField, number | null>> = {}
  for (const k of ['participants', 'women', 'men', 'other', 'hours'] as NumberField[]) {
    const v = num(f[k], k !== 'hours')
    if (v === 'invalid' || (k === 'participants' && v === null)) return { bad: k }
    values[k] = v
  }
  return {
    input: {
      date: f.date,
      action: f.action,
      kind: f.kind as ActivityInput['kind'],
      title: f.title,
      organiser: f.organiser || null,
      participants: values.participants as number,
      women: values.women ?? null,
      men: values.men ?? null,
      other: values.other ?? null,
      organisations: f.organisations,
      mode: (f.mode || null) as ActivityInput['mode'],
      municipio: f.municipio ? Number(f.municipio) : null,
      hours: values.hours ?? null,
      notes: f.notes.trim() || null
    }
  }
}
