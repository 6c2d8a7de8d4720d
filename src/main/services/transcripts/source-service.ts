import fs from 'node:fs'
import path from 'node:path'
import { EsitiError, toErrorInfo } from '../../../shared/errors'
import { msg, type Msg } from '../../../shared/messages'
import type { ImportFileResultDto, ImportResultDto, SourceDto } from '../../../shared/ipc/coding'
import { nowIso } from '../../db/ids'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import { checkCancelled, type Ctx } from '../context'
import { normaliseText, textHash } from '../text/normalise'
import { ensureCase, findCaseId } from '../coding/cases'
import { removeMemosOf } from '../coding/codes'
import { extractDocument } from './extract'
import { LIMITS, checkLimit } from '../io/limits'
import { checkTextLength } from '../io/text'
import { readingAs } from '../../files/wrong-kind'
import type { SourceFormat } from './extracted'
import { buildStructure, type Block, type Cue, type SourceStructure } from './structure'

export interface NewSource {
  id?: string
  name: string
  /** Any text: it is normalised (NFC, LF) here, unless blocks are given (then it must already be). */
  text: string
  blocks?: Block[]
  /** Subtitle cues with their media times. */
  cues?: Cue[]
  encoding?: string | null
  format?: SourceFormat | null
  caseId?: string | null
  originalName?: string | null
  originalData?: Uint8Array | null
  importedAt?: string
  importedBy?: string | null
}

export interface CreatedSource {
  id: string
  name: string
  chars: number
  text: string
  structure: SourceStructure & { words: number }
}

export const sourceNotFound = (id: string): EsitiError => new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.source'), name: id })

export const countWords = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu)?.length ?? 0

export function sourceNameTaken(project: ProjectFile, name: string): boolean {
  return !!project.sqlite.prepare('SELECT 1 FROM sources WHERE name = ? AND deleted_at IS NULL').get(name)
}

/** "Name", or "Name (2)", "Name (3)"… when a live source already has that name. */
export function uniqueSourceName(project: ProjectFile, base: string): string {
  const clean = base.replace(/\s+/g, ' ').trim() || 'Senza titolo'
  if (!sourceNameTaken(project, clean)) return clean
  for (let i = 2; ; i++) if (!sourceNameTaken(project, `${clean} (${i})`)) return `${clean} (${i})`
}

/**
 * Inserts a text source inside the caller's transaction (importers of whole projects call it many
 * times in one transaction). The text is normalised once here and never changes afterwards.
 */
export function createSourceFromText(w: Writer, input: NewSource): CreatedSource {
  const name = input.name.replace(/\s+/g, ' ').trim()
  if (!name) throw new EsitiError('INVALID_INPUT', 'transcripts.sourceNameMissing')
  if (name.length > 255) throw new EsitiError('INVALID_INPUT', 'transcripts.sourceNameTooLong', { max: 255 })
  if (sourceNameTaken(w.project, name)) throw new EsitiError('CONFLICT', 'transcripts.sourceExists', { name })
  // Every way a source is created (transcripts, REFI-QDA, merges) meets the characters limit here.
  checkTextLength(input.text, { file: input.originalName ?? name })
  const text = input.blocks ? input.text : normaliseText(input.text)
  if (input.blocks && normaliseText(text) !== text) throw new EsitiError('INTERNAL', 'transcripts.notNormalised', { name })
  if (text.trim() === '') throw new EsitiError('INVALID_INPUT', 'transcripts.noText', { name })
  if (input.caseId && !w.project.sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId))
    throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.case'), name: input.caseId })
  const structure = { ...buildStructure(text, input.blocks), ...(input.cues?.length ? { cues: input.cues } : {}), words: countWords(text) }
  const id = w.insert('sources', {
    ...(input.id ? { id: input.id } : {}),
    name,
    kind: 'text',
    text,
    text_hash: textHash(text),
    chars: text.length,
    encoding: input.encoding ?? null,
    structure: JSON.stringify(structure),
    case_id: input.caseId ?? null,
    original_name: input.originalName ?? null,
    original_type: input.format ?? null,
    original_data: input.originalData ? Buffer.from(input.originalData) : null,
    imported_at: input.importedAt ?? nowIso(),
    imported_by: input.importedBy ?? null
  })
  return { id, name, chars: text.length, text, structure }
}

export interface ImportOptions {
  caseId?: string | null
  /** Case by name, created when missing. */
  caseName?: string
  /** Source name instead of the file name without extension (single-file imports). */
  name?: string
  /**
   * Link each speaker to a case (found by name or created) through case segments over the speaker's
   * turns. Default: for subtitle files (.srt, .vtt), whose speakers are the people recorded.
   */
  speakerCases?: boolean
  /** Case names for speaker labels ("S01" → "Maria Rossi"); unmapped speakers keep their label. */
  speakerNames?: Record<string, string>
}

