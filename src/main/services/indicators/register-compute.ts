import type { BreakdownDto, Disaggregation, NumberFormat, RegisterSpec } from '../../../shared/ipc/indicators'
import { problem } from './problem'
import type { RegActivity, RegisterSnapshot, RegOrganisation } from './register-data'
import type { Outcome } from './survey-compute'

const ACTIVITY_DIMS = ['action', 'kind', 'municipio', 'year', 'mode'] as const
const ORG_DIMS = ['municipio', 'sizeClass', 'sector', 'orgKind'] as const
const SIZE_ORDER = ['micro', 'piccola', 'media', 'grande']
const DIM_LABELS: Record<string, string> = {
  action: 'Azione',
  kind: 'Tipo di attività',
  municipio: 'Municipio',
  year: 'Anno',
  mode: 'Modalità',
  sizeClass: 'Dimensione d’impresa',
  sector: 'Settore',
  orgKind: 'Tipo di organizzazione'
}

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
  companiesJoined: 'count'
}

function actionIds(snap: RegisterSnapshot, keys: string[] | undefined): Set<string> | null {
  if (!keys?.length) return null
  return new Set(
    keys.map((k) => {
      const a = snap.actions.find((x) => x.id === k || x.code === k || x.name === k)
      if (!a) throw problem(`Action "${k}" does not exist (known: ${snap.actions.map((x) => x.code).join(', ')})`)
      return a.id
    })
  )
}

function activityGroup(snap: RegisterSnapshot, dim: string, a: RegActivity): Group | null {
  switch (dim) {
    case 'action': {
      const i = snap.actions.findIndex((x) => x.id === a.actionId)
      return { key: snap.actions[i].code, label: snap.actions[i].name, order: i }
    }
    case 'kind': return { key: a.kind, label: a.kind, order: a.kind }
    case 'municipio': return a.municipio === null ? null : { key: String(a.municipio), label: `Municipio ${a.municipio}`, order: a.municipio }
    case 'year': return { key: a.date.slice(0, 4), label: a.date.slice(0, 4), order: a.date.slice(0, 4) }
    case 'mode': return a.mode ? { key: a.mode, label: a.mode, order: a.mode } : null
  }
  return null
}

function orgGroup(dim: string, o: RegOrganisation): Group | null {
  switch (dim) {
    case 'municipio': return o.municipio === null ? null : { key: String(o.municipio), label: `Municipio ${o.municipio}`, order: o.municipio }
    case 'sizeClass': {
      if (!o.sizeClass) return null
      const i = SIZE_ORDER.indexOf(o.sizeClass)
      return { key: o.sizeClass, label: o.sizeClass, order: i < 0 ? 99 : i }
    }
    case 'sector': return o.sector ? { key: o.sector, label: o.sector, order: o.sector } : null
    case 'orgKind': return { key: o.kind, label: o.kind, order: o.kind }
  }
  return null
}

const byOrder = (a: Group, b: Group): number =>
  typeof a.order === 'number' && typeof b.order === 'number' ? a.order - b.order : String(a.order).localeCompare(String(b.order), 'it')

