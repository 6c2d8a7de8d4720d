import { programmeInput, type ProgrammeDetailsDto, type ProgrammeInput } from '../../../shared/ipc/programme'
import { mutate, type Writer } from '../../db/op-log'
import type { ProgrammeTable } from '../../db/schema'
import type { Ctx } from '../context'
import { defined, fail, fieldName, isRealDate, parseInput, type WriteOpts } from './common'
import { msg } from '../../../shared/messages'

const toDto = (p: ProgrammeTable): ProgrammeDetailsDto => ({
  id: p.id,
  name: p.name,
  fullName: p.full_name,
  promoter: p.promoter,
  periodStart: p.period_start,
  periodEnd: p.period_end,
  territory: p.area,
  description: p.description,
  areaLabel: p.area_label
})

function row(ctx: Ctx): ProgrammeTable | undefined {
  return ctx.project.sqlite.prepare('SELECT * FROM programmes ORDER BY rowid LIMIT 1').get() as ProgrammeTable | undefined
}

export function getProgramme(ctx: Ctx): ProgrammeDetailsDto | null {
  const p = row(ctx)
  return p ? toDto(p) : null
}

/**
 * The project's one programme, created (unnamed) inside the caller's transaction when a first
 * action is added to an empty project: actions belong to a programme.
 */
export function ensureProgramme(w: Writer): string {
  const p = w.project.sqlite.prepare('SELECT id FROM programmes ORDER BY rowid LIMIT 1').get() as { id: string } | undefined
  return p?.id ?? w.insert('programmes', { name: '' })
}

function checkPeriod(ctx: Ctx, start: string | null, end: string | null): void {
  for (const [field, d] of [['periodStart', start], ['periodEnd', end]] as const)
    if (d && !isRealDate(d)) throw fail('INVALID_INPUT', 'programme.badDate', { field: fieldName(field), value: d })
  if (start && end && end < start) throw fail('INVALID_INPUT', 'programme.periodReversed', { start, end })
  // The register must stay inside the period: shrinking it around recorded activities is refused.
  const db = ctx.project.sqlite
  if (start) {
    const before = db.prepare('SELECT COUNT(*) n, MIN(date) d FROM activities WHERE date < ?').get(start) as { n: number; d: string | null }
    if (before.n) throw fail('CONFLICT', 'programme.activitiesBeforeStart', { count: before.n, date: before.d, start })
  }
  if (end) {
    const after = db.prepare('SELECT COUNT(*) n, MAX(date) d FROM activities WHERE date > ?').get(end) as { n: number; d: string | null }
    if (after.n) throw fail('CONFLICT', 'programme.activitiesAfterEnd', { count: after.n, date: after.d, end })
  }
}

/** Sets the programme's details (only the fields given); creates the programme when there is none. */
export function setProgramme(ctx: Ctx, input: ProgrammeInput | unknown, opts: WriteOpts = {}): ProgrammeDetailsDto {
  const f = defined(parseInput(programmeInput, input, 'programme.what.programme'))
  const current = row(ctx)
  const start = f.periodStart !== undefined ? f.periodStart : (current?.period_start ?? null)
  const end = f.periodEnd !== undefined ? f.periodEnd : (current?.period_end ?? null)
  checkPeriod(ctx, start ?? null, end ?? null)
  if (f.name !== undefined && f.name === '' && current?.name) throw fail('INVALID_INPUT', 'programme.nameRequired')
  const patch: Partial<ProgrammeTable> = {}
  if (f.name !== undefined) patch.name = f.name
  if (f.fullName !== undefined) patch.full_name = f.fullName || null
  if (f.promoter !== undefined) patch.promoter = f.promoter || null
  if (f.periodStart !== undefined) patch.period_start = f.periodStart ?? null
  if (f.periodEnd !== undefined) patch.period_end = f.periodEnd ?? null
  if (f.territory !== undefined) patch.area = f.territory || null
  if (f.description !== undefined) patch.description = f.description || null
  if (f.areaLabel !== undefined) patch.area_label = f.areaLabel || null
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'programme.set', summary: msg('programme.op.details') },
    (w) => {
      if (current) w.update('programmes', current.id, patch)
      else w.insert('programmes', { name: '', ...patch })
    },
    opts
  )
  return getProgramme(ctx)!
}
