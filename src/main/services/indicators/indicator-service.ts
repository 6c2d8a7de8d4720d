import { z } from 'zod'
import { EsitiError, invalid } from '../../../shared/errors'
import { indicatorInput, type IndicatorDefDto, type IndicatorInput } from '../../../shared/ipc/indicators'
import { mutate, type Writer } from '../../db/op-log'
import type { Ctx } from '../context'
import { parseWith } from '../register/register-service'
import { readIndicatorDefs, toDefDto } from './indicator-defs'
import { upgradeRegisterDisaggregations, upgradeRegisterSpec } from './legacy-spec'
import { fail } from '../programme/common'
import { OrganisationRefs } from '../programme/organisation-refs'
import { RegisterRefs } from '../register/register-refs'
import { msg } from '../../../shared/messages'

/** An input written before areas (municipi: [5]) is read with areas ("Municipio 5"): see legacy-spec.ts. */
function upgradeInput(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('spec' in input)) return input
  const i = input as { spec: unknown; disaggregations?: unknown }
  const spec = upgradeRegisterSpec(i.spec)
  return { ...i, spec, ...(i.disaggregations !== undefined ? { disaggregations: upgradeRegisterDisaggregations(spec, i.disaggregations) } : {}) }
}

/** A register spec may only name kinds and areas the programme has: a typo would silently count nothing. */
function checkRegisterNames(ctx: Ctx, f: Fields): void {
  if (f.spec.source !== 'register') return
  const refs = new RegisterRefs(ctx)
  for (const k of f.spec.kinds ?? [])
    if (!refs.kind(k) || refs.kind(k) !== k) throw fail('INVALID_INPUT', 'register.indicatorUnknownKind', { code: f.code, kind: k, known: refs.kinds })
  for (const a of [...(f.spec.areas ?? []), ...(f.spec.orgAreas ?? [])])
    if (refs.area(a)?.name !== a) throw fail('INVALID_INPUT', 'register.indicatorUnknownArea', { code: f.code, name: a, known: refs.areas.map((x) => x.name) })
}

type Fields = z.output<typeof indicatorInput>

interface Resolved {
  row: Record<string, unknown>
  sdgs: { goal_id: string; target_id: string | null }[]
}

function resolve(ctx: Ctx, f: Fields, selfId: string | null): Resolved {
  const db = ctx.project.sqlite
  const clash = db.prepare('SELECT id FROM indicators WHERE code = ?').get(f.code) as { id: string } | undefined
  if (clash && clash.id !== selfId) throw new EsitiError('CONFLICT', 'indicators.codeExists', { code: f.code })
  let actionId: string | null = null
  if (f.action) {
    const a = db.prepare('SELECT id FROM actions WHERE id = ? OR code = ? OR name = ?').get(f.action, f.action, f.action) as
      | { id: string }
      | undefined
    if (!a) throw invalid('indicators.noSuchAction', { code: f.code, action: f.action })
    actionId = a.id
  }
  let sectionId: string | null = null
  if (f.section !== null && f.section !== undefined) {
    const s = db.prepare('SELECT id FROM report_sections WHERE number = ?').get(f.section) as { id: string } | undefined
    if (!s) throw invalid('indicators.noSuchSection', { code: f.code, section: f.section })
    sectionId = s.id
  }
  const sdgs: Resolved['sdgs'] = []
  for (const g of f.sdgs) {
    const goal = db.prepare('SELECT id FROM sdg_goals WHERE number = ?').get(g.goal) as { id: string } | undefined
    if (!goal) throw invalid('indicators.noSuchGoal', { code: f.code, goal: g.goal })
    if (g.targets.length === 0) sdgs.push({ goal_id: goal.id, target_id: null })
    for (const code of g.targets) {
      const t = db.prepare('SELECT id FROM sdg_targets WHERE code = ? AND goal_id = ?').get(code, goal.id) as { id: string } | undefined
      if (!t) throw invalid('indicators.noSuchTarget', { code: f.code, target: code, goal: g.goal })
      sdgs.push({ goal_id: goal.id, target_id: t.id })
    }
  }
  checkRegisterNames(ctx, f)
  const responsible = f.responsible ? new OrganisationRefs(ctx).get(f.responsible).id : null
  const sort =
    f.sort ?? ((db.prepare('SELECT COALESCE(MAX(sort), -1) + 1 s FROM indicators').get() as { s: number }).s as number)
  return {
    row: {
      code: f.code,
      name: f.name,
      name_en: f.nameEn ?? null,
      definition: f.definition ?? null,
      unit: f.unit ?? '',
      kind: f.kind,
      action_id: actionId,
      section_id: sectionId,
      source_kind: f.spec.source,
      spec: JSON.stringify(f.spec),
      disaggregations: JSON.stringify(f.disaggregations),
      baseline: f.baseline ?? null,
      target: f.target ?? null,
      baseline_year: f.baselineYear ?? null,
      baseline_source: f.baselineSource || null,
      milestone: f.milestone ?? null,
      milestone_year: f.milestoneYear ?? null,
      target_year: f.targetYear ?? null,
      direction: f.direction ?? null,
      responsible_id: responsible,
      sort
    },
    sdgs
  }
}

