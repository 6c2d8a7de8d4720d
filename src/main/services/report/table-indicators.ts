import { EsitiError } from '../../../shared/errors'
import type { IndicatorResultDto, TableModelDto, TableSpec } from '../../../shared/ipc/indicators'
import { fmtNumber, type Labels, type Locale } from '../indicators/labels'
import { estFrom, plainCell, type Body, type BodyCell, type BodyRow } from './table-body'

export function sourceLine(r: IndicatorResultDto, L: Labels): string {
  if (r.source === 'register') return L.register
  if (r.source === 'coding') return L.codings
  return L.survey(r.provenance.dataset ?? '?', r.provenance.recipeVersion)
}

/** The total as a share of every case, missing answers included (unweighted percentages only). */
function ofAll(r: IndicatorResultDto): number | null {
  if (r.status !== 'ok' || r.format !== 'percent' || r.value === null || r.weightedN !== null || r.source !== 'survey') return null
  const all = r.n + r.missing
  return all > 0 ? (r.value * r.n) / all : null
}

/** Rows = indicators; columns = value (total), the groups of one disaggregation, target, N. */
export function indicatorsTable(spec: Extract<TableSpec, { rows: 'indicators' }>, results: IndicatorResultDto[], L: Labels, locale: Locale): Body {
  const rows: IndicatorResultDto[] = spec.indicators.map((key) => {
    const r = results.find((x) => x.code === key || x.id === key)
    if (!r) throw new EsitiError('NOT_FOUND', 'indicators.notDefined', { key })
    return r
  })
  const groups: string[] = []
  if (spec.by) for (const r of rows) for (const b of r.breakdown) if (b.by === spec.by && !groups.includes(b.group)) groups.push(b.group)
  const showTarget = spec.showTarget && rows.some((r) => r.target !== null)
  const showAll = rows.some((r) => r.status === 'ok' && r.missing > 0 && ofAll(r) !== null)
  const header = [L.name, groups.length ? L.total : L.value, ...(showAll ? [L.ofAll] : []), ...groups, ...(showTarget ? [L.target] : []), L.n]
  const roles: TableModelDto['columnRoles'] = [
    'label',
    'total',
    ...(showAll ? ['allPercent' as const] : []),
    ...groups.map(() => 'group' as const),
    ...(showTarget ? ['target' as const] : []),
    'n'
  ]
  const notes: string[] = []
  const body: BodyRow[] = rows.map((r) => {
    const byGroup = new Map(r.breakdown.filter((b) => b.by === spec.by).map((b) => [b.group, b]))
    const ok = r.status === 'ok'
    if (!ok) notes.push(`⚠ ${r.code}: ${r.message}`)
    const label = `${r.code} – ${r.name}${r.unit && r.format !== 'percent' && !['n', 'count'].includes(r.unit) ? ` (${r.unit})` : ''}`
    const groupCell = (g: string): BodyCell => {
      const b = byGroup.get(g)
      if (!ok || !b) return plainCell(null, r.format, b?.n ?? null)
      return plainCell(b.value, r.format, b.n, estFrom(b.estimate, b.value, b.n))
    }
    return {
      label,
      cells: [
        ok ? plainCell(r.value, r.format, r.n, estFrom(r.estimate, r.value, r.n)) : plainCell(null, r.format),
        ...(showAll ? [plainCell(ok ? ofAll(r) : null, 'percent', ok ? r.n + r.missing : null)] : []),
        ...groups.map(groupCell),
        ...(showTarget ? [plainCell(r.target, r.format)] : []),
        plainCell(ok ? r.n : null, 'count')
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
    error: allBad ? rows.map((r) => `${r.code}: ${r.message}`).join(' | ') : null,
    census: rows.some((r) => r.status === 'ok' && r.source !== 'survey'),
    rowTests: true
  }
}
