/** Word-boundary moves used by the ±word buttons that adjust a coding's boundaries. */

const WORD = /[\p{L}\p{N}\p{M}'’_-]/u
const isWord = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD.test(text[i])

/** Start of the word before `pos` (skipping spaces and punctuation in between). */
export function prevWordStart(text: string, pos: number): number {
  let i = pos
  while (i > 0 && !isWord(text, i - 1)) i--
  while (i > 0 && isWord(text, i - 1)) i--
  return i
}

/** End of the word after `pos`. */
export function nextWordEnd(text: string, pos: number): number {
  let i = pos
  while (i < text.length && !isWord(text, i)) i++
  while (i < text.length && isWord(text, i)) i++
  return i
}

/** Start of the next word after `pos` (drops the first word of a range). */
export function nextWordStart(text: string, pos: number): number {
  let i = pos
  while (i < text.length && isWord(text, i)) i++
  while (i < text.length && !isWord(text, i)) i++
  return i
}

/** End of the previous word before `pos` (drops the last word of a range). */
export function prevWordEnd(text: string, pos: number): number {
  let i = pos
  while (i > 0 && isWord(text, i - 1)) i--
  while (i > 0 && !isWord(text, i - 1)) i--
  return i
}

export type BoundaryMove = 'startEarlier' | 'startLater' | 'endEarlier' | 'endLater'

/** The range after one ±word move, or null when the move would empty it. */
export function moveBoundary(text: string, start: number, end: number, move: BoundaryMove): { start: number; end: number } | null {
  let s = start
  let e = end
  if (move === 'startEarlier') s = prevWordStart(text, start)
  else if (move === 'startLater') s = nextWordStart(text, start)
  else if (move === 'endEarlier') e = prevWordEnd(text, end)
  else e = nextWordEnd(text, end)
  if (e <= s || (s === start && e === end)) return null
  return { start: s, end: e }
}
