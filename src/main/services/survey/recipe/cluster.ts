import { EsitiError } from '../../../../shared/errors'
import type { Ctx } from '../../context'
import type { CleanValue } from '../frame'
import { loadDatasetFrame } from '../storage/store'
import { fingerprint, levenshtein, looseKey, ngramFingerprint } from '../infer/text-norm'
import type { NewStep } from './steps'

/**
 * Groups spellings of the same answer ("Meccanica Vigentina S.r.l.", "meccanica vigentina srl ",
 * "MECCANICA VIGENTINA") as OpenRefine does: key collision (fingerprint, n-gram fingerprint, accent-
 * and case-insensitive key) or nearest neighbours by edit distance. Accepted clusters become a recode
 * step (an explicit from → to map, reusable on the next wave).
 */

export type ClusterMethod = 'fingerprint' | 'ngram' | 'levenshtein' | 'accent'

export interface Cluster {
  values: { value: string; count: number }[]
  /** The most frequent spelling: the default target. */
  suggestion: string
  rows: number
}

export interface ClusterResult {
  dataset: string
  variable: string
  method: ClusterMethod
  distinct: number
  clusters: Cluster[]
}

function countStrings(values: readonly CleanValue[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const x of values) {
    if (typeof x === 'string') counts.set(x, (counts.get(x) ?? 0) + 1)
    else if (Array.isArray(x)) for (const o of x) counts.set(o, (counts.get(o) ?? 0) + 1)
  }
  return counts
}

function byKey(counts: Map<string, number>, key: (s: string) => string): string[][] {
  const groups = new Map<string, string[]>()
  for (const v of counts.keys()) {
    const k = key(v)
    if (!k) continue
    const g = groups.get(k)
    if (g) g.push(v)
    else groups.set(k, [v])
  }
  return [...groups.values()].filter((g) => g.length > 1)
}

function nearestNeighbours(counts: Map<string, number>, radius: number): string[][] {
  const values = [...counts.keys()]
  if (values.length > 5000)
    throw new EsitiError('TOO_LARGE', 'survey.cluster.tooMany', { count: values.length })
  const keys = values.map((v) => looseKey(v))
  const parent = values.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++) {
      const a = keys[i]
      const b = keys[j]
      if (Math.abs(a.length - b.length) > radius) continue
      // Short answers are too close to each other by nature ("Sì"/"No" are 2 edits apart).
      if (Math.min(a.length, b.length) <= radius * 3) continue
      if (levenshtein(a, b, radius) <= radius) parent[find(i)] = find(j)
    }
  const groups = new Map<number, string[]>()
  values.forEach((v, i) => {
    const r = find(i)
    const g = groups.get(r)
    if (g) g.push(v)
    else groups.set(r, [v])
  })
  return [...groups.values()].filter((g) => g.length > 1)
}

export function clusterStrings(
  counts: Map<string, number>,
  method: ClusterMethod,
  opts: { ngram?: number; radius?: number } = {}
): Cluster[] {
  const groups =
    method === 'fingerprint'
      ? byKey(counts, fingerprint)
      : method === 'ngram'
        ? byKey(counts, (s) => ngramFingerprint(s, opts.ngram ?? 2))
        : method === 'accent'
          ? byKey(counts, looseKey)
          : nearestNeighbours(counts, opts.radius ?? 2)
  return groups
    .map((g) => {
      const values = g.map((value) => ({ value, count: counts.get(value) ?? 0 })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      const rows = values.reduce((s, v) => s + v.count, 0)
      // Ties go to the tidiest spelling: no outer spaces, then more capitals (proper names).
      const best = [...values].sort(
        (a, b) =>
          b.count - a.count ||
          Number(a.value !== a.value.trim()) - Number(b.value !== b.value.trim()) ||
          (b.value.match(/\p{Lu}/gu)?.length ?? 0) - (a.value.match(/\p{Lu}/gu)?.length ?? 0)
      )[0]
      return { values, suggestion: best.value.trim(), rows }
    })
    .sort((a, b) => b.rows - a.rows)
}

export function clusterValues(
  ctx: Ctx,
  dataset: string,
  variable: string,
  opts: { method?: ClusterMethod; ngram?: number; radius?: number } = {}
): ClusterResult {
  const frame = loadDatasetFrame(ctx, dataset)
  const counts = countStrings(frame.column(variable))
  const method = opts.method ?? 'fingerprint'
  return { dataset: frame.name, variable, method, distinct: counts.size, clusters: clusterStrings(counts, method, opts) }
}

/** The recode step that applies accepted clusters. */
export function clustersToStep(variable: string, accepted: { from: string[]; to: string }[]): NewStep {
  return {
    op: 'recode',
    variable,
    source: 'cluster',
    map: accepted.map((c) => ({ from: [...new Set(c.from)], to: c.to }))
  }
}
