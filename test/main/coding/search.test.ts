import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { formatMessage } from '../../../src/shared/messages/translator'
import { undo } from '../../../src/main/db/op-log'
import { foldText, originalRange } from '../../../src/main/services/coding/fold'
import { searchText } from '../../../src/main/services/coding/search'
import { codeSearchHits } from '../../../src/main/services/coding/search-code'
import { findMatches } from '../../../src/main/services/coding/regex-runner'
import { makeCtx } from '../../../src/main/services/context'
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
  it('is accent- and case-insensitive for Italian: "perche" finds "Perché" and "Perche"', async () => {
    const r = (await searchText(t.ctx, { query: 'perche' }))
    expect(r.total).toBe(4)
    expect(r.hits.map((h) => h.text)).toEqual(['Perché', 'Perché', 'Perche', 'Perché'])
    const first = r.hits[0]
    expect(TEXT_A.slice(first.start, first.end)).toBe('Perché')
    expect(first.left).toBe('INT: ')
    expect(first.right.startsWith(' avete aderito')).toBe(true)
    expect(r.sourcesWithHits).toBe(2)
  })

  it('respects case and accent sensitivity when asked', async () => {
    expect((await searchText(t.ctx, { query: 'perché' })).total).toBe(4)
    expect((await searchText(t.ctx, { query: 'Perché', accentSensitive: true })).total).toBe(3)
    expect((await searchText(t.ctx, { query: 'perché', caseSensitive: true })).total).toBe(0)
    expect((await searchText(t.ctx, { query: 'Perche', caseSensitive: true, accentSensitive: true })).total).toBe(1)
    expect((await searchText(t.ctx, { query: "com'e" })).hits.map((h) => h.text)).toEqual(['Com’è'])
  })

  it('supports whole words and regular expressions', async () => {
    expect((await searchText(t.ctx, { query: 'work' })).total).toBe(4)
    expect((await searchText(t.ctx, { query: 'work', wholeWord: true })).total).toBe(0)
    expect((await searchText(t.ctx, { query: 'working', wholeWord: true })).total).toBe(2)
    const r = (await searchText(t.ctx, { query: 'dat[oa]|donn[ae]', regex: true }))
    expect(r.hits.map((h) => h.text)).toEqual(['data', 'donne'])
    expect((await searchText(t.ctx, { query: 'dat[oa]|donn[ae]', regex: true, wholeWord: true })).hits.map((h) => h.text)).toEqual(['donne'])
    await expect(searchText(t.ctx, { query: '(', regex: true })).rejects.toThrow(EsitiError)
    await expect(searchText(t.ctx, { query: '  ' })).rejects.toThrow(/Type something/)
  })

  it("words a regular expression's syntax error in the user's language, not the engine's English", async () => {
    const problem = async (query: string, locale: 'it' | 'en'): Promise<string> => {
      const err = await searchText(t.ctx, { query, regex: true }).then(
        () => null,
        (e: unknown) => e as EsitiError
      )
      expect(err).toBeInstanceOf(EsitiError)
      return formatMessage(err!.msg, locale)
    }
    expect(await problem('(lavoro', 'it')).toBe('Espressione regolare non valida: un gruppo aperto con «(» non è chiuso')
    expect(await problem('(lavoro', 'en')).toBe('Invalid regular expression: a group opened with "(" is not closed')
    expect(await problem('*casa', 'it')).toBe('Espressione regolare non valida: un segno di ripetizione (*, + o ?) non ha nulla prima da ripetere: scrivi \\* per cercare il segno stesso')
    expect(await problem('[z-a]', 'it')).toBe('Espressione regolare non valida: un intervallo tra [...] va all’indietro (come [z-a])')
    expect(await problem('fine\\', 'en')).toBe('Invalid regular expression: it ends with a lone \\')
    // Every reason the table knows is met by a pattern that really fails that way in the engine.
    for (const [query, words] of [
      [')', /never opened/],
      ['a{2,1}', /first number is larger/],
      ['x{', /valid \{n,m\}/],
      ['[abc', /not closed by "\]"/],
      ['\\p{Nessuna}', /no Unicode property/],
      ['(?<n>a)(?<n>b)', /named group/]
    ] as const)
      expect(await problem(query, 'en')).toMatch(words)
  })

  it('steps over a whole emoji after an empty match (x* used to loop forever inside a surrogate pair)', async () => {
    expect(TEXT_A).toContain('😀')
    const r = await searchText(t.ctx, { query: 'x*', regex: true })
    expect(r.hits.every((h) => h.end > h.start)).toBe(true)
    expect((await searchText(t.ctx, { query: '§*', regex: true })).total).toBe(0)
    // Empty matches around astral characters, then a real one after them.
    const found = await findMatches('a*', 'gu', ['😀😀a😀'], { query: 't' })
    expect([...found[0]]).toEqual([4, 5])
  })

  it('stops a regular expression that backtracks catastrophically at its deadline, naming the limit', async () => {
    const hay = 'a'.repeat(40) + '!'
    const err = await findMatches('(.*.*)*Z', 'gu', [hay], { query: '(.*.*)*Z', timeoutMs: 300 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(EsitiError)
    expect(err).toMatchObject({ code: 'TOO_LARGE', details: { limit: 'searchSeconds' } })
    expect((err as Error).message).toMatch(/^The search for "\(\.\*\.\*\)\*Z" ran for at least 0\.3 seconds; the limit is 0\.3 seconds: simplify the regular expression or search fewer sources\.$/)
    // The next search gets a fresh worker and works.
    expect([...(await findMatches('b', 'g', ['abc'], { query: 't' }))[0]]).toEqual([1, 2])
  })

  it('cancels a running search at once, and caps the number of matches', async () => {
    const ctrl = new AbortController()
    const ctx = makeCtx(t.project, 'Giulia', { report: () => undefined, signal: ctrl.signal })
    const running = findMatches('(\\p{L}+\\s?)+#', 'gu', ['parola '.repeat(30)], { query: 't', signal: ctx.progress.signal, timeoutMs: 60_000 })
    setTimeout(() => ctrl.abort(), 100)
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' })
    await expect(findMatches('.', 'gu', ['abcdefghijkl'], { query: '.', maxMatches: 10 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
      details: { limit: 'searchMatches', found: 11, max: 10 }
    })
  })

  it('maps folded offsets back to the original text', async () => {
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
  it('codes every hit expanded to its sentence in one undoable step', async () => {
    const r = (await codeSearchHits(t.ctx, { search: { query: 'smart working' }, codeId: s.codes.sw, expand: 'sentence' }))
    expect(r).toMatchObject({ hits: 2, created: 2, skipped: 0 })
    const segs = retrieveSegments(t.ctx, { query: { code: s.codes.sw, subcodes: false } }).segments
    expect(segs.map((x) => x.text)).toEqual(['Lo smart working ci ha cambiato la vita.', 'Lo smart working invece no.'])
    const again = (await codeSearchHits(t.ctx, { search: { query: 'smart working' }, codeId: s.codes.sw, expand: 'sentence' }))
    expect(again).toMatchObject({ created: 0, skipped: 2 })
    undo(t.project, 'x')
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(0)
  })

  it('expands to paragraphs and turns, coding each range once', async () => {
    const p = (await codeSearchHits(t.ctx, { search: { query: 'perche' }, codeId: s.codes.welfare, expand: 'paragraph' }))
    expect(p).toMatchObject({ hits: 4, created: 4 })
    const texts = retrieveSegments(t.ctx, { query: { code: s.codes.welfare } }).segments.map((x) => x.text)
    expect(texts).toContain('R: L’abbiamo fatto per le persone 😀, davvero. Lo smart working ci ha cambiato la vita. Perché no?')
    expect(texts).toContain('R: Perché in produzione non si può fare.')
    const turn = (await codeSearchHits(t.ctx, { search: { query: 'mamme' }, codeId: s.codes.cw, expand: 'turn' }))
    expect(turn.created).toBe(1)
    expect(retrieveSegments(t.ctx, { query: { code: s.codes.cw } }).segments[0].text).toBe(
      'R: Il coworking è stato utile, soprattutto per le mamme. Però i costi erano alti.'
    )
    void TEXT_B
  })
})
