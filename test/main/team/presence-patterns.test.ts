import { describe, expect, it } from 'vitest'
import { PresencePatterns } from '../../../src/main/services/team/agreement/presence-patterns'
import { cohenKappa, fleissKappa, krippendorffAlpha, percentAgreement, ratingsToCounts } from '../../../src/main/services/team/agreement/stats'

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** coders × units of 0/1 and the same data as per-unit patterns. */
function data(m: number, units: number, seed: number, pYes: number): { rows: number[][]; patterns: number[] } {
  const rand = rng(seed)
  const rows = Array.from({ length: m }, () => new Array<number>(units).fill(0))
  const patterns = new Array<number>(units).fill(0)
  for (let u = 0; u < units; u++) {
    const base = rand() < pYes
    for (let i = 0; i < m; i++) {
      const v = rand() < 0.8 ? base : !base
      if (v) {
        rows[i][u] = 1
        patterns[u] |= 1 << i
      }
    }
  }
  return { rows, patterns }
}

describe('binary presence patterns give the generic statistics', () => {
  for (const m of [2, 3, 5])
    for (const pYes of [0.05, 0.4])
      it(`${m} coders, ${pYes * 100}% coded`, () => {
        const { rows, patterns } = data(m, 997, m * 31 + pYes * 100, pYes)
        const p = PresencePatterns.of(m, patterns)
        expect(p.units).toBe(997)
        expect(p.percent()).toBeCloseTo(percentAgreement(rows)!, 12)
        expect(p.alpha()).toBeCloseTo(krippendorffAlpha(rows, 'nominal', { valueDomain: [0, 1] })!, 12)
        const kappa = m === 2 ? cohenKappa(rows[0], rows[1], { levels: [0, 1] }) : fleissKappa(ratingsToCounts(rows[0].map((_, u) => rows.map((r) => r[u])), [0, 1]).table)
        expect(p.kappa()).toBeCloseTo(kappa!, 12)
        expect(p.pairKappa(0, m - 1)).toBeCloseTo(cohenKappa(rows[0], rows[m - 1], { levels: [0, 1] })!, 12)
        expect(p.pairPercent(0, 1)).toBeCloseTo(percentAgreement([rows[0], rows[1]])!, 12)
        expect(p.coded()).toEqual(rows.map((r) => r.reduce((s, x) => s + x, 0)))
        // Coded-only: the units nobody coded are left out, as codedOnly() did with arrays.
        const keep = patterns.map((x) => x !== 0)
        const coded = rows.map((r) => r.filter((_, u) => keep[u]))
        const q = PresencePatterns.of(m, patterns, 0, patterns.length, true)
        expect(q.units).toBe(keep.filter(Boolean).length)
        expect(q.percent()).toBeCloseTo(percentAgreement(coded)!, 12)
        expect(q.alpha()).toBeCloseTo(krippendorffAlpha(coded, 'nominal', { valueDomain: [0, 1] })!, 12)
      })

  it('edge cases: no units, nobody coded, a slice', () => {
    expect(PresencePatterns.of(2, []).percent()).toBeNull()
    expect(PresencePatterns.of(2, []).kappa()).toBeNull()
    expect(PresencePatterns.of(3, []).alpha()).toBeNull()
    const none = PresencePatterns.of(3, [0, 0, 0, 0])
    expect(none.anyCoded).toBe(false)
    expect(none.percent()).toBe(1)
    expect(none.alpha()).toBe(krippendorffAlpha([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], 'nominal', { valueDomain: [0, 1] }))
    expect(none.kappa()).toBe(fleissKappa([[3, 0], [3, 0], [3, 0], [3, 0]]))
    const slice = PresencePatterns.of(2, [3, 0, 1, 2, 3], 1, 4)
    expect(slice.units).toBe(3)
    expect(slice.pairTable(0, 1)).toEqual([[1, 1], [1, 0]])
  })
})
