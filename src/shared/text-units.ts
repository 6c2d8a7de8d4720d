/**
 * Units of a transcript's text: paragraph, sentence and speaker turn around a range. Shared by main
 * (context of retrieved segments, "code all hits" expanded to a unit) and the reader (keyboard
 * selection by sentence, paragraph and turn), so both cut the same units. Offsets are UTF-16 code
 * units of the stored text.
 */

export interface UnitStructure {
  paragraphs: [number, number][]
  turns: { start: number; end: number }[]
}

/** Index of the last paragraph starting at or before pos (-1 if none). */
function paragraphAt(paragraphs: [number, number][], pos: number): number {
  let lo = 0
  let hi = paragraphs.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (paragraphs[mid][0] <= pos) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

function lineBounds(text: string, start: number, end: number): [number, number] {
  const s = text.lastIndexOf('\n', Math.max(0, start - 1))
  const e = text.indexOf('\n', Math.max(start, end - 1))
  return [start === 0 ? 0 : s + 1, e === -1 ? text.length : Math.max(e, end)]
}

/** The paragraphs a range touches, as one range (the range's own line when outside every paragraph). */
export function paragraphBounds(text: string, structure: UnitStructure, start: number, end: number): [number, number] {
  const ps = structure.paragraphs
  const i = paragraphAt(ps, start)
  const j = paragraphAt(ps, Math.max(start, end - 1))
  if (i === -1 || ps[i][1] < start) {
    if (j === -1 || j === i) return lineBounds(text, start, end)
    return [Math.min(start, ps[j][0]), Math.max(end, ps[j][1])]
  }
  return [Math.min(start, ps[i][0]), Math.max(end, ps[Math.max(i, j)][1])]
}

const TERMINATOR = /[.!?…]/
const CLOSER = /["'”’»)\]]/

/**
 * The sentence(s) around a range, within its paragraph: from after the previous . ! ? … (or line
 * break) to the next one, closing quotes included. Abbreviations are not special-cased.
 */
export function sentenceBounds(text: string, structure: UnitStructure, start: number, end: number): [number, number] {
  const [ps, pe] = paragraphBounds(text, structure, start, end)
  let s = start
  while (s > ps) {
    const prev = text[s - 1]
    if (prev === '\n') break
    if (/\s/.test(prev)) {
      let k = s - 2
      while (k >= ps && CLOSER.test(text[k])) k--
      if (k >= ps && TERMINATOR.test(text[k])) break
    }
    s--
  }
  while (s < start && /\s/.test(text[s])) s++
  let e = Math.max(end, start + 1)
  // If the range already ends on a terminator, the sentence ends there (plus closers).
  const endsSentence = (i: number): boolean => TERMINATOR.test(text[i - 1] ?? '')
  if (!endsSentence(end)) {
    while (e < pe) {
      const c = text[e]
      if (c === '\n') break
      e++
      if (TERMINATOR.test(c) && (e >= pe || /\s/.test(text[e]) || CLOSER.test(text[e]))) break
    }
  }
  while (e < pe && CLOSER.test(text[e])) e++
  return [Math.min(s, start), Math.max(e, end)]
}

/** The speaker turn around a range, or its paragraph when it is not inside a turn. */
export function turnBounds(text: string, structure: UnitStructure, start: number, end: number): [number, number] {
  const t = structure.turns.find((x) => x.start <= start && x.end >= end)
  return t ? [t.start, t.end] : paragraphBounds(text, structure, start, end)
}

