import { EsitiError } from '../../../../shared/errors'
import type { BaseVariable } from '../model'
import { looseKey, similarity, slugify, wordContainment, wordOverlap } from '../infer/text-norm'

/**
 * Matching the variables of a recipe (or of an earlier wave) with the columns of a new file whose
 * wording drifted ("Quanti giorni lavori in smart working?" → "Quanti giorni alla settimana lavori da
 * remoto?"). Proposals come from names, labels and headers; the user can override any of them.
 */

export interface MappingEntry {
  /** Variable of the recipe / dataset (its name). */
  from: string
  /** Variable of the new file (its name), null when nothing matched. */
  to: string | null
  /** 0..1; 1 for exact matches and manual choices. */
  score: number
  how: 'name' | 'label' | 'similar' | 'manual' | 'none'
  /** A proposal too weak to apply unseen (similar wording only): the user should review it. */
  review: boolean
}

type Var = Pick<BaseVariable, 'name' | 'label' | 'type' | 'columns'>

function texts(v: Var): string[] {
  return [v.name, v.label ?? '', ...v.columns].filter(Boolean)
}

function headers(v: Var): string[] {
  return [v.label ?? '', ...v.columns].filter(Boolean).map(looseKey)
}

function similar(a: Var, b: Var): number {
  let best = 0
  for (const x of texts(a))
    for (const y of texts(b)) {
      const contained = wordContainment(x, y)
      best = Math.max(best, 0.6 * wordOverlap(x, y) + 0.4 * similarity(x, y), contained ? 0.6 + 0.3 * contained : 0)
    }
  return best
}

/**
 * An identical header is the strongest evidence. Generated names are not: when a grid of items is
 * reordered, "accordo_2" names another question in the new file, so a name match whose headers
 * differ only scores by how similar the headers are.
 */
function score(a: Var, b: Var): { score: number; how: MappingEntry['how'] } {
  const ha = headers(a)
  const hb = new Set(headers(b))
  const sameHeader = ha.some((t) => t && hb.has(t))
  const sameName = looseKey(a.name) === looseKey(b.name)
  if (sameName && (sameHeader || ha.length === 0 || hb.size === 0)) return { score: 1, how: 'name' }
  if (sameHeader) return { score: 0.99, how: 'label' }
  const best = similar(a, b)
  if (sameName) return { score: 0.5 + 0.45 * best, how: 'name' }
  const compatible = a.type === b.type || (a.type !== 'multi' && b.type !== 'multi')
  return { score: compatible ? best : best * 0.5, how: 'similar' }
}

export const MAPPING_THRESHOLD = 0.45
/** Proposals below this (matched by wording only) are applied but flagged for review. */
export const REVIEW_BELOW = 0.75

/**
 * Greedy one-to-one assignment by decreasing score; `manual` pairs (from → to name, or null to leave a
 * variable unmapped) win over proposals.
 */
export function proposeMapping(from: Var[], to: Var[], manual: Record<string, string | null> = {}): MappingEntry[] {
  const byName = new Map(to.map((v) => [looseKey(v.name), v]))
  const byHeader = new Map<string, Var>()
  for (const v of to) for (const t of texts(v)) if (!byHeader.has(looseKey(t))) byHeader.set(looseKey(t), v)
  const result = new Map<string, MappingEntry>()
  const taken = new Set<string>()
  const fromNames = new Map(from.map((v) => [looseKey(v.name), v]))
  for (const [key, target] of Object.entries(manual)) {
    const f = fromNames.get(looseKey(key)) ?? from.find((v) => texts(v).some((t) => looseKey(t) === looseKey(key)))
    if (!f) throw new EsitiError('INVALID_INPUT', 'survey.wave.noSuchVariable', { key, target: target ?? '' })
    if (target === null || target === '') {
      result.set(f.name, { from: f.name, to: null, score: 0, how: 'manual', review: false })
      continue
    }
    const t = byName.get(looseKey(target)) ?? byHeader.get(looseKey(target)) ?? byName.get(looseKey(slugify(target)))
    if (!t) throw new EsitiError('INVALID_INPUT', 'survey.wave.noSuchColumn', { key, target })
    result.set(f.name, { from: f.name, to: t.name, score: 1, how: 'manual', review: false })
    taken.add(t.name)
  }
  const pairs: { f: Var; t: Var; score: number; how: MappingEntry['how'] }[] = []
  for (const f of from) {
    if (result.has(f.name)) continue
    for (const t of to) {
      if (taken.has(t.name)) continue
      const s = score(f, t)
      if (s.score >= MAPPING_THRESHOLD) pairs.push({ f, t, ...s })
    }
  }
  pairs.sort((a, b) => b.score - a.score)
  for (const p of pairs) {
    if (result.has(p.f.name) || taken.has(p.t.name)) continue
    const score = Math.round(p.score * 100) / 100
    result.set(p.f.name, { from: p.f.name, to: p.t.name, score, how: p.how, review: score < REVIEW_BELOW && (p.how === 'similar' || p.how === 'name') })
    taken.add(p.t.name)
  }
  return from.map((f) => result.get(f.name) ?? { from: f.name, to: null, score: 0, how: 'none', review: false })
}

/** "old=new" pairs from the command line. */
export function parseMapArgs(pairs: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const p of pairs) {
    const i = p.indexOf('=')
    if (i <= 0) throw new EsitiError('INVALID_INPUT', 'survey.wave.badMapArg', { value: p })
    out[p.slice(0, i).trim()] = p.slice(i + 1).trim() || null
  }
  return out
}
