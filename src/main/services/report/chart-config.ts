import type { ChartConfigDto, TableModelDto } from '../../../shared/ipc/indicators'

/** Categorical palette (Tableau 10): distinguishable, and printable in greyscale by lightness. */
export const PALETTE = ['#4E79A7', '#F28E2B', '#59A14F', '#E15759', '#76B7B2', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC']
/** Diverging red → green for ordered scales (Likert). */
const DIVERGING = ['#D7191C', '#FDAE61', '#E0E0A0', '#A6D96A', '#1A9641']

function diverging(k: number): string[] {
  if (k <= 1) return [DIVERGING[4]]
  return Array.from({ length: k }, (_, i) => DIVERGING[Math.round((i * (DIVERGING.length - 1)) / (k - 1))])
}

/** Long category labels wrapped on words into lines of about `width` characters. */
export function wrapLabel(label: string, width = 28): string | string[] {
  if (label.length <= width) return label
  const lines: string[] = []
  let line = ''
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) (lines.push(line), (line = word))
    else line = line ? line + ' ' + word : word
  }
  if (line) lines.push(line)
  return lines.length > 3 ? [...lines.slice(0, 2), lines.slice(2).join(' ').slice(0, width - 1) + '…'] : lines
}

/**
 * chart.js configuration for a table: bar (rows as categories, value/group columns as series),
 * stacked bar for Likert distributions, line over waves (group columns on the x axis, rows as lines).
 * Returns null when the table has no chart or nothing to draw.
 */
export function chartConfig(t: TableModelDto, title?: string): ChartConfigDto | null {
  const spec = t.chartSpec
  if (!spec || spec.type === 'none' || t.status !== 'ok') return null
  const rows = t.rows.filter((r) => !r.isBase)
  const valueCols = t.columnRoles
    .map((role, k) => ({ role, k: k - 1, label: t.header[k] }))
    .filter((c) => c.role === 'total' || c.role === 'group' || c.role === 'category')
  const hasGroups = valueCols.some((c) => c.role === 'group')
  const series = valueCols.filter((c) => c.role !== 'total' || !hasGroups || spec.includeTotal)
  const isPercent = rows.every((r) => series.every((c) => r.cells[c.k]?.format === 'percent'))
  const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 100) / 100)
  const layout = { padding: 16 }
  const plugins = { title: { display: !!title, text: title ?? '' }, legend: { display: true, position: 'bottom' } }
  const yAxis = { beginAtZero: true, ...(isPercent ? { title: { display: true, text: '%' } } : {}) }
  let config: ChartConfigDto
  if (spec.type === 'line') {
    const cols = series.filter((c) => c.role !== 'total')
    const use = cols.length ? cols : series
    config = {
      type: 'line',
      data: {
        labels: use.map((c) => wrapLabel(c.label)),
        datasets: rows.map((r, i) => ({
          label: r.label,
          data: use.map((c) => round(r.cells[c.k]?.value ?? null)),
          backgroundColor: PALETTE[i % PALETTE.length],
          borderColor: PALETTE[i % PALETTE.length],
          fill: false
        }))
      },
      options: { layout, plugins, scales: { x: { offset: true }, y: yAxis } }
    }
  } else {
    const stacked = spec.type === 'stackedBar'
    const colours = stacked && series.every((c) => c.role === 'category') ? diverging(series.length) : PALETTE
    config = {
      type: 'bar',
      data: {
        labels: rows.map((r) => wrapLabel(r.label)),
        datasets: series.map((c, i) => ({
          label: c.label,
          data: rows.map((r) => round(r.cells[c.k]?.value ?? null)),
          backgroundColor: colours[i % colours.length],
          borderColor: colours[i % colours.length],
          ...(stacked ? { stack: 'all' } : {})
        }))
      },
      options: {
        indexAxis: spec.horizontal || stacked ? 'y' : 'x',
        layout,
        plugins,
        scales: stacked
          ? { x: { stacked: true, beginAtZero: true, ...(isPercent ? { max: 100 } : {}) }, y: { stacked: true } }
          : spec.horizontal
            ? { x: yAxis }
            : { y: yAxis }
      }
    }
  }
  const any = config.data.datasets.some((d) => d.data.some((v) => v !== null))
  return any && config.data.labels.length ? config : null
}
