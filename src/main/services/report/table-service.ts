import { z } from 'zod'
import { EsitiError, invalid } from '../../../shared/errors'
import { msg, zodErrorDetail, type Msg } from '../../../shared/messages'
import { chartSpec, tableInput, tableSpec, tableStats, type ChartSpec, type TableInput, type TableSpec, type TableStats } from '../../../shared/ipc/indicators'
import { mutate } from '../../db/op-log'
import type { ReportTableTable } from '../../db/schema'
import type { Ctx } from '../context'
import { parseWith } from '../register/register-service'

type Fields = z.output<typeof tableInput>

/** A stored report table with its JSON parsed; an unreadable spec is kept as an error for that table. */
export interface TableDef {
  id: string
  sectionId: string | null
  sectionNumber: number | null
  sectionTitle: string | null
  sectionTitleEn: string | null
  number: number
  title: string
  notes: string | null
  sort: number
  spec: TableSpec | null
  chart: ChartSpec | null
  stats: TableStats | null
  specError: Msg | null
}

export function readTableDefs(ctx: Ctx): TableDef[] {
  const rows = ctx.project.sqlite
    .prepare(
      `SELECT t.*, s.number section_number, s.title section_title, s.title_en section_title_en FROM report_tables t
       LEFT JOIN report_sections s ON s.id = t.section_id ORDER BY COALESCE(s.number, 1e9), t.sort, t.number`
    )
    .all() as (ReportTableTable & { section_number: number | null; section_title: string | null; section_title_en: string | null })[]
  return rows.map((r) => {
    let raw: unknown
    let chartRaw: unknown = null
    let statsRaw: unknown = null
    try {
      raw = JSON.parse(r.spec)
      chartRaw = r.chart ? JSON.parse(r.chart) : null
      statsRaw = r.stats ? JSON.parse(r.stats) : null
    } catch {
      raw = undefined
    }
    const spec = tableSpec.safeParse(raw)
    const chart = chartRaw === null ? null : chartSpec.safeParse(chartRaw)
    // Unreadable statistics fall back to none: the figures themselves do not depend on them.
    const stats = statsRaw === null ? null : tableStats.safeParse(statsRaw)
    return {
      id: r.id,
      sectionId: r.section_id,
      sectionNumber: r.section_number,
      sectionTitle: r.section_title,
      sectionTitleEn: r.section_title_en,
      number: r.number,
      title: r.title,
      notes: r.notes,
      sort: r.sort,
      spec: spec.success ? spec.data : null,
      chart: chart?.success ? chart.data : null,
      stats: stats?.success ? stats.data : null,
      specError: spec.success ? null : msg('indicators.tableBadSpec', { path: spec.error.issues[0]?.path.join('.') ?? '', detail: zodErrorDetail(spec.error) })
    }
  })
}

function toRow(ctx: Ctx, f: Fields, selfId: string | null): Record<string, unknown> {
  const db = ctx.project.sqlite
  let sectionId: string | null = null
  if (f.section !== null && f.section !== undefined) {
    const s = db.prepare('SELECT id FROM report_sections WHERE number = ?').get(f.section) as { id: string } | undefined
    if (!s) throw invalid('indicators.sectionMissing', { section: f.section })
    sectionId = s.id
  }
  const next = db
    .prepare('SELECT COALESCE(MAX(number), 0) + 1 n FROM report_tables WHERE section_id IS ? AND id IS NOT ?')
    .get(sectionId, selfId) as { n: number }
  const number = f.number ?? next.n
  const clash = db
    .prepare('SELECT id FROM report_tables WHERE section_id IS ? AND number = ? AND id IS NOT ?')
    .get(sectionId, number, selfId)
  if (clash) throw new EsitiError('CONFLICT', 'indicators.tableNumberTaken', { section: f.section ?? '—', number })
  return {
    section_id: sectionId,
    number,
    title: f.title,
    spec: JSON.stringify(f.spec),
    chart: f.chart ? JSON.stringify(f.chart) : null,
    stats: f.stats ? JSON.stringify(f.stats) : null,
    notes: f.notes ?? null,
    sort: f.sort ?? number
  }
}

export function createTables(ctx: Ctx, inputs: (TableInput | unknown)[], opts: { log?: boolean } = {}): string[] {
  const parsed = inputs.map((i) => parseWith(tableInput, i, 'report table'))
  return mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'tables.create', summary: parsed.length === 1 ? msg('report.op.addTable', { title: parsed[0].title }) : msg('report.op.addTables', { count: parsed.length }) },
    (w) => parsed.map((f) => w.insert('report_tables', toRow(ctx, f, null))),
    opts
  )
}

function getDef(ctx: Ctx, id: string): TableDef {
  const d = readTableDefs(ctx).find((t) => t.id === id)
  if (!d) throw new EsitiError('NOT_FOUND', 'indicators.tableNotFound', { id })
  return d
}

export function updateTable(ctx: Ctx, id: string, patch: Partial<TableInput> | unknown): void {
  const cur = getDef(ctx, id)
  if (!cur.spec) throw invalid('indicators.tableReplaceSpec', { problem: cur.specError ?? { key: 'indicators.tableNoSpec' } })
  const p = parseWith(tableInput.partial(), patch, 'table change')
  const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))
  const f = parseWith(
    tableInput,
    { section: cur.sectionNumber, number: cur.number, title: cur.title, spec: cur.spec, chart: cur.chart, stats: cur.stats, notes: cur.notes, sort: cur.sort, ...defined },
    'report table'
  )
  mutate(ctx.project, { actor: ctx.actor, kind: 'tables.update', summary: msg('report.op.editTable', { title: f.title }) }, (w) =>
    w.update('report_tables', id, toRow(ctx, f, id))
  )
}

export function deleteTables(ctx: Ctx, ids: string[]): { deleted: number } {
  const unique = [...new Set(ids)]
  for (const id of unique) getDef(ctx, id)
  mutate(ctx.project, { actor: ctx.actor, kind: 'tables.delete', summary: msg('report.op.deleteTables', { count: unique.length }) }, (w) =>
    unique.forEach((id) => w.remove('report_tables', id))
  )
  return { deleted: unique.length }
}
