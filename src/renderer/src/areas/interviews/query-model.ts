import type { CodeQuery, SegmentFilter } from '../../../../shared/ipc/coding'

export type QueryOperator = 'or' | 'and' | 'not' | 'overlap'

export interface QueryTerm {
  codeId: string
  subcodes: boolean
}

export interface QueryDraft {
  terms: QueryTerm[]
  operator: QueryOperator
  sourceIds: string[]
  coderIds: string[]
  attributes: { attributeId: string; value: string }[]
}

export const emptyDraft = (): QueryDraft => ({ terms: [], operator: 'or', sourceIds: [], coderIds: [], attributes: [] })

const leaf = (t: QueryTerm): CodeQuery => ({ code: t.codeId, subcodes: t.subcodes })
const any = (terms: QueryTerm[]): CodeQuery => (terms.length === 1 ? leaf(terms[0]) : { or: terms.map(leaf) })

/**
 * The builder's terms and operator as a CodeQuery:
 * - or: segments of any code;
 * - and: segments of the first code that overlap a segment of every other code;
 * - not: segments of the first code that overlap none of the others;
 * - overlap: segments of any code that overlap a segment of another listed code (symmetric).
 * With no terms the query is null: every coded segment (the filters still apply).
 */
export function toCodeQuery(d: QueryDraft): CodeQuery | null {
  const { terms, operator } = d
  if (terms.length === 0) return null
  if (terms.length === 1 || operator === 'or') return any(terms)
  const [first, ...rest] = terms
  if (operator === 'and') return rest.reduce<CodeQuery>((q, t) => ({ and: [q, leaf(t)] }), leaf(first))
  if (operator === 'not') return { not: [leaf(first), any(rest)] }
  return { or: terms.map((t, i) => ({ and: [leaf(t), any(terms.filter((_, j) => j !== i))] as [CodeQuery, CodeQuery] })) }
}

export function toFilter(d: QueryDraft): SegmentFilter {
  const f: SegmentFilter = {}
  if (d.sourceIds.length) f.sourceIds = d.sourceIds
  if (d.coderIds.length) f.coderIds = d.coderIds
  const attrs = d.attributes.filter((a) => a.attributeId && a.value !== '')
  if (attrs.length) f.attributes = attrs
  return f
}
