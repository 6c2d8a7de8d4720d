import path from 'node:path'
import { eng, ita } from 'stopword'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * The CLI's words and attribute matrix against counts made here, independently, on the demo
 * project's eight interviews (written by the demo's authors, not shaped for these tests).
 */

const tmp = tempDir('esiti-words-')
const project = path.join(tmp.dir, 'demo.esiti')
afterAll(() => tmp.cleanup())
beforeAll(async () => {
  expect((await cli('new', project, '--demo', '--json')).code).toBe(0)
}, 120_000)

interface Shown {
  text: string
  structure: { turns: { start: number; bodyStart: number }[]; timestamps: { start: number; end: number }[] }
}

/** Independent tokeniser: walks characters; a letter (or combining mark) extends a word, anything else ends it. */
function tokens(text: string, skip: [number, number][]): string[] {
  const out: string[] = []
  let word = ''
  for (let i = 0; i < text.length; i++) {
    const inLabel = skip.some(([s, e]) => i >= s && i < e)
    const ch = text[i]
    if (!inLabel && /\p{L}|\p{M}/u.test(ch)) word += ch
    else if (word) {
      out.push(word)
      word = ''
    }
  }
  if (word) out.push(word)
  return out
}

const fold = (w: string): string => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')

function tally(words: string[], stop: Set<string>): Map<string, number> {
  const m = new Map<string, number>()
  for (const w of words) {
    const f = fold(w)
    if (stop.has(f)) continue
    m.set(f, (m.get(f) ?? 0) + 1)
  }
  return m
}

async function show(source: string): Promise<Shown> {
  const r = await cli('transcripts', 'show', project, source, '--json')
  return r.json as Shown
}

const labels = (s: Shown): [number, number][] => [
  ...s.structure.turns.map((t): [number, number] => [t.start, t.bodyStart]),
  ...s.structure.timestamps.map((t): [number, number] => [t.start, t.end])
]

