import type { Msg } from '../../../../shared/messages'
import type { Ctx } from '../../context'
import { cellDisplay } from '../clean/base-values'
import { activeRows, ensureClean, fingerprintOf, hasWaves, loadParts } from '../clean/clean-store'
import { recipeSteps, resolveDataset } from '../storage/dataset-rows'
import type { CleanValue, DatasetFrame } from '../frame'
import type { ImportStep } from '../recipe/steps'
import { WAVE_VARIABLE } from '../recipe/engine'
import type { RawColumn } from '../model'
import { loadDatasetFrame } from '../storage/store'
import { looseKey, naturalCompare } from '../infer/text-norm'

/**
 * Row access for the virtualised data grid: pages of rows of the clean layer (recipe applied, excluded
 * rows gone) or of the raw layer (every row, cells as the file had them), with facet filters.
 */

export interface FacetFilter {
  variable: string
  /** Rows whose value (or, for multiple answers, any chosen option) is one of these; null = empty. */
  values: (string | number | null)[]
}

export interface GridColumn {
  name: string
  label: string | null
  type: string
}

export interface GridRow {
  id: string
  /** Position in the layer (0-based). */
  index: number
  sheetRow: number
  wave: string | null
  /** Why the recipe excluded the row (raw layer only). */
  excluded: Msg | null
  cells: CleanValue[]
}

export interface GridPage {
  dataset: string
  layer: 'clean' | 'raw'
  columns: GridColumn[]
  /** Rows matching the filters. */
  total: number
  offset: number
  rows: GridRow[]
}

interface LayerView {
  /** Values (converted), for filters and facets; loaded on first use in the raw layer. */
  readonly frame: DatasetFrame
  rowCount: number
  columns: GridColumn[]
  rowId(i: number): string
  sheetRow(i: number): number
  wave(i: number): string | null
  excluded(i: number): Msg | null
  cell(name: string, i: number): CleanValue
}

function layerView(ctx: Ctx, dataset: string, layer: 'clean' | 'raw'): LayerView {
  const ds = resolveDataset(ctx, dataset)
  const state = ensureClean(ctx.project, ds)
  const parts = loadParts(ctx.project, ds)
  const ids: string[] = []
  const sheetRows: number[] = []
  const waves: (string | null)[] = []
  const partOf: number[] = []
  const localRow: number[] = []
  parts.forEach((p, k) =>
    p.rowIds.forEach((id, i) => {
      ids.push(id)
      sheetRows.push(p.sheetRows[i])
      waves.push(p.wave)
      partOf.push(k)
      localRow.push(i)
    })
  )
  if (layer === 'clean') {
    const frame = loadDatasetFrame(ctx, ds.id, { layer })
    const columns = frame.variables.map((v) => ({ name: v.name, label: v.label, type: v.type }))
    const active = activeRows(state)
    return {
      frame,
      rowCount: frame.rowCount,
      columns,
      rowId: (i) => ids[active[i]],
      sheetRow: (i) => sheetRows[active[i]],
      wave: (i) => waves[active[i]],
      excluded: () => null,
      cell: (name, i) => frame.column(name)[i]
    }
  }
  const reasons = new Map(state.exclusions.map((e) => [e.row, e.reason]))
  // Raw cells are shown as text, read row by row from the decoded raw columns: converting every
  // column of a large dataset (the raw frame) is left to facets and filters, which need values.
  const base = (recipeSteps(ctx.project, ds)[0] as ImportStep).variables
  let rawFrame: DatasetFrame | null = null
  const frameOf = (): DatasetFrame => (rawFrame ??= loadDatasetFrame(ctx, ds.id, { layer }))
  const used = new Set(base.map((v) => v.name.toLowerCase()))
  let waveName: string | null = null
  if (hasWaves(ctx.project, ds)) {
    waveName = WAVE_VARIABLE
    for (let i = 2; used.has(waveName); i++) waveName = `${WAVE_VARIABLE}_${i}`
  }
  const columns: GridColumn[] = [
    ...(waveName ? [{ name: waveName, label: 'Ondata', type: 'nominal' }] : []),
    ...base.map((v) => ({ name: v.name, label: v.label, type: v.type }))
  ]
  const byName = new Map(base.map((b) => [b.name, b]))
  const decoded = new Map<string, RawColumn[] | null>()
  const rawCell = (name: string, i: number): string | null => {
    const b = byName.get(name)
    if (!b) return null
    const p = parts[partOf[i]]
    const pv = p.mapping ? p.mapping[b.id] : b.id
    const sources = pv ? p.sources[pv] : undefined
    if (!pv || !sources) return null
    const key = `${partOf[i]}|${pv}`
    if (!decoded.has(key)) decoded.set(key, p.raw(pv))
    const raw = decoded.get(key)
    if (!raw) return null
    const r = localRow[i]
    if (raw.length === 1) return cellDisplay(raw[0].kind[r], raw[0].text[r], raw[0].num[r])
    const pairs = raw
      .map((c, k) => [sources[k].option ?? sources[k].header, cellDisplay(c.kind[r], c.text[r], c.num[r])] as const)
      .filter(([, t]) => t !== null && t !== '')
    return pairs.length ? pairs.map(([h, t]) => `${h}=${t}`).join(' | ') : null
  }
  return {
    get frame() {
      return frameOf()
    },
    rowCount: ids.length,
    columns,
    rowId: (i) => ids[i],
    sheetRow: (i) => sheetRows[i],
    wave: (i) => waves[i],
    excluded: (i) => reasons.get(ids[i]) ?? null,
    cell: (name, i) => (name === waveName ? waves[i] : byName.has(name) ? rawCell(name, i) : frameOf().column(name)[i])
  }
}

