import type { Chart, Plugin } from 'chart.js'
import { localeTag, type Locale } from '../messages/locale'

/** Options of the value-label plugin, under options.plugins.esitiValueLabels of a chart configuration. */
export interface ValueLabelOptions {
  percent: boolean
  stacked: boolean
  locale: Locale
  /** Digits after the decimal separator. */
  digits: number
}

/** Stacked segments under this share (of 100) have no label: it would not fit in them. */
const MIN_STACKED = 5

/**
 * Writes each bar's or point's value on the chart (chart.js draws none by itself): at the end of a
 * bar, in the middle of a stacked segment, above a line's point, in the report's number format.
 * The same plugin draws the window's charts and the PNGs of the Word report.
 */
export const valueLabels: Plugin = {
  id: 'esitiValueLabels',
  afterDatasetsDraw(chart: Chart) {
    const opts = (chart.options.plugins as Record<string, unknown> | undefined)?.esitiValueLabels as ValueLabelOptions | undefined
    if (!opts) return
    const nf = new Intl.NumberFormat(localeTag(opts.locale), { minimumFractionDigits: opts.digits, maximumFractionDigits: opts.digits })
    const ctx = chart.ctx
    const horizontal = (chart.options as { indexAxis?: string }).indexAxis === 'y'
    ctx.save()
    ctx.font = '10px "DejaVu Sans", Arial, sans-serif'
    ctx.fillStyle = '#333333'
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i)
      if (meta.hidden) return
      meta.data.forEach((el, j) => {
        const v = ds.data[j] as number | null
        if (v === null || v === undefined || !Number.isFinite(v)) return
        if (opts.stacked && opts.percent && v < MIN_STACKED) return
        const text = nf.format(v) + (opts.percent ? '%' : '')
        const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number }
        const base = (el as unknown as { base?: number }).base ?? 0
        if (opts.stacked) {
          ctx.textAlign = 'center'
          ctx.textBaseline = 'middle'
          ctx.fillText(text, horizontal ? (x + base) / 2 : x, horizontal ? y : (y + base) / 2)
        } else if (horizontal) {
          ctx.textAlign = 'left'
          ctx.textBaseline = 'middle'
          ctx.fillText(text, x + 4, y)
        } else {
          ctx.textAlign = 'center'
          ctx.textBaseline = 'bottom'
          ctx.fillText(text, x, y - 4)
        }
      })
    })
    ctx.restore()
  }
}
