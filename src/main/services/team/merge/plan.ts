import { newId } from '../../../db/ids'
import type { TableName } from '../../../db/schema'
import type {
  MergeConflictDto,
  MergeConflictKind,
  MergeCountsDto,
  MergeProposalDto
} from '../../../../shared/ipc/team'
import { msg, type MessageKey, type Msg, type MsgParams } from '../../../../shared/messages'
import { joinsByName, sameNameRule } from '../../sync/identity'
import { codePaths, type MergeSnapshot } from './snapshot'

type Row = Record<string, unknown>

export interface MergePlan {
  inserts: { table: TableName; row: Row }[]
  added: MergeCountsDto
  matched: MergeCountsDto
  skippedDuplicates: number
  proposals: MergeProposalDto[]
  /** Other-project ids of the proposals that were accepted. */
  accepted: string[]
  conflicts: MergeConflictDto[]
}

const zero = (): MergeCountsDto => ({ sources: 0, codes: 0, cases: 0, attributes: 0, caseValues: 0, coders: 0, codings: 0, memos: 0 })

const s = (v: unknown): string => String(v ?? '')

const ATTRIBUTE_TYPES = ['text', 'number', 'date', 'boolean', 'category']
/** An attribute type as the user reads it (the stored value when it is not one Esiti knows). */
const typeName = (t: unknown): Msg | string =>
  ATTRIBUTE_TYPES.includes(s(t)) ? msg(`attributeType.${s(t)}` as MessageKey) : s(t)

/**
 * Decides, without writing, how the other coder's copy folds into this project: sources by
 * content hash, codes and cases by UUID (with name/path proposals the caller may accept), codings
 * unioned per coder without exact duplicates, memos added. Nothing of theirs is dropped silently:
 * what cannot be joined is added or listed as a conflict.
 */
