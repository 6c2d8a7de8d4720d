import { paragraphBounds, sentenceBounds } from '../../../shared/text-units'
import type { SourceStructure } from '../transcripts/structure'

export { paragraphBounds, sentenceBounds, turnBounds } from '../../../shared/text-units'

const MAX_CONTEXT = 2000

/** Context for display: the surrounding sentence or paragraph, clipped around the segment when very long. */
export function segmentContext(
  text: string,
  structure: SourceStructure,
  start: number,
  end: number,
  mode: 'sentence' | 'paragraph'
): { start: number; end: number; text: string } {
  let [s, e] = mode === 'sentence' ? sentenceBounds(text, structure, start, end) : paragraphBounds(text, structure, start, end)
  if (e - s > MAX_CONTEXT + (end - start)) {
    s = Math.max(s, start - MAX_CONTEXT / 2)
    e = Math.min(e, end + MAX_CONTEXT / 2)
  }
  return { start: s, end: e, text: text.slice(s, e) }
}
