import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import type { CodeHitsResultDto, ExpandMode, SearchOptions } from '../../../shared/ipc/coding'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { loadSource } from '../transcripts/source-text'
import { ensureCoder } from './coders'
import { createCoding } from './codings'
import { findHits } from './search'
import { paragraphBounds, sentenceBounds, turnBounds } from './segment-context'

const MAX_AUTOCODE = 20_000

/**
 * Codes every hit of a search, expanded to its sentence, paragraph or speaker turn, as one undoable
 * operation. Identical ranges are coded once, and passages already coded with the code by the same
 * coder are skipped.
 */
export async function codeSearchHits(
  ctx: Ctx,
  opts: { search: SearchOptions; codeId: string; expand: ExpandMode; coder?: string }
): Promise<CodeHitsResultDto> {
  const code = ctx.project.sqlite.prepare('SELECT name FROM codes WHERE id = ?').get(opts.codeId) as { name: string } | undefined
  if (!code) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.code'), name: opts.codeId })
  const { hits } = await findHits(ctx, opts.search)
  if (hits.length > MAX_AUTOCODE)
    throw new EsitiError('TOO_LARGE', 'coding.tooManyHits', { hits: hits.length, max: MAX_AUTOCODE })
  const ranges = new Map<string, { sourceId: string; start: number; end: number }>()
  for (const h of hits) {
    const src = loadSource(ctx.project, h.sourceId)
    let [start, end] = [h.start, h.end]
    if (opts.expand === 'sentence') [start, end] = sentenceBounds(src.text, src.structure, h.start, h.end)
    else if (opts.expand === 'paragraph') [start, end] = paragraphBounds(src.text, src.structure, h.start, h.end)
    else if (opts.expand === 'turn') [start, end] = turnBounds(src.text, src.structure, h.start, h.end)
    ranges.set(`${h.sourceId}:${start}:${end}`, { sourceId: h.sourceId, start, end })
  }
  const coderName = opts.coder ?? ctx.actor
  let skipped = hits.length - ranges.size
  const codingIds: string[] = []
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'coding.autocode', summary: msg('coding.op.autocode', { count: ranges.size, query: opts.search.query, code: code.name }) },
    (w) => {
      if (ranges.size === 0) return
      const coderId = ensureCoder(w, coderName)
      const exists = w.project.sqlite.prepare(
        'SELECT 1 FROM codings WHERE source_id = ? AND start = ? AND "end" = ? AND code_id = ? AND coder_id = ?'
      )
      for (const r of ranges.values()) {
        if (exists.get(r.sourceId, r.start, r.end, opts.codeId, coderId)) {
          skipped++
          continue
        }
        codingIds.push(createCoding(w, { sourceId: r.sourceId, codeId: opts.codeId, coderId, start: r.start, end: r.end }).id)
      }
    }
  )
  return { hits: hits.length, created: codingIds.length, skipped, codingIds }
}
