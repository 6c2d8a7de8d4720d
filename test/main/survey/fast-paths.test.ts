import { describe, expect, it } from 'vitest'
import { newRowIds, uuidTexts } from '../../../src/main/services/survey/storage/row-ids'
import { apostropheAccents, collapseSpaces, foldAccents, looseKey, normaliseApostrophes } from '../../../src/main/services/survey/infer/text-norm'
import { decodeRowIds, encodeRowIds } from '../../../src/main/services/survey/storage/codec'
import { prng } from '../../../src/main/demo/questionnaires/prng'

const slowLooseKey = (s: string): string =>
  foldAccents(apostropheAccents(normaliseApostrophes(collapseSpaces(s))))
    .toLowerCase()
    .replace(/[.;:!?]+$/, '')
    .trim()

describe('survey fast paths give what the general code gives', () => {
  it('row ids are distinct version 4 UUIDs that survive storage unchanged', () => {
    const ids = newRowIds(5000)
    expect(new Set(ids).size).toBe(5000)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17)
    expect(uuidTexts(bytes, 1)).toEqual(['00112233-4455-6677-8899-aabbccddeeff'])
    const rows = Uint32Array.from(ids, (_, i) => i + 2)
    const back = decodeRowIds(encodeRowIds(ids, rows))
    expect(back.ids).toEqual(ids)
    expect([...back.sheetRows]).toEqual([...rows])
    // Upper-case hex is read as the general path (Buffer hex) reads it.
    const upper = ids.slice(0, 50).map((id) => id.toUpperCase())
    expect(decodeRowIds(encodeRowIds(upper, rows.subarray(0, 50))).ids).toEqual(ids.slice(0, 50))
  })

  it('the plain-ASCII looseKey matches the full normalisation on random and tricky answers', () => {
    const rand = prng(11).next
    const alphabet = "abcXYZ019 .,;:!?'`-_/()éÈ’  \t"
    const samples = ['Sì', 'SI ', ' no.', "Un po'", 'Un po’', 'Abbastanza  d’accordo!', 'ID-0042', 'a  b', 'x;', '...']
    for (let i = 0; i < 20000; i++) {
      let s = ''
      const len = 1 + Math.floor(rand() * 14)
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)]
      samples.push(s)
    }
    const differ = samples.filter((s) => looseKey(s) !== slowLooseKey(s))
    expect(differ).toEqual([])
  })

  it('spacing and apostrophe normalisation skip only texts they would leave unchanged', () => {
    const fullSpaces = (s: string): string => s.replace(/[\s\u00A0\u2007\u202F\u200B]+/g, ' ').trim()
    const fullQuotes = (s: string): string =>
      s.replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    const rand = prng(12).next
    const alphabet = 'ab ’`´«»“”\t\n\u00A0\u2007\u202F\u200B\u3000\uFEFFè'
    const samples = ['', ' ', 'a b', ' a', 'a ', 'a  b', 'a\tb', 'l’ora', '«sì»', 'x\u200By']
    for (let i = 0; i < 20000; i++) {
      let s = ''
      const len = Math.floor(rand() * 8)
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)]
      samples.push(s)
    }
    expect(samples.filter((s) => collapseSpaces(s) !== fullSpaces(s))).toEqual([])
    expect(samples.filter((s) => normaliseApostrophes(s) !== fullQuotes(s))).toEqual([])
  })
})

describe('dictionary lists written a slice at a time', () => {
  it('are byte for byte the JSON of the list', async () => {
    const { Out } = await import('../../../src/main/services/survey/storage/blob-io')
    const rand = prng(7).next
    const alphabet = ['a', 'é', 'Z', ' ', '"', '\\', '\n', '\t', '\u0001', '\u007f', '\u2028', '€', '😀', '\ud83d', '\ude00', '/', '<', "'"]
    const list: string[] = ['', 'plain', 'Età', 'say "hi"', 'back\\slash', 'line\nbreak', 'emoji 😀', 'lone \ud800 half']
    for (let i = 0; i < 9000; i++) {
      let s = ''
      const len = Math.floor(rand() * 12)
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)]
      list.push(s)
    }
    // Slices end at 4,096 entries or ~16k characters: lists at and across both bounds.
    const long = Array.from({ length: 9 }, (_, k) => `${'x'.repeat(100_000 + k)}"\n${k}`)
    const exact = list.slice(0, 4096)
    const oneMore = list.slice(0, 4097)
    for (const l of [list, [], ['solo'], long, exact, oneMore, ['a'.repeat(300_000)], [...long.slice(0, 2), ...list.slice(0, 5000)]]) {
      const out = new Out()
      out.jsonStrings(l)
      const blob = out.done()
      const json = Buffer.from(JSON.stringify(l), 'utf8')
      expect(blob.readUInt32LE(0)).toBe(json.length)
      expect(blob.subarray(4).equals(json)).toBe(true)
    }
  })
})
