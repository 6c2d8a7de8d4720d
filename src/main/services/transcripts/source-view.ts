import { EsitiError } from '../../../shared/errors'
import type { CodingsDeltaDto, DeltaCodingDto, ParagraphPageDto, SourceViewDto } from '../../../shared/ipc/coding'
import type { Change } from '../../db/op-log'
import type { Ctx } from '../context'
import { codeTree } from '../coding/code-tree'
import { getSource } from './source-service'
import { loadSource } from './source-text'

/**
 * Everything the reader needs to show one source: text (or nothing, when the UI pages paragraphs),
 * structure and every coding with its code colour, path and coder, sorted by position. One query
 * for the codings, one for the codebook.
 */
export function sourceView(ctx: Ctx, sourceId: string, opts: { coderIds?: string[]; includeText?: boolean } = {}): SourceViewDto {
  const src = loadSource(ctx.project, sourceId)
  const coderFilter = opts.coderIds?.length ? opts.coderIds : null
  const { codings, coders } = viewCodings(
    ctx,
    `c.source_id = ? AND (? IS NULL OR c.coder_id IN (SELECT value FROM json_each(?)))`,
    [sourceId, coderFilter ? 1 : null, JSON.stringify(coderFilter ?? [])]
  )
  return {
    source: getSource(ctx, sourceId),
    text: opts.includeText === false ? null : src.text,
    structure: src.structure,
    codings: codings.map(({ sourceId: _s, ...c }) => c),
    coders
  }
}

/**
 * What an undo or redo did to codings, for the reader to repaint before its reload: the ids now gone,
 * and the codings now present (restored or changed) as the reader draws them. Null when nothing of
 * codings was touched, or when so much was that the reload alone should carry it.
 */
export function codingsDelta(ctx: Ctx, changes: readonly Change[], limit = 2000): CodingsDeltaDto | null {
  const ids = [...new Set(changes.filter((c) => c.t === 'codings').map((c) => c.id))]
  if (ids.length === 0 || ids.length > limit) return null
  const { codings } = viewCodings(ctx, 'c.id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)])
  const present = new Set(codings.map((c) => c.id))
  return { removed: ids.filter((id) => !present.has(id)), upserted: codings }
}

/** Codings as the reader draws them (code colour and path, coder, memo count), by position. */
function viewCodings(ctx: Ctx, where: string, params: unknown[]): { codings: DeltaCodingDto[]; coders: SourceViewDto['coders'] } {
  const db = ctx.project.sqlite
  const { byId } = codeTree(ctx.project)
  const rows = db
    .prepare(
      `SELECT c.id, c.source_id, c.code_id, c.coder_id, c.start, c."end", c.comment,
        (SELECT COUNT(*) FROM memos m WHERE m.target_kind = 'coding' AND m.target_id = c.id) AS memos
       FROM codings c WHERE ${where}
       ORDER BY c.start, c."end"`
    )
    .raw()
    .all(...params) as [string, string, string, string, number, number, string | null, number][]
  const coders = db.prepare('SELECT id, name, color FROM coders ORDER BY name').all() as SourceViewDto['coders']
  const coderNames = new Map(coders.map((c) => [c.id, c.name]))
  const codings = rows.map(([id, sourceId, codeId, coderId, start, end, comment, memos]) => {
    const code = byId.get(codeId)
    return {
      id,
      sourceId,
      codeId,
      codeName: code?.name ?? '',
      codePath: code?.path ?? '',
      color: code?.color ?? '#888888',
      coderId,
      coderName: coderNames.get(coderId) ?? '',
      start,
      end,
      comment,
      memos
    }
  })
  return { codings, coders }
}

/** A window of paragraphs with their offsets and text, for a virtualised reader. */
export function sourceParagraphs(ctx: Ctx, sourceId: string, from: number, count: number): ParagraphPageDto {
  if (!Number.isInteger(from) || from < 0 || !Number.isInteger(count) || count < 1)
    throw new EsitiError('INVALID_INPUT', 'transcripts.paragraphWindow')
  const src = loadSource(ctx.project, sourceId)
  const ps = src.structure.paragraphs
  return {
    total: ps.length,
    paragraphs: ps.slice(from, from + count).map(([start, end], i) => ({ index: from + i, start, end, text: src.text.slice(start, end) }))
  }
}
