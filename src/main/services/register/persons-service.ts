import type { RegisterSpec } from '../../../shared/ipc/indicators'
import type { PersonDimension, PersonsSummaryDto } from '../../../shared/ipc/register'
import type { Ctx } from '../context'
import { computeRegister } from '../indicators/register-compute'
import { loadRegister } from '../indicators/register-data'
import { fail } from '../programme/common'
import type { ValueLocale } from '../programme/value-labels'
import { RegisterRefs } from './register-refs'

export interface PersonsQuery {
  by?: PersonDimension | 'organisationType' | 'orgKind'
  action?: string
  kind?: string
  from?: string
  to?: string
  locale?: ValueLocale
}

/** The register dimension each summary breakdown is; person dimensions put each person in one group. */
const DIMENSION: Record<PersonDimension, { by: string; perPerson: boolean }> = {
  gender: { by: 'gender', perPerson: true },
  ageBand: { by: 'ageBand', perPerson: true },
  organisationType: { by: 'orgKind', perPerson: true },
  action: { by: 'action', perPerson: false },
  area: { by: 'area', perPerson: false },
  kind: { by: 'kind', perPerson: false },
  year: { by: 'year', perPerson: false }
}

/**
 * Persons reached and participations, overall and by one dimension: the same computation as the
 * register indicators `persons` and `participations` (so the CLI, the window and the report agree).
 * A person attending several activities counts once in `persons`; by action, area, kind or year a
 * person counts once in every group they attended, so those groups may add up to more. By gender, age
 * band or organisation type each person is in one group, and those without a value are "not recorded".
 */
export function personsSummary(ctx: Ctx, q: PersonsQuery = {}): PersonsSummaryDto {
  const locale = q.locale ?? 'it'
  const by: PersonDimension | null = q.by === 'orgKind' ? 'organisationType' : (q.by ?? null)
  if (by && !(by in DIMENSION)) throw fail('INVALID_INPUT', 'register.personsBy', { by: q.by ?? '', known: Object.keys(DIMENSION) })
  if (q.action) {
    const refs = new RegisterRefs(ctx)
    if (!refs.action(q.action)) throw fail('NOT_FOUND', 'register.actionUnknown', { code: q.action, known: refs.actions.map((x) => x.code) })
  }
  const snap = loadRegister(ctx)
  const spec = (measure: 'persons' | 'participations'): RegisterSpec => ({
    source: 'register',
    measure,
    ...(q.action ? { actions: [q.action] } : {}),
    ...(q.kind ? { kinds: [q.kind] } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {})
  })
  const dis = by ? [{ by: DIMENSION[by].by }] : []
  const persons = computeRegister(snap, spec('persons'), dis, locale)
  const participations = computeRegister(snap, spec('participations'), dis, locale)
  const breakdown: PersonsSummaryDto['breakdown'] = persons.breakdown.map((b, i) => ({
    group: b.key ?? b.group,
    label: b.group,
    persons: b.value ?? 0,
    participations: participations.breakdown[i]?.value ?? 0
  }))
  if (by && DIMENSION[by].perPerson) {
    const p = (persons.value ?? 0) - breakdown.reduce((s, b) => s + b.persons, 0)
    const x = (participations.value ?? 0) - breakdown.reduce((s, b) => s + b.participations, 0)
    if (p > 0) breakdown.push({ group: '', label: locale === 'en' ? 'not recorded' : 'non rilevato', persons: p, participations: x })
  }
  return {
    persons: persons.value ?? 0,
    participations: participations.value ?? 0,
    activitiesWithoutList: persons.missing,
    by,
    breakdown
  }
}