describe('esiti words', () => {
  it('counts every word of a transcript as an independent count does, with and without stop words', async () => {
    const sources = (await cli('transcripts', 'list', project, '--json')).json.sources as { name: string }[]
    const name = sources[0].name
    const shown = await show(name)
    const all = tokens(shown.text, labels(shown))
    expect(all.length).toBeGreaterThan(300)

    const none = await cli('words', project, '--source', name, '--stopwords', 'none', '--top', '10000', '--json')
    expect(none.code).toBe(0)
    const expected = tally(all, new Set())
    const got = new Map((none.json.words as { word: string; count: number; sources: number }[]).map((w) => [fold(w.word), w.count]))
    expect(got).toEqual(expected)
    expect(none.json.tokens).toBe(all.length)
    // Speaker labels are not words of the interview.
    expect(got.has('int')).toBe(false)

    const it = await cli('words', project, '--source', name, '--stopwords', 'it', '--top', '25', '--json')
    const stop = new Set(ita.map(fold))
    const expectedIt = [...tally(all, stop).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'it'))
    const words = it.json.words as { word: string; count: number; sources: number }[]
    expect(words.length).toBe(25)
    // Counts match one by one (ties may be ordered by the displayed form, so compare as sets per count).
    expect(words.map((w) => w.count)).toEqual(expectedIt.slice(0, 25).map(([, n]) => n))
    for (const w of words) expect(w.count).toBe(expectedIt.find(([f]) => f === fold(w.word))?.[1])
    expect(words.every((w) => !stop.has(fold(w.word)) && w.word === w.word.toLowerCase())).toBe(true)
    // The auto choice picks Italian for an Italian interview and says so.
    expect((await cli('words', project, '--source', name, '--json')).json.language).toBe('it')
    expect(eng.length).toBeGreaterThan(50)
  })

  it('counts words across sources, and only in the text coded with a code', async () => {
    const sources = (await cli('transcripts', 'list', project, '--json')).json.sources as { name: string }[]
    const shown: Shown[] = []
    // One after the other: each CLI run takes the project's lock.
    for (const s of sources) shown.push(await show(s.name))
    const r = await cli('words', project, '--stopwords', 'none', '--top', '10000', '--json')
    const expected = new Map<string, { n: number; sources: Set<number> }>()
    shown.forEach((s, i) => {
      for (const [w, n] of tally(tokens(s.text, labels(s)), new Set())) {
        const e = expected.get(w) ?? { n: 0, sources: new Set() }
        e.n += n
        e.sources.add(i)
        expected.set(w, e)
      }
    })
    for (const w of r.json.words as { word: string; count: number; sources: number }[]) {
      const e = expected.get(fold(w.word))!
      expect([w.word, w.count, w.sources]).toEqual([w.word, e.n, e.sources.size])
    }
    expect(r.json.words.length).toBe(expected.size)

    // Only the coded text: the union of the code's segments (sub-codes included), read from `segments`.
    const codes = (await cli('codes', 'list', project, '--json')).json.codes as { path: string; codingsTotal: number; parent: string | null }[]
    const code = codes.find((c) => c.parent === null && c.codingsTotal > 5)!
    const segs = (await cli('segments', project, '--code', code.path, '--json')).json.segments as { source: string; start: number; end: number }[]
    const coded: string[] = []
    for (const [i, s] of sources.entries()) {
      const ranges = segs.filter((x) => x.source === s.name).map((x): [number, number] => [x.start, x.end]).sort((a, b) => a[0] - b[0])
      const merged: [number, number][] = []
      for (const rg of ranges) {
        const last = merged.at(-1)
        if (last && rg[0] <= last[1]) last[1] = Math.max(last[1], rg[1])
        else merged.push([...rg])
      }
      for (const [a, b] of merged) {
        const skip = labels(shown[i]).map(([x, y]): [number, number] => [x - a, y - a])
        coded.push(...tokens(shown[i].text.slice(a, b), skip))
      }
    }
    const byCode = await cli('words', project, '--code', code.path, '--stopwords', 'none', '--top', '10000', '--json')
    expect(new Map((byCode.json.words as { word: string; count: number }[]).map((w) => [fold(w.word), w.count]))).toEqual(tally(coded, new Set()))
  })

  it('groups forms by their Snowball stem when asked', async () => {
    const r = await cli('words', project, '--stem', '--top', '50', '--json')
    expect(r.json.stemmed).toBe(true)
    const multi = (r.json.words as { forms: string[]; count: number }[]).find((w) => w.forms.length > 1)
    expect(multi).toBeDefined()
    const plain = await cli('words', project, '--top', '10000', '--json')
    const counts = new Map((plain.json.words as { word: string; count: number }[]).map((w) => [w.word, w.count]))
    // A stem's count is the sum of its forms' counts.
    expect(multi!.count).toBe(multi!.forms.reduce((sum, f) => sum + (counts.get(f) ?? 0), 0))
  })

  it('refuses a bad --top and --stopwords with a clear message', async () => {
    const top = await cli('words', project, '--top', '0')
    expect(top.code).not.toBe(0)
    expect(top.stderr).toMatch(/between 1 and 10,000/)
    const sw = await cli('words', project, '--stopwords', 'fr', '--locale', 'it')
    expect(sw.stderr).toMatch(/--stopwords è it, en, both o none/)
  })
})

describe('esiti matrix --rows attribute:NAME', () => {
  it('matches segments filtered by each value of the attribute, for every code', async () => {
    for (const attribute of ['Genere', 'Azione']) {
      const m = await cli('matrix', project, '--rows', `attribute:${attribute}`, '--aggregate', '--json')
      expect(m.code).toBe(0)
      expect(m.json.rowKind).toBe('attribute')
      const rows = m.json.rows as string[]
      expect(rows.length).toBeGreaterThan(1)
      const paths = m.json.columnPaths as string[]
      let checked = 0
      for (const [i, value] of rows.entries()) {
        if (value === '(no value)') continue
        for (const [j, p] of paths.entries()) {
          const segs = await cli('segments', project, '--code', p, '--attribute', `${attribute}=${value}`, '--json')
          expect([attribute, value, p, m.json.counts[i][j]]).toEqual([attribute, value, p, segs.json.total])
          checked += segs.json.total
        }
      }
      expect(checked).toBeGreaterThan(0)
    }
  }, 120_000)

  it('counts cases with a code per value, and refuses an unknown attribute', async () => {
    const m = await cli('matrix', project, '--rows', 'attribute:Genere', '--count', 'cases', '--aggregate', '--json')
    const cases = (await cli('cases', 'list', project, '--json')).json.cases as { attributes: Record<string, string | null> }[]
    const rows = m.json.rows as string[]
    for (const [i, value] of rows.entries()) {
      if (value === '(no value)') continue
      const withValue = cases.filter((c) => c.attributes.Genere === value).length
      for (const n of m.json.counts[i] as number[]) expect(n).toBeLessThanOrEqual(withValue)
      expect(m.json.rowTotals[i]).toBeLessThanOrEqual(withValue)
    }
    const bad = await cli('matrix', project, '--rows', 'attribute:Colore preferito')
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/Attribute not found/)
  })
})
