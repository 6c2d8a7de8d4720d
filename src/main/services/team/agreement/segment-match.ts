import type { Span } from './intervals'

export interface SegmentMatch {
  /** Segments of A matched one-to-one with a segment of B. */
  matched: number
  onlyA: number
  onlyB: number
}

/** Overlap of two spans as a share of their union (0..1). */
export function overlapRatio(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (inter <= 0) return 0
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start))
}

/**
 * MAXQDA-style segment agreement for one code in one source: a segment of A agrees when B coded a
 * segment whose overlap is at least `threshold` of the two segments' union. Pairs are matched one
 * to one, best overlap first, so a long segment cannot vouch for several short ones.
 */
export function matchSegments(a: readonly Span[], b: readonly Span[], threshold: number): SegmentMatch {
  const as = [...a].sort((x, y) => x.start - y.start)
  const bs = [...b].sort((x, y) => x.start - y.start)
  const candidates: { i: number; j: number; r: number }[] = []
  for (let i = 0; i < as.length; i++) {
    for (let j = 0; j < bs.length; j++) {
      if (bs[j].start >= as[i].end) break
      const r = overlapRatio(as[i], bs[j])
      if (r >= threshold && r > 0) candidates.push({ i, j, r })
    }
  }
  candidates.sort((x, y) => y.r - x.r || x.i - y.i || x.j - y.j)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue
    usedA.add(c.i)
    usedB.add(c.j)
  }
  return { matched: usedA.size, onlyA: as.length - usedA.size, onlyB: bs.length - usedB.size }
}
