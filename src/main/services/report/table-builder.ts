import { EsitiError } from '../../../shared/errors'
import type { IndicatorResultDto, TableModelDto, TableSpec, TableStats } from '../../../shared/ipc/indicators'
import { formatMessage, msg } from '../../../shared/messages'
import type { FrameProvider } from '../indicators/compute-indicators'
import { labels, type Locale } from '../indicators/labels'
import { annotate } from './table-annotate'
import { indicatorsTable } from './table-indicators'
import type { TableDef } from './table-service'
import { categoriesTable, itemsTable } from './table-survey'

export { sourceLine } from './table-indicators'

/** Statistics asked for the whole report (`export --ci --tests --min-base N`); they add to each table's own. */
export interface StatsRequest {
  ci?: boolean
  tests?: boolean
  minBase?: number | null
}

export function effectiveStats(own: TableStats | null, asked: StatsRequest = {}): TableStats {
  return {
    ci: !!(own?.ci || asked.ci),
    tests: !!(own?.tests || asked.tests),
    minBase: asked.minBase ?? own?.minBase ?? null
  }
}

/** Builds every report table from the computed indicators (and, for category/item tables, the frames). */
export function buildTable(def: TableDef, results: IndicatorResultDto[], frames: FrameProvider, locale: Locale, asked: StatsRequest = {}): TableModelDto {
  const L = labels(locale)
  const stats = effectiveStats(def.stats, asked)
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
    spec: def.spec ?? ({ rows: 'indicators', indicators: [], showTarget: false } as TableSpec),
    stats,
    letters: null,
    chiSquare: null
  }
  try {
    if (!def.spec) throw def.specError ? EsitiError.fromMsg('INVALID_INPUT', def.specError) : new EsitiError('INVALID_INPUT', 'indicators.tableNoSpec')
    const spec = def.spec
    const body =
      spec.rows === 'indicators'
        ? indicatorsTable(spec, results, L, locale)
        : spec.rows === 'categories'
          ? categoriesTable(spec, frames(spec.dataset, spec.layer), L)
          : itemsTable(spec, frames(spec.dataset, spec.layer), L)
    const hasData = body.rows.some((r) => r.cells.some((c) => c.value !== null))
    const error = body.error ?? (hasData ? null : L.noData)
    const done = annotate(body, stats, locale)
    const allNote = body.roles.includes('allPercent') ? [formatMessage(msg('report.note.allPercent', { column: L.ofAll }), locale)] : []
    return {
      ...base,
      header: body.header,
      columnRoles: body.roles,
      rows: done.rows,
      letters: done.letters,
      chiSquare: done.chiSquare,
      notes: [...body.notes, ...allNote, ...done.notes, ...base.notes],
      base: body.base,
      missing: body.missing,
      sources: body.sources,
      ...(error ? { status: 'error' as const, message: error } : {})
    }
  } catch (e) {
    const message = formatMessage(e instanceof EsitiError ? e.msg : msg('indicators.internal', { detail: (e as Error).message }), locale)
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
