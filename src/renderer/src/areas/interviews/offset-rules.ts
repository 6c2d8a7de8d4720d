/**
 * Rules that turn a raw selection range into a canonical coding range (pure: also checked by the
 * e2e test in Node). Offsets are UTF-16 code units of the stored source text.
 */

export interface OffsetRange {
  start: number
  end: number
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/**
 * Widens a range so that it never splits a surrogate pair (emoji, rare CJK): a start between the
 * two halves moves back, an end between them moves forward.
 */
export function snapToCodePoints(text: string, r: OffsetRange): OffsetRange {
  let { start, end } = r
  if (start > 0 && start < text.length && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--
  if (end > 0 && end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++
  return { start, end }
}

/** Drops white space at both ends (a drag usually catches a trailing space or line end). */
export function trimRange(text: string, r: OffsetRange): OffsetRange | null {
  let { start, end } = r
  start = Math.max(0, start)
  end = Math.min(text.length, end)
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return end > start ? { start, end } : null
}

/** The canonical range of a selection in a source: mapped, code-point safe, trimmed. */
export function canonicalSelection(text: string, raw: OffsetRange | null): OffsetRange | null {
  if (!raw) return null
  return trimRange(text, snapToCodePoints(text, raw))
}
