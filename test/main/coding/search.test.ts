import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { undo } from '../../../src/main/db/op-log'
import { foldText, originalRange } from '../../../src/main/services/coding/fold'
import { searchText } from '../../../src/main/services/coding/search'
import { codeSearchHits } from '../../../src/main/services/coding/search-code'
import { retrieveSegments } from '../../../src/main/services/coding/retrieval'
import { tempProject, type TempProject } from '../transcripts/support/project'
import { count, seedSmall, TEXT_A, TEXT_B, type Small } from './fixture'

let t: TempProject
let s: Small
beforeEach(async () => {
  t = await tempProject('Giulia')
  s = seedSmall(t.ctx)
})
afterEach(() => t.close())

describe('text search', () => {
  it('is accent- and case-insensitive for Italian: "perche" finds "Perché" and "Perche"', () => {
    const r = searchText(t.ctx, { query: 'perche' })
    expect(r.total).toBe(4)
    expect(r.hits.map((h) => h.text)).toEqual(['Perché', 'Perché', 'Perche', 'Perché'])
    const first = r.hits[0]
    expect(TEXT_A.slice(first.start, first.end)).toBe('Perché')
    expect(first.left).toBe('INT: ')
    expect(first.right.startsWith(' avete aderito')).toBe(true)
    expect(r.sourcesWithHits).toBe(2)
  })

  it('respects case and accent sensitivity when asked', () => {
    expect(searchText(t.ctx, { query: 'perché' }).total).toBe(4)
    expect(searchText(t.ctx, { query: 'Perché', accentSensitive: true }).total).toBe(3)
    expect(searchText(t.ctx, { query: 'perché', caseSensitive: true }).total).toBe(0)
    expect(searchText(t.ctx, { query: 'Perche', caseSensitive: true, accentSensitive: true }).total).toBe(1)
    expect(searchText(t.ctx, { query: "com'e" }).hits.map((h) => h.text)).toEqual(['Com’è'])
  })

  it('supports whole words and regular expressions', () => {
    expect(searchText(t.ctx, { query: 'work' }).total).toBe(4)
    expect(searchText(t.ctx, { query: 'work', wholeWord: true }).total).toBe(0)
    expect(searchText(t.ctx, { query: 'working', wholeWord: true }).total).toBe(2)
    const r = searchText(t.ctx, { query: 'dat[oa]|donn[ae]', regex: true })
    expect(r.hits.map((h) => h.text)).toEqual(['data', 'donne'])
    expect(searchText(t.ctx, { query: 'dat[oa]|donn[ae]', regex: true, wholeWord: true }).hits.map((h) => h.text)).toEqual(['donne'])
    expect(() => searchText(t.ctx, { query: '(', regex: true })).toThrow(EsitiError)
    expect(() => searchText(t.ctx, { query: '  ' })).toThrow(/Type something/)
  })

  it('maps folded offsets back to the original text', () => {
    const text = 'ÉCOLE e\u0301 😀 Perché'
    const f = foldText(text, { caseFold: true, accentFold: true })
    expect(f.text).toBe('ecole e 😀 perche')
    const i = f.text.indexOf('perche')
    expect(text.slice(...originalRange(text, f, i, i + 6))).toBe('Perché')
    const j = f.text.indexOf('e ')
    expect(text.slice(...originalRange(text, f, 6, 7))).toBe('e\u0301')
    expect(j).toBe(4)
  })
})

describe('code all hits', () => {
  it('codes every hit expanded to its sentence in one undoable step', () => {
    const r = codeSearchHits(t.ctx, { search: { query: 'smart working' }, codeId: s.codes.sw, expand: 'sentence' })
    expect(r).toMatchObject({ hits: 2, created: 2, skipped: 0 })
    const segs = retrieveSegments(t.ctx, { query: { code: s.codes.sw, subcodes: false } }).segments
    expect(segs.map((x) => x.text)).toEqual(['Lo smart working ci ha cambiato la vita.', 'Lo smart working invece no.'])
    const again = codeSearchHits(t.ctx, { search: { query: 'smart working' }, codeId: s.codes.sw, expand: 'sentence' })
    expect(again).toMatchObject({ created: 0, skipped: 2 })
    undo(t.project, 'x')
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(0)
  })

  it('expands to paragraphs and turns, coding each range once', () => {
    const p = codeSearchHits(t.ctx, { search: { query: 'perche' }, codeId: s.codes.welfare, expand: 'paragraph' })
    expect(p).toMatchObject({ hits: 4, created: 4 })
    const texts = retrieveSegments(t.ctx, { query: { code: s.codes.welfare } }).segments.map((x) => x.text)
    expect(texts).toContain('R: L’abbiamo fatto per le persone 😀, davvero. Lo smart working ci ha cambiato la vita. Perché no?')
    expect(texts).toContain('R: Perché in produzione non si può fare.')
    const turn = codeSearchHits(t.ctx, { search: { query: 'mamme' }, codeId: s.codes.cw, expand: 'turn' })
    expect(turn.created).toBe(1)
    expect(retrieveSegments(t.ctx, { query: { code: s.codes.cw } }).segments[0].text).toBe(
      'R: Il coworking è stato utile, soprattutto per le mamme. Però i costi erano alti.'
    )
    void TEXT_B
  })
})
