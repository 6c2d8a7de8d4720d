import snowball from 'snowball-stemmers'
import { eng, ita } from 'stopword'
import { EsitiError } from '../../../shared/errors'
import type { SegmentFilter, WordFrequencyDto, WordLanguage, WordStopwords } from '../../../shared/ipc/coding'
import type { ProjectFile } from '../../db/project-file'
import { checkCancelled, type Ctx } from '../context'
import { loadSource } from '../transcripts/source-text'
import { codeTree, subtreeIds } from './code-tree'
import { foldString } from './fold'
import { fetchSegments, liveSources, resolveFilter } from './retrieval'

/*
 * Word frequencies over the transcripts, or over the parts of them a filter selects: sources, the
 * text of cases (their sources and case segments, also by attribute value) and the text coded with
 * codes. Words are runs of letters (an apostrophe splits "l'abbiamo" into "l" and "abbiamo", as
 * Italian elision wants); speaker labels and timestamps are not words of the interview and are left
 * out. Words are lower-cased and, by default, accent-folded ("perché" and "perche" are one word);
 * stop words come from the `stopword` package (its Italian and English lists, folded the same way),
 * stems from the Snowball stemmers (`snowball-stemmers`), see docs/decisions/0023.
 */

const MAX_TOP = 10_000
const WORD = /[\p{L}\p{M}]+/gu

export interface WordOptions {
  filter?: SegmentFilter
  /** Only text coded with these codes (and their sub-codes). */
  codeIds?: string[]
  /** Stop words to drop: 'auto' picks Italian or English by which list the text uses more. */
  stopwords?: WordStopwords
  /** Group words by their Snowball stem (in the stop-word language; Italian when none). */
  stem?: boolean
  /** Fold accents (default true). Case is always folded. */
  accentFold?: boolean
  /** Words shorter than this are left out (default 1). */
  minLength?: number
  /** Words the user left out. */
  exclude?: string[]
  /** How many words to return (default 100). */
  top?: number
}

type Range = [number, number]

const foldOf = (accentFold: boolean) => (w: string) => foldString(w, { caseFold: true, accentFold })

const stopSets = new Map<string, Set<string>>()
function stopSet(lang: WordLanguage, accentFold: boolean): Set<string> {
  const key = `${lang}${accentFold ? 1 : 0}`
  let set = stopSets.get(key)
  if (!set) {
    const fold = foldOf(accentFold)
    set = new Set((lang === 'it' ? ita : eng).map(fold))
    stopSets.set(key, set)
  }
  return set
}

/** Merges overlapping ranges (sorted by start). */
function union(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: Range[] = []
  for (const r of sorted) {
    const last = out.at(-1)
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else out.push([r[0], r[1]])
  }
  return out
}

function intersect(a: Range[], b: Range[]): Range[] {
  const out: Range[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i][0], b[j][0])
    const e = Math.min(a[i][1], b[j][1])
    if (s < e) out.push([s, e])
    if (a[i][1] < b[j][1]) i++
    else j++
  }
  return out
}

function subtract(a: Range[], cut: Range[]): Range[] {
  return cut.length ? intersect(a, complement(cut, a.at(-1)?.[1] ?? 0)) : a
}

function complement(ranges: Range[], length: number): Range[] {
  const out: Range[] = []
  let at = 0
  for (const [s, e] of union(ranges)) {
    if (s > at) out.push([at, s])
    at = Math.max(at, e)
  }
  if (at < length) out.push([at, length])
  return out
}

