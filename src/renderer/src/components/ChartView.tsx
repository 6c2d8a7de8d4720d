import { useEffect, useRef } from 'react'
import { valueLabels } from '../../../shared/report/chart-labels'
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration
} from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip, Title)

/** Draws a chart.js configuration (built in main, so the Excel images and the screen agree). */
export function ChartView({ config, height = 280, testId }: { config: ChartConfiguration; height?: number; testId?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!canvas.current) return
    const chart = new Chart(canvas.current, {
      ...config,
      plugins: [...(config.plugins ?? []), valueLabels],
      options: { ...(config.options ?? {}), animation: false, responsive: true, maintainAspectRatio: false }
    })
    return () => chart.destroy()
  }, [config])
  return (
    <div className="chart" style={{ height }} data-testid={testId}>
      <canvas ref={canvas} />
    </div>
  )
}