/**
 * Decoded layers of the datasets viewed last: the grid asks for many pages of the same layer while it
 * scrolls, and decoding 100,000 rows for each page would make it stall. Keyed by the dataset's
 * fingerprint (recipe version and waves), so any change to the recipe or the waves misses the cache.
 */
const views = new WeakMap<object, Map<string, LayerView>>()
const CACHED_VIEWS = 3

function cachedView(ctx: Ctx, dataset: string, layer: 'clean' | 'raw'): LayerView {
  const ds = resolveDataset(ctx, dataset)
  const key = `${ds.id}|${layer}|${fingerprintOf(ctx.project, ds)}`
  let cache = views.get(ctx.project)
  if (!cache) views.set(ctx.project, (cache = new Map()))
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const view = layerView(ctx, ds.id, layer)
  cache.set(key, view)
  while (cache.size > CACHED_VIEWS) cache.delete(cache.keys().next().value as string)
  return view
}

function matcher(view: LayerView, filters: FacetFilter[]): (i: number) => boolean {
  const tests = filters.map((f) => {
    const values = view.frame.column(f.variable)
    const wanted = new Set(f.values.map((v) => (v === null ? '\u0000' : typeof v === 'number' ? `n:${v}` : `s:${looseKey(v)}`)))
    const key = (x: CleanValue): string => (x === null ? '\u0000' : typeof x === 'number' ? `n:${x}` : `s:${looseKey(String(x))}`)
    return (i: number): boolean => {
      const x = values[i]
      if (Array.isArray(x)) return x.length === 0 ? wanted.has('\u0000') : x.some((o) => wanted.has(key(o)))
      return wanted.has(key(x)) || (typeof x === 'number' && wanted.has(`s:${x}`))
    }
  })
  return (i) => tests.every((t) => t(i))
}

export function rowsPage(
  ctx: Ctx,
  dataset: string,
  opts: { layer?: 'clean' | 'raw'; offset?: number; limit?: number; filters?: FacetFilter[]; columns?: string[] } = {}
): GridPage {
  const layer = opts.layer ?? 'clean'
  const view = cachedView(ctx, dataset, layer)
  const n = view.rowCount
  const match = opts.filters?.length ? matcher(view, opts.filters) : null
  const offset = Math.max(0, opts.offset ?? 0)
  const limit = Math.max(1, Math.min(1000, opts.limit ?? 100))
  const columns = opts.columns?.length ? view.columns.filter((c) => opts.columns!.includes(c.name)) : view.columns
  const rows: GridRow[] = []
  let total = 0
  for (let i = 0; i < n; i++) {
    if (match && !match(i)) continue
    if (total >= offset && rows.length < limit)
      rows.push({
        id: view.rowId(i),
        index: i,
        sheetRow: view.sheetRow(i),
        wave: view.wave(i),
        excluded: view.excluded(i),
        cells: columns.map((c) => view.cell(c.name, i))
      })
    total++
    if (!match && rows.length >= limit) {
      total = n
      break
    }
  }
  return { dataset: resolveDataset(ctx, dataset).name, layer, columns, total, offset, rows }
}

export interface Facet {
  variable: string
  /** Value counts among the rows that pass every other filter; null = empty cells. */
  values: { value: string | number | null; label: string; count: number }[]
  rows: number
}

/** Value counts per variable for the facet panel (each facet ignores its own filter, as OpenRefine does). */
export function facets(
  ctx: Ctx,
  dataset: string,
  opts: { layer?: 'clean' | 'raw'; variables: string[]; filters?: FacetFilter[] }
): { total: number; matching: number; facets: Facet[] } {
  const view = cachedView(ctx, dataset, opts.layer ?? 'clean')
  const n = view.frame.rowCount
  const filters = opts.filters ?? []
  const all = filters.length ? matcher(view, filters) : () => true
  let matching = 0
  for (let i = 0; i < n; i++) if (all(i)) matching++
  const out: Facet[] = opts.variables.map((name) => {
    const meta = view.frame.variables.find((v) => v.name === name)
    const others = filters.filter((f) => f.variable !== name)
    const pass = others.length ? matcher(view, others) : () => true
    const values = view.frame.column(name)
    const counts = new Map<string, { value: string | number | null; count: number }>()
    let rows = 0
    const add = (v: string | number | null): void => {
      const k = v === null ? '\u0000' : `${typeof v}:${v}`
      const c = counts.get(k)
      if (c) c.count++
      else counts.set(k, { value: v, count: 1 })
    }
    for (let i = 0; i < n; i++) {
      if (!pass(i)) continue
      rows++
      const x = values[i]
      if (Array.isArray(x)) {
        if (x.length === 0) add(null)
        else for (const o of x) add(o)
      } else add(x === null ? null : typeof x === 'boolean' ? String(x) : x)
    }
    const order = new Map((meta?.valueLabels ?? []).map((l, i) => [String(l.value), i]))
    const list = [...counts.values()].sort(
      (a, b) =>
        (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
        (order.get(String(a.value)) ?? 1e9) - (order.get(String(b.value)) ?? 1e9) ||
        b.count - a.count ||
        naturalCompare(String(a.value), String(b.value))
    )
    return {
      variable: name,
      rows,
      values: list.slice(0, 200).map((c) => ({
        value: c.value,
        label: c.value === null ? '' : (meta?.valueLabels.find((l) => l.value === c.value)?.label ?? String(c.value)),
        count: c.count
      }))
    }
  })
  return { total: n, matching, facets: out }
}
