import type { ChartConfigDto, TableModelDto } from '../../../shared/ipc/indicators'
import type { Locale } from '../../../shared/messages'
import type { ValueLabelOptions } from '../../../shared/report/chart-labels'
import { chartPlan } from './chart-plan'

export { PALETTE } from './chart-plan'

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
 * chart.js configuration for a table (the window's chart and the PNG in the Word report): the same
 * plan as the workbook's native chart, with percent axes from 0 to 100 and data labels.
 * Returns null when the table has no chart or nothing to draw.
 */
export function chartConfig(t: TableModelDto, locale: Locale = 'it', title?: string): ChartConfigDto | null {
  const plan = chartPlan(t)
  if (!plan) return null
  const round = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 100) / 100)
  const layout = { padding: 16 }
  const plugins = {
    title: { display: !!title, text: title ?? '' },
    legend: { display: true, position: 'bottom' },
    esitiValueLabels: {
      percent: plan.percent,
      stacked: plan.stacked,
      locale,
      digits: plan.percent ? 1 : t.rows[plan.rows[0]]?.cells[plan.columns[0]]?.format === 'decimal' ? 2 : 0
    } satisfies ValueLabelOptions
  }
  const valueAxis = { beginAtZero: true, ...(plan.percent ? { max: 100, title: { display: true, text: '%' } } : {}), ...(plan.stacked ? { stacked: true } : {}) }
  const cell = (row: number, k: number): number | null => round(t.rows[row].cells[k]?.value)
  if (plan.type === 'line')
    return {
      type: 'line',
      data: {
        labels: plan.columns.map((k) => wrapLabel(t.header[k + 1])),
        datasets: plan.rows.map((row, i) => ({
          label: t.rows[row].label,
          data: plan.columns.map((k) => cell(row, k)),
          backgroundColor: plan.colours[i],
          borderColor: plan.colours[i],
          fill: false
        }))
      },
      options: { layout, plugins, scales: { x: { offset: true }, y: valueAxis } }
    }
  return {
    type: 'bar',
    data: {
      labels: plan.rows.map((row) => wrapLabel(t.rows[row].label)),
      datasets: plan.columns.map((k, i) => ({
        label: t.header[k + 1],
        data: plan.rows.map((row) => cell(row, k)),
        backgroundColor: plan.colours[i],
        borderColor: plan.colours[i],
        ...(plan.stacked ? { stack: 'all' } : {})
      }))
    },
    options: {
      indexAxis: plan.horizontal ? 'y' : 'x',
      layout,
      plugins,
      scales: plan.horizontal ? { x: valueAxis, y: plan.stacked ? { stacked: true } : {} } : { y: valueAxis, x: plan.stacked ? { stacked: true } : {} }
    }
  }
}
