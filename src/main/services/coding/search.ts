import { EsitiError } from '../../../shared/errors'
import type { SearchHitDto, SearchOptions, SearchResultDto } from '../../../shared/ipc/coding'
import { checkCancelled, type Ctx } from '../context'
import { loadSource } from '../transcripts/source-text'
import { foldedSource, foldString, originalRange, type FoldOptions } from './fold'

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
  if (query.trim() === '') throw new EsitiError('INVALID_INPUT', 'Type something to search for.')
  if (query.length > 1000) throw new EsitiError('INVALID_INPUT', 'The search text is too long (1000 characters at most).')
  const fold: FoldOptions = { caseFold: !opts.caseSensitive, accentFold: !opts.accentSensitive }
  const folding = fold.caseFold || fold.accentFold
  let source = opts.regex
    ? foldString(query.normalize('NFC'), { caseFold: false, accentFold: fold.accentFold })
    : escapeRegex(foldString(query.normalize('NFC'), fold))
  if (opts.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`
  try {
    return { re: new RegExp(source, opts.caseSensitive ? 'gu' : 'giu'), fold: folding ? fold : null }
  } catch (e) {
    throw new EsitiError('INVALID_INPUT', `Invalid regular expression: ${(e as Error).message}`)
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

/** Every hit of a search across the transcripts, in original offsets. */
export function findHits(ctx: Ctx, opts: SearchOptions, onSource?: (count: number) => void): { hits: RawHit[]; searched: number } {
  const { re, fold } = buildPattern(opts)
  const sources = targetSources(ctx, opts)
  const hits: RawHit[] = []
  sources.forEach((s, i) => {
    if (i % 20 === 0) {
      checkCancelled(ctx)
      ctx.progress.report('search', i, sources.length)
    }
    const text = loadSource(ctx.project, s.id).text
    const folded = fold ? foldedSource(ctx.project, s.id, text, fold) : null
    const hay = folded ? folded.text : text
    re.lastIndex = 0
    for (let m = re.exec(hay); m; m = re.exec(hay)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      const [start, end] = folded ? originalRange(text, folded, m.index, m.index + m[0].length) : [m.index, m.index + m[0].length]
      hits.push({ sourceId: s.id, sourceName: s.name, start, end })
    }
    onSource?.(hits.length)
  })
  ctx.progress.report('search:done', sources.length, sources.length)
  return { hits, searched: sources.length }
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ')

/** Text search with keyword-in-context lines (accent- and case-insensitive unless asked otherwise). */
export function searchText(ctx: Ctx, opts: SearchOptions & { limit?: number; width?: number }): SearchResultDto {
  const { hits, searched } = findHits(ctx, opts)
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