export function planMerge(local: MergeSnapshot, other: MergeSnapshot, accept: Set<string> | 'all'): MergePlan {
  const plan: MergePlan = { inserts: [], added: zero(), matched: zero(), skippedDuplicates: 0, proposals: [], accepted: [], conflicts: [] }
  const accepted = (id: string): boolean => accept === 'all' || accept.has(id)
  const conflict = (kind: MergeConflictKind, otherId: string, localId: string | null, params: MsgParams): void =>
    void plan.conflicts.push({ kind, otherId, localId, message: msg(`merge.conflict.${kind}`, params) })
  const add = (table: TableName, row: Row, key: keyof MergeCountsDto | null): void => {
    plan.inserts.push({ table, row })
    if (key) plan.added[key]++
  }
  const byId = (rows: Row[]): Map<string, Row> => new Map(rows.map((r) => [r.id as string, r]))

  // The identity rules are sync's (services/sync/identity.ts): one definition for both.
  // Coders: the same person by UUID or by name (names are unique in a project).
  const coderMap = new Map<string, string>()
  const localCoders = byId(local.coders)
  for (const c of other.coders) {
    const hit = localCoders.get(c.id as string) ?? (joinsByName('coders') ? local.coders.find((l) => l.name === c.name) : undefined)
    if (hit) {
      coderMap.set(c.id as string, hit.id as string)
      plan.matched.coders++
    } else {
      coderMap.set(c.id as string, c.id as string)
      add('coders', c, 'coders')
    }
  }

  // Codes: by UUID; a code with the same path (or same unique name) is proposed, not assumed.
  const codeMap = new Map<string, string>()
  const localCodes = byId(local.codes)
  const localPaths = codePaths(local.codes)
  const otherPaths = codePaths(other.codes)
  // Sibling names must stay unique and sort is per parent, as the coding backend keeps them.
  const siblings = new Map<string | null, { names: Set<string>; sort: number }>()
  const level = (parent: string | null) => {
    let l = siblings.get(parent)
    if (!l) siblings.set(parent, (l = { names: new Set(), sort: -1 }))
    return l
  }
  for (const c of local.codes) {
    const l = level((c.parent_id as string | null) ?? null)
    l.names.add(c.name as string)
    l.sort = Math.max(l.sort, Number(c.sort) || 0)
  }
  for (const c of other.codes) {
    const id = c.id as string
    const same = localCodes.get(id)
    if (same) {
      codeMap.set(id, id)
      plan.matched.codes++
      if (same.name !== c.name || same.color !== c.color)
        conflict('code_differs', id, id, { name: s(same.name), theirs: s(c.name), color: s(c.color) })
      continue
    }
    const path = otherPaths.get(id)!
    const byPath = local.codes.filter((l) => localPaths.get(l.id as string) === path)
    const byName = local.codes.filter((l) => l.name === c.name)
    const candidate = !sameNameRule('codes') ? undefined : byPath.length === 1 ? byPath[0] : byName.length === 1 ? byName[0] : undefined
    if (candidate) {
      const samePath = byPath.length === 1
      plan.proposals.push({
        kind: 'code',
        otherId: id,
        otherName: path,
        localId: candidate.id as string,
        localName: localPaths.get(candidate.id as string)!,
        reason: msg(samePath ? 'merge.samePath' : 'merge.sameName')
      })
      if (accepted(id)) {
        plan.accepted.push(id)
        codeMap.set(id, candidate.id as string)
        plan.matched.codes++
        continue
      }
    }
    const parent = c.parent_id ? (codeMap.get(c.parent_id as string) ?? null) : null
    const l = level(parent)
    let name = s(c.name)
    for (let i = 2; l.names.has(name); i++) name = `${s(c.name)} (${i})`
    if (name !== c.name)
      conflict('code_renamed', id, candidate ? (candidate.id as string) : null, { path, name })
    l.names.add(name)
    codeMap.set(id, id)
    add('codes', { ...c, name, parent_id: parent, sort: ++l.sort }, 'codes')
  }

  // Attributes: by UUID, else by (unique) name.
  const attrMap = new Map<string, string>()
  const localAttrs = byId(local.attributes)
  let attrSort = Math.max(-1, ...local.attributes.map((a) => Number(a.sort) || 0)) + 1
  for (const a of other.attributes) {
    const hit = localAttrs.get(a.id as string) ?? (joinsByName('attributes') ? local.attributes.find((l) => l.name === a.name) : undefined)
    if (hit) {
      attrMap.set(a.id as string, hit.id as string)
      plan.matched.attributes++
      if (hit.type !== a.type)
        conflict('attribute_type_differs', a.id as string, hit.id as string, { name: s(a.name), ours: typeName(hit.type), theirs: typeName(a.type) })
    } else {
      attrMap.set(a.id as string, a.id as string)
      add('attributes', { ...a, sort: attrSort++ }, 'attributes')
    }
  }

  // Cases: by UUID; same name proposed; an unaccepted clash is added under a new name.
  const caseMap = new Map<string, string>()
  const localCases = byId(local.cases)
  const caseNames = new Set(local.cases.map((c) => c.name as string))
  for (const c of other.cases) {
    const id = c.id as string
    const same = localCases.get(id)
    if (same) {
      caseMap.set(id, id)
      plan.matched.cases++
      if (same.name !== c.name || (same.description ?? null) !== (c.description ?? null))
        conflict('case_differs', id, id, { name: s(same.name) })
      continue
    }
    const named = sameNameRule('cases') ? local.cases.find((l) => l.name === c.name) : undefined
    if (named) {
      plan.proposals.push({ kind: 'case', otherId: id, otherName: s(c.name), localId: named.id as string, localName: s(named.name), reason: msg('merge.sameName') })
      if (accepted(id)) {
        plan.accepted.push(id)
        caseMap.set(id, named.id as string)
        plan.matched.cases++
        continue
      }
    }
    let name = s(c.name)
    for (let i = 2; caseNames.has(name); i++) name = `${s(c.name)} (${i})`
    if (name !== c.name)
      conflict('case_renamed', id, named ? (named.id as string) : null, { theirs: s(c.name), name })
    caseNames.add(name)
    caseMap.set(id, id)
    add('cases', { ...c, name, organisation_id: null }, 'cases')
  }

  // Case values: ours win; theirs are added where we have none.
  const localValues = new Map(local.caseValues.map((v) => [`${s(v.case_id)}|${s(v.attribute_id)}`, v]))
  for (const v of other.caseValues) {
    const caseId = caseMap.get(v.case_id as string)
    const attrId = attrMap.get(v.attribute_id as string)
    if (!caseId || !attrId) continue
    const key = `${caseId}|${attrId}`
    const mine = localValues.get(key)
    if (!mine) {
      localValues.set(key, v)
      add('case_values', { id: localCases.has(caseId) || caseId !== v.case_id ? newId() : v.id, case_id: caseId, attribute_id: attrId, value: v.value }, 'caseValues')
    } else if ((mine.value ?? null) !== (v.value ?? null))
      conflict('value_differs', v.id as string, mine.id as string, { ours: s(mine.value), theirs: s(v.value) })
  }

  planSourcesAndCodings(plan, local, other, { coderMap, codeMap, caseMap, add, conflict })
  return plan
}

interface Maps {
  coderMap: Map<string, string>
  codeMap: Map<string, string>
  caseMap: Map<string, string>
  add: (table: TableName, row: Row, key: keyof MergeCountsDto | null) => void
  conflict: (kind: MergeConflictKind, otherId: string, localId: string | null, params: MsgParams) => void
}

