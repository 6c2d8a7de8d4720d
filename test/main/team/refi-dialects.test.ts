import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { importQdpx } from '../../../src/main/services/team/refi/import-qdpx'
import { SourceAnchor, quoteMatches } from '../../../src/main/services/team/refi/anchor'
import { OffsetMap } from '../../../src/main/services/team/refi/offsets'
import { codePointToUtf16, utf16ToCodePoint } from '../../../src/main/services/text/normalise'
import { newProject, type TestProject } from './helpers'
import { cpIndex, cpLen, qde, writeQdpx } from './qdpx-builder'
import { englishText } from '../../../src/shared/messages'

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

const RAW = 'Prima riga con 😀 emoji.\r\nSeconda riga: il welfare 🏫 aziendale funziona.\r\nTerza riga, più lunga, finisce qui.'
const SRC = 'bbbbbbbb-0000-4000-8000-000000000001'
const QUOTES = ['welfare 🏫 aziendale', 'Terza riga', 'emoji', 'finisce qui']

async function importWith(positions: (q: string) => [number, number], origin: string, names = false) {
  const p = await newProject()
  open.push(p)
  const file = writeQdpx({
    'project.qde': qde({ origin, sources: [{ guid: SRC, name: 'S', selections: QUOTES.map((q) => ({ ...toSel(positions(q)), name: names ? q : undefined })) }] }),
    [`sources/${SRC}.txt`]: RAW
  })
  const r = await importQdpx(p.ctx, file)
  const quotes = (p.ctx.project.sqlite.prepare('SELECT quote FROM codings ORDER BY start').all() as { quote: string }[]).map((x) => x.quote)
  return { r, quotes }
}
const toSel = ([start, end]: [number, number]) => ({ start, end })
const expected = ['emoji', 'welfare 🏫 aziendale', 'Terza riga', 'finisce qui']

