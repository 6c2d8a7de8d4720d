import type { CodingsDeltaDto, SourceViewDto } from '../../../../shared/ipc/coding'

/** The view with codings removed and added or replaced, still sorted by start, then end. */
export function patchCodings(v: SourceViewDto, delta: CodingsDeltaDto): SourceViewDto {
  const mine = delta.upserted.filter((c) => c.sourceId === v.source.id)
  const drop = new Set([...delta.removed, ...mine.map((c) => c.id)])
  if (!v.codings.some((c) => drop.has(c.id)) && mine.length === 0) return v
  const codings = v.codings.filter((c) => !drop.has(c.id))
  for (const { sourceId: _s, ...c } of mine) codings.push(c)
  if (mine.length) codings.sort((a, b) => a.start - b.start || a.end - b.end)
  return { ...v, codings }
}