/** Register indicators: counts and sums over the activities and the organisations they reached. */
export function computeRegister(snap: RegisterSnapshot, spec: RegisterSpec, disaggregations: Disaggregation[]): Outcome {
  const acts = actionIds(snap, spec.actions)
  const kinds = spec.kinds?.length ? new Set(spec.kinds) : null
  const modes = spec.modes?.length ? new Set(spec.modes) : null
  const munis = spec.municipi?.length ? new Set(spec.municipi) : null
  const orgMunis = spec.orgMunicipi?.length ? new Set(spec.orgMunicipi) : null
  const orgKinds = spec.orgKinds?.length ? new Set<string>(spec.orgKinds) : spec.measure === 'companiesJoined' ? new Set(['company']) : null
  const activities = snap.activities.filter(
    (a) =>
      (!acts || acts.has(a.actionId)) &&
      (!kinds || kinds.has(a.kind)) &&
      (!modes || (a.mode !== null && modes.has(a.mode))) &&
      (!munis || (a.municipio !== null && munis.has(a.municipio))) &&
      (!spec.from || a.date >= spec.from) &&
      (!spec.to || a.date <= spec.to)
  )
  const orgOk = (id: string): boolean => {
    const o = snap.organisations.get(id)
    return !!o && (!orgKinds || orgKinds.has(o.kind)) && (!orgMunis || (o.municipio !== null && orgMunis.has(o.municipio)))
  }

  const ofActivities = (list: RegActivity[]): Figure => {
    switch (spec.measure) {
      case 'activities': return { value: list.length, n: list.length, missing: 0 }
      case 'participants': return { value: list.reduce((s, a) => s + a.participants, 0), n: list.length, missing: 0 }
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
    }
  }

  const overall = ofActivities(activities)
  if (overall.value === null)
    throw problem('No participant in the selected activities has a recorded gender: the % of women would divide by zero')
  const breakdown: BreakdownDto[] = []
  for (const d of disaggregations) {
    const groups = new Map<string, { g: Group; figure: Figure }>()
    const orgMeasure = spec.measure === 'organisations' || spec.measure === 'companiesJoined'
    const isOrgDim = (ORG_DIMS as readonly string[]).includes(d.by) && (orgMeasure || d.by !== 'municipio')
    if (!isOrgDim && !(ACTIVITY_DIMS as readonly string[]).includes(d.by))
      throw problem(`"${d.by}" is not a register disaggregation (use one of ${[...new Set([...ACTIVITY_DIMS, ...ORG_DIMS])].join(', ')})`)
    if (isOrgDim && !orgMeasure) throw problem(`Disaggregation "${d.by}" describes organisations: use it with an organisations measure, not "${spec.measure}"`)
    if (spec.measure === 'companiesJoined' && !isOrgDim && d.by !== 'action')
      throw problem(`Companies joined an action can be broken down by action or organisation attributes, not by "${d.by}"`)
    if (spec.measure === 'companiesJoined' && d.by === 'action') {
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
        const g = orgGroup(d.by, snap.organisations.get(id)!)
        if (!g) continue
        const m = members.get(g.key) ?? { g, ids: new Set<string>() }
        m.ids.add(id)
        members.set(g.key, m)
      }
      for (const [k, m] of members) groups.set(k, { g: m.g, figure: { value: m.ids.size, n: m.ids.size, missing: 0 } })
    } else {
      const lists = new Map<string, { g: Group; list: RegActivity[] }>()
      for (const a of activities) {
        const g = activityGroup(snap, d.by, a)
        if (!g) continue
        const l = lists.get(g.key) ?? { g, list: [] }
        l.list.push(a)
        lists.set(g.key, l)
      }
      for (const [k, l] of lists) groups.set(k, { g: l.g, figure: ofActivities(l.list) })
    }
    const byLabel = d.label ?? DIM_LABELS[d.by] ?? d.by
    for (const { g, figure } of [...groups.values()].sort((a, b) => byOrder(a.g, b.g)))
      breakdown.push({ by: d.by, byLabel, group: g.label, value: figure.value, n: figure.n, missing: figure.missing })
  }
  return {
    value: overall.value,
    n: overall.n,
    missing: overall.missing,
    weightedN: null,
    format: FORMAT[spec.measure],
    series: [],
    seriesLabels: null,
    crosstab: null,
    breakdown,
    filterText: registerFilterText(spec)
  }
}

export function registerFilterText(spec: RegisterSpec): string | null {
  const parts: string[] = []
  if (spec.actions?.length) parts.push(`azione in (${spec.actions.join(', ')})`)
  if (spec.kinds?.length) parts.push(`tipo in (${spec.kinds.join(', ')})`)
  if (spec.modes?.length) parts.push(`modalità in (${spec.modes.join(', ')})`)
  if (spec.municipi?.length) parts.push(`municipio in (${spec.municipi.join(', ')})`)
  if (spec.orgMunicipi?.length) parts.push(`municipio organizzazione in (${spec.orgMunicipi.join(', ')})`)
  if (spec.orgKinds?.length) parts.push(`organizzazioni: ${spec.orgKinds.join(', ')}`)
  if (spec.from) parts.push(`dal ${spec.from}`)
  if (spec.to) parts.push(`al ${spec.to}`)
  return parts.length ? parts.join('; ') : null
}
