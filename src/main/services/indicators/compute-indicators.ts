import { EsitiError } from '../../../shared/errors'
import { formatMessage, msg } from '../../../shared/messages'
import { problem } from './problem'
import type { Achievement, IndicatorResultDto, NumberFormat, SurveySpec } from '../../../shared/ipc/indicators'
import { nowIso } from '../../db/ids'
import { checkCancelled, type Ctx } from '../context'
import type { DatasetFrame } from '../survey'
import { computeCoding } from './coding-compute'
import { loadCodings, type CodingSnapshot } from './coding-data'
import { defaultFrameProvider } from './frame-provider'
import { effectiveDirection, readIndicatorDefs, type IndicatorDef } from './indicator-defs'
import { labels, type Locale } from './labels'
import { computeRegister } from './register-compute'
import { loadRegister, type RegisterSnapshot } from './register-data'
import { computeSurvey, FORMAT_OF, type Outcome } from './survey-compute'

export type FrameProvider = (dataset: string, layer: 'clean' | 'raw') => DatasetFrame

export interface ComputeOptions {
  locale?: Locale
  /** Indicator ids or codes; all when absent. */
  ids?: string[]
  /** Where questionnaire frames come from (tests and the bench pass in-memory frames). */
  frames?: FrameProvider
}

/**
 * Where the value stands against the target, in the indicator's direction (stored, or inferred:
 * a target below the baseline means "lower is better", e.g. minutes of commuting).
 */
export function achievementOf(
  value: number | null,
  target: number | null,
  baseline: number | null,
  direction: 'increase' | 'decrease' = effectiveDirection(null, baseline, target)
): Achievement {
  if (value === null || target === null) return 'none'
  if (direction === 'decrease') {
    if (value <= target) return 'met'
    return baseline !== null && value < baseline ? 'progress' : 'below'
  }
  if (value >= target) return 'met'
  return baseline !== null && value > baseline ? 'progress' : 'below'
}

/**
 * The share of the way from baseline to target covered, in % (0 at the baseline, 100 at the
 * target, above 100 beyond it, negative when the value moved away). Needs both a baseline and a
 * target: without a baseline there is no distance to measure, and none is assumed.
 */
export function achievementPct(value: number | null, target: number | null, baseline: number | null): number | null {
  if (value === null || target === null || baseline === null || target === baseline) return null
  return (100 * (value - baseline)) / (target - baseline)
}

const UNIT_DEFAULT: Record<NumberFormat, string> = { percent: '%', count: 'n', decimal: 'media' }

function formatOf(def: IndicatorDef): NumberFormat {
  const s = def.spec
  if (!s) return 'count'
  if (s.source === 'survey') return FORMAT_OF[(s as SurveySpec).statistic]
  if (s.source === 'register') return s.measure === 'womenShare' ? 'percent' : s.measure === 'hours' ? 'decimal' : 'count'
  return 'count'
}

/** Caches shared by all indicators of one computation run. */
class Sources {
  private register?: RegisterSnapshot
  private codings?: CodingSnapshot
  private readonly frames = new Map<string, DatasetFrame | EsitiError>()
  constructor(
    private readonly ctx: Ctx,
    private readonly provider: FrameProvider
  ) {}
  reg(): RegisterSnapshot {
    return (this.register ??= loadRegister(this.ctx))
  }
  cod(): CodingSnapshot {
    return (this.codings ??= loadCodings(this.ctx))
  }
  frame(dataset: string, layer: 'clean' | 'raw'): DatasetFrame {
    const key = layer + ':' + dataset
    if (!this.frames.has(key)) {
      try {
        this.frames.set(key, this.provider(dataset, layer))
      } catch (e) {
        this.frames.set(key, e instanceof EsitiError ? e : new EsitiError('INTERNAL', 'indicators.internal', { detail: (e as Error).message }))
      }
    }
    const f = this.frames.get(key)!
    if (f instanceof EsitiError) throw f
    return f
  }
}

