import type { BreakdownDto, Disaggregation, NumberFormat, RegisterSpec } from '../../../shared/ipc/indicators'
import { fail } from '../programme/common'
import { valueLabel, type ValueLocale } from '../programme/value-labels'
import type { RegActivity, RegisterSnapshot, RegOrganisation, RegPeople } from './register-data'
import type { Outcome } from './survey-compute'

const ACTIVITY_DIMS = ['action', 'kind', 'area', 'year', 'mode'] as const
const ORG_DIMS = ['area', 'sizeClass', 'sector', 'orgKind'] as const
const PERSON_DIMS = ['gender', 'ageBand', 'orgKind', 'sizeClass', 'sector'] as const
const SIZE_ORDER = ['micro', 'piccola', 'media', 'grande']
const KIND_ORDER = ['promoter', 'partner', 'company', 'other']

const DIM_LABELS: Record<ValueLocale, Record<string, string>> = {
  it: {
    action: 'Azione',
    kind: 'Tipo di attività',
    area: 'Zona',
    year: 'Anno',
    mode: 'Modalità',
    sizeClass: 'Dimensione d’impresa',
    sector: 'Settore',
    orgKind: 'Tipo di organizzazione',
    gender: 'Genere',
    ageBand: 'Fascia d’età'
  },
  en: {
    action: 'Action',
    kind: 'Activity kind',
    area: 'Area',
    year: 'Year',
    mode: 'Mode',
    sizeClass: 'Company size',
    sector: 'Sector',
    orgKind: 'Organisation type',
    gender: 'Gender',
    ageBand: 'Age band'
  }
}

/** "organisationType" (the CLI's word) and "municipio" (before areas) are accepted for their dimensions. */
const ALIASES: Record<string, string> = { organisationType: 'orgKind', municipio: 'area' }

type Group = { key: string; label: string; order: number | string }

interface Figure {
  value: number | null
  n: number
  missing: number
}

const FORMAT: Record<RegisterSpec['measure'], NumberFormat> = {
  activities: 'count',
  participants: 'count',
  womenShare: 'percent',
  hours: 'decimal',
  organisations: 'count',
  companiesJoined: 'count',
  persons: 'count',
  participations: 'count'
}

const PERSON_MEASURES = new Set(['persons', 'participations'])

function actionIds(snap: RegisterSnapshot, keys: string[] | undefined): Set<string> | null {
  if (!keys?.length) return null
  return new Set(
    keys.map((k) => {
      const a = snap.actions.find((x) => x.id === k || x.code === k || x.name === k)
      if (!a) throw fail('INVALID_INPUT', 'register.actionUnknown', { code: k, known: snap.actions.map((x) => x.code) })
      return a.id
    })
  )
}

function activityGroup(snap: RegisterSnapshot, dim: string, a: RegActivity, locale: ValueLocale): Group | null {
  switch (dim) {
    case 'action': {
      const i = snap.actions.findIndex((x) => x.id === a.actionId)
      return { key: snap.actions[i].code, label: snap.actions[i].name, order: i }
    }
    case 'kind':
      return { key: a.kind, label: valueLabel('activityKind', a.kind, locale), order: a.kind }
    case 'area':
      return a.area === null ? null : { key: a.area, label: a.area, order: a.areaSort }
    case 'year':
      return { key: a.date.slice(0, 4), label: a.date.slice(0, 4), order: a.date.slice(0, 4) }
    case 'mode':
      return a.mode ? { key: a.mode, label: valueLabel('mode', a.mode, locale), order: a.mode } : null
  }
  return null
}

function orgGroup(dim: string, o: RegOrganisation, locale: ValueLocale): Group | null {
  switch (dim) {
    case 'area':
      return o.area === null ? null : { key: o.area, label: o.area, order: o.areaSort }
    case 'sizeClass': {
      if (!o.sizeClass) return null
      const i = SIZE_ORDER.indexOf(o.sizeClass)
      return { key: o.sizeClass, label: valueLabel('sizeClass', o.sizeClass, locale), order: i < 0 ? 99 : i }
    }
    case 'sector':
      return o.sector ? { key: o.sector, label: o.sector, order: o.sector } : null
    case 'orgKind':
      return { key: o.kind, label: valueLabel('orgKind', o.kind, locale), order: KIND_ORDER.indexOf(o.kind) }
  }
  return null
}

