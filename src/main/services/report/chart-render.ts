import type { ChartConfiguration, ChartItem, Plugin } from 'chart.js'
import type { ChartConfigDto } from '../../../shared/ipc/indicators'
import { valueLabels } from '../../../shared/report/chart-labels'

type CanvasModule = typeof import('@napi-rs/canvas')
type ChartModule = typeof import('chart.js')

let loaded: Promise<{ canvas: CanvasModule; chart: ChartModule }> | null = null

/** Loads the native canvas and chart.js once; registers only what report charts use. */
function load(): Promise<{ canvas: CanvasModule; chart: ChartModule }> {
  loaded ??= (async () => {
    const [canvas, chart] = await Promise.all([import('@napi-rs/canvas'), import('chart.js')])
    const c = chart
    c.Chart.register(
      c.BarController,
      c.BarElement,
      c.LineController,
      c.LineElement,
      c.PointElement,
      c.CategoryScale,
      c.LinearScale,
      c.Legend,
      c.Title,
      c.Filler
    )
    return { canvas, chart }
  })()
  return loaded
}

/** Whether PNG charts can be drawn here (the native canvas loads); the reason when not. */
export async function chartsAvailable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await load()
    return { ok: true }
  } catch (e) {
    loaded = null
    return { ok: false, reason: (e as Error).message.split('\n')[0] }
  }
}

const whiteBackground: Plugin = {
  id: 'esitiWhiteBackground',
  beforeDraw(chart) {
    const ctx = chart.ctx
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, chart.width, chart.height)
    ctx.restore()
  }
}

/**
 * Draws a chart.js configuration to a PNG (white background, no animation, device pixel ratio 2). The
 * drawing happens synchronously on the calling thread; the PNG encoding, most of the cost, runs on a
 * worker thread, so several charts started together encode in parallel.
 */
export async function renderChartPng(config: ChartConfigDto, size: { width: number; height: number } = { width: 640, height: 360 }): Promise<Buffer> {
  const { canvas, chart } = await load()
  const cv = canvas.createCanvas(size.width, size.height)
  const options = {
    ...config.options,
    animation: false as const,
    responsive: false,
    maintainAspectRatio: false,
    devicePixelRatio: 2,
    font: { family: 'DejaVu Sans, Arial, Helvetica, sans-serif' }
  }
  const instance = new chart.Chart(cv as unknown as ChartItem, {
    type: config.type,
    data: config.data,
    options,
    plugins: [whiteBackground, valueLabels]
  } as unknown as ChartConfiguration)
  try {
    // destroy() clears the canvas: only after the encoding has read it.
    return await cv.encode('png')
  } finally {
    instance.destroy()
  }
}
