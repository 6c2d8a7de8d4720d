import type { ProjectFile } from '../../../db/project-file'
import { fold, nameKey, tokenize, type Token } from '../text/tokens'
import { findNames, type NameContext } from './names'
import { findPatterns } from './patterns'
import { buildRoster, findRoster, tableExists, wordsOf, type AlwaysRule, type KeyEntry, type Roster } from './roster'
import { CONFIDENCE_RANK, type RawHit } from './types'

/** A text to look through: a source (or, for the share and the erasure, any other text). */
export interface TextItem {
  id: string
  text: string
}

/** Candidates of one text after overlaps were resolved. */
export interface TextHits {
  id: string
  hits: RawHit[]
  /** Candidates dropped because a better one covered the same characters. */
  overlapped: number
  /** Candidates dropped by a "never" rule or because they are surrogates already. */
  ruledOut: number
}

export interface Detector {
  detect(item: TextItem): TextHits
  roster: Roster
}

const PATTERN_KINDS = new Set(['email', 'phone', 'taxcode', 'vat', 'iban', 'address', 'birthdate'])

const KNOWN = new Set(['roster', 'key', 'rule'])

/**
 * The better of two overlapping candidates: identifiers by shape first, then the longer, then one the
 * project knows (its rosters and rules know which entity it is), then the surer.
 */
function better(a: RawHit, b: RawHit): RawHit {
  const pa = PATTERN_KINDS.has(a.kind) ? 1 : 0
  const pb = PATTERN_KINDS.has(b.kind) ? 1 : 0
  if (pa !== pb) return pa > pb ? a : b
  const la = a.end - a.start
  const lb = b.end - b.start
  if (la !== lb) return la > lb ? a : b
  const ka = KNOWN.has(a.origin) ? 1 : 0
  const kb = KNOWN.has(b.origin) ? 1 : 0
  if (ka !== kb) return ka > kb ? a : b
  return CONFIDENCE_RANK[a.confidence] >= CONFIDENCE_RANK[b.confidence] ? a : b
}

/** Keeps, among candidates that share characters, the better one (and counts the others). */
export function resolveOverlaps(hits: RawHit[]): { kept: RawHit[]; overlapped: number } {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: RawHit[] = []
  let overlapped = 0
  for (const h of sorted) {
    const last = kept.at(-1)
    if (last && h.start < last.end) {
      kept[kept.length - 1] = better(last, h)
      overlapped++
      // The winner may now reach back over an earlier kept hit (a longer one chosen late).
      while (kept.length >= 2 && kept[kept.length - 2].end > kept[kept.length - 1].start) {
        const w = better(kept[kept.length - 2], kept[kept.length - 1])
        kept.splice(kept.length - 2, 2, w)
        overlapped++
      }
    } else kept.push(h)
  }
  return { kept, overlapped }
}

/** Folded words the given texts write in lower case (a capitalised one of them is a common word here). */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>()
  for (const t of texts) for (const m of t.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) out.add(fold(m[0]))
  return out
}

/** Words of the programme's own vocabulary (its name, actions, areas, codes, sections): not people. */
export function programmeVocabulary(project: ProjectFile): Set<string> {
  const out = new Set<string>()
  const add = (s: string | null | undefined): void => {
    if (s) for (const w of wordsOf(s)) out.add(w)
  }
  for (const r of project.stmt('SELECT name, full_name, area FROM programmes').all() as Record<string, string | null>[]) {
    add(r.name)
    add(r.full_name)
    add(r.area)
  }
  for (const r of project.stmt('SELECT name FROM actions').all() as { name: string }[]) add(r.name)
  for (const r of project.stmt('SELECT name FROM codes').all() as { name: string }[]) add(r.name)
  for (const r of project.stmt('SELECT title FROM report_sections').all() as { title: string }[]) add(r.title)
  for (const r of project.stmt('SELECT title, text FROM sdg_goals g LEFT JOIN (SELECT goal_id, group_concat(text, \' \') text FROM sdg_targets GROUP BY goal_id) t ON t.goal_id = g.id').all() as { title: string; text: string | null }[]) {
    add(r.title)
    add(r.text)
  }
  if (tableExists(project, 'areas')) for (const r of project.stmt('SELECT name FROM areas').all() as { name: string }[]) add(r.name)
  return out
}

