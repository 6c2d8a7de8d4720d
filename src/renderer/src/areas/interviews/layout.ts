/**
 * Pure layout of the reader: which codings touch which paragraph, the margin lane of every
 * coding, and how a paragraph splits into pieces of uniform coding and style.
 */

export interface Interval {
  start: number
  end: number
}

/**
 * Greedy interval colouring: codings (sorted by start) get the lowest lane free at their start,
 * so overlapping codings are never drawn on top of each other and a coding keeps one lane across
 * all the paragraphs it spans.
 */
export function assignLanes(items: Interval[]): { lanes: number[]; count: number } {
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start || items[b].end - items[a].end)
  const laneEnds: number[] = []
  const lanes = new Array<number>(items.length).fill(0)
  for (const i of order) {
    let lane = laneEnds.findIndex((e) => e <= items[i].start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = items[i].end
    lanes[i] = lane
  }
  return { lanes, count: laneEnds.length }
}

/** Index of the first paragraph whose end is after `offset` (paragraphs sorted, disjoint). */
export function paragraphAt(paragraphs: [number, number][], offset: number): number {
  let lo = 0
  let hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (paragraphs[mid][1] <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** For every paragraph, the indices of the items overlapping it. */
export function bucketByParagraph(paragraphs: [number, number][], items: Interval[]): number[][] {
  const buckets: number[][] = paragraphs.map(() => [])
  items.forEach((it, i) => {
    for (let p = paragraphAt(paragraphs, it.start); p < paragraphs.length && paragraphs[p][0] < it.end; p++) buckets[p].push(i)
  })
  return buckets
}

export type PieceStyle = 'text' | 'speaker' | 'time'

export interface Mark extends Interval {
  style: Exclude<PieceStyle, 'text'>
}

export interface Piece {
  start: number
  end: number
  /** Indices (into the items given) of the codings covering the whole piece. */
  items: number[]
  style: PieceStyle
  /** Classes of the overlays (pending selection, flashed jump target) covering the piece. */
  classes: string[]
}

export interface Overlay extends Interval {
  cls: string
}

/** Cuts [from, to) at every coding, mark and overlay boundary. */
export function buildPieces(from: number, to: number, items: Interval[], itemIdx: number[], marks: Mark[], overlays: Overlay[] = []): Piece[] {
  const cuts = new Set<number>([from, to])
  for (const o of overlays) {
    if (o.start > from && o.start < to) cuts.add(o.start)
    if (o.end > from && o.end < to) cuts.add(o.end)
  }
  for (const i of itemIdx) {
    const { start, end } = items[i]
    if (start > from && start < to) cuts.add(start)
    if (end > from && end < to) cuts.add(end)
  }
  for (const m of marks) {
    if (m.start > from && m.start < to) cuts.add(m.start)
    if (m.end > from && m.end < to) cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]
    const b = points[k + 1]
    const covering = itemIdx.filter((i) => items[i].start <= a && items[i].end >= b)
    // Longer codings first, so the shortest (most specific) is drawn innermost.
    covering.sort((x, y) => items[y].end - items[y].start - (items[x].end - items[x].start))
    let style: PieceStyle = 'text'
    for (const m of marks) if (m.start <= a && m.end >= b && style !== 'time') style = m.style
    const classes = overlays.filter((o) => o.start <= a && o.end >= b).map((o) => o.cls)
    pieces.push({ start: a, end: b, items: covering, style, classes })
  }
  return pieces
}

/** Speaker labels and timestamps of a source, as style marks. */
export function styleMarks(
  turns: { start: number; bodyStart: number }[],
  timestamps: { start: number; end: number }[]
): Mark[] {
  const marks: Mark[] = []
  for (const t of turns) if (t.bodyStart > t.start) marks.push({ start: t.start, end: t.bodyStart, style: 'speaker' })
  for (const ts of timestamps) marks.push({ start: ts.start, end: ts.end, style: 'time' })
  return marks.sort((a, b) => a.start - b.start)
}