function personGroup(snap: RegisterSnapshot, people: RegPeople, dim: string, p: number, locale: ValueLocale): Group | null {
  switch (dim) {
    case 'gender': {
      const g = people.gender[p]
      return g === null ? null : { key: g, label: valueLabel('gender', g, locale), order: people.genderOrder.get(g) ?? 99 }
    }
    case 'ageBand': {
      const b = people.ageBand[p]
      return b === null ? null : { key: b, label: valueLabel('ageBand', b, locale), order: people.ageBandOrder.get(b) ?? 99 }
    }
  }
  const org = people.orgId[p] ? snap.organisations.get(people.orgId[p]!) : undefined
  return org ? orgGroup(dim, org, locale) : null
}

const byOrder = (a: Group, b: Group): number =>
  typeof a.order === 'number' && typeof b.order === 'number' ? a.order - b.order : String(a.order).localeCompare(String(b.order), 'it')

/** Distinct persons (or participation rows) of some activities, as a reusable marker over person indexes. */
class PersonCounter {
  private readonly mark: Uint32Array
  private generation = 0
  constructor(
    private readonly people: RegPeople,
    readonly keep: (p: number) => boolean
  ) {
    this.mark = new Uint32Array(people.count)
  }
  /** Calls `visit` once per distinct person kept; returns persons, participations and activities without a list. */
  count(list: RegActivity[], visit?: (p: number) => void): { persons: number; participations: number; unlisted: number } {
    const gen = ++this.generation
    let persons = 0
    let participations = 0
    let unlisted = 0
    for (const a of list) {
      const ps = this.people.byActivity.get(a.id)
      if (!ps) {
        unlisted++
        continue
      }
      for (const p of ps) {
        if (!this.keep(p)) continue
        participations++
        if (this.mark[p] !== gen) {
          this.mark[p] = gen
          persons++
          visit?.(p)
        }
      }
    }
    return { persons, participations, unlisted }
  }
}

/**
 * Register indicators: counts and sums over the activities, the organisations they reached and the
 * persons on their participant lists. A person attending several activities counts once in
 * "persons" (and once in every group of a breakdown they belong to); "participations" counts rows.
 */
