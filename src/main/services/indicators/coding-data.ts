import type { Ctx } from '../context'

export interface CodingSnapshot {
  codes: { id: string; parentId: string | null; name: string; color: string }[]
  codings: { id: string; sourceId: string; codeId: string; coder: string; start: number; end: number }[]
  sources: Map<string, { id: string; name: string; caseId: string | null }>
  /** Case segments: parts of a source that belong to a case (focus groups, multi-person transcripts). */
  segments: { caseId: string; sourceId: string; start: number; end: number }[]
  cases: Map<string, { id: string; name: string; attributes: Map<string, string | null> }>
}

/** Codes, codings of live sources, cases and their attributes: qualitative indicators are pure over it. */
export function loadCodings(ctx: Ctx): CodingSnapshot {
  const db = ctx.project.sqlite
  const codes = db.prepare('SELECT id, parent_id parentId, name, color FROM codes ORDER BY sort, name').all() as CodingSnapshot['codes']
  const codings = db
    .prepare(
      `SELECT c.id, c.source_id sourceId, c.code_id codeId, k.name coder, c.start, c."end" "end"
       FROM codings c JOIN sources s ON s.id = c.source_id AND s.deleted_at IS NULL JOIN coders k ON k.id = c.coder_id`
    )
    .all() as CodingSnapshot['codings']
  const sources = db.prepare('SELECT id, name, case_id caseId FROM sources WHERE deleted_at IS NULL').all() as {
    id: string
    name: string
    caseId: string | null
  }[]
  const segments = db
    .prepare('SELECT case_id caseId, source_id sourceId, start, "end" "end" FROM case_segments')
    .all() as CodingSnapshot['segments']
  const cases = new Map<string, { id: string; name: string; attributes: Map<string, string | null> }>()
  for (const c of db.prepare('SELECT id, name FROM cases').all() as { id: string; name: string }[])
    cases.set(c.id, { ...c, attributes: new Map() })
  const values = db
    .prepare('SELECT v.case_id caseId, a.name, v.value FROM case_values v JOIN attributes a ON a.id = v.attribute_id')
    .all() as { caseId: string; name: string; value: string | null }[]
  for (const v of values) cases.get(v.caseId)?.attributes.set(v.name, v.value)
  return { codes, codings, sources: new Map(sources.map((s) => [s.id, s])), segments, cases }
}