export interface DetectorInput {
  key: KeyEntry[]
  /** Surrogates already in the key: text already pseudonymised is not a candidate again. */
  surrogates: string[]
  always: AlwaysRule[]
  never: Set<string>
  /** Every text of the project (for the lower-case words). */
  corpus: Iterable<string>
}

export function makeDetector(project: ProjectFile, input: DetectorInput): Detector {
  const roster = buildRoster(project, input.key, input.always)
  const nameCtx: NameContext = { lowerSeen: lowerCaseWords(input.corpus), vocabulary: programmeVocabulary(project) }
  const surrogateKeys = new Set(input.surrogates.map(nameKey))
  const surrogateWords = new Set(input.surrogates.filter((s) => !s.startsWith('[')).flatMap((s) => wordsOf(s)))

  function detect(item: TextItem): TextHits {
    const { text } = item
    const tokens: Token[] = tokenize(text)
    const raw: RawHit[] = [...findRoster(text, tokens, roster), ...findPatterns(text), ...findNames(text, tokens, nameCtx)]
    // A detected full name ("Giovanni Bianchi") also covers its parts mentioned alone later ("Bianchi").
    const partial = partialRoster(raw)
    if (partial) raw.push(...findRoster(text, tokens, partial))
    // Labels already in the text ("[Persona 3]") and made-up names from the key are not candidates.
    const labels = [...text.matchAll(/\[[^\]\n]{1,40}\]/g)].map((m) => [m.index, m.index + m[0].length] as const)
    let ruledOut = 0
    const filtered = raw.filter((h) => {
      const t = nameKey(text.slice(h.start, h.end))
      const drop =
        input.never.has(t) ||
        input.never.has(nameKey(h.entity.full)) ||
        surrogateKeys.has(t) ||
        (h.origin === 'names' && wordsOf(text.slice(h.start, h.end)).every((w) => surrogateWords.has(w))) ||
        labels.some(([a, b]) => h.start < b && h.end > a)
      if (drop) ruledOut++
      return !drop
    })
    const { kept, overlapped } = resolveOverlaps(filtered)
    return { id: item.id, hits: kept, overlapped, ruledOut }
  }

  return { detect, roster }
}

/**
 * First names and surnames of people detected by name (listed nowhere), as a small roster: "Bianchi"
 * alone, after "Giovanni Bianchi", is the same person. A part shared by two people is ambiguous.
 */
function partialRoster(hits: RawHit[]): Roster | null {
  const byFirstWord: Roster['byFirstWord'] = new Map()
  let size = 0
  const seen = new Set<string>()
  for (const h of hits) {
    if (h.origin !== 'names' || h.kind !== 'person' || h.confidence === 'low' || seen.has(h.entity.key)) continue
    const words = wordsOf(h.entity.full)
    if (words.length < 2) continue
    seen.add(h.entity.key)
    const parts: [string, 'first' | 'last'][] = [[words[0], 'first'], [words.at(-1)!, 'last']]
    for (const [w, part] of parts) {
      if (w.length < 3) continue
      const list = byFirstWord.get(w) ?? []
      const ambiguous = list.some((v) => v.entity.key !== h.entity.key)
      if (ambiguous) for (const v of list) v.entity.ambiguous = true
      list.push({ words: [w], entity: { ...h.entity, part, ...(ambiguous ? { ambiguous } : {}) }, confidence: 'medium', needsCapital: true })
      byFirstWord.set(w, list)
      size++
    }
  }
  return size ? { byFirstWord, size } : null
}
