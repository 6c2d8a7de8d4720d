import { insertMemo } from '../rows'
import { normaliseGuid } from './ids'
import type { AnchoredSource } from './import-anchor'
import type { RefiWriter } from './import-write'
import { isoOr } from './import-write'
import type { RefiCode } from './qde-read'
import { MEMO_LINK } from './qde-write'

type MemoKind = 'project' | 'source' | 'code' | 'case' | 'coding' | 'indicator' | 'dataset'
const KINDS = new Set<MemoKind>(['project', 'source', 'code', 'case', 'coding', 'indicator', 'dataset'])

export interface NoteContext {
  sourceIds: Map<string, string>
  /** REFI coding GUID → coding id, and selection GUID → the first coding made from it. */
  codingIds: Map<string, string>
  selectionCodings: Map<string, string>
  noteTexts: Map<string, string>
}

/**
 * Notes become memos on what refers to them: NoteRefs on the project, codes, sources, selections
 * and codings, and Links from a note (how NVivo attaches annotations and Esiti case memos). An
 * unreferenced note becomes a project memo.
 */
export function writeNotes(rw: RefiWriter, anchored: AnchoredSource[], ctx: NoteContext): void {
  const p = rw.project
  const targets = new Map<string, { kind: MemoKind; id: string | null }>()
  const claim = (note: string, kind: MemoKind, id: string | null | undefined): void => {
    if (!targets.has(note) && (kind === 'project' || id)) targets.set(note, { kind, id: id ?? null })
  }
  for (const n of p.projectNoteRefs) claim(n, 'project', null)
  const walkCodes = (codes: RefiCode[]): void => {
    for (const c of codes) {
      for (const n of c.noteRefs) claim(n, 'code', rw.codeIds.get(c.guid))
      walkCodes(c.children)
    }
  }
  walkCodes(p.codes)
  for (const a of anchored) {
    const sourceId = ctx.sourceIds.get(a.loaded.refi.guid)
    for (const c of a.loaded.refi.codings) for (const n of c.noteRefs) claim(n, 'coding', ctx.codingIds.get(c.guid))
    for (const s of a.loaded.refi.selections) {
      for (const c of s.codings) for (const n of c.noteRefs) claim(n, 'coding', ctx.codingIds.get(c.guid))
      const coding = ctx.selectionCodings.get(s.guid)
      for (const n of s.noteRefs) coding ? claim(n, 'coding', coding) : claim(n, 'source', sourceId)
    }
    for (const n of a.loaded.refi.noteRefs) claim(n, 'source', sourceId)
  }
  const entity = (guid: string): { kind: MemoKind; id: string } | null => {
    if (ctx.selectionCodings.has(guid)) return { kind: 'coding', id: ctx.selectionCodings.get(guid)! }
    if (ctx.codingIds.has(guid)) return { kind: 'coding', id: ctx.codingIds.get(guid)! }
    if (ctx.sourceIds.has(guid)) return { kind: 'source', id: ctx.sourceIds.get(guid)! }
    if (rw.codeIds.has(guid)) return { kind: 'code', id: rw.codeIds.get(guid)! }
    if (rw.caseIds.has(guid)) return { kind: 'case', id: rw.caseIds.get(guid)! }
    return null
  }
  for (const l of p.links) {
    if (!l.origin || !l.target) continue
    if (l.name?.startsWith(MEMO_LINK)) {
      const kind = l.name.slice(MEMO_LINK.length) as MemoKind
      const known = entity(l.target)
      claim(l.origin, KINDS.has(kind) ? kind : 'project', known?.id ?? normaliseGuid(l.target) ?? l.target)
    } else {
      const t = entity(l.target)
      if (t && p.notes.some((n) => n.guid === l.origin)) claim(l.origin, t.kind, t.id)
    }
  }
  for (const n of p.notes) {
    const id = rw.idFor(n.guid)
    if (rw.exists('memos', id)) {
      rw.counts.skipped++
      continue
    }
    const body = (n.content ?? ctx.noteTexts.get(n.guid) ?? '').replace(/\r\n?/g, '\n')
    const title = n.name?.trim() || body.split('\n').find((l) => l.trim())?.trim().slice(0, 80) || 'Nota'
    const target = targets.get(n.guid) ?? { kind: 'project' as const, id: null }
    const created = isoOr(n.created, rw.now)
    insertMemo(rw.w, {
      id,
      targetKind: target.kind,
      targetId: target.kind === 'project' ? null : target.id,
      title,
      body,
      author: rw.userName(n.creatingUser),
      createdAt: created,
      updatedAt: isoOr(n.modified, created)
    })
    rw.counts.memos++
  }
  // MAXQDA and ATLAS.ti keep comments as a Description on a selection without codes.
  for (const a of anchored) {
    const sourceId = ctx.sourceIds.get(a.loaded.refi.guid)
    if (!sourceId) continue
    for (const [guid, s] of a.selections) {
      if (s.sel.codings.length || !s.sel.description?.trim() || ctx.selectionCodings.has(guid)) continue
      insertMemo(rw.w, {
        targetKind: 'source',
        targetId: sourceId,
        title: `Nota su «${s.quote.slice(0, 40)}${s.quote.length > 40 ? '…' : ''}» (${s.start}–${s.end})`,
        body: s.sel.description.trim(),
        author: rw.userName(s.sel.creatingUser),
        createdAt: isoOr(s.sel.created, rw.now)
      })
      rw.counts.memos++
    }
  }
}