function planSourcesAndCodings(plan: MergePlan, local: MergeSnapshot, other: MergeSnapshot, m: Maps): void {
  const { add, conflict } = m
  const sourceMap = new Map<string, string>()
  const byHash = new Map(local.sources.map((r) => [r.text_hash as string, r.id as string]))
  const localIds = new Set(local.allSourceIds)
  const names = new Set(local.sources.map((r) => r.name as string))
  for (const src of other.sources) {
    const id = src.id as string
    const hit = byHash.get(src.text_hash as string)
    if (hit) {
      sourceMap.set(id, hit)
      plan.matched.sources++
      continue
    }
    const codings = other.codings.filter((c) => c.source_id === id).length
    // An id taken by a source hidden by an undo is not reused; a live one means a different text.
    const newIdForSource = localIds.has(id) ? newId() : id
    if (local.sources.some((r) => r.id === id)) {
      conflict('source_text_differs', id, id, { name: s(src.name) })
    } else
      conflict('source_added', id, null, { name: s(src.name), count: codings })
    let name = s(src.name)
    for (let i = 2; names.has(name); i++) name = `${s(src.name)} (${i})`
    if (name !== src.name)
      conflict('source_renamed', id, null, { name })
    names.add(name)
    byHash.set(src.text_hash as string, newIdForSource)
    sourceMap.set(id, newIdForSource)
    add('sources', { ...src, id: newIdForSource, name, case_id: src.case_id ? (m.caseMap.get(src.case_id as string) ?? null) : null, deleted_at: null }, 'sources')
  }

  const segKeys = new Set(local.caseSegments.map((g) => `${s(g.case_id)}|${s(g.source_id)}|${s(g.start)}|${s(g.end)}`))
  const segIds = new Set(local.caseSegments.map((g) => g.id as string))
  for (const g of other.caseSegments) {
    const caseId = m.caseMap.get(g.case_id as string)
    const sourceId = sourceMap.get(g.source_id as string)
    if (!caseId || !sourceId) continue
    const key = `${caseId}|${sourceId}|${s(g.start)}|${s(g.end)}`
    if (segKeys.has(key)) continue
    segKeys.add(key)
    add('case_segments', { ...g, id: segIds.has(g.id as string) ? newId() : g.id, case_id: caseId, source_id: sourceId }, null)
  }

  const localCodings = new Map(local.codings.map((c) => [c.id as string, c]))
  const keyOf = (c: Row, source: string, code: string, coder: string): string => `${source}|${code}|${coder}|${s(c.start)}|${s(c.end)}`
  const keys = new Set(local.codings.map((c) => keyOf(c, c.source_id as string, c.code_id as string, c.coder_id as string)))
  const codingMap = new Map<string, string>()
  for (const c of other.codings) {
    const source = sourceMap.get(c.source_id as string)
    const code = m.codeMap.get(c.code_id as string)
    const coder = m.coderMap.get(c.coder_id as string)
    if (!source || !code || !coder) continue
    const key = keyOf(c, source, code, coder)
    const same = localCodings.get(c.id as string)
    if (keys.has(key)) {
      if (same) codingMap.set(c.id as string, c.id as string)
      plan.skippedDuplicates++
      plan.matched.codings++
      continue
    }
    let id = c.id as string
    if (same) {
      id = newId()
      conflict('coding_changed', c.id as string, c.id as string, {})
    }
    keys.add(key)
    codingMap.set(c.id as string, id)
    add('codings', { ...c, id, source_id: source, code_id: code, coder_id: coder }, 'codings')
  }

  const localMemos = new Map(local.memos.map((r) => [r.id as string, r]))
  const target = (kind: string, id: unknown): string | null => {
    const t = s(id)
    if (kind === 'source') return sourceMap.get(t) ?? null
    if (kind === 'code') return m.codeMap.get(t) ?? null
    if (kind === 'case') return m.caseMap.get(t) ?? null
    if (kind === 'coding') return codingMap.get(t) ?? null
    return id === null ? null : t
  }
  for (const memo of other.memos) {
    const mine = localMemos.get(memo.id as string)
    const kind = memo.target_kind as string
    const targetId = kind === 'project' ? null : target(kind, memo.target_id)
    const row: Row = { ...memo, target_kind: kind !== 'project' && targetId === null ? 'project' : kind, target_id: targetId }
    if (mine) {
      if (mine.title === memo.title && mine.body === memo.body) {
        plan.skippedDuplicates++
        plan.matched.memos++
        continue
      }
      conflict('memo_differs', memo.id as string, memo.id as string, { title: s(memo.title) })
      row.id = newId()
    }
    add('memos', row, 'memos')
  }
}
