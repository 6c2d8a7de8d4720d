import type { BreakdownDto, CodingSpec, Disaggregation } from '../../../shared/ipc/indicators'
import type { CodingSnapshot } from './coding-data'
import { formatMessage, msg, type Locale } from '../../../shared/messages'
import { problem } from './problem'
import type { Outcome } from './survey-compute'

type Code = CodingSnapshot['codes'][number]
type Coding = CodingSnapshot['codings'][number]

export function codePath(snap: CodingSnapshot, id: string): string {
  const parts: string[] = []
  let c = snap.codes.find((x) => x.id === id)
  while (c) {
    parts.unshift(c.name)
    c = c.parentId ? snap.codes.find((x) => x.id === c!.parentId) : undefined
  }
  return parts.join(' > ')
}

/** A code by id, by path "Parent > Child", or by a name that only one code has. */
export function resolveCode(snap: CodingSnapshot, key: string): Code {
  const byId = snap.codes.find((c) => c.id === key)
  if (byId) return byId
  const norm = key.split('>').map((s) => s.trim()).join(' > ')
  const byPath = snap.codes.filter((c) => codePath(snap, c.id) === norm)
  if (byPath.length === 1) return byPath[0]
  const byName = snap.codes.filter((c) => c.name === key.trim())
  if (byName.length === 1) return byName[0]
  if (byName.length > 1) throw problem('indicators.ambiguousCode', { code: key, count: byName.length })
  throw problem('indicators.unknownCode', { code: key })
}

export function withDescendants(snap: CodingSnapshot, ids: string[]): Set<string> {
  const out = new Set(ids)
  let grew = true
  while (grew) {
    grew = false
    for (const c of snap.codes)
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id)
        grew = true
      }
  }
  return out
}

/** The cases a coding belongs to: its source's case and any case segment it overlaps. */
export function casesOf(snap: CodingSnapshot, c: Pick<Coding, 'sourceId' | 'start' | 'end'>): string[] {
  const out = new Set<string>()
  const src = snap.sources.get(c.sourceId)
  if (src?.caseId) out.add(src.caseId)
  for (const s of snap.segments) if (s.sourceId === c.sourceId && s.start < c.end && c.start < s.end) out.add(s.caseId)
  return [...out]
}

/** Qualitative indicators: in how many sources/cases a code family appears, or how many codings it has. */
export function computeCoding(snap: CodingSnapshot, spec: CodingSpec, disaggregations: Disaggregation[], locale: Locale = 'it'): Outcome {
  const roots = spec.codes.map((k) => resolveCode(snap, k).id)
  const codeSet = spec.includeChildren ? withDescendants(snap, roots) : new Set(roots)
  const coders = spec.coders?.length ? new Set(spec.coders) : null
  const hits = snap.codings.filter((c) => codeSet.has(c.codeId) && (!coders || coders.has(c.coder)))
  const allCases = new Set<string>()
  for (const s of snap.sources.values()) if (s.caseId) allCases.add(s.caseId)
  for (const s of snap.segments) allCases.add(s.caseId)

  /** value over some codings; n = the sources (or cases) they are drawn from. */
  const figure = (list: Coding[], baseSources: number, baseCases: number): { value: number; n: number } => {
    if (spec.measure === 'codings') return { value: list.length, n: baseSources }
    if (spec.measure === 'sources') return { value: new Set(list.map((c) => c.sourceId)).size, n: baseSources }
    const cs = new Set<string>()
    for (const c of list) for (const k of casesOf(snap, c)) cs.add(k)
    return { value: cs.size, n: baseCases }
  }
  if (snap.sources.size === 0) throw problem('indicators.noSources')
  const overall = figure(hits, snap.sources.size, allCases.size)
  const breakdown: BreakdownDto[] = []
  for (const d of disaggregations) {
    const groups = new Map<string, { list: Coding[]; sources: Set<string>; cases: Set<string> }>()
    const get = (k: string) => groups.get(k) ?? groups.set(k, { list: [], sources: new Set(), cases: new Set() }).get(k)!
    if (d.by === 'coder') {
      for (const c of hits) get(c.coder).list.push(c)
      for (const g of groups.values()) for (const s of snap.sources.keys()) g.sources.add(s)
      for (const g of groups.values()) for (const k of allCases) g.cases.add(k)
    } else {
      const known = [...snap.cases.values()].some((c) => c.attributes.has(d.by))
      if (!known) throw problem('indicators.notAnAttribute', { by: d.by })
      const value = (caseId: string): string | null => snap.cases.get(caseId)?.attributes.get(d.by) ?? null
      for (const k of allCases) {
        const v = value(k)
        if (v !== null) get(v).cases.add(k)
      }
      for (const s of snap.sources.values()) {
        const v = s.caseId ? value(s.caseId) : null
        if (v !== null) get(v).sources.add(s.id)
      }
      for (const c of hits) for (const k of casesOf(snap, c)) {
        const v = value(k)
        if (v !== null && !get(v).list.includes(c)) get(v).list.push(c)
      }
    }
    for (const [group, g] of [...groups].sort((a, b) => a[0].localeCompare(b[0], 'it'))) {
      const f = figure(g.list, g.sources.size, g.cases.size)
      breakdown.push({ by: d.by, byLabel: d.label ?? (d.by === 'coder' ? formatMessage(msg('indicators.dim.coder'), locale) : d.by), group, value: f.value, n: f.n, missing: 0, estimate: null })
    }
  }
  return {
    value: overall.value,
    n: overall.n,
    missing: 0,
    weightedN: null,
    estimate: null,
    format: 'count',
    series: [],
    seriesLabels: null,
    crosstab: null,
    breakdown,
    filterText: coders ? formatMessage(msg('indicators.coders', { list: [...coders].join(', ') }), locale) : null
  }
}
