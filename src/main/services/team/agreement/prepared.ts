import type { NamedRef, PairAgreementDto, SegmentAgreementDto } from '../../../../shared/ipc/team'
import type { CodeInfo } from '../resolve'
import type { Span } from './intervals'
import { brennanPrediger } from './stats'

/** One source in scope, with the codings of the chosen codes split by code and coder (raw segments). */
export interface PreparedSource {
  id: string
  name: string
  text: string
  /** Paragraphs recognised when the source was imported (sources.structure), if any. */
  paragraphs: Span[] | null
  /** codeId → one segment list per coder, in coder order. */
  segs: Map<string, Span[][]>
}

export interface AgreementScope {
  coders: NamedRef[]
  codes: CodeInfo[]
  sources: PreparedSource[]
  threshold: number
}

/** All coder index pairs (i < j). */
export function coderPairs(m: number): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) out.push([i, j])
  return out
}

export const mean = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x))
  return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null
}

export const asPercent = (fraction: number | null): number | null => (fraction === null ? null : fraction * 100)

export function emptySegments(threshold: number): SegmentAgreementDto {
  return { threshold, matched: 0, onlyFirst: 0, onlySecond: 0, percent: null, kappa: null }
}

/** Adds one pair's segment counts into a running total. */
export function addSegments(into: SegmentAgreementDto, m: { matched: number; onlyA: number; onlyB: number }): void {
  into.matched += m.matched
  into.onlyFirst += m.onlyA
  into.onlySecond += m.onlyB
}

/** Fills percent and Brennan–Prediger kappa (chance 1/q) of a segment total. */
export function finishSegments(s: SegmentAgreementDto, codes: number): SegmentAgreementDto {
  const all = s.matched + s.onlyFirst + s.onlySecond
  const po = all === 0 ? null : s.matched / all
  return { ...s, percent: asPercent(po), kappa: po === null ? null : brennanPrediger(po, codes) }
}

export function pairRef(coders: NamedRef[], [i, j]: [number, number]): [NamedRef, NamedRef] {
  return [coders[i], coders[j]]
}

export function emptyPair(coders: [NamedRef, NamedRef]): PairAgreementDto {
  return { coders, percent: null, kappa: null, percentCodedOnly: null, kappaCodedOnly: null, characters: null }
}
