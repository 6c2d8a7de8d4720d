import { damagedValue, storedJson } from '../../db/stored-json'
/**
 * The structure recognised in a source text, stored once as sources.structure (JSON). All offsets
 * are UTF-16 code units of the stored NFC, LF-only text; start inclusive, end exclusive.
 */
export interface SourceStructure {
  /** Paragraph ranges, in order, not overlapping; they cover every non-blank line. */
  paragraphs: [number, number][]
  /** Speaker turns: from the start of the line (timestamp included) to the start of the next turn. */
  turns: Turn[]
  headings: Heading[]
  /** Every timestamp recognised, e.g. "[00:12:40]" or a line starting "00:12:40". */
  timestamps: { start: number; end: number; time: string }[]
  /** Subtitle cues (imports of .srt and .vtt): each cue's text range and its media time in seconds. */
  cues?: Cue[]
}

export interface Cue {
  start: number
  end: number
  /** Seconds from the start of the recording. */
  from: number
  to: number
}

export interface Turn {
  start: number
  end: number
  speaker: string
  /** Where the spoken words begin (after "INT: "). */
  bodyStart: number
  timestamp?: string
}

export interface Heading {
  start: number
  end: number
  level: number
  text: string
}

/** A paragraph produced by a document reader (docx, odt, subtitles): its range in the final text. */
export interface Block {
  start: number
  end: number
  heading?: number
  /** A speaker turn known to the reader (subtitles): who speaks and where the words begin. */
  speaker?: string
  bodyStart?: number
  timestamp?: string
}

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`
const LINE_START = new RegExp(
  String.raw`^(?:[\[(](${TIME})[\])]|(${TIME})(?=\s))?[ \t]*(?:[-–—][ \t]*)?([^\s:\[\]()][^:\n]{0,48}?)(?:[ \t]+[\[(](${TIME})[\])])?[ \t]*:(?:[ \t]|$)`,
  'u'
)
const LABEL_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}_.'’-]*|\d{1,3})$/u
/** A speaker alone on its line, the words on the lines below (aTrain's text output). */
const HEADER_LINE = /^(SPEAKER_\d{1,3}|Speaker undefined)[ \t]*$/
const BRACKET_TIME = new RegExp(String.raw`[\[(](${TIME})[\])]`, 'g')
const LEADING_TIME = new RegExp(String.raw`^(${TIME})(?=\s)`)
const MD_HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/

interface Line {
  start: number
  end: number
  text: string
}

function lines(text: string): Line[] {
  const out: Line[] = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    out.push({ start, end, text: text.slice(start, end) })
    if (nl === -1) return out
    start = nl + 1
  }
}

function isLabel(label: string): boolean {
  const words = label.trim().split(/\s+/)
  return words.length >= 1 && words.length <= 4 && LABEL_WORD.test(words[0]) && /^\p{Lu}/u.test(words[0]) && words.every((w) => LABEL_WORD.test(w))
}

interface Candidate {
  line: Line
  speaker: string
  bodyStart: number
  timestamp?: string
  /** A speaker line of its own, in a tool's fixed form (SPEAKER_00): a speaker even when heard once. */
  header?: boolean
}

/**
 * Finds speaker turns: a line starting with an optional timestamp and a label ("INT:", "R:",
 * "Nome Cognome:", "Intervistatrice:"). A label counts only if it opens at least two lines, so that
 * header lines such as "Data: 14 marzo 2023" are not taken for speakers.
 */
function findTurns(text: string, all: Line[], headingLines: Set<number>): Turn[] {
  const textLength = text.length
  const candidates: Candidate[] = []
  for (const [i, line] of all.entries()) {
    const header = HEADER_LINE.exec(line.text)
    if (header && i + 1 < all.length) {
      candidates.push({ line, speaker: header[1], bodyStart: all[i + 1].start, header: true })
      continue
    }
    const m = LINE_START.exec(line.text)
    if (!m || !isLabel(m[3])) continue
    candidates.push({
      line,
      speaker: m[3].trim(),
      bodyStart: line.start + m[0].length + (line.text.slice(m[0].length).match(/^[ \t]*/)?.[0].length ?? 0),
      timestamp: m[1] ?? m[2] ?? m[4]
    })
  }
  const uses = new Map<string, number>()
  for (const c of candidates) uses.set(c.speaker, (uses.get(c.speaker) ?? 0) + 1)
  // A label written with a timestamp ("S01 [00:00:06]:", as transcription tools do) counts once the
  // transcript has other speakers, even if that speaker talks once.
  const repeated = candidates.filter((c) => (uses.get(c.speaker) ?? 0) >= 2)
  const timed = candidates.filter((c) => c.timestamp)
  const kept = candidates.filter(
    (c) => c.header || (uses.get(c.speaker) ?? 0) >= 2 || (c.timestamp && (repeated.length > 0 || new Set(timed.map((t) => t.speaker)).size >= 2))
  )
  const stops = [...kept.map((c) => c.line.start), ...headingLines, textLength].sort((a, b) => a - b)
  return kept.map((c) => {
    const next = stops.find((s) => s > c.line.start) ?? textLength
    let end = next
    while (end > c.line.start && /\s/.test(text[end - 1])) end--
    const turn: Turn = { start: c.line.start, end, speaker: c.speaker, bodyStart: Math.min(c.bodyStart, end) }
    if (c.timestamp) turn.timestamp = c.timestamp
    return turn
  })
}

function findTimestamps(all: Line[]): SourceStructure['timestamps'] {
  const out: SourceStructure['timestamps'] = []
  for (const line of all) {
    const lead = LEADING_TIME.exec(line.text)
    if (lead) out.push({ start: line.start, end: line.start + lead[1].length, time: lead[1] })
    BRACKET_TIME.lastIndex = 0
    for (let m = BRACKET_TIME.exec(line.text); m; m = BRACKET_TIME.exec(line.text))
      out.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, time: m[1] })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Builds the structure of a stored text. Readers of real documents pass their paragraphs as
 * blocks; plain text is split into paragraphs at blank lines and where a turn or heading starts.
 */
export function buildStructure(text: string, blocks?: Block[]): SourceStructure {
  const all = lines(text)
  const headings: Heading[] = []
  const headingStarts = new Set<number>()
  if (blocks) {
    for (const b of blocks)
      if (b.heading && b.end > b.start) {
        headings.push({ start: b.start, end: b.end, level: b.heading, text: text.slice(b.start, b.end) })
        headingStarts.add(b.start)
      }
  } else {
    for (const line of all) {
      const m = MD_HEADING.exec(line.text)
      if (m) {
        headings.push({ start: line.start, end: line.end, level: m[1].length, text: m[2] })
        headingStarts.add(line.start)
      }
    }
  }
  // Readers that know the speakers (subtitles) give the turns; otherwise they are recognised in the text.
  const known = blocks?.filter((b) => b.speaker) ?? []
  const turns = known.length
    ? known.map((b): Turn => ({ start: b.start, end: b.end, speaker: b.speaker!, bodyStart: b.bodyStart ?? b.start, ...(b.timestamp ? { timestamp: b.timestamp } : {}) }))
    : findTurns(text, all, headingStarts)
  const paragraphs: [number, number][] = []
  if (blocks) {
    for (const b of blocks) if (text.slice(b.start, b.end).trim() !== '') paragraphs.push([b.start, b.end])
  } else {
    const breaks = new Set<number>([...turns.map((t) => t.start), ...headingStarts])
    let open: [number, number] | null = null
    for (const line of all) {
      const blank = line.text.trim() === ''
      if (blank || breaks.has(line.start)) {
        if (open) paragraphs.push(open)
        open = null
      }
      if (blank) continue
      if (open) open[1] = line.end
      else open = [line.start, line.end]
      if (headingStarts.has(line.start)) {
        paragraphs.push(open)
        open = null
      }
    }
    if (open) paragraphs.push(open)
  }
  const result: SourceStructure = { paragraphs, turns, headings, timestamps: findTimestamps(all) }
  return result
}

/** A source's stored structure; damage in it is named (sources.structure, the source's id), not a JSON parse error. */
export function parseStructure(json: string | null, sourceId?: string): SourceStructure {
  if (!json) return { paragraphs: [], turns: [], headings: [], timestamps: [] }
  const where = { table: 'sources', column: 'structure', id: sourceId }
  const s = storedJson<Partial<SourceStructure> | null>(json, where)
  if (typeof s !== 'object' || s === null || Array.isArray(s)) throw damagedValue(where)
  for (const list of [s.paragraphs, s.turns, s.headings, s.timestamps, s.cues]) if (list !== undefined && !Array.isArray(list)) throw damagedValue(where)
  return {
    paragraphs: s.paragraphs ?? [],
    turns: s.turns ?? [],
    headings: s.headings ?? [],
    timestamps: s.timestamps ?? [],
    ...(s.cues?.length ? { cues: s.cues } : {})
  }
}
