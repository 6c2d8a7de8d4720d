import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { undo, redo } from '../../../src/main/db/op-log'
import {
  applyCode,
  commentCoding,
  getCoding,
  recentCodeIds,
  recodeCoding,
  removeCodings,
  resizeCoding
} from '../../../src/main/services/coding/codings'
import { retrieveSegments } from '../../../src/main/services/coding/retrieval'
import { verifyAnchors } from '../../../src/main/services/transcripts/anchors'
import { tempProject, type TempProject } from '../transcripts/support/project'
import { count, seedSmall, TEXT_A, type Small } from './fixture'

let t: TempProject
let s: Small
beforeEach(async () => {
  t = await tempProject('Giulia')
  s = seedSmall(t.ctx)
})
afterEach(() => t.close())

const err = (fn: () => unknown): EsitiError => {
  try {
    fn()
  } catch (e) {
    return e as EsitiError
  }
  throw new Error('expected an error')
}

describe('codings', () => {
  it('codes by quote with emoji and curly apostrophes and gives the exact text back', () => {
    const quote = 'L’abbiamo fatto per le persone 😀'
    const c = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.swBenefits, quote })
    expect(c.text).toBe(quote)
    expect(c.start).toBe(TEXT_A.indexOf(quote))
    expect(c.end - c.start).toBe(quote.length)
    const seg = retrieveSegments(t.ctx, { query: { code: s.codes.swBenefits } }).segments
    expect(seg.map((x) => x.text)).toEqual([quote])
    expect(seg[0].coderName).toBe('Giulia')
  })

  it('normalises a decomposed quote before looking for it', () => {
    const c = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.cw, quote: 'Il coworking e\u0300 stato utile' })
    expect(c.text).toBe('Il coworking è stato utile')
  })

  it('uses the k-th occurrence and refuses quotes that do not occur', () => {
    const second = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, quote: 'Perché', occurrence: 2 })
    expect(second.start).toBe(TEXT_A.lastIndexOf('Perché'))
    expect(second.occurrences).toBe(2)
    expect(err(() => applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, quote: 'Perché', occurrence: 3 })).message).toMatch(
      /occurs 2 times.*not 3/
    )
    const e = err(() => applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, quote: 'non esiste affatto' }))
    expect(e.code).toBe('NOT_FOUND')
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(1)
  })

  it('keeps overlapping codings on the same words', () => {
    const a = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.swBenefits, quote: 'Lo smart working ci ha cambiato la vita.' })
    const b = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.cw, quote: 'smart working ci ha cambiato' })
    const c = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.swBenefits, quote: 'Lo smart working ci ha cambiato la vita.', coder: 'Marco' })
    const all = retrieveSegments(t.ctx).segments
    expect(all.map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort())
    expect(all.filter((x) => x.text === 'smart working ci ha cambiato')).toHaveLength(1)
  })

  it('refuses bad offsets: outside, empty, blank, splitting an emoji, duplicate', () => {
    const emoji = TEXT_A.indexOf('😀')
    expect(err(() => applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, start: 5, end: 5 })).code).toBe('INVALID_INPUT')
    expect(err(() => applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, start: 0, end: 99999 })).message).toMatch(/outside/)
    expect(err(() => applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, start: emoji + 1, end: emoji + 5 })).message).toMatch(/split a character/)
    const blank = TEXT_A.indexOf('\n\n')
    expect(err(() => applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, start: blank, end: blank + 2 })).message).toMatch(/white space/)
    applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, start: 0, end: 3 })
    expect(err(() => applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, start: 0, end: 3 })).code).toBe('CONFLICT')
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(1)
  })

  it('adjusts boundaries, comments, recodes and removes, each undoable', () => {
    const c = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, quote: 'smart working' })
    const resized = resizeCoding(t.ctx, c.id, c.start - 3, c.end)
    expect(resized.text).toBe('Lo smart working')
    commentCoding(t.ctx, c.id, 'nota')
    recodeCoding(t.ctx, c.id, s.codes.swBenefits)
    expect(getCoding(t.ctx, c.id)).toMatchObject({ codeId: s.codes.swBenefits, comment: 'nota', text: 'Lo smart working' })
    removeCodings(t.ctx, [c.id])
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(0)
    undo(t.project, 'x')
    expect(getCoding(t.ctx, c.id).codeId).toBe(s.codes.swBenefits)
    undo(t.project, 'x')
    expect(getCoding(t.ctx, c.id).codeId).toBe(s.codes.sw)
    undo(t.project, 'x')
    expect(getCoding(t.ctx, c.id).comment).toBeNull()
    undo(t.project, 'x')
    expect(getCoding(t.ctx, c.id).text).toBe('smart working')
    undo(t.project, 'x')
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(0)
    redo(t.project, 'x')
    expect(getCoding(t.ctx, c.id).text).toBe('smart working')
    expect(verifyAnchors(t.ctx).mismatches).toEqual([])
  })

  it('lists the codes a coder used most recently first', () => {
    applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, quote: 'smart working' })
    applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.cw, quote: 'coworking', occurrence: 1 })
    applyCode(t.ctx, { sourceId: s.sources.b, codeId: s.codes.welfare, quote: 'sportello', coder: 'Marco' })
    const ids = recentCodeIds(t.ctx, 'Giulia')
    expect(new Set(ids)).toEqual(new Set([s.codes.sw, s.codes.cw]))
    expect(ids).not.toContain(s.codes.welfare)
  })

  it('verifyAnchors reports a stored quote that no longer matches', () => {
    const c = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, quote: 'smart working' })
    t.project.sqlite.prepare("UPDATE codings SET quote = 'altro' WHERE id = ?").run(c.id)
    const r = verifyAnchors(t.ctx)
    expect(r.checked).toBe(1)
    expect(r.mismatches).toEqual([
      { codingId: c.id, sourceId: s.sources.a, sourceName: 'Intervista A', start: c.start, end: c.end, stored: 'altro', actual: 'smart working' }
    ])
  })
})
