import { EsitiError } from '../../../shared/errors'
import type { SearchHitDto, SearchOptions, SearchResultDto } from '../../../shared/ipc/coding'
import { checkCancelled, type Ctx } from '../context'
import { LIMITS } from '../io/limits'
import { loadSource } from '../transcripts/source-text'
import { foldedSource, foldString, originalRange, type FoldOptions } from './fold'
import { findMatches } from './regex-runner'
import { regexProblem } from './regex-error'

export interface RawHit {
  sourceId: string
  sourceName: string
  start: number
  end: number
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** The pattern run over the folded texts; literal queries are folded the same way as the texts. */
export function buildPattern(opts: SearchOptions): { re: RegExp; fold: FoldOptions | null } {
  const query = opts.query ?? ''
  if (query.trim() === '') throw new EsitiError('INVALID_INPUT', 'coding.searchEmpty')
  if (query.length > 1000) throw new EsitiError('INVALID_INPUT', 'coding.searchTooLong', { max: 1000 })
  const fold: FoldOptions = { caseFold: !opts.caseSensitive, accentFold: !opts.accentSensitive }
  const folding = fold.caseFold || fold.accentFold
  let source = opts.regex
    ? foldString(query.normalize('NFC'), { caseFold: false, accentFold: fold.accentFold })
    : escapeRegex(foldString(query.normalize('NFC'), fold))
  if (opts.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`
  try {
    return { re: new RegExp(source, opts.caseSensitive ? 'gu' : 'giu'), fold: folding ? fold : null }
  } catch (e) {
    throw new EsitiError('INVALID_INPUT', 'coding.badRegex', { detail: regexProblem((e as Error).message) })
  }
}

function targetSources(ctx: Ctx, opts: SearchOptions): { id: string; name: string }[] {
  const rows = ctx.project.sqlite
    .prepare(
      `SELECT s.id, s.name FROM sources s WHERE s.deleted_at IS NULL
       AND (? IS NULL OR s.id IN (SELECT value FROM json_each(?)))
       AND (? IS NULL OR s.case_id IN (SELECT value FROM json_each(?))
            OR EXISTS (SELECT 1 FROM case_segments cs WHERE cs.source_id = s.id AND cs.case_id IN (SELECT value FROM json_each(?))))
       ORDER BY s.name`
    )
    .all(
      ...(opts.sourceIds?.length ? [1, JSON.stringify(opts.sourceIds)] : [null, '[]']),
      ...(opts.caseIds?.length ? [1, JSON.stringify(opts.caseIds), JSON.stringify(opts.caseIds)] : [null, '[]', '[]'])
    ) as { id: string; name: string }[]
  return rows
}

/** Characters of text sent to the search worker at once: bounds the copy held on both sides. */
const BATCH_CHARS = 16 * 1024 * 1024

/**
 * Every hit of a search across the transcripts, in original offsets. The pattern runs in a worker
 * with a deadline (see regex-runner): a catastrophic regular expression is stopped, not waited for,
 * and a cancel from the window stops it at once.
 */
export async function findHits(ctx: Ctx, opts: SearchOptions): Promise<{ hits: RawHit[]; searched: number }> {
  const { re, fold } = buildPattern(opts)
  const sources = targetSources(ctx, opts)
  const hits: RawHit[] = []
  const deadline = Date.now() + LIMITS.searchSeconds.value * 1000
  let i = 0
  while (i < sources.length) {
    checkCancelled(ctx)
    ctx.progress.report('search', i, sources.length)
    const batch: { source: { id: string; name: string }; text: string; folded: ReturnType<typeof foldedSource> | null }[] = []
    let chars = 0
    for (; i < sources.length && (batch.length === 0 || chars < BATCH_CHARS); i++) {
      const s = sources[i]
      const text = loadSource(ctx.project, s.id).text
      const folded = fold ? foldedSource(ctx.project, s.id, text, fold) : null
      batch.push({ source: s, text, folded })
      chars += text.length
    }
    const found = await findMatches(re.source, re.flags, batch.map((b) => (b.folded ? b.folded.text : b.text)), {
      signal: ctx.progress.signal,
      timeoutMs: Math.max(1, deadline - Date.now()),
      maxMatches: LIMITS.searchMatches.value - hits.length,
      query: opts.query ?? ''
    })
    batch.forEach((b, k) => {
      const m = found[k]
      for (let j = 0; j < m.length; j += 2) {
        const [start, end] = b.folded ? originalRange(b.text, b.folded, m[j], m[j + 1]) : [m[j], m[j + 1]]
        hits.push({ sourceId: b.source.id, sourceName: b.source.name, start, end })
      }
    })
  }
  ctx.progress.report('search:done', sources.length, sources.length)
  return { hits, searched: sources.length }
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ')

/** Text search with keyword-in-context lines (accent- and case-insensitive unless asked otherwise). */
export async function searchText(ctx: Ctx, opts: SearchOptions & { limit?: number; width?: number }): Promise<SearchResultDto> {
  const { hits, searched } = await findHits(ctx, opts)
  const limit = opts.limit ?? 1000
  const width = opts.width ?? 60
  const shown: SearchHitDto[] = hits.slice(0, limit).map((h) => {
    const text = loadSource(ctx.project, h.sourceId).text
    return {
      ...h,
      text: text.slice(h.start, h.end),
      left: oneLine(text.slice(Math.max(0, h.start - width), h.start)),
      right: oneLine(text.slice(h.end, h.end + width))
    }
  })
  return {
    total: hits.length,
    truncated: hits.length > limit,
    sourcesSearched: searched,
    sourcesWithHits: new Set(hits.map((h) => h.sourceId)).size,
    hits: shown
  }
}
