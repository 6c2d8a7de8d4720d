/**
 * A small fuzzy matcher for the quick-code palette: the query's characters must appear in order
 * in the target; contiguous runs and matches at word starts (after a space, "-", "/" or the path
 * separator ">") score higher. Case and accents are ignored, so "lavoro agile" finds "Lavoro Agile"
 * and "citta" finds "Città".
 */

export interface FuzzyMatch {
  score: number
  /** Indices (UTF-16) of the matched characters in the target, for highlighting. */
  indices: number[]
}

/** Lower-case, accent-free copy with the same length as the input (one unit per unit). */
export function fold(s: string): string {
  let out = ''
  for (const ch of s) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    // Keep lengths aligned with the input so indices map back: fall back to the original.
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch
  }
  return out
}

const isBoundary = (prev: string | undefined): boolean => prev === undefined || /[\s>\-/_(.,:]/.test(prev)

/** Best-effort greedy-with-lookahead match: tries every start of the first character. */
export function fuzzyMatch(query: string, target: string): FuzzyMatch | null {
  const q = fold(query.trim())
  if (q === '') return { score: 0, indices: [] }
  const t = fold(target)
  let best: FuzzyMatch | null = null
  for (let first = t.indexOf(q[0]); first !== -1; first = t.indexOf(q[0], first + 1)) {
    const indices: number[] = [first]
    let ti = first + 1
    let ok = true
    for (let qi = 1; qi < q.length; qi++) {
      const ch = q[qi]
      if (ch === ' ') {
        // A space in the query matches any word boundary ahead.
        while (ti < t.length && !isBoundary(t[ti - 1])) ti++
        if (ti > t.length) {
          ok = false
          break
        }
        continue
      }
      // Prefer the next occurrence that starts a word, when it comes before the one after it.
      let at = t.indexOf(ch, ti)
      if (at === -1) {
        ok = false
        break
      }
      if (at !== ti) {
        for (let k = at; k !== -1; k = t.indexOf(ch, k + 1)) {
          if (isBoundary(t[k - 1])) {
            at = k
            break
          }
        }
      }
      indices.push(at)
      ti = at + 1
    }
    if (!ok) continue
    const score = scoreOf(t, indices)
    if (!best || score > best.score) best = { score, indices }
  }
  return best
}

function scoreOf(t: string, indices: number[]): number {
  let score = 0
  for (let i = 0; i < indices.length; i++) {
    const at = indices[i]
    score += 1
    if (isBoundary(t[at - 1])) score += 6
    if (i > 0 && indices[i - 1] === at - 1) score += 4
  }
  // Earlier, shorter matches rank higher; the last path segment (the code itself) counts double.
  score -= indices[0] * 0.05
  score -= (indices[indices.length - 1] - indices[0]) * 0.1
  const leaf = t.lastIndexOf('>')
  if (indices[0] > leaf) score += 5
  score -= t.length * 0.01
  return score
}

/** Orders items for the palette: recent ones first when the query is empty, by score otherwise. */
export function rankByQuery<T>(
  items: T[],
  query: string,
  label: (item: T) => string,
  recency: (item: T) => number
): { item: T; match: FuzzyMatch }[] {
  const scored: { item: T; match: FuzzyMatch; recent: number }[] = []
  for (const item of items) {
    const match = fuzzyMatch(query, label(item))
    if (match) scored.push({ item, match, recent: recency(item) })
  }
  const empty = query.trim() === ''
  scored.sort((a, b) => {
    if (empty) {
      // -1 means "not recent": after every recent code, in codebook order.
      if (a.recent !== b.recent) return a.recent === -1 ? 1 : b.recent === -1 ? -1 : a.recent - b.recent
      return 0
    }
    const bonus = (r: number): number => (r === -1 ? 0 : 3 - Math.min(r, 9) * 0.3)
    return b.match.score + bonus(b.recent) - (a.match.score + bonus(a.recent))
  })
  return scored.map(({ item, match }) => ({ item, match }))
}
