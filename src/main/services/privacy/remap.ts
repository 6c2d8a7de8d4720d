/**
 * A text with some ranges replaced, and where every old offset lands in the new text. Offsets are
 * UTF-16 code units of the stored NFC text (start inclusive, end exclusive), before and after.
 */
export interface Replacement {
  start: number
  end: number
  with: string
}

export interface Rewritten {
  text: string
  /** New offset of an old range boundary: a boundary inside a replaced range snaps outward to it. */
  mapStart(old: number): number
  mapEnd(old: number): number
  /** Applies the replacements that touch [start, end) to that slice of the old text (whole surrogates for clipped ones). */
  expected(oldText: string, start: number, end: number): string
}

/** Replaces non-overlapping ranges (any order given) and returns the new text and its offset maps. */
export function rewrite(oldText: string, replacements: Replacement[]): Rewritten {
  const reps = [...replacements].sort((a, b) => a.start - b.start)
  for (let i = 0; i < reps.length; i++) {
    const r = reps[i]
    if (r.start < 0 || r.end > oldText.length || r.end <= r.start) throw new Error(`bad replacement ${r.start}-${r.end}`)
    if (i > 0 && reps[i - 1].end > r.start) throw new Error('overlapping replacements')
  }
  // newStart[i]: where replacement i begins in the new text.
  const newStart: number[] = []
  let out = ''
  let pos = 0
  for (const r of reps) {
    out += oldText.slice(pos, r.start)
    newStart.push(out.length)
    out += r.with
    pos = r.end
  }
  out += oldText.slice(pos)

  /** Index of the last replacement starting at or before `old`, or -1. */
  const before = (old: number): number => {
    let lo = 0
    let hi = reps.length - 1
    let ans = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (reps[mid].start <= old) {
        ans = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return ans
  }
  const shiftAfter = (i: number): number => (i < 0 ? 0 : newStart[i] + reps[i].with.length - reps[i].end)

  const mapStart = (old: number): number => {
    const i = before(old)
    if (i >= 0 && old < reps[i].end) return newStart[i] // inside (or at the start of) a replaced range
    return old + shiftAfter(i)
  }
  const mapEnd = (old: number): number => {
    // An end boundary belongs to the character before it.
    const i = before(old - 1)
    if (i >= 0 && old - 1 < reps[i].end && old > reps[i].start) return newStart[i] + reps[i].with.length
    return old + shiftAfter(i)
  }
  const expected = (text: string, start: number, end: number): string => {
    let s = ''
    let p = start
    for (const r of reps) {
      if (r.end <= start || r.start >= end) continue
      s += text.slice(p, Math.max(p, r.start))
      s += r.with
      p = Math.max(p, r.end)
    }
    s += text.slice(p, end)
    return s
  }
  return { text: out, mapStart, mapEnd, expected }
}

/**
 * A source's stored structure (paragraphs, speaker turns, headings, timestamps, subtitle cues…) moved
 * to the new text: every offset field is mapped, and speaker names and heading texts get the same
 * replacements as the text. Unknown fields are kept; offset fields are recognised by name.
 */
export function remapStructure(json: string | null, r: Rewritten, replaceIn: (s: string) => string): string | null {
  if (!json) return json
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return json
  }
  const START = new Set(['start', 'bodyStart', 'from'])
  const END = new Set(['end', 'to'])
  const walk = (v: unknown, key: string | null): unknown => {
    if (Array.isArray(v)) {
      // Paragraphs are [start, end] pairs.
      if (key === 'paragraphs') return v.map((p) => (Array.isArray(p) && p.length === 2 && typeof p[0] === 'number' ? [r.mapStart(p[0]), r.mapEnd(p[1])] : walk(p, null)))
      return v.map((x) => walk(x, null))
    }
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (typeof x === 'number' && START.has(k)) o[k] = r.mapStart(x)
        else if (typeof x === 'number' && END.has(k)) o[k] = r.mapEnd(x)
        else if (typeof x === 'string' && (k === 'speaker' || k === 'text' || k === 'label')) o[k] = replaceIn(x)
        else o[k] = walk(x, k)
      }
      return o
    }
    return v
  }
  return JSON.stringify(walk(value, null))
}
