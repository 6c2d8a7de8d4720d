import path from 'node:path'
import type { RefiImportDto } from '../../../../shared/ipc/team'
import { msg, type Msg } from '../../../../shared/messages'
import { mutate } from '../../../db/op-log'
import { checkCancelled, type Ctx } from '../../context'
import { anchorSource, type AnchoredSource } from './import-anchor'
import { loadQdpx, type QdpxBundle } from './import-load'
import { writeNotes } from './import-notes'
import { isoOr, RefiWriter } from './import-write'
import type { RefiCode } from './qde-read'

function flatCodes(codes: RefiCode[], out = new Map<string, string>()): Map<string, string> {
  for (const c of codes) {
    out.set(c.guid, c.name)
    flatCodes(c.children, out)
  }
  return out
}

function ignoredWarnings(b: QdpxBundle): Msg[] {
  const i = b.project.ignored
  const out: Msg[] = []
  if (i.sets) out.push(msg('refi.warn.sets', { count: i.sets }))
  if (i.graphs) out.push(msg('refi.warn.graphs', { count: i.graphs }))
  if (i.media) out.push(msg('refi.warn.media', { count: i.media }))
  if (i.pdfSelections) out.push(msg('refi.warn.pdfSelections', { count: i.pdfSelections }))
  if (i.caseCodeRefs) out.push(msg('refi.warn.caseCodeRefs', { count: i.caseCodeRefs }))
  return out
}

/**
 * Imports a REFI-QDA project (.qdpx) into the open project in ONE undoable operation: everything
 * is read and every selection anchored and verified first; the writes then run in a single
 * transaction, so a failure (or a cancel) leaves the project exactly as it was.
 */
export async function importQdpx(ctx: Ctx, file: string): Promise<RefiImportDto> {
  const abs = path.resolve(file)
  ctx.progress.report('read', 0, 3)
  const bundle = await loadQdpx(abs)
  const p = bundle.project
  const codeNames = flatCodes(p.codes)
  ctx.progress.report('anchor', 1, 3)
  const anchored: AnchoredSource[] = bundle.sources.map((s) => anchorSource(s, p.origin, (g) => codeNames.get(g) ?? g))
  checkCancelled(ctx)
  const warnings = [...bundle.warnings, ...ignoredWarnings(bundle)]
  const unanchored = anchored.flatMap((a) => a.unanchored)
  ctx.progress.report('write', 2, 3)
  const counts = mutate(ctx.project, { actor: ctx.actor, kind: 'team.refiImport', summary: msg('refi.importOp', { file: path.basename(abs) }) }, (w) => {
    const rw = new RefiWriter(ctx, w, p, warnings)
    rw.codes(p.codes)
    rw.variables()
    rw.cases()
    const casesOfSource = new Map<string, string[]>()
    for (const c of p.cases)
      for (const s of c.sourceRefs) casesOfSource.set(s, [...(casesOfSource.get(s) ?? []), rw.caseIds.get(c.guid)!])
    const sourceIds = new Map<string, string>()
    for (const a of anchored) {
      const s = a.loaded.refi
      if (a.text === null) {
        if (a.loaded.decoded) warnings.push(msg('refi.warn.sourceNoText', { source: s.name ?? s.plainTextPath ?? s.guid }))
        continue
      }
      const name = s.name?.trim() || path.basename(s.plainTextPath ?? '', path.extname(s.plainTextPath ?? '')) || 'Fonte importata'
      const cases = casesOfSource.get(s.guid) ?? []
      const id = rw.source({
        guid: s.guid,
        name,
        text: a.text,
        caseId: cases[0] ?? null,
        originalName: a.loaded.entry,
        bytes: a.loaded.bytes,
        encoding: a.loaded.decoded?.encoding ?? 'utf-8',
        importedBy: rw.userName(s.creatingUser)
      })
      sourceIds.set(s.guid, id)
      for (const extra of cases.slice(1)) rw.caseSegment(extra, id, 0, a.text.length, null)
      if (s.values.length) {
        const caseId = cases[0] ?? documentCase(rw, name, id)
        rw.values(caseId, s.values, name)
      }
    }
    for (const c of p.cases)
      for (const ref of c.selectionRefs) {
        const hit = anchored.find((a) => a.selections.has(ref))
        const sel = hit?.selections.get(ref)
        const sourceId = hit && sourceIds.get(hit.loaded.refi.guid)
        if (sel && sourceId) rw.caseSegment(rw.caseIds.get(c.guid)!, sourceId, sel.start, sel.end, ref)
        else warnings.push(msg('refi.warn.caseSelection', { case: c.name ?? c.guid }))
      }
    const codingIds = new Map<string, string>()
    const selectionCodings = new Map<string, string>()
    let unknownCode = 0
    for (const a of anchored) {
      const sourceId = sourceIds.get(a.loaded.refi.guid)
      if (!sourceId || a.text === null) continue
      const whole = a.loaded.refi.codings.map((c) => ({ coding: c, sel: null, start: 0, end: a.text!.length, quote: a.text! }))
      const spans = [...a.selections.values()].flatMap((s) => s.sel.codings.map((c) => ({ coding: c, sel: s.sel, start: s.start, end: s.end, quote: s.quote })))
      for (const x of [...whole, ...spans]) {
        const codeId = rw.codeIds.get(x.coding.code)
        if (!codeId) {
          unknownCode++
          continue
        }
        const id = rw.coding({
          guid: x.coding.guid,
          sourceId,
          codeId,
          coderId: rw.coder(x.coding.creatingUser ?? x.sel?.creatingUser ?? a.loaded.refi.creatingUser),
          start: x.start,
          end: x.end,
          quote: x.quote,
          comment: x.sel?.description?.trim() || null,
          createdAt: isoOr(x.coding.created ?? x.sel?.created, rw.now)
        })
        if (id) {
          codingIds.set(x.coding.guid, id)
          if (x.sel && !selectionCodings.has(x.sel.guid)) selectionCodings.set(x.sel.guid, id)
        }
      }
    }
    if (unknownCode) warnings.push(msg('refi.warn.unknownCode', { count: unknownCode }))
    writeNotes(rw, anchored, { sourceIds, codingIds, selectionCodings, noteTexts: bundle.noteTexts })
    rw.finish()
    return rw.counts
  })
  ctx.progress.report('done', 3, 3)
  if (unanchored.length)
    warnings.unshift(msg('refi.warn.unanchored', { count: unanchored.length }))
  return {
    file: abs,
    origin: p.origin,
    ...counts,
    warnings,
    unanchored: unanchored.length,
    unanchoredSelections: unanchored,
    dialects: anchored.flatMap((a) => (a.dialect ? [a.dialect] : []))
  }
}

/** A source's own variables need a case: one named after the source. */
function documentCase(rw: RefiWriter, name: string, sourceId: string): string {
  const existing = rw.ctx.project.sqlite.prepare('SELECT case_id FROM sources WHERE id = ?').get(sourceId) as { case_id: string | null }
  if (existing.case_id) return existing.case_id
  const byName = rw.ctx.project.sqlite.prepare('SELECT id FROM cases WHERE name = ?').get(name) as { id: string } | undefined
  const caseId = byName?.id ?? rw.w.insert('cases', { name, kind: 'document', organisation_id: null, description: null, created_at: rw.now })
  if (!byName) rw.counts.cases++
  rw.w.update('sources', sourceId, { case_id: caseId })
  return caseId
}
