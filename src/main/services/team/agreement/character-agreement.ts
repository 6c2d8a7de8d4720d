import type { CharacterCountsDto, PairAgreementDto, PerCodeAgreementDto, SegmentAgreementDto } from '../../../../shared/ipc/team'
import { coverageHistogram, intersectLength, mergeSpans, totalLength, type Span } from './intervals'
import {
  addSegments,
  asPercent,
  coderPairs,
  emptySegments,
  finishSegments,
  mean,
  pairRef,
  type AgreementScope
} from './prepared'
import { matchSegments } from './segment-match'
import { binaryAlphaFromCounts, characterKappa, characterKappaCodedOnly } from './stats'

export interface CharacterAgreement {
  perCode: PerCodeAgreementDto[]
  pairs: PairAgreementDto[]
  percent: number | null
  kappa: number | null
  alpha: number | null
  percentCodedOnly: number | null
  kappaCodedOnly: number | null
  meanSourceKappa: number | null
  segments: SegmentAgreementDto
}

const zeroCounts = (): CharacterCountsDto => ({ total: 0, a: 0, b: 0, both: 0, union: 0 })

function addCounts(into: CharacterCountsDto, c: CharacterCountsDto): void {
  into.total += c.total
  into.a += c.a
  into.b += c.b
  into.both += c.both
  into.union += c.union
}

function pairFigures(coders: AgreementScope['coders'], pair: [number, number], c: CharacterCountsDto): PairAgreementDto {
  const all = characterKappa(c)
  const coded = c.union > 0 ? characterKappaCodedOnly(c) : { percent: null, kappa: null }
  return {
    coders: pairRef(coders, pair),
    percent: asPercent(all.percent),
    kappa: all.kappa,
    percentCodedOnly: asPercent(coded.percent),
    kappaCodedOnly: coded.kappa,
    characters: { ...c }
  }
}

/**
 * Character-level agreement (NVivo's coding comparison) for every chosen code, pooled over the
 * sources, plus MAXQDA-style segment agreement and nominal alpha over characters. Sources are
 * walked once per code with merged span lists: cost grows with codings, not with text length.
 */
export function characterAgreement(scope: AgreementScope): CharacterAgreement {
  const { coders, codes, sources, threshold } = scope
  const m = coders.length
  const pairs = coderPairs(m)
  const overallCounts = pairs.map(zeroCounts)
  const overallHist = new Float64Array(m + 1)
  const overallSegments = pairs.map(() => emptySegments(threshold))
  const allSourceKappas: (number | null)[] = []
  const perCode: PerCodeAgreementDto[] = []

  for (const code of codes) {
    const counts = pairs.map(zeroCounts)
    const hist = new Float64Array(m + 1)
    const coded = new Array<number>(m).fill(0)
    const segTotals = pairs.map(() => emptySegments(threshold))
    const sourceKappas: (number | null)[] = []
    const perSource: PerCodeAgreementDto['perSource'] = []
    for (const src of sources) {
      const T = src.text.length
      const raw: Span[][] = src.segs.get(code.id) ?? coders.map(() => [])
      const merged = raw.map(mergeSpans)
      const lengths = merged.map(totalLength)
      lengths.forEach((l, i) => (coded[i] += l))
      const h = coverageHistogram(merged, T)
      for (let c = 0; c <= m; c++) hist[c] += h[c]
      const used = lengths.some((l) => l > 0)
      const srcPairs: { percent: number | null; kappa: number | null }[] = []
      pairs.forEach((pair, p) => {
        const [i, j] = pair
        const both = intersectLength(merged[i], merged[j])
        const c: CharacterCountsDto = { total: T, a: lengths[i], b: lengths[j], both, union: lengths[i] + lengths[j] - both }
        addCounts(counts[p], c)
        addSegments(segTotals[p], matchSegments(raw[i], raw[j], threshold))
        if (used && T > 0) {
          const k = characterKappa(c)
          srcPairs.push({ percent: k.percent, kappa: k.kappa })
        }
      })
      if (used && T > 0) {
        const k = mean(srcPairs.map((x) => x.kappa))
        sourceKappas.push(k)
        perSource.push({ sourceId: src.id, source: src.name, percent: asPercent(mean(srcPairs.map((x) => x.percent))), kappa: k })
      }
    }
    const pairDtos = pairs.map((pair, p) => pairFigures(coders, pair, counts[p]))
    pairs.forEach((_, p) => {
      addCounts(overallCounts[p], counts[p])
      addSegments(overallSegments[p], { matched: segTotals[p].matched, onlyA: segTotals[p].onlyFirst, onlyB: segTotals[p].onlySecond })
    })
    for (let c = 0; c <= m; c++) overallHist[c] += hist[c]
    allSourceKappas.push(...sourceKappas)
    perCode.push({
      code: code.name,
      codeId: code.id,
      path: code.path,
      color: code.color,
      percent: mean(pairDtos.map((d) => d.percent)),
      kappa: mean(pairDtos.map((d) => d.kappa)),
      alpha: binaryAlphaFromCounts(m, hist),
      percentCodedOnly: mean(pairDtos.map((d) => d.percentCodedOnly)),
      kappaCodedOnly: mean(pairDtos.map((d) => d.kappaCodedOnly)),
      meanSourceKappa: mean(sourceKappas),
      coded,
      pairs: pairDtos,
      perSource,
      segments: meanSegments(segTotals, codes.length, threshold)
    })
  }
  const pairDtos = pairs.map((pair, p) => pairFigures(coders, pair, overallCounts[p]))
  return {
    perCode,
    pairs: pairDtos,
    percent: mean(pairDtos.map((d) => d.percent)),
    kappa: mean(pairDtos.map((d) => d.kappa)),
    alpha: binaryAlphaFromCounts(m, overallHist),
    percentCodedOnly: mean(pairDtos.map((d) => d.percentCodedOnly)),
    kappaCodedOnly: mean(pairDtos.map((d) => d.kappaCodedOnly)),
    meanSourceKappa: mean(allSourceKappas),
    segments: meanSegments(overallSegments, codes.length, threshold)
  }
}

/** Segment totals summed over pairs; percent and kappa from the pooled counts. */
export function meanSegments(perPair: SegmentAgreementDto[], codes: number, threshold: number): SegmentAgreementDto {
  const total = emptySegments(threshold)
  for (const s of perPair) addSegments(total, { matched: s.matched, onlyA: s.onlyFirst, onlyB: s.onlySecond })
  return finishSegments(total, codes)
}
