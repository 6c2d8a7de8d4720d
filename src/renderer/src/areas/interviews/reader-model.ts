import type { SourceViewDto, TurnDto, ViewCodingDto } from '../../../../shared/ipc/coding'
import { assignLanes, bucketByParagraph, styleMarks, type Mark } from './layout'

/** Everything the reader rows need, computed once per loaded view and coder filter. */
export interface ReaderModel {
  sourceId: string
  text: string
  paragraphs: [number, number][]
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
}

const INTERVIEWER = /^(int|intervist|interviewer|moderat|facilitat|ricercat|researcher|d$|i$|q$)/i

export function isInterviewer(speaker: string): boolean {
  return INTERVIEWER.test(speaker.trim())
}

export function buildReaderModel(view: SourceViewDto, hiddenCoders: Set<string>): ReaderModel {
  const text = view.text ?? ''
  const paragraphs = view.structure.paragraphs.length ? view.structure.paragraphs : text ? [[0, text.length] as [number, number]] : []
  const codings = hiddenCoders.size ? view.codings.filter((c) => !hiddenCoders.has(c.coderId)) : view.codings
  const { lanes, count } = assignLanes(codings)
  const marks = styleMarks(view.structure.turns, view.structure.timestamps)
  return {
    sourceId: view.source.id,
    text,
    paragraphs,
    codings,
    lanes,
    laneCount: count,
    buckets: bucketByParagraph(paragraphs, codings),
    marks,
    markBuckets: bucketByParagraph(paragraphs, marks),
    turns: view.structure.turns,
    turnStarts: new Set(view.structure.turns.map((t) => t.start)),
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