export interface SpeakerCase {
  speaker: string
  caseId: string
  caseName: string
  created: boolean
}

export interface ImportedSource {
  id: string
  name: string
  chars: number
  encoding: string | null
  format: SourceFormat
  warnings: Msg[]
  /** Speakers of the transcript's turns, in order of first appearance. */
  speakers: string[]
  /** How speakers were linked to cases (empty when they were not). */
  speakerCases: SpeakerCase[]
}

/** Reads, checks and stores one transcript given as bytes: one transaction, all or nothing. */
export async function importTranscriptBytes(
  ctx: Ctx,
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {},
  mutateOpts: { log?: boolean } = {}
): Promise<ImportedSource> {
  const extracted = await readingAs({ bytes, name: fileName }, 'transcript', () => extractDocument(bytes, fileName))
  const warnings = [...(extracted.warnings ?? [])]
  const text = extracted.blocks ? extracted.text : normaliseText(extracted.text)
  const dup = ctx.project.sqlite
    .prepare('SELECT name FROM sources WHERE text_hash = ? AND deleted_at IS NULL')
    .get(textHash(text)) as { name: string } | undefined
  if (dup) throw new EsitiError('CONFLICT', 'transcripts.sameText', { file: fileName, source: dup.name })
  const base = opts.name ?? path.basename(fileName, path.extname(fileName))
  const name = uniqueSourceName(ctx.project, base)
  if (name !== base.replace(/\s+/g, ' ').trim()) warnings.push(msg('transcripts.renamed', { name: base, as: name }))
  const linkSpeakers = opts.speakerCases ?? (extracted.format === 'srt' || extracted.format === 'vtt')
  const created = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'transcripts.import', summary: msg('transcripts.op.import', { name }) },
    (w) => {
      const caseId = opts.caseName ? ensureCase(w, opts.caseName) : (opts.caseId ?? null)
      const source = createSourceFromText(w, {
        name,
        text,
        blocks: extracted.blocks,
        cues: extracted.cues,
        encoding: extracted.encoding,
        format: extracted.format,
        caseId,
        originalName: path.basename(fileName),
        originalData: bytes,
        importedBy: ctx.actor
      })
      return { source, speakerCases: linkSpeakers ? linkSpeakersToCases(w, source, opts.speakerNames ?? {}) : [] }
    },
    mutateOpts
  )
  const speakers = speakersOf(created.source.structure)
  // Say what was decided for each speaker: a new case, or an existing one joined.
  for (const c of created.speakerCases)
    warnings.push(msg(c.created ? 'transcripts.speakerCaseCreated' : 'transcripts.speakerCaseFound', { speaker: c.speaker, case: c.caseName }))
  return {
    id: created.source.id,
    name: created.source.name,
    chars: created.source.chars,
    encoding: extracted.encoding,
    format: extracted.format,
    warnings,
    speakers,
    speakerCases: created.speakerCases
  }
}

const speakersOf = (structure: SourceStructure): string[] => [...new Set(structure.turns.map((t) => t.speaker))]

/**
 * Every speaker of a new source becomes (or joins) a case: a case segment over each of the speaker's
 * turns, so the speaker's words count for that case in retrieval, matrices and words.
 */
function linkSpeakersToCases(w: Writer, source: CreatedSource, names: Record<string, string>): SpeakerCase[] {
  const out: SpeakerCase[] = []
  for (const speaker of speakersOf(source.structure)) {
    const caseName = (names[speaker] ?? speaker).replace(/\s+/g, ' ').trim()
    const existing = findCaseId(w.project, caseName)
    const caseId = existing ?? ensureCase(w, caseName)
    for (const t of source.structure.turns)
      if (t.speaker === speaker && t.end > t.start) w.insert('case_segments', { case_id: caseId, source_id: source.id, start: t.start, end: t.end })
    out.push({ speaker, caseId, caseName, created: !existing })
  }
  return out
}

function readFileChecked(file: string): Buffer {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    throw new EsitiError('NOT_FOUND', 'transcripts.fileNotFound', { file })
  }
  if (stat.isDirectory()) throw new EsitiError('INVALID_INPUT', 'transcripts.isFolder', { file })
  checkLimit(file, LIMITS.documentBytes, stat.size)
  return fs.readFileSync(file)
}

/**
 * Imports several files, each in its own transaction: good files land, a failed one adds nothing,
 * and every file's outcome is reported.
 */
