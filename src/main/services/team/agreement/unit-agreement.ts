import { EsitiError } from '../../../../shared/errors'
import type {
  AgreementLevel,
  PairAgreementDto,
  PerCodeAgreementDto,
  SegmentAgreementDto,
  UnitsInfoDto
} from '../../../../shared/ipc/team'
import { meanSegments } from './character-agreement'
import { mergeSpans, overlapPerUnit } from './intervals'
import { addSegments, asPercent, coderPairs, emptyPair, emptySegments, mean, pairRef, type AgreementScope } from './prepared'
import { PresencePatterns } from './presence-patterns'
import { matchSegments } from './segment-match'
import {
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  ratingsToCounts,
  type KappaWeights,
  type Rating
} from './stats'
import { textUnits, type UnitKind } from './text-units'

export interface UnitAgreement {
  perCode: PerCodeAgreementDto[]
  pairs: PairAgreementDto[]
  percent: number | null
  kappa: number | null
  alpha: number | null
  segments: SegmentAgreementDto
  units: UnitsInfoDto
}

const MAX_LISTED_UNITS = 500
/** Presence patterns are bit masks of the coders: 30 keeps them small integers. */
const MAX_UNIT_CODERS = 30

const WEIGHTS: Record<AgreementLevel, KappaWeights> = {
  nominal: 'unweighted',
  ordinal: 'linear',
  interval: 'quadratic',
  ratio: 'quadratic'
}

/** Kappa for 2 coders (Cohen) or more (Fleiss over the units every coder valued). */
function kappaOf(data: Rating[][], levels: number[], weights: KappaWeights): number | null {
  if (data.length === 2) return cohenKappa(data[0], data[1], { levels, weights })
  const complete: Rating[][] = []
  const n = data[0]?.length ?? 0
  for (let u = 0; u < n; u++) {
    const row = data.map((r) => r[u])
    if (row.every((v) => v !== null && v !== undefined)) complete.push(row)
  }
  if (complete.length === 0) return null
  return fleissKappa(ratingsToCounts(complete, levels).table)
}

function pairDtos(scope: AgreementScope, data: Rating[][], levels: number[], weights: KappaWeights): PairAgreementDto[] {
  return coderPairs(scope.coders.length).map((pair) => {
    const d = [data[pair[0]], data[pair[1]]]
    return {
      ...emptyPair(pairRef(scope.coders, pair)),
      percent: asPercent(percentAgreement(d)),
      kappa: cohenKappa(d[0], d[1], { levels, weights })
    }
  })
}

/**
 * Agreement over paragraph or sentence units. The chosen codes, in order, are the values 1..k of
 * one variable; in each unit a coder's value is the listed code covering most of the unit's
 * characters (first in the list on a tie), or missing when the coder used none of them there.
 */
export function unitAgreement(scope: AgreementScope, kind: UnitKind, level: AgreementLevel): UnitAgreement {
  const { coders, codes, sources, threshold } = scope
  const m = coders.length
  if (m > MAX_UNIT_CODERS) throw new EsitiError('INVALID_INPUT', 'agreement.tooManyCoders', { max: MAX_UNIT_CODERS })
  const k = codes.length
  const levels = codes.map((_, i) => i + 1)
  const values: Rating[][] = coders.map(() => [])
  // Per code, per unit: which coders applied it (bit i for coder i).
  const presence: number[][] = codes.map(() => [])
  const perSourcePresence: { sourceId: string; source: string; from: number; to: number }[] = []
  const listed: UnitsInfoDto['values'] = []
  const segTotals = codes.map(() => coderPairs(m).map(() => emptySegments(threshold)))
  let count = 0

  for (const src of sources) {
    const units = textUnits(src.text, kind, src.paragraphs)
    const from = count
    count += units.length
    // overlap[code][coder][unit]
    const overlap = codes.map((code, ci) => {
      const raw = src.segs.get(code.id) ?? coders.map(() => [])
      coderPairs(m).forEach(([i, j], p) => addSegments(segTotals[ci][p], matchSegments(raw[i], raw[j], threshold)))
      return raw.map((spans) => overlapPerUnit(mergeSpans(spans), units))
    })
    for (const row of presence) for (let u = 0; u < units.length; u++) row.push(0)
    for (let u = 0; u < units.length; u++) {
      const unitValues: (number | null)[] = []
      for (let i = 0; i < m; i++) {
        let best = -1
        let bestLen = 0
        for (let c = 0; c < k; c++) {
          const len = overlap[c][i][u]
          if (len > 0) presence[c][from + u] |= 1 << i
          if (len > bestLen) {
            bestLen = len
            best = c
          }
        }
        const v = best >= 0 ? best + 1 : null
        values[i].push(v)
        unitValues.push(v)
      }
      const present = unitValues.filter((v) => v !== null)
      const differs = present.length > 0 && (present.length < m || present.some((v) => v !== present[0]))
      if (differs && listed.length < MAX_LISTED_UNITS)
        listed.push({ sourceId: src.id, start: units[u].start, end: units[u].end, values: unitValues })
    }
    perSourcePresence.push({ sourceId: src.id, source: src.name, from, to: count })
  }

  const weights = WEIGHTS[level]
  const perCode: PerCodeAgreementDto[] = codes.map((code, c) => {
    const all = PresencePatterns.of(m, presence[c])
    const onlyCoded = PresencePatterns.of(m, presence[c], 0, count, true)
    const pairs = coderPairs(m).map(([i, j]) => ({
      ...emptyPair(pairRef(coders, [i, j])),
      percent: asPercent(all.pairPercent(i, j)),
      kappa: all.pairKappa(i, j)
    }))
    const perSource = perSourcePresence
      .map((s) => ({ ...s, patterns: PresencePatterns.of(m, presence[c], s.from, s.to) }))
      .filter((s) => s.patterns.anyCoded)
      .map((s) => ({
        sourceId: s.sourceId,
        source: s.source,
        percent: asPercent(s.patterns.percent()),
        kappa: s.patterns.kappa()
      }))
    return {
      code: code.name,
      codeId: code.id,
      path: code.path,
      color: code.color,
      percent: asPercent(all.percent()),
      kappa: all.kappa(),
      alpha: all.alpha(),
      percentCodedOnly: asPercent(onlyCoded.percent()),
      kappaCodedOnly: onlyCoded.units ? onlyCoded.kappa() : null,
      meanSourceKappa: mean(perSource.map((s) => s.kappa)),
      coded: all.coded(),
      pairs,
      perSource,
      segments: meanSegments(segTotals[c], k, threshold)
    }
  })

  let pairable = 0
  let missing = 0
  for (let u = 0; u < count; u++) {
    const present = values.filter((r) => r[u] !== null).length
    if (present >= 2) pairable++
    missing += m - present
  }
  return {
    perCode,
    pairs: pairDtos(scope, values, levels, weights),
    percent: asPercent(percentAgreement(values)),
    kappa: k > 0 ? kappaOf(values, levels, weights) : null,
    alpha: k > 0 ? krippendorffAlpha(values, level, { valueDomain: levels }) : null,
    segments: meanSegments(segTotals.flat(), k, threshold),
    units: { kind, count, pairable, missing, values: listed }
  }
}
