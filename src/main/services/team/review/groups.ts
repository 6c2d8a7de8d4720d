import { createHash } from 'node:crypto'
import type { DisagreementKind } from '../../../../shared/ipc/team'

export interface ReviewCoding {
  id: string
  coder_id: string
  start: number
  end: number
}

export interface CodingGroup {
  key: string
  kind: DisagreementKind
  start: number
  end: number
  a: ReviewCoding[]
  b: ReviewCoding[]
}

const spanKey = (c: { start: number; end: number }): string => `${c.start}:${c.end}`

/** Stable key of a set of codings (order-free). */
export function groupKey(ids: string[]): string {
  return createHash('sha1').update([...ids].sort().join(',')).digest('hex').slice(0, 20)
}

/**
 * Groups the two coders' codings of one code in one source into clusters of overlapping
 * segments (touching is not overlapping). A cluster is an agreement when both coders hold exactly
 * the same spans; otherwise it is a segment of one coder only, or a boundary disagreement.
 */
export function codingGroups(codings: ReviewCoding[], coderA: string, coderB: string): CodingGroup[] {
  const sorted = codings
    .filter((c) => c.coder_id === coderA || c.coder_id === coderB)
    .sort((x, y) => x.start - y.start || x.end - y.end || x.id.localeCompare(y.id))
  const groups: ReviewCoding[][] = []
  let end = -1
  for (const c of sorted) {
    if (groups.length && c.start < end) {
      groups[groups.length - 1].push(c)
      end = Math.max(end, c.end)
    } else {
      groups.push([c])
      end = c.end
    }
  }
  return groups.map((g) => {
    const a = g.filter((c) => c.coder_id === coderA)
    const b = g.filter((c) => c.coder_id === coderB)
    const spansA = a.map(spanKey).sort().join('|')
    const spansB = b.map(spanKey).sort().join('|')
    const kind: DisagreementKind = !b.length ? 'only_a' : !a.length ? 'only_b' : spansA === spansB ? 'agree' : 'boundaries'
    return {
      key: groupKey(g.map((c) => c.id)),
      kind,
      start: Math.min(...g.map((c) => c.start)),
      end: Math.max(...g.map((c) => c.end)),
      a,
      b
    }
  })
}