function computeOne(def: IndicatorDef, src: Sources, locale: Locale): { outcome: Outcome; frame: DatasetFrame | null } {
  if (def.specError || !def.spec) throw def.specError ? EsitiError.fromMsg('INVALID_INPUT', def.specError) : problem('indicators.noSpec')
  const spec = def.spec
  if (spec.source === 'survey') {
    const frame = src.frame(spec.dataset, spec.layer)
    return { outcome: computeSurvey(frame, spec, def.disaggregations, labels(locale)), frame }
  }
  if (spec.source === 'register') return { outcome: computeRegister(src.reg(), spec, def.disaggregations, locale), frame: null }
  return { outcome: computeCoding(src.cod(), spec, def.disaggregations, locale), frame: null }
}

/**
 * Computes every (or the chosen) indicator. A problem with one indicator (renamed variable, empty
 * filter, division by zero, missing dataset) becomes status 'error' with a message on that indicator;
 * the others are still computed.
 */
export function computeIndicators(ctx: Ctx, opts: ComputeOptions = {}): IndicatorResultDto[] {
  const locale = opts.locale ?? 'it'
  const defs = readIndicatorDefs(ctx, opts.ids)
  const src = new Sources(ctx, opts.frames ?? defaultFrameProvider(ctx))
  const out: IndicatorResultDto[] = []
  defs.forEach((def, i) => {
    checkCancelled(ctx)
    ctx.progress.report('indicators', i, defs.length)
    const computedAt = nowIso()
    const spec = def.spec
    const base: IndicatorResultDto = {
      id: def.id,
      code: def.code,
      name: locale === 'en' && def.nameEn ? def.nameEn : def.name,
      nameEn: def.nameEn,
      definition: def.definition,
      unit: def.unit,
      format: formatOf(def),
      kind: def.kind,
      source: def.sourceKind,
      action: def.action,
      section: def.section ? { id: def.section.id, number: def.section.number, title: locale === 'en' && def.section.titleEn ? def.section.titleEn : def.section.title } : null,
      sdg: def.sdgs.map((s) => s.goal),
      sdgTargets: def.sdgs.flatMap((s) => s.targets),
      baseline: def.baseline,
      target: def.target,
      meta: def.meta,
      achievementPct: null,
      value: null,
      n: 0,
      missing: 0,
      weightedN: null,
      estimate: null,
      status: 'ok',
      achievement: 'none',
      breakdown: [],
      series: [],
      seriesLabels: null,
      crosstab: null,
      provenance: {
        source: def.sourceKind,
        dataset: spec?.source === 'survey' ? spec.dataset : null,
        datasetId: null,
        recipeVersion: null,
        layer: spec?.source === 'survey' ? spec.layer : null,
        filter: null,
        weight: spec?.source === 'survey' ? (spec.weight ?? null) : null,
        statistic: spec ? (spec.source === 'survey' ? spec.statistic : spec.measure) : '',
        computedAt
      }
    }
    try {
      const { outcome, frame } = computeOne(def, src, locale)
      out.push({
        ...base,
        unit: def.unit || UNIT_DEFAULT[outcome.format],
        format: outcome.format,
        value: outcome.value,
        n: outcome.n,
        missing: outcome.missing,
        weightedN: outcome.weightedN,
        estimate: outcome.estimate,
        achievement: achievementOf(outcome.value, def.target, def.baseline, def.meta.effectiveDirection),
        achievementPct: achievementPct(outcome.value, def.target, def.baseline),
        breakdown: outcome.breakdown,
        series: outcome.series,
        seriesLabels: outcome.seriesLabels,
        crosstab: outcome.crosstab,
        provenance: {
          ...base.provenance,
          dataset: frame?.name ?? base.provenance.dataset,
          datasetId: frame?.id ?? null,
          recipeVersion: frame?.recipeVersion ?? null,
          filter: outcome.filterText
        }
      })
    } catch (e) {
      if (e instanceof EsitiError && e.code === 'CANCELLED') throw e
      // Worded in the report's language: the message is printed in its tables.
      const message = formatMessage(e instanceof EsitiError ? e.msg : msg('indicators.internal', { detail: (e as Error).message }), locale)
      out.push({ ...base, status: 'error', message })
    }
  })
  ctx.progress.report('indicators:done', defs.length, defs.length)
  return out
}