/** The ranges of each source whose words are counted. */
export function wordScope(project: ProjectFile, opts: Pick<WordOptions, 'filter' | 'codeIds'>): Map<string, Range[]> {
  const filter = resolveFilter(project, opts.filter)
  const live = liveSources(project)
  const scope = new Map<string, Range[]>()
  if (filter.caseIds && filter.caseIds.length === 0) return scope
  const cases = filter.caseIds ? new Set(filter.caseIds) : null
  const segments = new Map<string, Range[]>()
  if (cases) {
    const rows = project.sqlite
      .prepare('SELECT source_id, start, "end" FROM case_segments WHERE case_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...cases])) as { source_id: string; start: number; end: number }[]
    for (const r of rows) segments.set(r.source_id, [...(segments.get(r.source_id) ?? []), [r.start, r.end]])
  }
  for (const [id, src] of live) {
    if (filter.sourceIds && !filter.sourceIds.includes(id)) continue
    const length = loadSource(project, id).text.length
    if (!cases || (src.caseId && cases.has(src.caseId))) scope.set(id, [[0, length]])
    else if (segments.has(id)) scope.set(id, union(segments.get(id)!))
  }
  if (opts.codeIds?.length) {
    const { children } = codeTree(project)
    const codes = [...new Set(opts.codeIds.flatMap((c) => subtreeIds(children, c)))]
    const coded = new Map<string, Range[]>()
    for (const r of fetchSegments(project, codes, { ...filter, caseIds: null }))
      coded.set(r.source_id, [...(coded.get(r.source_id) ?? []), [r.start, r.end]])
    for (const [id, ranges] of scope) {
      const within = intersect(ranges, union(coded.get(id) ?? []))
      if (within.length) scope.set(id, within)
      else scope.delete(id)
    }
  }
  return scope
}

/** Speaker labels ("INT: ") and timestamps ("[00:03:40]") of a source: not words of the interview. */
function labelRanges(project: ProjectFile, sourceId: string): Range[] {
  const s = loadSource(project, sourceId).structure
  return union([
    ...s.turns.filter((t) => t.bodyStart > t.start).map((t): Range => [t.start, t.bodyStart]),
    ...s.timestamps.map((t): Range => [t.start, t.end])
  ])
}

/** Picks the stop-word language a text uses more of (Italian on a tie). */
export function guessLanguage(words: Iterable<string>): WordLanguage {
  const it = stopSet('it', true)
  const en = stopSet('en', true)
  let nIt = 0
  let nEn = 0
  let seen = 0
  for (const w of words) {
    const f = foldString(w, { caseFold: true, accentFold: true })
    if (it.has(f)) nIt++
    if (en.has(f)) nEn++
    if (++seen >= 50_000) break
  }
  return nEn > nIt ? 'en' : 'it'
}

interface Tally {
  count: number
  sources: Set<string>
  forms: Map<string, number>
}

/** Word frequencies over the selected text, most frequent first (ties alphabetically). */
export function wordFrequencies(ctx: Ctx, opts: WordOptions = {}): WordFrequencyDto {
  const top = opts.top ?? 100
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new EsitiError('INVALID_INPUT', 'coding.wordTopInvalid', { max: MAX_TOP, value: top })
  const accentFold = opts.accentFold !== false
  const fold = foldOf(accentFold)
  const scope = wordScope(ctx.project, opts)
  // Tokens of every selected range, read once.
  const tokens: { source: string; word: string }[] = []
  let i = 0
  for (const [sourceId, ranges] of scope) {
    if (i++ % 50 === 0) checkCancelled(ctx)
    const text = loadSource(ctx.project, sourceId).text
    for (const [s, e] of subtract(ranges, labelRanges(ctx.project, sourceId))) {
      const slice = text.slice(s, e)
      for (const m of slice.matchAll(WORD)) tokens.push({ source: sourceId, word: m[0] })
    }
  }
  const stopMode = opts.stopwords ?? 'auto'
  const language: WordLanguage = stopMode === 'it' || stopMode === 'en' ? stopMode : guessLanguage(tokens.map((t) => t.word))
  const stops = new Set<string>()
  if (stopMode === 'both') for (const l of ['it', 'en'] as const) for (const w of stopSet(l, accentFold)) stops.add(w)
  else if (stopMode !== 'none') for (const w of stopSet(language, accentFold)) stops.add(w)
  for (const w of opts.exclude ?? []) stops.add(fold(w))
  const stemmer = opts.stem ? snowball.newStemmer(language === 'en' ? 'english' : 'italian') : null
  const minLength = opts.minLength ?? 1
  const tallies = new Map<string, Tally>()
  let counted = 0
  for (const t of tokens) {
    const lower = t.word.toLowerCase()
    const folded = fold(t.word)
    if (folded.length < minLength || stops.has(folded)) continue
    counted++
    // Stems are taken from the lower-cased word with its accents (the Snowball rules read them), then folded.
    const key = stemmer ? fold(stemmer.stem(lower)) : folded
    let tally = tallies.get(key)
    if (!tally) tallies.set(key, (tally = { count: 0, sources: new Set(), forms: new Map() }))
    tally.count++
    tally.sources.add(t.source)
    tally.forms.set(lower, (tally.forms.get(lower) ?? 0) + 1)
  }
  const words = [...tallies.entries()].map(([key, t]) => {
    const forms = [...t.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'it'))
    return { key, word: forms[0][0], count: t.count, sources: t.sources.size, forms: forms.map((f) => f[0]) }
  })
  words.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'it'))
  return {
    words: words.slice(0, top),
    distinct: words.length,
    tokens: counted,
    sources: scope.size,
    language,
    stopwords: stopMode,
    stemmed: !!stemmer,
    accentFolded: accentFold
  }
}
