import type { IndicatorResultDto, SdgOverviewDto } from '../../../shared/ipc/indicators'
import type { Ctx } from '../context'
import type { Locale } from '../indicators/labels'
import { adoptedCodes } from '../programme/sdg-adoption'

/**
 * For each goal the programme adopted (and any other goal an indicator is linked to): its
 * indicators with value against target. Every project holds all 17 goals; the others are left out.
 */
export function sdgOverview(ctx: Ctx, results: IndicatorResultDto[], locale: Locale = 'it'): SdgOverviewDto {
  const all = ctx.project.sqlite.prepare('SELECT number, title, title_en, color FROM sdg_goals ORDER BY number').all() as {
    number: number
    title: string
    title_en: string
    color: string
  }[]
  const adopted = new Set(adoptedCodes(ctx).map((c) => Number(c.split('.')[0])))
  const goals = all.filter((g) => adopted.has(g.number) || results.some((r) => r.sdg.includes(g.number)))
  return {
    goals: goals.map((g) => ({
      number: g.number,
      title: locale === 'en' ? g.title_en : g.title,
      color: g.color,
      indicators: results
        .filter((r) => r.sdg.includes(g.number))
        .map((r) => ({
          id: r.id,
          code: r.code,
          name: r.name,
          targets: r.sdgTargets.filter((t) => t.split('.')[0] === String(g.number)),
          value: r.value,
          unit: r.unit,
          format: r.format,
          target: r.target,
          baseline: r.baseline,
          achievement: r.achievement,
          status: r.status,
          ...(r.message ? { message: r.message } : {})
        }))
    }))
  }
}
