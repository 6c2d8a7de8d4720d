/**
 * Media time of a transcript passage. Subtitle imports keep each cue's start and end (seconds) with
 * its text range; typed transcripts carry timestamps such as "[00:03:40]" or "00:03:40" at the start
 * of a turn. The time of an offset is the start of the cue holding it or, failing that, the last
 * timestamp before it: the moment to play the recording from.
 */

export interface TimedStructure {
  cues?: { start: number; end: number; from: number; to: number }[]
  timestamps: { start: number; end: number; time: string }[]
}

/** "hh:mm:ss" (hours always shown, as transcription tools write it). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const two = (n: number): string => String(n).padStart(2, '0')
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`
}

/** Seconds of a transcript timestamp: "1:02:03", "02:03", "00:03:40.5", "00:03:40,120". */
export function parseClock(value: string): number | null {
  const m = /^(\d{1,3}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/.exec(value.trim())
  if (!m) return null
  const parts = m[3] === undefined ? [0, Number(m[1]), Number(m[2])] : [Number(m[1]), Number(m[2]), Number(m[3])]
  if (parts[1] > 59 || parts[2] > 59) return null
  return parts[0] * 3600 + parts[1] * 60 + parts[2] + (m[4] ? Number(m[4].padEnd(3, '0')) / 1000 : 0)
}

/** The media time (seconds) at a text offset, or null when the transcript has no time before it. */
export function timeAt(structure: TimedStructure, offset: number): number | null {
  const cues = structure.cues ?? []
  // Last cue starting at or before the offset (cues are in text order).
  let lo = 0
  let hi = cues.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (cues[mid].start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  if (found !== -1 && offset < cues[found].end + 2) return cues[found].from
  let best: number | null = found !== -1 ? cues[found].from : null
  for (const t of structure.timestamps) {
    if (t.start > offset) break
    const s = parseClock(t.time)
    if (s !== null && (found === -1 || t.start >= cues[found].start)) best = s
  }
  return best
}