function writeSdgs(w: Writer, ctx: Ctx, indicatorId: string, sdgs: Resolved['sdgs']): void {
  const old = ctx.project.sqlite.prepare('SELECT id FROM indicator_sdgs WHERE indicator_id = ?').all(indicatorId) as { id: string }[]
  for (const o of old) w.remove('indicator_sdgs', o.id)
  for (const s of sdgs) w.insert('indicator_sdgs', { indicator_id: indicatorId, ...s })
}

export function getIndicatorDef(ctx: Ctx, idOrCode: string): IndicatorDefDto {
  const [d] = readIndicatorDefs(ctx, [idOrCode])
  if (!d) throw new EsitiError('NOT_FOUND', 'indicators.notFound', { key: idOrCode })
  return toDefDto(d)
}

export const listIndicatorDefs = (ctx: Ctx): IndicatorDefDto[] => readIndicatorDefs(ctx).map(toDefDto)

/** Writes several indicators in one undoable step (used by `indicators add` with a JSON array). */
export function createIndicators(ctx: Ctx, inputs: (IndicatorInput | unknown)[], opts: { log?: boolean } = {}): IndicatorDefDto[] {
  const parsed = inputs.map((i, k) => parseWith(indicatorInput, upgradeInput(i), inputs.length > 1 ? `indicator #${k + 1}` : 'indicator'))
  const codes = parsed.map((p) => p.code)
  const dup = codes.find((c, k) => codes.indexOf(c) !== k)
  if (dup) throw new EsitiError('CONFLICT', 'indicators.codeTwice', { code: dup })
  const ids = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'indicators.create', summary: parsed.length === 1 ? msg('indicators.op.add', { code: parsed[0].code }) : msg('indicators.op.addMany', { count: parsed.length }) },
    (w) =>
      parsed.map((f) => {
        const r = resolve(ctx, f, null)
        const id = w.insert('indicators', r.row)
        writeSdgs(w, ctx, id, r.sdgs)
        return id
      }),
    opts
  )
  return ids.map((id) => getIndicatorDef(ctx, id))
}

export const createIndicator = (ctx: Ctx, input: IndicatorInput | unknown): IndicatorDefDto => createIndicators(ctx, [input])[0]

export function updateIndicator(ctx: Ctx, idOrCode: string, patch: Partial<IndicatorInput> | unknown): IndicatorDefDto {
  const cur = getIndicatorDef(ctx, idOrCode)
  const p = parseWith(indicatorInput.partial(), upgradeInput(patch), 'indicator change')
  const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))
  const db = ctx.project.sqlite
  const current: IndicatorInput = {
    code: cur.code,
    name: cur.name,
    nameEn: cur.nameEn,
    definition: cur.definition,
    unit: cur.unit,
    kind: cur.kind as Fields['kind'],
    action: cur.actionId,
    section: cur.sectionId
      ? (db.prepare('SELECT number FROM report_sections WHERE id = ?').get(cur.sectionId) as { number: number }).number
      : null,
    sdgs: cur.sdgs,
    baseline: cur.baseline,
    baselineYear: cur.meta.baselineYear,
    baselineSource: cur.meta.baselineSource,
    milestone: cur.meta.milestone,
    milestoneYear: cur.meta.milestoneYear,
    target: cur.target,
    targetYear: cur.meta.targetYear,
    direction: cur.meta.direction,
    responsible: cur.meta.responsibleId,
    spec: cur.spec,
    disaggregations: cur.disaggregations,
    sort: cur.sort
  }
  const f = parseWith(indicatorInput, { ...current, ...defined }, 'indicator')
  const r = resolve(ctx, f, cur.id)
  mutate(ctx.project, { actor: ctx.actor, kind: 'indicators.update', summary: msg('indicators.op.edit', { code: f.code }) }, (w) => {
    w.update('indicators', cur.id, r.row)
    writeSdgs(w, ctx, cur.id, r.sdgs)
  })
  return getIndicatorDef(ctx, cur.id)
}

export function deleteIndicators(ctx: Ctx, idsOrCodes: string[]): { deleted: number } {
  const ids = [...new Set(idsOrCodes.map((k) => getIndicatorDef(ctx, k).id))]
  mutate(ctx.project, { actor: ctx.actor, kind: 'indicators.delete', summary: msg('indicators.op.delete', { count: ids.length }) }, (w) => {
    for (const id of ids) {
      const links = ctx.project.sqlite
        .prepare("SELECT id FROM code_links WHERE target_kind = 'indicator' AND target_id = ?")
        .all(id) as { id: string }[]
      for (const l of links) w.remove('code_links', l.id)
      w.remove('indicators', id)
    }
  })
  return { deleted: ids.length }
}
