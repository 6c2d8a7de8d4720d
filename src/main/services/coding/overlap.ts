/*
 * Overlap of coded ranges: two ranges overlap when they share at least one code unit
 * (a.start < b.end && b.start < a.end); ranges that only touch do not.
 */

export interface Range {
  source_id: string
  start: number
  end: number
}

export interface SourceRanges {
  starts: number[]
  /** prefixMaxEnd[i] = max end among the first i+1 ranges in start order. */
  prefixMaxEnd: number[]
}

/** Groups ranges by source, sorted by start, ready for anyOverlap. */
export function groupBySource(rows: Range[]): Map<string, SourceRanges> {
  const by = new Map<string, Range[]>()
  for (const r of rows) {
    const list = by.get(r.source_id)
    if (list) list.push(r)
    else by.set(r.source_id, [r])
  }
  const out = new Map<string, SourceRanges>()
  for (const [source, list] of by) {
    list.sort((a, b) => a.start - b.start)
    const starts: number[] = []
    const prefixMaxEnd: number[] = []
    let max = -1
    for (const r of list) {
      starts.push(r.start)
      max = Math.max(max, r.end)
      prefixMaxEnd.push(max)
    }
    out.set(source, { starts, prefixMaxEnd })
  }
  return out
}

/** Whether any range of the set overlaps [start, end): among ranges starting before end, the furthest end must pass start. */
export function anyOverlap(set: SourceRanges | undefined, start: number, end: number): boolean {
  if (!set) return false
  let lo = 0
  let hi = set.starts.length - 1
  let idx = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (set.starts[mid] < end) {
      idx = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return idx >= 0 && set.prefixMaxEnd[idx] > start
}
