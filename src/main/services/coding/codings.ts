import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import type { CodingDto } from '../../../shared/ipc/coding'
import { nowIso } from '../../db/ids'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { normaliseText } from '../text/normalise'
import { loadSource } from '../transcripts/source-text'
import { ensureCoder } from './coders'
import { codeNotFound, createCode, removeMemosOf } from './codes'

/*
 * Offsets are UTF-16 code units of the stored source text (NFC, LF line ends), start inclusive,
 * end exclusive: JavaScript string indices. Every coding stores its quote, text.slice(start, end),
 * so anchors can be verified (verifyAnchors) and repaired by other tools.
 */

export interface NewCoding {
  id?: string
  sourceId: string
  codeId: string
  coderId: string
  start: number
  end: number
  comment?: string | null
  createdAt?: string
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/** Checks a range against a text and returns its quote. */
export function checkRange(text: string, start: number, end: number, sourceName: string): string {
  if (!Number.isInteger(start) || !Number.isInteger(end))
    throw new EsitiError('INVALID_INPUT', 'coding.offsetsNotWhole', { start, end })
  if (start < 0 || end > text.length || start >= end)
    throw new EsitiError('INVALID_INPUT', 'coding.offsetsOutside', { start, end, source: sourceName, length: text.length })
  if ((start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) ||
      (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))))
    throw new EsitiError('INVALID_INPUT', 'coding.offsetsSplitChar', { start, end, source: sourceName })
  const quote = text.slice(start, end)
  if (quote.trim() === '') throw new EsitiError('INVALID_INPUT', 'coding.selectionBlank')
  return quote
}

/**
 * Finds the k-th occurrence (1-based, default 1) of a quote in a text. The quote is normalised like
 * source texts are. A quote that does not occur is an error, never a guess.
 */
export function findQuote(
  text: string,
  rawQuote: string,
  occurrence = 1,
  sourceName = 'the source'
): { start: number; end: number; occurrences: number } {
  const quote = normaliseText(rawQuote)
  if (quote.trim() === '') throw new EsitiError('INVALID_INPUT', 'coding.quoteEmpty')
  if (!Number.isInteger(occurrence) || occurrence < 1) throw new EsitiError('INVALID_INPUT', 'coding.occurrenceInvalid', { value: occurrence })
  const starts: number[] = []
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i)
  const short = quote.length > 60 ? quote.slice(0, 57) + '…' : quote
  if (starts.length === 0) throw new EsitiError('NOT_FOUND', 'coding.quoteNotFound', { source: sourceName, quote: short })
  if (occurrence > starts.length)
    throw new EsitiError('NOT_FOUND', 'coding.quoteOccurrences', { quote: short, count: starts.length, source: sourceName, occurrence })
  const start = starts[occurrence - 1]
  return { start, end: start + quote.length, occurrences: starts.length }
}

function duplicateOf(project: ProjectFile, c: { sourceId: string; codeId: string; coderId: string; start: number; end: number }, except?: string): string | undefined {
  const r = project
    .stmt('SELECT id FROM codings WHERE source_id = ? AND start = ? AND "end" = ? AND code_id = ? AND coder_id = ? AND id IS NOT ?')
    .get(c.sourceId, c.start, c.end, c.codeId, c.coderId, except ?? null) as { id: string } | undefined
  return r?.id
}

/** Inserts one coding inside the caller's transaction (one indexed insert); also used by bulk imports. */
export function createCoding(w: Writer, input: NewCoding): CodingDto {
  const project = w.project
  const source = loadSource(project, input.sourceId)
  if (!project.stmt('SELECT 1 FROM codes WHERE id = ?').get(input.codeId)) throw codeNotFound(input.codeId)
  if (!project.stmt('SELECT 1 FROM coders WHERE id = ?').get(input.coderId))
    throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.coder'), name: input.coderId })
  const quote = checkRange(source.text, input.start, input.end, source.name)
  if (duplicateOf(project, input))
    throw new EsitiError('CONFLICT', 'coding.alreadyCoded', { source: source.name })
  const createdAt = input.createdAt ?? nowIso()
  const comment = input.comment?.trim() || null
  const id = w.insert('codings', {
    ...(input.id ? { id: input.id } : {}),
    source_id: input.sourceId,
    code_id: input.codeId,
    coder_id: input.coderId,
    start: input.start,
    end: input.end,
    quote,
    comment,
    created_at: createdAt
  })
  return { id, sourceId: input.sourceId, codeId: input.codeId, coderId: input.coderId, start: input.start, end: input.end, text: quote, comment, createdAt }
}

