import type { PersonDimension, PersonsSummaryDto } from '../../../shared/ipc/register'
import type { Ctx } from '../context'
import { fail } from '../programme/common'
import { valueLabel, type ValueLocale } from '../programme/value-labels'
import { RegisterRefs } from './register-refs'

export interface PersonsQuery {
  by?: PersonDimension | 'organisationType' | 'orgKind'
  action?: string
  kind?: string
  from?: string
  to?: string
  locale?: ValueLocale
}

/** The group of one participation for each dimension (SQL over participations x, activities a, persons p). */
const GROUP_SQL: Record<PersonDimension, { key: string; join?: string; order: string }> = {
  gender: { key: 'p.gender', order: 'MIN(gv.sort)', join: "LEFT JOIN participant_values gv ON gv.list = 'gender' AND gv.code = p.gender" },
  ageBand: { key: 'p.age_band', order: 'MIN(av.sort)', join: "LEFT JOIN participant_values av ON av.list = 'ageBand' AND av.code = p.age_band" },
  organisationType: { key: 'o.kind', order: "MIN(CASE o.kind WHEN 'promoter' THEN 0 WHEN 'partner' THEN 1 WHEN 'company' THEN 2 ELSE 3 END)", join: 'LEFT JOIN organisations o ON o.id = p.organisation_id' },
  action: { key: 'ac.code', order: 'MIN(ac.sort)', join: 'JOIN actions ac ON ac.id = a.action_id' },
  area: { key: 'ar.name', order: 'MIN(ar.sort)', join: 'LEFT JOIN areas ar ON ar.id = a.area_id' },
  kind: { key: 'a.kind', order: 'MIN(k.sort)', join: 'LEFT JOIN activity_kinds k ON k.name = a.kind' },
  year: { key: 'substr(a.date, 1, 4)', order: 'substr(a.date, 1, 4)' }
}

/**
 * Persons reached and participations, overall and by one dimension. A person attending several
 * activities counts once in `persons`; in a breakdown they count once in every group they belong
 * to (by action, a person in two actions is in both groups). Counted in SQL with COUNT(DISTINCT)
 * over indexed joins, so a register of 10,000 activities × 30 participants stays quick.
 */
export function personsSummary(ctx: Ctx, q: PersonsQuery = {}): PersonsSummaryDto {
  const locale = q.locale ?? 'it'
  const by: PersonDimension | null = q.by === 'orgKind' ? 'organisationType' : (q.by ?? null)
  if (by && !(by in GROUP_SQL)) throw fail('INVALID_INPUT', 'register.personsBy', { by: q.by ?? '', known: Object.keys(GROUP_SQL) })
  const clauses: string[] = []
  const params: unknown[] = []
  if (q.action) {
    const refs = new RegisterRefs(ctx)
    const a = refs.action(q.action)
    if (!a) throw fail('NOT_FOUND', 'register.actionUnknown', { code: q.action, known: refs.actions.map((x) => x.code) })
    clauses.push('a.action_id = ?')
    params.push(a.id)
  }
  if (q.kind) clauses.push('a.kind = ?'), params.push(q.kind)
  if (q.from) clauses.push('a.date >= ?'), params.push(q.from)
  if (q.to) clauses.push('a.date <= ?'), params.push(q.to)
  const where = clauses.length ? 'WHERE ' + clauses.join(' AND ') : ''
  const db = ctx.project.sqlite
  const base = 'FROM participations x JOIN activities a ON a.id = x.activity_id JOIN persons p ON p.id = x.person_id'
  const total = db.prepare(`SELECT COUNT(DISTINCT x.person_id) persons, COUNT(*) participations ${base} ${where}`).get(...params) as {
    persons: number
    participations: number
  }
  const without = db
    .prepare(`SELECT COUNT(*) n FROM activities a ${where ? where + ' AND' : 'WHERE'} NOT EXISTS (SELECT 1 FROM participations x WHERE x.activity_id = a.id)`)
    .get(...params) as { n: number }
  let breakdown: PersonsSummaryDto['breakdown'] = []
  if (by) {
    const g = GROUP_SQL[by]
    const rows = db
      .prepare(
        `SELECT ${g.key} grp, COUNT(DISTINCT x.person_id) persons, COUNT(*) participations, ${g.order} ord
         ${base} ${g.join ?? ''} ${where} GROUP BY ${g.key} ORDER BY (${g.key} IS NULL), ord, grp`
      )
      .all(...params) as { grp: string | null; persons: number; participations: number }[]
    const label = (v: string | null): string => {
      if (v === null) return locale === 'en' ? 'not recorded' : 'non rilevato'
      if (by === 'gender') return valueLabel('gender', v, locale)
      if (by === 'ageBand') return valueLabel('ageBand', v, locale)
      if (by === 'organisationType') return valueLabel('orgKind', v, locale)
      if (by === 'kind') return valueLabel('activityKind', v, locale)
      return v
    }
    breakdown = rows.map((r) => ({ group: r.grp ?? '', label: label(r.grp), persons: r.persons, participations: r.participations }))
  }
  return { persons: total.persons, participations: total.participations, activitiesWithoutList: without.n, by, breakdown }
}
