import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addAttribute, setCaseValues } from '../../../src/main/services/coding/attributes'
import { addCaseSegment, createCase } from '../../../src/main/services/coding/cases'
import { retrieveSegments } from '../../../src/main/services/coding/retrieval'
import { tempProject, type TempProject } from '../transcripts/support/project'
import { codeQuote, seedSmall, TEXT_A, TEXT_B, type Small } from './fixture'

let t: TempProject
let s: Small
let ids: Record<string, string>
beforeEach(async () => {
  t = await tempProject('Giulia')
  s = seedSmall(t.ctx)
  const { a, b } = s.sources
  const { giulia, marco } = s.coders
  ids = {
    aBenefit: codeQuote(t.ctx, a, TEXT_A, 'Lo smart working ci ha cambiato la vita.', s.codes.swBenefits, giulia),
    aCw: codeQuote(t.ctx, a, TEXT_A, 'cambiato la vita. Perché no?', s.codes.cw, marco),
    aCwAlone: codeQuote(t.ctx, a, TEXT_A, 'Il coworking è stato utile', s.codes.cw, giulia),
    aWelfare: codeQuote(t.ctx, a, TEXT_A, 'soprattutto per le mamme', s.codes.welfare, giulia),
    bLimit: codeQuote(t.ctx, b, TEXT_B, 'Lo smart working invece no.', s.codes.swLimits, marco),
    bWelfare: codeQuote(t.ctx, b, TEXT_B, 'Lo sportello ha aiutato molte donne con figli piccoli.', s.codes.welfare, giulia),
    // touches bLimit's start without overlapping it
    bTouch: codeQuote(t.ctx, b, TEXT_B, 'figli piccoli.', s.codes.cw, giulia)
  }
})
afterEach(() => t.close())

const idsOf = (q: Parameters<typeof retrieveSegments>[1]): string[] => retrieveSegments(t.ctx, q).segments.map((x) => x.id).sort()
const sorted = (...xs: string[]): string[] => xs.sort()

describe('retrieval', () => {
  it('selects a code with its sub-codes, or only itself', () => {
    expect(idsOf({ query: { code: s.codes.sw } })).toEqual(sorted(ids.aBenefit, ids.bLimit))
    expect(idsOf({ query: { code: s.codes.sw, subcodes: false } })).toEqual([])
  })

  it('combines with OR, AND (overlap in the same source) and NOT', () => {
    expect(idsOf({ query: { or: [{ code: s.codes.swBenefits }, { code: s.codes.welfare }] } })).toEqual(
      sorted(ids.aBenefit, ids.aWelfare, ids.bWelfare)
    )
    expect(idsOf({ query: { and: [{ code: s.codes.sw }, { code: s.codes.cw }] } })).toEqual([ids.aBenefit])
    expect(idsOf({ query: { and: [{ code: s.codes.cw }, { code: s.codes.sw }] } })).toEqual([ids.aCw])
    expect(idsOf({ query: { not: [{ code: s.codes.cw }, { code: s.codes.sw }] } })).toEqual(sorted(ids.aCwAlone, ids.bTouch))
    // touching ranges do not overlap
    expect(idsOf({ query: { and: [{ code: s.codes.welfare }, { code: s.codes.cw }] } })).toEqual([ids.bWelfare])
    expect(idsOf({ query: { and: [{ code: s.codes.cw }, { code: s.codes.swLimits }] } })).toEqual([])
  })

  it('filters by coder, source and case attribute', () => {
    expect(idsOf({ query: { code: s.codes.cw }, filter: { coderIds: [s.coders.marco] } })).toEqual([ids.aCw])
    expect(idsOf({ filter: { sourceIds: [s.sources.b] } })).toEqual(sorted(ids.bLimit, ids.bWelfare, ids.bTouch))
    const role = addAttribute(t.ctx, { name: 'Ruolo', type: 'category', choices: ['HR', 'Dipendente'] })
    const age = addAttribute(t.ctx, { name: 'Età', type: 'number' })
    setCaseValues(t.ctx, [
      { caseId: s.cases.anna, attributeId: role.id, value: 'HR' },
      { caseId: s.cases.bruno, attributeId: role.id, value: 'Dipendente' },
      { caseId: s.cases.anna, attributeId: age.id, value: '41' }
    ])
    expect(idsOf({ query: { code: s.codes.welfare }, filter: { attributes: [{ attributeId: role.id, value: 'Dipendente' }] } })).toEqual([ids.bWelfare])
    expect(idsOf({ filter: { attributes: [{ attributeId: age.id, value: '41,0' }, { attributeId: role.id, value: 'HR' }] } })).toHaveLength(4)
    expect(idsOf({ filter: { attributes: [{ attributeId: age.id, value: '41' }, { attributeId: role.id, value: 'Dipendente' }] } })).toEqual([])
  })

  it('counts a segment for a case segment it overlaps', () => {
    const carla = createCase(t.ctx, { name: 'Carla' })
    const start = TEXT_B.indexOf('R: Bene.')
    addCaseSegment(t.ctx, { caseId: carla, sourceId: s.sources.b, start, end: TEXT_B.indexOf('\n', start) })
    const segs = retrieveSegments(t.ctx, { filter: { caseIds: [carla] } }).segments
    expect(segs.map((x) => x.id).sort()).toEqual(sorted(ids.bLimit, ids.bWelfare, ids.bTouch))
    expect(segs[0].cases.map((c) => c.name).sort()).toEqual(['Bruno', 'Carla'])
  })

  it('returns segments in document order with context and a page window', () => {
    const page = retrieveSegments(t.ctx, { context: 'sentence', offset: 1, limit: 2 })
    expect(page.total).toBe(7)
    expect(page.segments.map((x) => x.id)).toEqual([ids.aCw, ids.aCwAlone])
    expect(page.segments[0].context).toEqual({
      start: TEXT_A.indexOf('Lo smart'),
      end: TEXT_A.indexOf('Perché no?') + 'Perché no?'.length,
      text: 'Lo smart working ci ha cambiato la vita. Perché no?'
    })
    const para = retrieveSegments(t.ctx, { query: { code: s.codes.welfare }, context: 'paragraph' }).segments[0]
    expect(para.context!.text).toBe('R: Il coworking è stato utile, soprattutto per le mamme. Però i costi erano alti.')
    expect(para).toMatchObject({ sourceName: 'Intervista A', codePath: 'Welfare', coderName: 'Giulia', text: 'soprattutto per le mamme' })
  })
})