describe('offset dialects', () => {
  it('REFI standard: code points on the text as stored in the file (CRLF = 2)', async () => {
    const { r, quotes } = await importWith((q) => [cpIndex(RAW, q), cpIndex(RAW, q) + cpLen(q)], 'QualCoder 3.5')
    expect(r.dialects[0].dialect).toBe('codepoints')
    expect(quotes).toEqual(expected)
    expect(r.unanchored).toBe(0)
  })

  it('NVivo: UTF-16 units with CRLF counted twice', async () => {
    const { r, quotes } = await importWith((q) => [RAW.indexOf(q), RAW.indexOf(q) + q.length], 'NVivo for Windows 14')
    expect(r.dialects[0].dialect).toBe('utf16')
    expect(quotes).toEqual(expected)
  })

  it('ATLAS.ti: code points with CRLF counted once', async () => {
    const lf = RAW.replace(/\r\n/g, '\n')
    const { r, quotes } = await importWith((q) => [cpIndex(lf, q), cpIndex(lf, q) + cpLen(q)], 'ATLAS.ti for Windows 23')
    expect(r.dialects[0].dialect).toBe('codepoints-lf')
    expect(quotes).toEqual(expected)
  })

  it('the dialect is detected from the text even when the origin suggests another', async () => {
    // UTF-16 offsets from a producer that claims nothing: boundaries reveal the unit.
    const { r, quotes } = await importWith((q) => [RAW.indexOf(q), RAW.indexOf(q) + q.length], 'Unknown tool')
    expect(r.dialects[0].dialect).toBe('utf16')
    expect(quotes).toEqual(expected)
  })

  it('stored quotes in selection names decide, and a mismatching one is reported, not shifted', async () => {
    const p = await newProject()
    open.push(p)
    const sels = QUOTES.map((q) => ({ start: RAW.indexOf(q), end: RAW.indexOf(q) + q.length, name: q }))
    sels.push({ start: RAW.indexOf('Seconda'), end: RAW.indexOf('Seconda') + 7, name: 'Qualcos’altro' })
    const file = writeQdpx({ 'project.qde': qde({ origin: 'X', sources: [{ guid: SRC, name: 'S', selections: sels }] }), [`sources/${SRC}.txt`]: RAW })
    const r = await importQdpx(p.ctx, file)
    expect(r.dialects[0]).toMatchObject({ dialect: 'utf16', quoteMatches: 4 })
    expect(r.codings).toBe(4)
    expect(r.unanchored).toBe(1)
    expect(r.unanchoredSelections[0]).toMatchObject({ source: 'S', codes: ['Tema'] })
    expect(englishText(r.unanchoredSelections[0].reason)).toMatch(/stored selection text differs/)
  })

  it('out of range, empty, reversed and split-character selections are reported with reasons', async () => {
    const p = await newProject()
    open.push(p)
    const emoji = RAW.indexOf('😀')
    const sels = [
      { start: 5, end: 500 },
      { start: 10, end: 10 },
      { start: 12, end: 8 },
      { start: emoji + 1, end: emoji + 5 },
      { start: 0, end: 5 }
    ]
    const file = writeQdpx({ 'project.qde': qde({ origin: 'NVivo', sources: [{ guid: SRC, name: 'S', selections: sels }] }), [`sources/${SRC}.txt`]: RAW })
    const r = await importQdpx(p.ctx, file)
    expect(r.codings).toBe(1)
    expect(r.unanchored).toBe(4)
    const reasons = r.unanchoredSelections.map((u) => englishText(u.reason)).join(' | ')
    expect(reasons).toMatch(/outside the text/)
    expect(reasons).toMatch(/empty selection/)
    expect(reasons).toMatch(/end comes before the start/)
    expect(reasons).toMatch(/inside a character/)
    expect(englishText(r.warnings[0])).toMatch(/4 selections could not be anchored/)
  })

  it('decomposed (NFD) text is stored NFC and offsets follow', () => {
    const nfd = 'Citta\u0300 e perche\u0301: ok.'
    const a = new SourceAnchor(nfd)
    expect(a.stored).toBe('Città e perché: ok.')
    const s = nfd.indexOf('perche')
    const e = nfd.indexOf(':')
    expect(a.stored.slice(a.toStored(s, 'utf16')!, a.toStored(e, 'utf16')!)).toBe('perché')
    expect(a.producerQuote(s, e, 'utf16')).toBe('perché')
  })

  it('OffsetMap agrees with normalise.ts on every offset', () => {
    const t = 'a😀b👨‍👩‍👧c\u{1F3EB}'
    const m = new OffsetMap(t)
    for (let i = 0; i <= t.length; i++) expect(m.toCodePoint(i)).toBe(utf16ToCodePoint(t, i))
    for (let cp = 0; cp <= m.codePoints; cp++) expect(m.toUtf16(cp)).toBe(codePointToUtf16(t, cp))
  })

  it('quote comparison tolerates whitespace and an ellipsis', () => {
    expect(quoteMatches('uno  due\r\ntre', 'uno due tre')).toBe(true)
    expect(quoteMatches('Una frase abbastanza lunga…', 'Una frase abbastanza lunga e completa')).toBe(true)
    expect(quoteMatches('line:665', 'testo qualsiasi')).toBe(false)
  })

  it('source files found with other folder case, a nested .qde name, BOM and no scheme', async () => {
    const p = await newProject()
    open.push(p)
    const body = qde({ origin: 'ATLAS.ti', sources: [{ guid: SRC, name: 'S', path: `${SRC}.TXT`, selections: [{ start: 0, end: 5 }] }] })
    const file = writeQdpx({ 'Mio progetto.qde': '\uFEFF' + body, [`Sources/${SRC}.txt`]: '\uFEFF' + RAW }, 'x.qdpx')
    const r = await importQdpx(p.ctx, file)
    expect(r.codings).toBe(1)
    expect(r.warnings.some((w) => /Mio progetto\.qde/.test(englishText(w)))).toBe(true)
    expect(path.basename(r.file)).toBe('x.qdpx')
  })
})
