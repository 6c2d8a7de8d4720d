import { z } from 'zod'
import { EsitiError, invalid } from '../../../shared/errors'
import { jointDisplayInput, type IndicatorResultDto, type JointDisplayDto, type JointDisplayInput } from '../../../shared/ipc/indicators'
import { mutate } from '../../db/op-log'
import type { JointDisplayTable } from '../../db/schema'
import type { Ctx } from '../context'
import { casesOf, codePath, resolveCode, withDescendants } from '../indicators/coding-compute'
import { loadCodings, type CodingSnapshot } from '../indicators/coding-data'
import { parseWith } from '../register/register-service'
import { storedList } from '../../db/stored-json'
import { msg } from '../../../shared/messages'

type Fields = z.output<typeof jointDisplayInput>

function indicatorId(ctx: Ctx, key: string): string {
  const r = ctx.project.sqlite.prepare('SELECT id FROM indicators WHERE id = ? OR code = ?').get(key, key) as { id: string } | undefined
  if (!r) throw new EsitiError('NOT_FOUND', 'indicators.notFound', { key })
  return r.id
}

function toRow(ctx: Ctx, f: Fields): Record<string, unknown> {
  const snap = loadCodings(ctx)
  const codeIds = f.codes.map((k) => {
    try {
      return resolveCode(snap, k).id
    } catch (e) {
      throw e instanceof EsitiError ? EsitiError.fromMsg('INVALID_INPUT', e.msg) : e
    }
  })
  const quoteIds = f.quotes.map((id) => {
    if (!snap.codings.some((c) => c.id === id)) throw invalid('indicators.quoteNotFound', { id })
    return id
  })
  return { indicator_id: indicatorId(ctx, f.indicator), title: f.title, code_ids: JSON.stringify(codeIds), quote_ids: JSON.stringify(quoteIds), notes: f.notes ?? null }
}

export function createJointDisplays(ctx: Ctx, inputs: (JointDisplayInput | unknown)[], opts: { log?: boolean } = {}): string[] {
  const parsed = inputs.map((i) => parseWith(jointDisplayInput, i, 'joint display'))
  return mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'joint.create', summary: msg('report.op.addJoint', { title: parsed[0]?.title ?? '' }) },
    (w) => parsed.map((f) => w.insert('joint_displays', toRow(ctx, f))),
    opts
  )
}

function getRow(ctx: Ctx, id: string): JointDisplayTable {
  const r = ctx.project.sqlite.prepare('SELECT * FROM joint_displays WHERE id = ?').get(id) as JointDisplayTable | undefined
  if (!r) throw new EsitiError('NOT_FOUND', 'indicators.jointNotFound', { id })
  return r
}

export function updateJointDisplay(ctx: Ctx, id: string, patch: Partial<JointDisplayInput> | unknown): void {
  const cur = getRow(ctx, id)
  const p = parseWith(jointDisplayInput.partial(), patch, 'joint display change')
  const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))
  const f = parseWith(
    jointDisplayInput,
    { indicator: cur.indicator_id, title: cur.title, codes: storedList(cur.code_ids, { table: 'joint_displays', column: 'code_ids', id: id }), quotes: storedList(cur.quote_ids, { table: 'joint_displays', column: 'quote_ids', id: id }), notes: cur.notes, ...defined },
    'joint display'
  )
  mutate(ctx.project, { actor: ctx.actor, kind: 'joint.update', summary: msg('report.op.editJoint', { title: f.title }) }, (w) =>
    w.update('joint_displays', id, toRow(ctx, f))
  )
}

export function deleteJointDisplays(ctx: Ctx, ids: string[]): { deleted: number } {
  for (const id of ids) getRow(ctx, id)
  mutate(ctx.project, { actor: ctx.actor, kind: 'joint.delete', summary: msg('report.op.deleteJoints', { count: ids.length }) }, (w) =>
    ids.forEach((id) => w.remove('joint_displays', id))
  )
  return { deleted: ids.length }
}

function codeFigures(snap: CodingSnapshot, codeId: string): JointDisplayDto['codes'][number] {
  const set = withDescendants(snap, [codeId])
  const hits = snap.codings.filter((c) => set.has(c.codeId))
  const cases = new Set<string>()
  for (const h of hits) for (const k of casesOf(snap, h)) cases.add(k)
  const code = snap.codes.find((c) => c.id === codeId)!
  return { id: codeId, name: code.name, path: codePath(snap, codeId), color: code.color, codings: hits.length, sources: new Set(hits.map((h) => h.sourceId)).size, cases: cases.size }
}

/** Joint displays with the indicator's figures beside the frequency of related codes and chosen quotes. */
export function listJointDisplays(ctx: Ctx, results: IndicatorResultDto[]): JointDisplayDto[] {
  const rows = ctx.project.sqlite.prepare('SELECT * FROM joint_displays ORDER BY title').all() as JointDisplayTable[]
  if (!rows.length) return []
  const snap = loadCodings(ctx)
  const db = ctx.project.sqlite
  return rows.flatMap((r) => {
    const indicator = results.find((x) => x.id === r.indicator_id)
    if (!indicator) return []
    let codeIds = storedList<string>(r.code_ids, { table: 'joint_displays', column: 'code_ids', id: r.id })
    if (codeIds.length === 0)
      codeIds = (db.prepare("SELECT code_id FROM code_links WHERE target_kind = 'indicator' AND target_id = ?").all(r.indicator_id) as { code_id: string }[]).map(
        (x) => x.code_id
      )
    const quotes = storedList<string>(r.quote_ids, { table: 'joint_displays', column: 'quote_ids', id: r.id }).flatMap((id) => {
      const q = db
        .prepare(
          `SELECT c.id, c.quote, k.name code, s.name source, s.id source_id, c.start, c."end" "end" FROM codings c
           JOIN codes k ON k.id = c.code_id JOIN sources s ON s.id = c.source_id WHERE c.id = ? AND s.deleted_at IS NULL`
        )
        .get(id) as { id: string; quote: string; code: string; source: string; source_id: string; start: number; end: number } | undefined
      if (!q) return []
      const caseId = casesOf(snap, { sourceId: q.source_id, start: q.start, end: q.end })[0]
      return [{ id: q.id, code: q.code, source: q.source, caseName: caseId ? (snap.cases.get(caseId)?.name ?? null) : null, text: q.quote }]
    })
    return [
      {
        id: r.id,
        title: r.title,
        notes: r.notes,
        indicator,
        codes: codeIds.filter((id) => snap.codes.some((c) => c.id === id)).map((id) => codeFigures(snap, id)),
        quotes
      }
    ]
  })
}
