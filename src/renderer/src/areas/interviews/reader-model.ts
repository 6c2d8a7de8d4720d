import type { SourceViewDto, TurnDto, ViewCodingDto } from '../../../../shared/ipc/coding'
import { assignLanes, bucketByParagraph, styleMarks, type Mark } from './layout'

/** Everything the reader rows need, computed once per loaded view and coder filter. */
export interface ReaderModel {
  sourceId: string
  text: string
  /** Display rows: paragraphs, long ones cut into several rows (displayRows). */
  paragraphs: [number, number][]
  /** The source's own paragraphs, turns and timestamps (for selecting units and media times). */
  structure: SourceViewDto['structure']
  codings: ViewCodingDto[]
  lanes: number[]
  laneCount: number
  /** Codings (indices into `codings`) overlapping each paragraph. */
  buckets: number[][]
  marks: Mark[]
  markBuckets: number[][]
  turns: TurnDto[]
  turnStarts: Set<number>
  headingStarts: Set<number>
  /** Starts of paragraphs with a media time (a cue or a timestamp at or before them): they get a play button. */
  timedStarts: Set<number>
}

const INTERVIEWER = /^(int|intervist|interviewer|moderat|facilitat|ricercat|researcher|d$|i$|q$)/i

export function isInterviewer(speaker: string): boolean {
  return INTERVIEWER.test(speaker.trim())
}

/** Longest display row: a longer paragraph is shown as several rows, so each row renders and lays out fast. */
export const MAX_ROW = 1500

/**
 * The rows the reader shows: the paragraphs, with any paragraph longer than MAX_ROW cut into rows at
 * a sentence end (or else a space) in the second half of the limit. A transcript held in one 1.5 MB
 * paragraph then renders a screenful of rows instead of the whole text in one element. Rows are
 * contiguous, so a selection across them maps to the source's offsets exactly.
 */
export function displayRows(text: string, paragraphs: [number, number][]): [number, number][] {
  // The text never changes and codings do not move rows: a reload after a coding reuses the rows.
  const hit = rowsCache
  if (hit && hit.text === text && hit.paragraphs.length === paragraphs.length && hit.paragraphs.every((p, i) => p[0] === paragraphs[i][0] && p[1] === paragraphs[i][1]))
    return hit.rows
  const rows: [number, number][] = []
  for (const [start, end] of paragraphs) {
    let s = start
    while (end - s > MAX_ROW) {
      const limit = s + MAX_ROW
      const half = s + MAX_ROW / 2
      let cut = -1
      for (let i = limit; i > half && cut === -1; i--) if (text.charCodeAt(i) === 32 && ENDS.has(text.charCodeAt(i - 1))) cut = i + 1
      for (let i = limit; i > half && cut === -1; i--) if (text.charCodeAt(i) === 32) cut = i + 1
      if (cut === -1) {
        cut = limit
        const c = text.charCodeAt(cut)
        if (c >= 0xdc00 && c <= 0xdfff) cut++
      }
      rows.push([s, cut])
      s = cut
    }
    rows.push([s, end])
  }
  rowsCache = { text, paragraphs: paragraphs.map((p) => [p[0], p[1]] as [number, number]), rows }
  return rows
}

/** . ! ? … : where a long paragraph is best cut into rows. */
const ENDS = new Set(['.', '!', '?', '…'].map((c) => c.charCodeAt(0)))
let rowsCache: { text: string; paragraphs: [number, number][]; rows: [number, number][] } | null = null

export function buildReaderModel(view: SourceViewDto, hiddenCoders: Set<string>): ReaderModel {
  const text = view.text ?? ''
  const structureParagraphs = view.structure.paragraphs.length ? view.structure.paragraphs : text ? [[0, text.length] as [number, number]] : []
  const paragraphs = displayRows(text, structureParagraphs)
  const codings = hiddenCoders.size ? view.codings.filter((c) => !hiddenCoders.has(c.coderId)) : view.codings
  const { lanes, count } = assignLanes(codings)
  const marks = styleMarks(view.structure.turns, view.structure.timestamps)
  return {
    sourceId: view.source.id,
    text,
    paragraphs,
    structure: { ...view.structure, paragraphs: structureParagraphs },
    codings,
    lanes,
    laneCount: count,
    buckets: bucketByParagraph(paragraphs, codings),
    marks,
    markBuckets: bucketByParagraph(paragraphs, marks),
    turns: view.structure.turns,
    turnStarts: new Set(view.structure.turns.map((t) => t.start)),
    timedStarts: new Set(structureParagraphs.filter(([s]) => s >= firstTimed(view.structure)).map(([s]) => s)),
    headingStarts: new Set(view.structure.headings.map((h) => h.start))
  }
}

/** The turn containing an offset (turns sorted by start), if any. */
export function turnAt(turns: TurnDto[], offset: number): TurnDto | null {
  let lo = 0
  let hi = turns.length - 1
  let found: TurnDto | null = null
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (turns[mid].start <= offset) {
      found = turns[mid]
      lo = mid + 1
    } else hi = mid - 1
  }
  return found && offset < Math.max(found.end, found.start + 1) ? found : null
}

/** Pixels of margin for the stripes. */
export const LANE_WIDTH = 7
export const marginWidth = (lanes: number): number => Math.max(14, lanes * LANE_WIDTH + 8)

/** The first offset with a media time: every paragraph from there on can be played. */
function firstTimed(structure: SourceViewDto['structure']): number {
  const cue = structure.cues?.[0]?.start ?? Infinity
  const stamp = structure.timestamps[0]?.start ?? Infinity
  return Math.min(cue, stamp)
}
