import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { formatMessage, msg, type MessageKey } from '../../../shared/messages'
import type { CaseDto, codingChannels } from '../../../shared/ipc/coding'
import type { FileFilter } from '../../platform'
import type { Ctx } from '../../services/context'
import { addAttribute, caseGrid, deleteAttribute, setCaseValues, updateAttribute } from '../../services/coding/attributes'
import { importCaseAttributes } from '../../services/coding/attribute-import'
import { addCaseSegment, createCase, deleteCase, listCaseSegments, removeCaseSegment, setSourceCase, updateCase } from '../../services/coding/cases'
import { listCoders } from '../../services/coding/coders'
import { addCodeLink, listLinkTargets, removeCodeLink, setCodeLinks } from '../../services/coding/code-links'
import { mergeCodes } from '../../services/coding/code-merge'
import { addCode, deleteCode, getCode, listCodes, moveCode, updateCode } from '../../services/coding/codes'
import { applyCode, commentCoding, inVivoCode, recentCodeIds, recodeCoding, removeCodings, resizeCoding } from '../../services/coding/codings'
import { exportCodebook } from '../../services/coding/export-codebook'
import { exportMatrices } from '../../services/coding/export-matrices'
import { exportSegments } from '../../services/coding/export-segments'
import { exportCodebookDocx, exportMemosDocx, exportSegmentsDocx } from '../../services/coding/export-word'
import { codeMatrix, cooccurrence, cooccurrenceCell, matrixCell } from '../../services/coding/matrices'
import { createMemo, deleteMemo, listMemos, updateMemo } from '../../services/coding/memos'
import { retrieveSegments } from '../../services/coding/retrieval'
import { searchText } from '../../services/coding/search'
import { wordFrequencies } from '../../services/coding/words'
import { codeSearchHits } from '../../services/coding/search-code'
import { verifyAnchors } from '../../services/transcripts/anchors'
import { attachMedia, detachMedia, MEDIA_EXTENSIONS } from '../../services/transcripts/media'
import { TRANSCRIPT_EXTENSIONS } from '../../services/transcripts/extract'
import { deleteSource, getSource, importTranscriptFiles, listSources, renameSource } from '../../services/transcripts/source-service'
import { sourceParagraphs, sourceView } from '../../services/transcripts/source-view'
import type { HandlerEnv, HandlersFor } from '../handler-types'

const XLSX: FileFilter[] = [{ name: 'Excel', extensions: ['xlsx'] }]

/** Tells every open view that the project changed (counts, lists); the reason names the channel. */
function changed<T>(env: HandlerEnv, reason: string, value: T): T {
  env.platform.emit('project:changed', { reason })
  return value
}

function caseDto(ctx: Ctx, caseId: string): CaseDto {
  const c = caseGrid(ctx).cases.find((x) => x.id === caseId)
  if (!c) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.case'), name: caseId })
  return c
}

const locale = (env: HandlerEnv): 'it' | 'en' => env.session.getSettings().locale

const DOCX: FileFilter[] = [{ name: 'Word', extensions: ['docx'] }]

/** Asks where to save; the extension of the format is added when the user left it out. */
async function savePath(env: HandlerEnv, title: MessageKey, defaultName: string, format: 'xlsx' | 'docx' = 'xlsx'): Promise<string | null> {
  const target = await env.platform.pickSavePath({
    title: formatMessage({ key: title }, locale(env)),
    defaultName: defaultName + '.' + format,
    filters: format === 'docx' ? DOCX : XLSX
  })
  if (!target) return null
  return path.extname(target).toLowerCase() === '.' + format ? target : target + '.' + format
}