export function computeRegister(snap: RegisterSnapshot, spec: RegisterSpec, disaggregations: Disaggregation[], locale: ValueLocale = 'it'): Outcome {
  const acts = actionIds(snap, spec.actions)
  const kinds = spec.kinds?.length ? new Set(spec.kinds) : null
  const modes = spec.modes?.length ? new Set(spec.modes) : null
  const areas = spec.areas?.length ? new Set(spec.areas) : null
  const orgAreas = spec.orgAreas?.length ? new Set(spec.orgAreas) : null
  const orgKinds = spec.orgKinds?.length ? new Set<string>(spec.orgKinds) : spec.measure === 'companiesJoined' ? new Set(['company']) : null
  const activities = snap.activities.filter(
    (a) =>
      (!acts || acts.has(a.actionId)) &&
      (!kinds || kinds.has(a.kind)) &&
      (!modes || (a.mode !== null && modes.has(a.mode))) &&
      (!areas || (a.area !== null && areas.has(a.area))) &&
      (!spec.from || a.date >= spec.from) &&
      (!spec.to || a.date <= spec.to)
  )
  const orgOk = (id: string | null): boolean => {
    const o = id ? snap.organisations.get(id) : undefined
    return !!o && (!orgKinds || orgKinds.has(o.kind)) && (!orgAreas || (o.area !== null && orgAreas.has(o.area)))
  }
  const personMeasure = PERSON_MEASURES.has(spec.measure)
  const people = personMeasure ? snap.people() : null
  // Persons are filtered by their organisation only when the spec asks for it.
  const counter = people ? new PersonCounter(people, orgKinds || orgAreas ? (p) => orgOk(people.orgId[p]) : () => true) : null

  const ofActivities = (list: RegActivity[]): Figure => {
    switch (spec.measure) {
      case 'activities':
        return { value: list.length, n: list.length, missing: 0 }
      case 'participants':
        return { value: list.reduce((s, a) => s + a.participants, 0), n: list.length, missing: 0 }
      case 'hours': {
        const known = list.filter((a) => a.hours !== null)
        return { value: known.reduce((s, a) => s + a.hours!, 0), n: known.length, missing: list.length - known.length }
      }
      case 'womenShare': {
        let women = 0
        let recorded = 0
        let all = 0
        for (const a of list) {
          all += a.participants
          if (a.women === null) continue
          women += a.women
          recorded += a.women + (a.men ?? 0) + (a.other ?? 0)
        }
        return { value: recorded > 0 ? (100 * women) / recorded : null, n: recorded, missing: all - recorded }
      }
      case 'organisations': {
        const reached = new Set<string>()
        for (const a of list) for (const o of a.orgIds) if (orgOk(o)) reached.add(o)
        return { value: reached.size, n: reached.size, missing: 0 }
      }
      case 'companiesJoined': {
        const ids = new Set(snap.joined.filter((j) => (!acts || acts.has(j.actionId)) && orgOk(j.orgId)).map((j) => j.orgId))
        return { value: ids.size, n: ids.size, missing: 0 }
      }
      case 'persons':
      case 'participations': {
        const c = counter!.count(list)
        const value = spec.measure === 'persons' ? c.persons : c.participations
        // missing: activities of the selection that have no participant list (only a head count).
        return { value, n: value, missing: c.unlisted }
      }
    }
  }

  const overall = ofActivities(activities)
  if (overall.value === null) throw fail('INVALID_INPUT', 'register.indicatorNoGender')
  const breakdown: BreakdownDto[] = []
  for (const raw of disaggregations) {
    const by = ALIASES[raw.by] ?? raw.by
    const d = { ...raw, by }
    const groups = new Map<string, { g: Group; figure: Figure }>()
    const orgMeasure = spec.measure === 'organisations' || spec.measure === 'companiesJoined'
    const isActivityDim = (ACTIVITY_DIMS as readonly string[]).includes(by) && !(orgMeasure && by === 'area')
    const isOrgDim = orgMeasure && (ORG_DIMS as readonly string[]).includes(by)
    const isPersonDim = personMeasure && (PERSON_DIMS as readonly string[]).includes(by)
    if (!isActivityDim && !isOrgDim && !isPersonDim) {
      if ((PERSON_DIMS as readonly string[]).includes(by) && !(ORG_DIMS as readonly string[]).includes(by))
        throw fail('INVALID_INPUT', 'register.indicatorPersonDim', { by, measure: spec.measure })
      if ((ORG_DIMS as readonly string[]).includes(by)) throw fail('INVALID_INPUT', 'register.indicatorOrgDim', { by, measure: spec.measure })
      throw fail('INVALID_INPUT', 'register.indicatorBadDim', { by, known: [...new Set([...ACTIVITY_DIMS, ...ORG_DIMS, ...PERSON_DIMS])] })
    }
    if (spec.measure === 'companiesJoined' && !isOrgDim && by !== 'action') throw fail('INVALID_INPUT', 'register.indicatorJoinedDim', { by })
    if (spec.measure === 'companiesJoined' && by === 'action') {
      for (const a of snap.actions) {
        if (acts && !acts.has(a.id)) continue
        const ids = new Set(snap.joined.filter((j) => j.actionId === a.id && orgOk(j.orgId)).map((j) => j.orgId))
        if (ids.size) groups.set(a.code, { g: { key: a.code, label: a.name, order: snap.actions.indexOf(a) }, figure: { value: ids.size, n: ids.size, missing: 0 } })
      }
    } else if (isOrgDim) {
      const members = new Map<string, { g: Group; ids: Set<string> }>()
      const pool =
        spec.measure === 'companiesJoined'
          ? snap.joined.filter((j) => (!acts || acts.has(j.actionId)) && orgOk(j.orgId)).map((j) => j.orgId)
          : activities.flatMap((a) => a.orgIds.filter(orgOk))
      for (const id of pool) {
        const g = orgGroup(by, snap.organisations.get(id)!, locale)
        if (!g) continue
        const m = members.get(g.key) ?? { g, ids: new Set<string>() }
        m.ids.add(id)
        members.set(g.key, m)
      }
      for (const [k, m] of members) groups.set(k, { g: m.g, figure: { value: m.ids.size, n: m.ids.size, missing: 0 } })
    } else if (isPersonDim) {
      // One pass over the selection's lists: each person (or each participation) goes to its group.
      const tally = new Map<string, { g: Group; persons: number; participations: number }>()
      const groupOf = new Map<number, Group | null>()
      const g = (p: number): Group | null => {
        if (!groupOf.has(p)) groupOf.set(p, personGroup(snap, people!, by, p, locale))
        return groupOf.get(p)!
      }
      counter!.count(activities, (p) => {
        const grp = g(p)
        if (!grp) return
        const t = tally.get(grp.key) ?? { g: grp, persons: 0, participations: 0 }
        t.persons++
        tally.set(grp.key, t)
      })
      if (spec.measure === 'participations')
        for (const a of activities)
          for (const p of people!.byActivity.get(a.id) ?? []) {
            if (!counter!.keep(p)) continue
            const grp = g(p)
            const t = grp ? tally.get(grp.key) : undefined
            if (t) t.participations++
          }
      for (const [k, t] of tally) {
        const value = spec.measure === 'persons' ? t.persons : t.participations
        groups.set(k, { g: t.g, figure: { value, n: value, missing: 0 } })
      }
    } else {
      const lists = new Map<string, { g: Group; list: RegActivity[] }>()
      for (const a of activities) {
        const g = activityGroup(snap, by, a, locale)
        if (!g) continue
        const l = lists.get(g.key) ?? { g, list: [] }
        l.list.push(a)
        lists.set(g.key, l)
      }
      for (const [k, l] of lists) groups.set(k, { g: l.g, figure: ofActivities(l.list) })
    }
    const areaWord = by === 'area' && snap.areaLabel ? snap.areaLabel : null
    const byLabel = d.label ?? areaWord ?? DIM_LABELS[locale][by] ?? by
    for (const { g, figure } of [...groups.values()].sort((a, b) => byOrder(a.g, b.g)))
      breakdown.push({ by: raw.by, byLabel, group: g.label, ...(g.key !== g.label ? { key: g.key } : {}), value: figure.value, n: figure.n, missing: figure.missing, estimate: null })
  }
  return {
    value: overall.value,
    n: overall.n,
    missing: overall.missing,
    weightedN: null,
    estimate: null,
    format: FORMAT[spec.measure],
    series: [],
    seriesLabels: null,
    crosstab: null,
    breakdown,
    filterText: registerFilterText(spec, locale)
  }
}

