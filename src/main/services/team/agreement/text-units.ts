import type { Span } from './intervals'

export type UnitKind = 'paragraph' | 'sentence'

/** Trims whitespace off a span of `text`; returns null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return end > start ? { start, end } : null
}

/**
 * Paragraph units of a source: blocks separated by blank lines. A text without any blank line but
 * with several lines (a transcript with one turn per line) has one paragraph per non-empty line.
 * Surrounding whitespace is not part of a unit.
 */
export function paragraphUnits(text: string): Span[] {
  const hasBlank = /\n[ \t]*\n/.test(text)
  const separator = hasBlank ? /\n[ \t]*\n\s*/g : /\n/g
  const out: Span[] = []
  let from = 0
  for (const m of text.matchAll(separator)) {
    const s = trimSpan(text, from, m.index)
    if (s) out.push(s)
    from = m.index + m[0].length
  }
  const last = trimSpan(text, from, text.length)
  if (last) out.push(last)
  return out
}

let segmenter: Intl.Segmenter | null = null

/** Sentence units: each paragraph split with the ICU sentence rules (Intl.Segmenter, Italian). */
export function sentenceUnits(text: string, paragraphs: Span[] = paragraphUnits(text)): Span[] {
  segmenter ??= new Intl.Segmenter('it', { granularity: 'sentence' })
  const out: Span[] = []
  for (const p of paragraphs) {
    for (const seg of segmenter.segment(text.slice(p.start, p.end))) {
      const s = trimSpan(text, p.start + seg.index, p.start + seg.index + seg.segment.length)
      if (s) out.push(s)
    }
  }
  return out
}

/**
 * Units of a source. Paragraphs are those recognised at import (sources.structure: blank lines,
 * speaker turns, headings, document paragraphs) when available, else blocks between blank lines.
 */
export function textUnits(text: string, kind: UnitKind, stored: Span[] | null = null): Span[] {
  const paragraphs = stored ?? paragraphUnits(text)
  return kind === 'paragraph' ? paragraphs : sentenceUnits(text, paragraphs)
}