export const codingHandlers: HandlersFor<typeof codingChannels> = {
  // Sources
  'coding:sources': (_i, env) => listSources(env.ctx()),
  async 'coding:importTranscripts'({ caseId, speakerCases, jobId }, env) {
    const files = await env.platform.pickFiles({
      title: formatMessage({ key: 'coding.dialog.importTranscripts' }, locale(env)),
      filters: [{ name: formatMessage({ key: 'coding.dialog.transcripts' }, locale(env)), extensions: TRANSCRIPT_EXTENSIONS }],
      multiple: true
    })
    if (files.length === 0) return null
    const result = await importTranscriptFiles(env.session.ctx(env.job(jobId)), files, { caseId: caseId ?? null, speakerCases })
    return changed(env, 'coding:importTranscripts', result)
  },
  'coding:renameSource': ({ sourceId, name }, env) => changed(env, 'coding:renameSource', renameSource(env.ctx(), sourceId, name)),
  'coding:deleteSource': ({ sourceId }, env) => {
    deleteSource(env.ctx(), sourceId)
    return changed(env, 'coding:deleteSource', null)
  },
  'coding:setSourceCase': ({ sourceId, caseId }, env) => {
    const ctx = env.ctx()
    setSourceCase(ctx, sourceId, caseId)
    return changed(env, 'coding:setSourceCase', getSource(ctx, sourceId))
  },
  'coding:sourceView': ({ sourceId, coderIds, includeText }, env) => sourceView(env.ctx(), sourceId, { coderIds, includeText }),
  'coding:sourceParagraphs': ({ sourceId, from, count }, env) => sourceParagraphs(env.ctx(), sourceId, from, count),
  async 'coding:attachMedia'({ sourceId, jobId }, env) {
    const [file] = await env.platform.pickFiles({
      title: formatMessage({ key: 'coding.dialog.attachMedia' }, locale(env)),
      filters: [{ name: formatMessage({ key: 'coding.dialog.media' }, locale(env)), extensions: MEDIA_EXTENSIONS }]
    })
    if (!file) return null
    return changed(env, 'coding:attachMedia', attachMedia(env.session.ctx(env.job(jobId)), sourceId, file))
  },
  'coding:detachMedia': ({ sourceId }, env) => {
    detachMedia(env.ctx(), sourceId)
    return changed(env, 'coding:detachMedia', null)
  },
  'coding:verifyAnchors': ({ sourceId, jobId }, env) => verifyAnchors(env.session.ctx(env.job(jobId)), sourceId),

  // Codebook
  'coding:codes': (_i, env) => listCodes(env.ctx()),
  'coding:createCode': (input, env) => changed(env, 'coding:createCode', addCode(env.ctx(), input)),
  'coding:updateCode': ({ codeId, ...patch }, env) => changed(env, 'coding:updateCode', updateCode(env.ctx(), codeId, patch)),
  'coding:moveCode': ({ codeId, parentId, index }, env) => changed(env, 'coding:moveCode', moveCode(env.ctx(), codeId, parentId, index)),
  'coding:mergeCodes': ({ fromId, intoId }, env) => changed(env, 'coding:mergeCodes', mergeCodes(env.ctx(), fromId, intoId)),
  'coding:deleteCode': ({ codeId }, env) => changed(env, 'coding:deleteCode', deleteCode(env.ctx(), codeId)),
  'coding:linkTargets': (_i, env) => listLinkTargets(env.ctx().project),
  'coding:addCodeLink': ({ codeId, kind, targetId }, env) => changed(env, 'coding:addCodeLink', addCodeLink(env.ctx(), codeId, kind, targetId)),
  'coding:removeCodeLink': ({ linkId }, env) => {
    removeCodeLink(env.ctx(), linkId)
    return changed(env, 'coding:removeCodeLink', null)
  },
  'coding:setCodeLinks': ({ codeId, links }, env) =>
    changed(env, 'coding:setCodeLinks', setCodeLinks(env.ctx(), codeId, links.map((l) => ({ kind: l.kind, target: l.targetId })))),
  'coding:recentCodes': ({ limit }, env) => {
    const ctx = env.ctx()
    const byId = new Map(listCodes(ctx).map((c) => [c.id, c]))
    return recentCodeIds(ctx, ctx.actor, limit).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  },

  // Coders
  'coding:coders': (_i, env) => listCoders(env.ctx()),

  // Codings
  'coding:createCoding': ({ sourceId, codeId, start, end, comment }, env) =>
    changed(env, 'coding:createCoding', applyCode(env.ctx(), { sourceId, codeId, start, end, comment })),
  'coding:createCodingByQuote': ({ sourceId, codeId, quote, occurrence }, env) => {
    const { occurrences: _n, ...coding } = applyCode(env.ctx(), { sourceId, codeId, quote, occurrence })
    return changed(env, 'coding:createCodingByQuote', coding)
  },
  'coding:inVivo': ({ sourceId, start, end, parentId }, env) => {
    const ctx = env.ctx()
    const r = inVivoCode(ctx, { sourceId, start, end, parentId })
    return changed(env, 'coding:inVivo', { code: getCode(ctx, r.codeId), created: r.created, coding: r.coding })
  },
  'coding:resizeCoding': ({ codingId, start, end }, env) => changed(env, 'coding:resizeCoding', resizeCoding(env.ctx(), codingId, start, end)),
  'coding:commentCoding': ({ codingId, comment }, env) => changed(env, 'coding:commentCoding', commentCoding(env.ctx(), codingId, comment)),
  'coding:recodeCoding': ({ codingId, codeId }, env) => changed(env, 'coding:recodeCoding', recodeCoding(env.ctx(), codingId, codeId)),
  'coding:deleteCodings': ({ codingIds }, env) => changed(env, 'coding:deleteCodings', { removed: removeCodings(env.ctx(), codingIds) }),

  // Cases and attributes
  'coding:caseGrid': (_i, env) => caseGrid(env.ctx()),
  'coding:createCase': (input, env) => {
    const ctx = env.ctx()
    return changed(env, 'coding:createCase', caseDto(ctx, createCase(ctx, input)))
  },
  'coding:updateCase': ({ caseId, ...patch }, env) => {
    const ctx = env.ctx()
    updateCase(ctx, caseId, patch)
    return changed(env, 'coding:updateCase', caseDto(ctx, caseId))
  },
  'coding:deleteCase': ({ caseId }, env) => {
    deleteCase(env.ctx(), caseId)
    return changed(env, 'coding:deleteCase', null)
  },
  'coding:createAttribute': (input, env) => changed(env, 'coding:createAttribute', addAttribute(env.ctx(), input)),
  'coding:updateAttribute': ({ attributeId, ...patch }, env) =>
    changed(env, 'coding:updateAttribute', updateAttribute(env.ctx(), attributeId, patch)),
  'coding:deleteAttribute': ({ attributeId }, env) => {
    deleteAttribute(env.ctx(), attributeId)
    return changed(env, 'coding:deleteAttribute', null)
  },
  'coding:setCaseValues': ({ edits }, env) => {
    const ctx = env.ctx()
    setCaseValues(ctx, edits)
    return changed(env, 'coding:setCaseValues', caseGrid(ctx))
  },
  async 'coding:importCaseAttributes'({ sheet }, env) {
    const [file] = await env.platform.pickFiles({
      title: formatMessage({ key: 'coding.dialog.importAttributes' }, locale(env)),
      filters: [{ name: formatMessage({ key: 'coding.dialog.tables' }, locale(env)), extensions: ['xlsx', 'csv'] }]
    })
    if (!file) return null
    return changed(env, 'coding:importCaseAttributes', await importCaseAttributes(env.ctx(), file, { sheet }))
  },
  'coding:caseSegments': (filter, env) => listCaseSegments(env.ctx(), filter),
  'coding:addCaseSegment': (input, env) => changed(env, 'coding:addCaseSegment', addCaseSegment(env.ctx(), input)),
  'coding:removeCaseSegment': ({ segmentId }, env) => {
    removeCaseSegment(env.ctx(), segmentId)
    return changed(env, 'coding:removeCaseSegment', null)
  },

  // Memos
  'coding:memos': (filter, env) => listMemos(env.ctx(), filter),
  'coding:createMemo': (input, env) => changed(env, 'coding:createMemo', createMemo(env.ctx(), input)),
  'coding:updateMemo': ({ memoId, ...patch }, env) => changed(env, 'coding:updateMemo', updateMemo(env.ctx(), memoId, patch)),
  'coding:deleteMemo': ({ memoId }, env) => {
    deleteMemo(env.ctx(), memoId)
    return changed(env, 'coding:deleteMemo', null)
  },

  // Retrieval and search
  'coding:segments': ({ query, filter, context, offset, limit }, env) => retrieveSegments(env.ctx(), { query, filter, context, offset, limit }),
  'coding:search': ({ jobId, limit, width, ...search }, env) => searchText(env.session.ctx(env.job(jobId)), { ...search, limit, width }),
  'coding:codeSearchHits': async ({ search, codeId, expand, jobId }, env) =>
    changed(env, 'coding:codeSearchHits', await codeSearchHits(env.session.ctx(env.job(jobId)), { search, codeId, expand })),

  // Words
  'coding:words': ({ jobId, ...opts }, env) => wordFrequencies(env.session.ctx(env.job(jobId)), opts),

  // Matrices
  'coding:matrix': (input, env) => codeMatrix(env.ctx(), input),
  'coding:matrixCell': (input, env) => matrixCell(env.ctx(), input),
  'coding:cooccurrence': (input, env) => cooccurrence(env.ctx(), input),
  'coding:cooccurrenceCell': (input, env) => cooccurrenceCell(env.ctx(), input),

  // Exports
  async 'coding:exportSegments'({ query, filter, format }, env) {
    const file = await savePath(env, 'coding.dialog.exportSegments', format === 'docx' ? 'segmenti-codificati' : 'citazioni', format)
    if (!file) return null
    if (format === 'docx') {
      const r = await exportSegmentsDocx(env.ctx(), file, { query, filter, locale: locale(env) })
      return { file: r.file, sheets: [], rows: r.items }
    }
    return exportSegments(env.ctx(), file, { query, filter, locale: locale(env) })
  },
  async 'coding:exportMemos'(_i, env) {
    const file = await savePath(env, 'coding.dialog.exportMemos', 'memo', 'docx')
    if (!file) return null
    const r = await exportMemosDocx(env.ctx(), file, { locale: locale(env) })
    return { file: r.file, sheets: [], rows: r.items }
  },
  async 'coding:exportMatrices'(input, env) {
    const file = await savePath(env, 'coding.dialog.exportMatrices', 'matrici-codici')
    return file ? exportMatrices(env.ctx(), file, { ...input, locale: locale(env) }) : null
  },
  async 'coding:exportCodebook'({ format }, env) {
    const file = await savePath(env, 'coding.dialog.exportCodebook', 'codebook', format)
    if (!file) return null
    if (format === 'docx') {
      const r = await exportCodebookDocx(env.ctx(), file, { locale: locale(env) })
      return { file: r.file, sheets: [], rows: r.items }
    }
    return exportCodebook(env.ctx(), file, { locale: locale(env) })
  }
}
