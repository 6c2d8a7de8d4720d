/** Half-open span [start, end) of UTF-16 offsets. */
export interface Span {
  start: number
  end: number
}

/** Sorted, disjoint, non-adjacent spans covering the same characters as the input. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end)
  const out: Span[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start <= last.end) {
      if (s.end > last.end) last.end = s.end
    } else out.push({ start: s.start, end: s.end })
  }
  return out
}

export function totalLength(merged: readonly Span[]): number {
  let n = 0
  for (const s of merged) n += s.end - s.start
  return n
}

/** Characters covered by both of two merged span lists (two-pointer sweep). */
export function intersectLength(a: readonly Span[], b: readonly Span[]): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i].start, b[j].start)
    const hi = Math.min(a[i].end, b[j].end)
    if (hi > lo) n += hi - lo
    if (a[i].end < b[j].end) i++
    else j++
  }
  return n
}

/**
 * For m coders' merged spans over a text of `total` characters: how many characters are covered
 * by exactly c coders, c = 0..m (sweep line over the span ends; no per-character arrays).
 */
export function coverageHistogram(perCoder: readonly (readonly Span[])[], total: number): Float64Array {
  const m = perCoder.length
  const hist = new Float64Array(m + 1)
  const events: number[] = []
  for (const spans of perCoder)
    for (const s of spans) {
      // Encode +1 at start and −1 at end in one sortable number: position*2 (+1 for a start).
      events.push(s.end * 2, s.start * 2 + 1)
    }
  events.sort((x, y) => x - y)
  let depth = 0
  let prev = 0
  let covered = 0
  for (const e of events) {
    const pos = Math.floor(e / 2)
    if (depth > 0 && pos > prev) {
      hist[depth] += pos - prev
      covered += pos - prev
    }
    prev = pos
    depth += e % 2 === 1 ? 1 : -1
  }
  hist[0] = Math.max(0, total - covered)
  return hist
}

/** Overlap of a sorted merged span list with each of a sorted list of disjoint units. */
export function overlapPerUnit(merged: readonly Span[], units: readonly Span[]): Float64Array {
  const out = new Float64Array(units.length)
  let j = 0
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]
    while (j < merged.length && merged[j].end <= unit.start) j++
    for (let k = j; k < merged.length && merged[k].start < unit.end; k++) {
      const lo = Math.max(unit.start, merged[k].start)
      const hi = Math.min(unit.end, merged[k].end)
      if (hi > lo) out[u] += hi - lo
    }
  }
  return out
}