export function registerFilterText(spec: RegisterSpec, locale: ValueLocale = 'it'): string | null {
  const en = locale === 'en'
  const parts: string[] = []
  const list = (xs: string[]) => xs.join(', ')
  if (spec.actions?.length) parts.push(`${en ? 'action' : 'azione'} in (${list(spec.actions)})`)
  if (spec.kinds?.length) parts.push(`${en ? 'kind' : 'tipo'} in (${list(spec.kinds.map((k) => valueLabel('activityKind', k, locale)))})`)
  if (spec.modes?.length) parts.push(`${en ? 'mode' : 'modalità'} in (${list(spec.modes.map((m) => valueLabel('mode', m, locale)))})`)
  if (spec.areas?.length) parts.push(`${en ? 'area' : 'zona'} in (${list(spec.areas)})`)
  if (spec.orgAreas?.length) parts.push(`${en ? 'organisation area' : 'zona dell’organizzazione'} in (${list(spec.orgAreas)})`)
  if (spec.orgKinds?.length) parts.push(`${en ? 'organisations' : 'organizzazioni'}: ${list(spec.orgKinds.map((k) => valueLabel('orgKind', k, locale)))}`)
  if (spec.from) parts.push(`${en ? 'from' : 'dal'} ${spec.from}`)
  if (spec.to) parts.push(`${en ? 'to' : 'al'} ${spec.to}`)
  return parts.length ? parts.join('; ') : null
}
