import { paragraphBounds, sentenceBounds, turnBounds, type UnitStructure } from '../../../../shared/text-units'
import { nextWordEnd, prevWordStart } from './word-steps'

/**
 * The reader's keyboard selection: a caret (where the keys act) and an anchor (where the selection
 * started). Pure moves over the stored text, so the reader can select without a mouse, by character,
 * word, sentence, paragraph and speaker turn. Offsets are UTF-16 code units of the stored text.
 */
export interface KeySelection {
  anchor: number
  caret: number
}

export type Unit = 'char' | 'word' | 'sentence' | 'paragraph' | 'turn'

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

export const selectionRange = (s: KeySelection): { start: number; end: number } => ({
  start: Math.min(s.anchor, s.caret),
  end: Math.max(s.anchor, s.caret)
})

function charStep(text: string, pos: number, dir: 1 | -1): number {
  let p = Math.max(0, Math.min(text.length, pos + dir))
  // Never stop between the halves of a surrogate pair (emoji).
  if (p > 0 && p < text.length && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))) p += dir
  return p
}

/** The range of the unit containing `pos` (the unit starting there when `pos` is at a boundary). */
export function unitAt(text: string, structure: UnitStructure, pos: number, unit: Exclude<Unit, 'char'>): { start: number; end: number } {
  const at = Math.max(0, Math.min(pos, Math.max(0, text.length - 1)))
  if (unit === 'word') {
    const end = nextWordEnd(text, at)
    return { start: prevWordStart(text, end), end }
  }
  const [s, e] = unit === 'sentence' ? sentenceBounds(text, structure, at, at + 1) : unit === 'paragraph' ? paragraphBounds(text, structure, at, at + 1) : turnBounds(text, structure, at, at + 1)
  return { start: s, end: e }
}

/** Where the caret goes one unit forward or back. */
export function step(text: string, structure: UnitStructure, pos: number, unit: Unit, dir: 1 | -1): number {
  if (unit === 'char') return charStep(text, pos, dir)
  if (unit === 'word') return dir > 0 ? nextWordEnd(text, pos) : prevWordStart(text, pos)
  if (dir > 0) {
    // Forward: to the end of the unit holding the caret, or of the next one when already at an end.
    let r = unitAt(text, structure, pos, unit)
    if (r.end <= pos) r = unitAt(text, structure, nextContent(text, pos), unit)
    return Math.max(pos, r.end)
  }
  // Back: to the start of the unit holding the caret, or of the previous one when already at a start
  // (blank lines between paragraphs are skipped, so one press is one unit).
  let r = unitAt(text, structure, prevContent(text, pos), unit)
  if (r.start >= pos) r = unitAt(text, structure, prevContent(text, r.start), unit)
  return Math.min(pos, r.start)
}

const nextContent = (text: string, pos: number): number => {
  let i = pos
  while (i < text.length && /\s/.test(text[i])) i++
  return Math.min(i, Math.max(0, text.length - 1))
}
const prevContent = (text: string, pos: number): number => {
  let i = pos - 1
  while (i > 0 && /\s/.test(text[i])) i--
  return Math.max(0, i)
}

/** Moves the caret; with `extend` the anchor stays (Shift held), otherwise the selection collapses. */
export function move(text: string, structure: UnitStructure, sel: KeySelection, unit: Unit, dir: 1 | -1, extend: boolean): KeySelection {
  const caret = step(text, structure, sel.caret, unit, dir)
  return extend ? { anchor: sel.anchor, caret } : { anchor: caret, caret }
}

/**
 * Selects the whole unit at the caret; pressed again on a selection, widens it to whole units at both
 * ends (a sentence selection grows to its paragraph's sentences, and so on).
 */
export function selectUnit(text: string, structure: UnitStructure, sel: KeySelection, unit: Exclude<Unit, 'char'>): KeySelection {
  const { start, end } = selectionRange(sel)
  const a = unitAt(text, structure, nextContent(text, start), unit)
  const b = end > start ? unitAt(text, structure, Math.max(start, end - 1), unit) : a
  const range = { start: Math.min(a.start, start === end ? a.start : start), end: Math.max(b.end, a.end) }
  if (end > start && range.start === start && range.end === end) {
    // Already whole units: take the next unit too, so pressing again keeps growing the selection.
    const next = unitAt(text, structure, nextContent(text, end), unit)
    return { anchor: start, caret: Math.max(end, next.end) }
  }
  return { anchor: range.start, caret: range.end }
}