export async function importTranscriptFiles(ctx: Ctx, files: string[], opts: ImportOptions = {}): Promise<ImportResultDto> {
  const results: ImportFileResultDto[] = []
  for (let i = 0; i < files.length; i++) {
    checkCancelled(ctx)
    ctx.progress.report('transcripts:import', i, files.length)
    const file = files[i]
    try {
      const bytes = readFileChecked(file)
      const s = await importTranscriptBytes(ctx, bytes, path.basename(file), { ...opts, name: files.length === 1 ? opts.name : undefined })
      results.push({
        file,
        ok: true,
        source: { id: s.id, name: s.name, chars: s.chars, encoding: s.encoding, format: s.format, speakers: s.speakers, speakerCases: s.speakerCases },
        ...(s.warnings.length ? { warnings: s.warnings } : {})
      })
    } catch (e) {
      const info = toErrorInfo(e)
      if (info.code === 'CANCELLED') throw e
      results.push({ file, ok: false, error: info })
    }
  }
  ctx.progress.report('transcripts:done', files.length, files.length)
  const imported = results.filter((r) => r.ok).length
  return { imported, failed: results.length - imported, results }
}

interface SourceRow {
  id: string
  name: string
  chars: number
  words: number | null
  encoding: string | null
  original_type: string | null
  original_name: string | null
  case_id: string | null
  case_name: string | null
  codings: number
  memos: number
  imported_at: string
  imported_by: string | null
  media_id: string | null
  media_name: string | null
  media_mime: string | null
  media_size: number | null
}

const SOURCE_SELECT = `
  SELECT s.id, s.name, s.chars, json_extract(s.structure, '$.words') AS words, s.encoding, s.original_type,
    s.original_name, s.case_id, c.name AS case_name, s.imported_at, s.imported_by,
    m.id AS media_id, m.name AS media_name, m.mime AS media_mime, m.size AS media_size,
    (SELECT COUNT(*) FROM codings k WHERE k.source_id = s.id) AS codings,
    (SELECT COUNT(*) FROM memos m WHERE m.target_kind = 'source' AND m.target_id = s.id) AS memos
  FROM sources s LEFT JOIN cases c ON c.id = s.case_id
  LEFT JOIN media m ON m.id = (SELECT id FROM media WHERE source_id = s.id AND deleted_at IS NULL ORDER BY added_at DESC LIMIT 1)
  WHERE s.deleted_at IS NULL`

const toDto = (r: SourceRow): SourceDto => ({
  id: r.id,
  name: r.name,
  chars: r.chars,
  words: r.words ?? 0,
  encoding: r.encoding,
  format: r.original_type,
  originalName: r.original_name,
  caseId: r.case_id,
  caseName: r.case_name,
  codings: r.codings,
  memos: r.memos,
  importedAt: r.imported_at,
  importedBy: r.imported_by,
  media: r.media_id ? { id: r.media_id, name: r.media_name!, mime: r.media_mime!, size: r.media_size! } : null
})

export function listSources(ctx: Ctx): SourceDto[] {
  return (ctx.project.sqlite.prepare(`${SOURCE_SELECT} ORDER BY s.name`).all() as SourceRow[]).map(toDto)
}

export function getSource(ctx: Ctx, id: string): SourceDto {
  const r = ctx.project.sqlite.prepare(`${SOURCE_SELECT} AND s.id = ?`).get(id) as SourceRow | undefined
  if (!r) throw sourceNotFound(id)
  return toDto(r)
}

export function renameSource(ctx: Ctx, id: string, name: string): SourceDto {
  const current = getSource(ctx, id)
  const clean = name.replace(/\s+/g, ' ').trim()
  if (!clean) throw new EsitiError('INVALID_INPUT', 'transcripts.sourceNameMissing')
  if (clean !== current.name && sourceNameTaken(ctx.project, clean)) throw new EsitiError('CONFLICT', 'transcripts.sourceExists', { name: clean })
  mutate(ctx.project, { actor: ctx.actor, kind: 'sources.rename', summary: msg('transcripts.op.rename', { from: current.name, to: clean }) }, (w) =>
    w.update('sources', id, { name: clean })
  )
  return getSource(ctx, id)
}

/** Removes a source from the project (undoable: the row is only marked deleted, with its codings kept). */
export function deleteSource(ctx: Ctx, id: string): void {
  const current = getSource(ctx, id)
  mutate(ctx.project, { actor: ctx.actor, kind: 'sources.delete', summary: msg('transcripts.op.delete', { name: current.name }) }, (w) => {
    removeMemosOf(w, 'source', [id])
    w.remove('sources', id)
  })
}

/** The original file as imported (for "open original"). */
export function sourceOriginal(ctx: Ctx, id: string): { name: string | null; type: string | null; data: Buffer | null } {
  const r = ctx.project.sqlite
    .prepare('SELECT original_name, original_type, original_data FROM sources WHERE id = ? AND deleted_at IS NULL')
    .get(id) as { original_name: string | null; original_type: string | null; original_data: Buffer | null } | undefined
  if (!r) throw sourceNotFound(id)
  return { name: r.original_name, type: r.original_type, data: r.original_data }
}
