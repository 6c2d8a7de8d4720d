/**
 * Conversion between UTF-16 code units (how JS and Esiti count) and Unicode code points (how the
 * REFI-QDA standard counts) for one text, in O(log n) per offset after one O(n) scan: the
 * positions of surrogate pairs are the only places where the two counts diverge.
 */
export class OffsetMap {
  /** UTF-16 index of the high surrogate of every pair, ascending. */
  private readonly pairs: number[] = []

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i)
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1)
        if (d >= 0xdc00 && d <= 0xdfff) this.pairs.push(i++)
      }
    }
  }

  get astral(): number {
    return this.pairs.length
  }

  get codePoints(): number {
    return this.text.length - this.pairs.length
  }

  /** Code point index of a UTF-16 offset (an offset inside a pair counts the pair as before it). */
  toCodePoint(u16: number): number {
    // Pairs whose high surrogate lies before u16 − 1 are entirely before the offset.
    let lo = 0
    let hi = this.pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.pairs[mid] < u16 - 1) lo = mid + 1
      else hi = mid
    }
    return u16 - lo
  }

  /** UTF-16 offset of a code point index. */
  toUtf16(cp: number): number {
    // The k-th pair starts at code point pairs[k] − k; every pair before cp adds one unit.
    let lo = 0
    let hi = this.pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.pairs[mid] - mid < cp) lo = mid + 1
      else hi = mid
    }
    return cp + lo
  }
}
