import { EsitiError } from '../../../shared/errors'
import { newId, nowIso } from '../../db/ids'
import type { Writer } from '../../db/op-log'
import { createCaseRow } from '../coding/cases'
import { createCode } from '../coding/codes'
import { createCoding } from '../coding/codings'
import { createSourceFromText } from '../transcripts/source-service'

const MAX_MEMO = 1_000_000

/**
 * Row writers for the tables the team features fill (import, merge, review). They write through
 * the caller's Writer, so everything lands in the caller's single undoable operation. Where the
 * coding backend has a writer (codes, sources, codings, cases) it is used, so its rules hold here
 * too (unique sibling names, #rrggbb colours, non-empty texts, paragraph structure…).
 */

/** A coder with a given id (REFI user GUIDs are kept); names follow the coding backend's rules. */
export function insertCoder(w: Writer, row: { id?: string; name: string; color?: string; createdAt?: string }): string {
  const name = row.name.trim().slice(0, 80)
  if (!name) throw new EsitiError('INVALID_INPUT', 'team.coderName')
  return w.insert('coders', {
    id: row.id ?? newId(),
    name,
    color: row.color ?? '#4e79a7',
    created_at: row.createdAt ?? nowIso()
  })
}

export function insertCode(
  w: Writer,
  row: {
    id?: string
    name: string
    parentId?: string | null
    color?: string
    definition?: string | null
    whenToUse?: string | null
    whenNotToUse?: string | null
    example?: string | null
    sort?: number
    createdAt?: string
    createdBy?: string | null
  }
): string {
  return createCode(w, { ...row, parentId: row.parentId ?? null })
}

/** Inserts a text source (normalised NFC/LF, with its paragraph and turn structure). */
export function insertSource(
  w: Writer,
  row: {
    id?: string
    name: string
    text: string
    caseId?: string | null
    originalName?: string | null
    originalType?: 'txt' | 'md' | 'docx' | 'odt' | 'pdf' | null
    originalData?: Buffer | null
    encoding?: string | null
    importedAt?: string
    importedBy?: string | null
  }
): string {
  return createSourceFromText(w, {
    id: row.id,
    name: row.name,
    text: row.text,
    caseId: row.caseId ?? null,
    encoding: row.encoding ?? 'utf-8',
    format: row.originalType ?? 'txt',
    originalName: row.originalName ?? null,
    originalData: row.originalData ?? null,
    importedAt: row.importedAt,
    importedBy: row.importedBy ?? null
  }).id
}

/** A coding; its quote is cut from the stored text by the coding backend. */
export function insertCoding(
  w: Writer,
  row: {
    id?: string
    sourceId: string
    codeId: string
    coderId: string
    start: number
    end: number
    quote?: string
    comment?: string | null
    createdAt?: string
  }
): string {
  const { quote: _quote, ...rest } = row
  return createCoding(w, rest).id
}

export function insertCase(
  w: Writer,
  row: { id?: string; name: string; kind?: string; description?: string | null; createdAt?: string }
): string {
  return createCaseRow(w, { id: row.id, name: row.name, kind: row.kind, description: row.description ?? null })
}

/** A memo keeping both its dates (the coding backend's writer sets updated = created). */
export function insertMemo(
  w: Writer,
  row: {
    id?: string
    targetKind: 'project' | 'source' | 'code' | 'case' | 'coding' | 'indicator' | 'dataset'
    targetId: string | null
    title: string
    body: string
    author?: string | null
    createdAt?: string
    updatedAt?: string
  }
): string {
  if (row.body.length > MAX_MEMO) throw new EsitiError('TOO_LARGE', 'team.memoTooLong', { max: MAX_MEMO })
  const at = nowIso()
  return w.insert('memos', {
    id: row.id ?? newId(),
    target_kind: row.targetKind,
    target_id: row.targetId,
    title: row.title,
    body: row.body,
    author: row.author ?? null,
    created_at: row.createdAt ?? at,
    updated_at: row.updatedAt ?? row.createdAt ?? at
  })
}
