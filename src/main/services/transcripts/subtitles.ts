import { EsitiError } from '../../../shared/errors'
import { msg, type Msg } from '../../../shared/messages'
import { formatClock } from '../../../shared/media-time'
import { normaliseText } from '../text/normalise'
import type { Block, Cue } from './structure'

/*
 * Subtitle transcripts (.srt from aTrain, Whisper and video editors; .vtt from noScribe and the web)
 * become an interview text: consecutive cues of one speaker form one turn, written as
 * "[00:03:40] Speaker: words…" so that the reader, search and the structure see speaker and time as
 * in any typed transcript, and every cue keeps its own start and end time in the structure (cues),
 * for playing the media from any passage. Cues without any speaker label stay one paragraph each.
 */

export interface ParsedCue {
  from: number
  to: number
  speaker: string | null
  text: string
  line: number
}

export interface SubtitleText {
  text: string
  blocks: Block[]
  cues: Cue[]
  speakers: string[]
  warnings: Msg[]
}

const TIME = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})$/

/** Seconds of an SRT or WebVTT time ("00:03:40,120", "03:40.120"); null when it is not one. */
export function cueSeconds(value: string): number | null {
  const m = TIME.exec(value.trim())
  if (!m) return null
  const [h, min, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])]
  if (min > 59 || s > 59) return null
  return h * 3600 + min * 60 + s + Number(m[4].padEnd(3, '0')) / 1000
}

const ARROW = /^(\S+)\s+-->\s+(\S+)(?:\s.*)?$/

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'", lrm: '', rlm: '' }
const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all
    }
    return ENTITIES[e.toLowerCase()] ?? all
  })

/** A speaker label opening a cue: "Maria Rossi: …", "SPEAKER_00: …", "S01: …", "[Maria] …", "- Maria: …". */
const LABEL = /^(?:-\s*)?(?:\[([^\]\n]{1,48})\]|\(([^)\n]{1,48})\)|([^\s:[\]()][^:\n]{0,47}?)\s*:)\s+/u
const LABEL_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}_.'’-]*|\d{1,3})$/u

function splitLabel(text: string): { speaker: string | null; text: string } {
  const m = LABEL.exec(text)
  if (!m) return { speaker: null, text }
  const bracketed = m[1] ?? m[2]
  const label = (bracketed ?? m[3]).trim()
  const words = label.split(/\s+/)
  if (words.length > 4 || !words.every((w) => LABEL_WORD.test(w)) || !/^\p{Lu}/u.test(words[0])) return { speaker: null, text }
  return { speaker: normaliseText(label), text: text.slice(m[0].length) }
}

/** Cue text as plain words: tags gone (a WebVTT voice tag names the speaker), entities decoded, one line. */
function cueText(raw: string[], vtt: boolean): { speaker: string | null; text: string } {
  let joined = raw.join('\n')
  let speaker: string | null = null
  if (vtt) {
    const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(joined)
    if (voice) speaker = normaliseText(decodeEntities(voice[1])).replace(/\s+/g, ' ').trim() || null
  }
  joined = joined
    .replace(/\{\\[^}]*\}/g, '') // SSA overrides some SRT files carry ({\an8})
    .replace(/<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>/g, '') // WebVTT inner timestamps
    .replace(/<\/?[a-z][^>]*>/gi, '')
  const text = decodeEntities(joined).replace(/\s+/g, ' ').trim()
  if (speaker) return { speaker, text }
  return splitLabel(text)
}

/** Reads the cues of an SRT or WebVTT text (already decoded). Bad times are errors naming the line. */
export function parseCues(input: string, fileName: string, vtt: boolean): ParsedCue[] {
  const lines = normaliseText(input).split('\n')
  if (vtt && !/^WEBVTT(?:$|[ \t])/.test(lines[0] ?? '')) throw new EsitiError('CORRUPT_FILE', 'transcripts.subtitleNotVtt', { file: fileName })
  const cues: ParsedCue[] = []
  let i = vtt ? 1 : 0
  while (i < lines.length) {
    // Skip blank lines, then read one block up to the next blank line.
    while (i < lines.length && lines[i].trim() === '') i++
    const block: { text: string; line: number }[] = []
    while (i < lines.length && lines[i].trim() !== '') block.push({ text: lines[i], line: ++i })
    if (block.length === 0) break
    if (vtt && /^(NOTE|STYLE|REGION)(?:$|[ \t])/.test(block[0].text)) continue
    const at = block.findIndex((b) => b.text.includes('-->'))
    if (at === -1) {
      // An SRT index or a WebVTT header line without a cue: nothing to read; stray text is kept with the previous cue.
      if (!/^\d+$/.test(block[0].text.trim()) && !(vtt && cues.length === 0) && cues.length)
        cues[cues.length - 1].text += ' ' + cueText(block.map((b) => b.text), vtt).text
      continue
    }
    const m = ARROW.exec(block[at].text.trim())
    const from = m ? cueSeconds(m[1]) : null
    const to = m ? cueSeconds(m[2]) : null
    if (from === null || to === null)
      throw new EsitiError('CORRUPT_FILE', 'transcripts.subtitleBadTime', { file: fileName, line: block[at].line, value: block[at].text.trim() })
    const { speaker, text } = cueText(block.slice(at + 1).map((b) => b.text), vtt)
    if (text) cues.push({ from, to: Math.max(from, to), speaker, text, line: block[at].line })
  }
  if (cues.length === 0) throw new EsitiError('INVALID_INPUT', 'transcripts.subtitleEmpty', { file: fileName })
  return cues
}

/**
 * Writes the cues as an interview: with speakers, one turn per run of cues of the same speaker (a cue
 * without a label continues the turn before it); without any speaker, one paragraph per cue.
 */
export function subtitlesToText(parsed: ParsedCue[]): SubtitleText {
  const anySpeaker = parsed.some((c) => c.speaker)
  const parts: string[] = []
  const blocks: Block[] = []
  const cues: Cue[] = []
  const speakers: string[] = []
  let pos = 0
  let merged = 0
  let unordered = 0
  let unlabelled = 0
  let current: string | null = null
  parsed.forEach((c, k) => {
    if (k > 0 && c.from < parsed[k - 1].from) unordered++
    const speaker = c.speaker ?? (anySpeaker ? current : null)
    if (anySpeaker && !c.speaker) unlabelled++
    const continues = anySpeaker && k > 0 && speaker === current
    let start: number
    if (continues) {
      merged++
      parts.push(' ')
      pos += 1
      start = pos
    } else {
      if (parts.length) {
        parts.push('\n\n')
        pos += 2
      }
      const clock = formatClock(c.from)
      const head = normaliseText(`[${clock}] ${speaker ? `${speaker}: ` : ''}`)
      blocks.push(speaker ? { start: pos, end: pos, speaker, bodyStart: pos + head.length, timestamp: clock } : { start: pos, end: pos })
      parts.push(head)
      pos += head.length
      start = pos
      if (speaker && !speakers.includes(speaker)) speakers.push(speaker)
    }
    const words = normaliseText(c.text)
    parts.push(words)
    pos += words.length
    blocks[blocks.length - 1].end = pos
    cues.push({ start, end: pos, from: c.from, to: c.to })
    current = speaker
  })
  const warnings: Msg[] = []
  if (merged) warnings.push(msg('transcripts.cuesMerged', { count: merged }))
  if (unordered) warnings.push(msg('transcripts.cuesUnordered', { count: unordered }))
  if (unlabelled) warnings.push(msg('transcripts.cuesNoSpeaker', { count: unlabelled }))
  return { text: parts.join(''), blocks, cues, speakers, warnings }
}
