import { EsitiError } from '../../../shared/errors'
import type { IndicatorResultDto, NumberFormat, TableCellDto, TableModelDto, TableSpec } from '../../../shared/ipc/indicators'
import type { FrameProvider } from '../indicators/compute-indicators'
import { fmtNumber, labels, type Labels, type Locale } from '../indicators/labels'
import type { TableDef } from './table-service'
import { categoriesTable, itemsTable, type Body } from './table-survey'

type Row = TableModelDto['rows'][number]

const cell = (value: number | null, format: NumberFormat, n: number | null = null): TableCellDto => ({ value, format, n })

export function sourceLine(r: IndicatorResultDto, L: Labels): string {
  if (r.source === 'register') return L.register
  if (r.source === 'coding') return L.codings
  return L.survey(r.provenance.dataset ?? '?', r.provenance.recipeVersion)
}

function indicatorsTable(spec: Extract<TableSpec, { rows: 'indicators' }>, results: IndicatorResultDto[], L: Labels, locale: Locale): Body {
  const rows: IndicatorResultDto[] = spec.indicators.map((key) => {
    const r = results.find((x) => x.code === key || x.id === key)
    if (!r) throw new EsitiError('NOT_FOUND', `Indicator "${key}" is not defined (renamed or deleted?)`)
    return r
  })
  const groups: string[] = []
  if (spec.by) for (const r of rows) for (const b of r.breakdown) if (b.by === spec.by && !groups.includes(b.group)) groups.push(b.group)
  const showTarget = spec.showTarget && rows.some((r) => r.target !== null)
  const header = [L.name, groups.length ? L.total : L.value, ...groups, ...(showTarget ? [L.target] : []), L.n]
  const roles: TableModelDto['columnRoles'] = ['label', 'total', ...groups.map(() => 'group' as const), ...(showTarget ? ['target' as const] : []), 'n']
  const notes: string[] = []
  const body: Row[] = rows.map((r) => {
    const byGroup = new Map(r.breakdown.filter((b) => b.by === spec.by).map((b) => [b.group, b]))
    const ok = r.status === 'ok'
    if (!ok) notes.push(`⚠ ${r.code}: ${r.message}`)
    const label = `${r.code} – ${r.name}${r.unit && r.format !== 'percent' && !['n', 'count'].includes(r.unit) ? ` (${r.unit})` : ''}`
    return {
      label,
      cells: [
        cell(ok ? r.value : null, r.format, ok ? r.n : null),
        ...groups.map((g) => cell(ok ? (byGroup.get(g)?.value ?? null) : null, r.format, byGroup.get(g)?.n ?? null)),
        ...(showTarget ? [cell(r.target, r.format)] : []),
        cell(ok ? r.n : null, 'count')
      ],
      ...(ok ? {} : { note: r.message })
    }
  })
  const missing = rows.filter((r) => r.status === 'ok' && r.missing > 0)
  if (missing.length) notes.push(`${L.missing}: ${missing.map((r) => `${r.code} = ${fmtNumber(locale, r.missing)}`).join('; ')}`)
  for (const r of rows) if (r.status === 'ok' && r.provenance.filter) notes.push(`${L.filter(r.provenance.filter)} (${r.code})`)
  for (const r of rows) if (r.status === 'ok' && r.provenance.weight) notes.push(`${L.weighted(r.provenance.weight)} (${r.code})`)
  if (rows.some((r) => r.seriesLabels?.secondary)) notes.push(L.multiNote)
  const sources = [...new Set(rows.map((r) => sourceLine(r, L)))]
  const allBad = rows.every((r) => r.status === 'error')
  return {
    header,
    roles,
    rows: body,
    notes,
    base: null,
    missing: missing.length ? missing.reduce((s, r) => s + r.missing, 0) : 0,
    sources,
    error: allBad ? rows.map((r) => `${r.code}: ${r.message}`).join(' | ') : null
  }
}

/** Builds every report table from the computed indicators (and, for category/item tables, the frames). */
export function buildTable(def: TableDef, results: IndicatorResultDto[], frames: FrameProvider, locale: Locale): TableModelDto {
  const L = labels(locale)
  const base: TableModelDto = {
    id: def.id,
    sectionId: def.sectionId,
    sectionNumber: def.sectionNumber,
    sectionTitle: locale === 'en' && def.sectionTitleEn ? def.sectionTitleEn : def.sectionTitle,
    number: def.number,
    label: def.sectionNumber !== null ? `${def.sectionNumber}.${def.number}` : String(def.number),
    title: def.title,
    header: [],
    columnRoles: [],
    rows: [],
    notes: def.notes ? [def.notes] : [],
    base: null,
    missing: null,
    sources: [],
    status: 'ok',
    chartSpec: def.chart,
    spec: def.spec ?? ({ rows: 'indicators', indicators: [], showTarget: false } as TableSpec)
  }
  try {
    if (!def.spec) throw new EsitiError('INVALID_INPUT', def.specError ?? 'The table has no spec')
    const spec = def.spec
    const body =
      spec.rows === 'indicators'
        ? indicatorsTable(spec, results, L, locale)
        : spec.rows === 'categories'
          ? categoriesTable(spec, frames(spec.dataset, spec.layer), L)
          : itemsTable(spec, frames(spec.dataset, spec.layer), L)
    const hasData = body.rows.some((r) => r.cells.some((c) => c.value !== null))
    const error = body.error ?? (hasData ? null : L.noData)
    return {
      ...base,
      header: body.header,
      columnRoles: body.roles,
      rows: body.rows,
      notes: [...body.notes, ...base.notes],
      base: body.base,
      missing: body.missing,
      sources: body.sources,
      ...(error ? { status: 'error' as const, message: error } : {})
    }
  } catch (e) {
    const message = e instanceof EsitiError ? e.message : `Internal error: ${(e as Error).message}`
    return { ...base, status: 'error', message }
  }
}

/** Frames are loaded once per build even when several tables read the same dataset. */
export function cachingFrames(provider: FrameProvider): FrameProvider {
  const cache = new Map<string, ReturnType<FrameProvider> | Error>()
  return (dataset, layer) => {
    const key = layer + ':' + dataset
    if (!cache.has(key))
      try {
        cache.set(key, provider(dataset, layer))
      } catch (e) {
        cache.set(key, e as Error)
      }
    const v = cache.get(key)!
    if (v instanceof Error) throw v
    return v
  }
}
