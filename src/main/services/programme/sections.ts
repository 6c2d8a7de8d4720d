import { sectionInput, type SectionDto } from '../../../shared/ipc/programme'
import { mutate, type Writer } from '../../db/op-log'
import type { Ctx } from '../context'
import { cleanName, defined, fail, nameKey, parseInput, type WriteOpts } from './common'
import { msg } from '../../../shared/messages'

export function listSections(ctx: Ctx): SectionDto[] {
  return ctx.project.sqlite
    .prepare(
      `SELECT s.id, s.number, s.title, s.title_en titleEn, s.description,
        (SELECT COUNT(*) FROM indicators i WHERE i.section_id = s.id) indicators,
        (SELECT COUNT(*) FROM report_tables t WHERE t.section_id = s.id) tables
       FROM report_sections s ORDER BY s.number`
    )
    .all() as SectionDto[]
}

/** A section by id, by number ("2") or by title (any case). */
export function findSection(ctx: Ctx, ref: string): SectionDto {
  const list = listSections(ctx)
  const s =
    list.find((x) => x.id === ref) ??
    (/^\d+$/.test(ref.trim()) ? list.find((x) => x.number === Number(ref)) : undefined) ??
    list.find((x) => nameKey(x.title) === nameKey(ref) || (x.titleEn !== null && nameKey(x.titleEn) === nameKey(ref)))
  if (!s) throw fail('NOT_FOUND', 'programme.sectionUnknown', { ref, count: list.length })
  return s
}

/**
 * Numbers the sections 1…n in the given order. Numbers are unique, so rows are first moved out of
 * the way (negative numbers) and then given their place, all inside the caller's transaction.
 */
function renumber(w: Writer, order: { id: string; number: number }[]): void {
  const changed = order.filter((s, i) => s.number !== i + 1)
  changed.forEach((s, k) => w.update('report_sections', s.id, { number: -(k + 1) }))
  for (const s of changed) w.update('report_sections', s.id, { number: order.indexOf(s) + 1 })
}

export function addSections(ctx: Ctx, inputs: unknown[], opts: WriteOpts = {}): SectionDto[] {
  const parsed = inputs.map((i) => parseInput(sectionInput, i, 'programme.what.section'))
  const existing = listSections(ctx)
  const titles = new Set(existing.map((s) => nameKey(s.title)))
  for (const p of parsed) {
    const key = nameKey(p.title)
    if (titles.has(key)) throw fail('CONFLICT', 'programme.sectionExists', { title: cleanName(p.title) })
    titles.add(key)
  }
  const next = (existing.at(-1)?.number ?? 0) + 1
  const ids = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'sections.create', summary: msg('programme.op.addSections', { count: parsed.length, titles: parsed.map((p) => p.title).join('; ') }) },
    (w) =>
      parsed.map((p, i) =>
        w.insert('report_sections', { number: next + i, title: cleanName(p.title), title_en: p.titleEn || null, description: p.description || null })
      ),
    opts
  )
  const all = listSections(ctx)
  return ids.map((id) => all.find((s) => s.id === id)!)
}

export const addSection = (ctx: Ctx, input: unknown, opts: WriteOpts = {}): SectionDto => addSections(ctx, [input], opts)[0]

/** Renames a section (and its English title or description); its number and contents stay. */
export function updateSection(ctx: Ctx, ref: string, patch: unknown, opts: WriteOpts = {}): SectionDto {
  const cur = findSection(ctx, ref)
  const p = defined(parseInput(sectionInput.partial(), patch, 'programme.what.section'))
  if (p.title !== undefined) {
    const clash = listSections(ctx).find((s) => s.id !== cur.id && nameKey(s.title) === nameKey(p.title!))
    if (clash) throw fail('CONFLICT', 'programme.sectionExists', { title: cleanName(p.title) })
  }
  const row: Record<string, unknown> = {}
  if (p.title !== undefined) row.title = cleanName(p.title)
  if (p.titleEn !== undefined) row.title_en = p.titleEn || null
  if (p.description !== undefined) row.description = p.description || null
  mutate(ctx.project, { actor: ctx.actor, kind: 'sections.update', summary: msg('programme.op.editSection', { number: cur.number }) }, (w) => w.update('report_sections', cur.id, row), opts)
  return findSection(ctx, cur.id)
}

/** Moves a section to number `to` (1-based); the others shift, tables and indicators go with their section. */
export function moveSection(ctx: Ctx, ref: string, to: number, opts: WriteOpts = {}): SectionDto[] {
  const cur = findSection(ctx, ref)
  const order = listSections(ctx)
  if (to < 1 || to > order.length) throw fail('INVALID_INPUT', 'programme.sectionPosition', { to, count: order.length })
  const from = order.findIndex((s) => s.id === cur.id)
  const [moved] = order.splice(from, 1)
  order.splice(to - 1, 0, moved)
  mutate(ctx.project, { actor: ctx.actor, kind: 'sections.move', summary: msg('programme.op.moveSection', { title: cur.title, to }) }, (w) => renumber(w, order), opts)
  return listSections(ctx)
}

/**
 * Removes a section; its indicators and tables stay in the project outside any section (as the
 * schema says), the following sections move up one number. Undo puts everything back.
 */
export function removeSection(ctx: Ctx, ref: string, opts: WriteOpts = {}): SectionDto[] {
  const cur = findSection(ctx, ref)
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'sections.delete', summary: msg('programme.op.deleteSection', { title: cur.title }) },
    (w) => {
      w.remove('report_sections', cur.id)
      renumber(w, listSections(ctx))
    },
    opts
  )
  return listSections(ctx)
}