export interface ApplyCodeInput {
  sourceId: string
  codeId: string
  /** Coder name; the acting user when absent. */
  coder?: string
  start?: number
  end?: number
  quote?: string
  occurrence?: number
  comment?: string | null
}

const clip = (s: string): string => (s.length > 40 ? s.slice(0, 37) + '…' : s).replace(/\s+/g, ' ')

/** Codes a passage given by offsets or by quote (+ occurrence): one undoable operation. */
export function applyCode(ctx: Ctx, input: ApplyCodeInput): CodingDto & { occurrences?: number } {
  const source = loadSource(ctx.project, input.sourceId)
  let start = input.start
  let end = input.end
  let occurrences: number | undefined
  if (input.quote !== undefined) {
    if (start !== undefined || end !== undefined) throw new EsitiError('INVALID_INPUT', 'coding.offsetsOrQuote')
    const found = findQuote(source.text, input.quote, input.occurrence ?? 1, source.name)
    ;({ start, end, occurrences } = found)
  } else if (start === undefined || end === undefined) throw new EsitiError('INVALID_INPUT', 'coding.needOffsets')
  const code = ctx.project.stmt('SELECT name FROM codes WHERE id = ?').get(input.codeId) as { name: string } | undefined
  if (!code) throw codeNotFound(input.codeId)
  const quote = checkRange(source.text, start, end, source.name)
  const result = mutate(ctx.project, { actor: ctx.actor, kind: 'coding.add', summary: msg('coding.op.code', { quote: clip(quote), code: code.name }) }, (w) =>
    createCoding(w, {
      sourceId: input.sourceId,
      codeId: input.codeId,
      coderId: ensureCoder(w, input.coder ?? ctx.actor),
      start: start!,
      end: end!,
      comment: input.comment
    })
  )
  return occurrences === undefined ? result : { ...result, occurrences }
}

export function getCoding(ctx: Ctx, id: string): CodingDto {
  const r = ctx.project
    .stmt('SELECT id, source_id, code_id, coder_id, start, "end", quote, comment, created_at FROM codings WHERE id = ?')
    .get(id) as
    | { id: string; source_id: string; code_id: string; coder_id: string; start: number; end: number; quote: string; comment: string | null; created_at: string }
    | undefined
  if (!r) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('coding.entity.coding'), name: id })
  return { id: r.id, sourceId: r.source_id, codeId: r.code_id, coderId: r.coder_id, start: r.start, end: r.end, text: r.quote, comment: r.comment, createdAt: r.created_at }
}

/** Moves the boundaries of a coding; the stored quote follows. */
export function resizeCoding(ctx: Ctx, id: string, start: number, end: number): CodingDto {
  const c = getCoding(ctx, id)
  const source = loadSource(ctx.project, c.sourceId)
  const quote = checkRange(source.text, start, end, source.name)
  if (duplicateOf(ctx.project, { ...c, start, end }, id))
    throw new EsitiError('CONFLICT', 'coding.identicalCoding')
  mutate(ctx.project, { actor: ctx.actor, kind: 'coding.resize', summary: msg('coding.op.resize', { quote: clip(quote) }) }, (w) =>
    w.update('codings', id, { start, end, quote })
  )
  return getCoding(ctx, id)
}

export function commentCoding(ctx: Ctx, id: string, comment: string | null): CodingDto {
  const c = getCoding(ctx, id)
  const value = comment?.trim() || null
  mutate(ctx.project, { actor: ctx.actor, kind: 'coding.comment', summary: msg('coding.op.comment', { quote: clip(c.text) }) }, (w) =>
    w.update('codings', id, { comment: value })
  )
  return getCoding(ctx, id)
}

