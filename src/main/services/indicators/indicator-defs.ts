import {
  disaggregationsSpec,
  indicatorSpec,
  type Disaggregation,
  type IndicatorDefDto,
  type IndicatorMetaDto,
  type IndicatorSpec
} from '../../../shared/ipc/indicators'
import { msg, zodErrorDetail, type Msg } from '../../../shared/messages'
import type { IndicatorTable } from '../../db/schema'
import type { Ctx } from '../context'
import { upgradeRegisterDisaggregations, upgradeRegisterSpec } from './legacy-spec'

/** The direction achievement is measured in: stored, else a target below the baseline means "lower is better". */
export function effectiveDirection(direction: 'increase' | 'decrease' | null, baseline: number | null, target: number | null): 'increase' | 'decrease' {
  if (direction) return direction
  return baseline !== null && target !== null && target < baseline ? 'decrease' : 'increase'
}

/** A stored indicator with its spec parsed; a spec that no longer parses keeps its error for that indicator. */
export interface IndicatorDef extends Omit<IndicatorDefDto, 'spec' | 'disaggregations'> {
  spec: IndicatorSpec | null
  disaggregations: Disaggregation[]
  specError: Msg | null
  action: { id: string; code: string; name: string } | null
  section: { id: string; number: number; title: string; titleEn: string | null } | null
}

function parseJson(text: string | null): unknown {
  if (text === null || text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return Symbol('bad json')
  }
}

export function readIndicatorDefs(ctx: Ctx, ids?: string[]): IndicatorDef[] {
  const db = ctx.project.sqlite
  const rows = db.prepare('SELECT * FROM indicators ORDER BY sort, code').all() as IndicatorTable[]
  const sdgRows = db
    .prepare(
      `SELECT s.indicator_id, g.number, t.code FROM indicator_sdgs s JOIN sdg_goals g ON g.id = s.goal_id
       LEFT JOIN sdg_targets t ON t.id = s.target_id ORDER BY g.number, t.code`
    )
    .all() as { indicator_id: string; number: number; code: string | null }[]
  const actions = new Map(
    (db.prepare('SELECT id, code, name FROM actions').all() as { id: string; code: string; name: string }[]).map((a) => [a.id, a])
  )
  const sections = new Map(
    (
      db.prepare('SELECT id, number, title, title_en titleEn FROM report_sections').all() as {
        id: string
        number: number
        title: string
        titleEn: string | null
      }[]
    ).map((s) => [s.id, s])
  )
  const orgs = new Map((db.prepare('SELECT id, name FROM organisations').all() as { id: string; name: string }[]).map((o) => [o.id, o.name]))
  const want = ids ? new Set(ids) : null
  return rows
    .filter((r) => !want || want.has(r.id) || want.has(r.code))
    .map((r) => {
      const sdgs: { goal: number; targets: string[] }[] = []
      for (const s of sdgRows.filter((x) => x.indicator_id === r.id)) {
        let g = sdgs.find((x) => x.goal === s.number)
        if (!g) sdgs.push((g = { goal: s.number, targets: [] }))
        if (s.code && !g.targets.includes(s.code)) g.targets.push(s.code)
      }
      // Specs restored from an old log entry may still name municipi: read them as areas (legacy-spec.ts).
      const rawSpec = upgradeRegisterSpec(parseJson(r.spec))
      const spec = indicatorSpec.safeParse(rawSpec)
      const dis = disaggregationsSpec.safeParse(upgradeRegisterDisaggregations(rawSpec, parseJson(r.disaggregations) ?? []))
      const meta: IndicatorMetaDto = {
        baselineYear: r.baseline_year,
        baselineSource: r.baseline_source,
        milestone: r.milestone,
        milestoneYear: r.milestone_year,
        targetYear: r.target_year,
        direction: r.direction,
        effectiveDirection: effectiveDirection(r.direction, r.baseline, r.target),
        responsibleId: r.responsible_id,
        responsible: r.responsible_id ? (orgs.get(r.responsible_id) ?? null) : null
      }
      const specError = !spec.success
        ? msg('indicators.badSpec', { path: spec.error.issues[0]?.path.join('.') || 'spec', detail: zodErrorDetail(spec.error) })
        : !dis.success
          ? msg('indicators.badDisaggregations', { detail: zodErrorDetail(dis.error) })
          : null
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        nameEn: r.name_en,
        definition: r.definition,
        unit: r.unit,
        kind: r.kind,
        sourceKind: r.source_kind,
        actionId: r.action_id,
        sectionId: r.section_id,
        sdgs,
        baseline: r.baseline,
        target: r.target,
        meta,
        spec: spec.success ? spec.data : null,
        disaggregations: dis.success ? dis.data : [],
        specError,
        sort: r.sort,
        action: r.action_id ? (actions.get(r.action_id) ?? null) : null,
        section: r.section_id ? (sections.get(r.section_id) ?? null) : null
      }
    })
}

export function toDefDto(d: IndicatorDef): IndicatorDefDto {
  return {
    id: d.id,
    code: d.code,
    name: d.name,
    nameEn: d.nameEn,
    definition: d.definition,
    unit: d.unit,
    kind: d.kind,
    sourceKind: d.sourceKind,
    actionId: d.actionId,
    sectionId: d.sectionId,
    sdgs: d.sdgs,
    baseline: d.baseline,
    target: d.target,
    meta: d.meta,
    // An unreadable spec is shown as its source kind only, so the editor can repair it.
    spec: d.spec ?? ({ source: d.sourceKind } as IndicatorSpec),
    disaggregations: d.disaggregations,
    sort: d.sort
  }
}