/** Gives a coding another code (same passage, coder and comment). */
export function recodeCoding(ctx: Ctx, id: string, codeId: string): CodingDto {
  const c = getCoding(ctx, id)
  const code = ctx.project.stmt('SELECT name FROM codes WHERE id = ?').get(codeId) as { name: string } | undefined
  if (!code) throw codeNotFound(codeId)
  if (duplicateOf(ctx.project, { ...c, codeId }, id))
    throw new EsitiError('CONFLICT', 'coding.alreadyCodedWith', { code: code.name })
  mutate(ctx.project, { actor: ctx.actor, kind: 'coding.recode', summary: msg('coding.op.recode', { quote: clip(c.text), code: code.name }) }, (w) =>
    w.update('codings', id, { code_id: codeId })
  )
  return getCoding(ctx, id)
}

/** Removes codings (and memos on them) as one undoable operation. */
export function removeCodings(ctx: Ctx, ids: string[]): number {
  if (ids.length === 0) return 0
  for (const id of ids) getCoding(ctx, id)
  const summary = ids.length === 1 ? msg('coding.op.uncode', { quote: clip(getCoding(ctx, ids[0]).text) }) : msg('coding.op.uncodeMany', { count: ids.length })
  mutate(ctx.project, { actor: ctx.actor, kind: 'coding.remove', summary }, (w) => {
    removeMemosOf(w, 'coding', ids)
    for (const id of [...new Set(ids)]) w.remove('codings', id)
  })
  return new Set(ids).size
}

/** Codes most recently applied by a coder, newest first (for the quick-code palette). */
export function recentCodeIds(ctx: Ctx, coderName: string, limit = 10): string[] {
  const rows = ctx.project
    .stmt(
      `SELECT c.code_id, MAX(c.created_at) at FROM codings c JOIN coders k ON k.id = c.coder_id
       WHERE k.name = ? GROUP BY c.code_id ORDER BY at DESC LIMIT ?`
    )
    .all(coderName, limit) as { code_id: string }[]
  return rows.map((r) => r.code_id)
}

/** The name an in-vivo code takes from its quote: one line, no surrounding punctuation, at most 60 characters at a word end. */
export function inVivoName(quote: string): string {
  let name = quote
    .replace(/\s+/g, ' ')
    .replace(/ > /g, ' ')
    .trim()
    .replace(/^[\s"'«»“”‘’(\[.,;:!?…-]+|[\s"'«»“”‘’)\].,;:!?…-]+$/gu, '')
  if (name.length > 60) {
    const cut = name.lastIndexOf(' ', 59)
    name = (cut > 20 ? name.slice(0, cut) : name.slice(0, 59)) + '…'
  }
  if (!/[\p{L}\p{N}]/u.test(name)) throw new EsitiError('INVALID_INPUT', 'coding.inVivoEmpty')
  return name
}

/**
 * In-vivo coding: the selected words become a code (under `parentId`, or at the top level) and the
 * passage is coded with it, as one undoable operation. A code of that name already there is reused.
 */
export function inVivoCode(
  ctx: Ctx,
  input: { sourceId: string; start: number; end: number; parentId?: string | null; coder?: string }
): { codeId: string; created: boolean; coding: CodingDto } {
  const source = loadSource(ctx.project, input.sourceId)
  const quote = checkRange(source.text, input.start, input.end, source.name)
  const name = inVivoName(quote)
  const parentId = input.parentId ?? null
  const existing = ctx.project
    .stmt('SELECT id FROM codes WHERE parent_id IS ? AND name = ?')
    .get(parentId, name) as { id: string } | undefined
  return mutate(ctx.project, { actor: ctx.actor, kind: 'coding.inVivo', summary: msg('coding.op.inVivo', { quote: clip(quote) }) }, (w) => {
    const codeId = existing?.id ?? createCode(w, { name, parentId, createdBy: ctx.actor })
    const coding = createCoding(w, {
      sourceId: input.sourceId,
      codeId,
      coderId: ensureCoder(w, input.coder ?? ctx.actor),
      start: input.start,
      end: input.end
    })
    return { codeId, created: !existing, coding }
  })
}
