import { describe, expect, it } from 'vitest'
import { SharedStringsScanner, richText } from '../../../src/main/services/io/sheet/shared-strings'
import { GridBuilder } from '../../../src/main/services/io/sheet/grid-builder'
import { CellKind, columnTexts } from '../../../src/main/services/io/sheet/types'
import { TextList, Utf8TextTable } from '../../../src/main/services/io/sheet/utf8-texts'

// Texts kept as UTF-8 instead of strings (issue 12, decision 0029) must read back as the very strings.
const TRICKY = ['', 'plain', 'Età è così', '€ 1.000', 'emoji 😀 ok', 'lone \ud800 high', 'lone \udc00 low', 'pair \ud83d\ude00', 'tab\tand\nnewline', '\u0000nul', 'x'.repeat(5000)]

describe('UTF-8 text tables', () => {
  it('give back every string added, unpaired surrogates included', () => {
    const t = new Utf8TextTable(8)
    for (const s of TRICKY) t.add(s)
    t.addUtf8(Buffer.from('<t>bytes as they are</t>'), 3, 20)
    expect(t.count).toBe(TRICKY.length + 1)
    expect(Array.from({ length: t.count }, (_, i) => t.get(i))).toEqual([...TRICKY, 'bytes as they are'])
    expect(t.isEmpty(0)).toBe(true)
    expect(t.isEmpty(1)).toBe(false)
    expect(t.get(-1)).toBeUndefined()
    expect(t.get(t.count)).toBeUndefined()
    t.release()
    expect(t.count).toBe(0)
  })

  it('column lists read by code, in bulk, and after detaching as empty', () => {
    const list = TextList.of([null, ...TRICKY])
    expect(list.length).toBe(TRICKY.length + 1)
    expect(list.get(0)).toBeNull()
    expect(list.get(list.length)).toBeNull()
    for (let i = 0; i < TRICKY.length; i++) expect(list.get(i + 1)).toBe(TRICKY[i])
    // Cached reads give the same text.
    expect(list.get(3)).toBe(TRICKY[2])
    expect(list.toArray()).toEqual([null, ...TRICKY])
    list.detach()
    expect(list.length).toBe(1)
    expect(list.get(1)).toBeNull()
  })

  it('a grid copies shared and added texts into each column, the unpaired surrogates too', () => {
    const table = new Utf8TextTable()
    for (const s of ['Sì', 'lone \ud800', 'No']) table.add(s)
    const g = new GridBuilder('s')
    g.useSharedStrings(table)
    g.setCode(0, 0, CellKind.Text, 2, NaN)
    g.setCode(1, 0, CellKind.Text, 1, NaN)
    g.set(2, 0, CellKind.Text, 'a long answer that is longer than thirty-two characters', NaN)
    g.set(3, 0, CellKind.Text, 'odd \udfff', NaN)
    g.setCode(0, 1, CellKind.Text, 3, NaN)
    g.setCode(1, 1, CellKind.Text, 2, NaN)
    const grid = g.finish()
    expect(columnTexts(grid.columns[0])).toEqual(['lone \ud800', 'Sì', 'a long answer that is longer than thirty-two characters', 'odd \udfff'])
    expect(columnTexts(grid.columns[1])).toEqual(['No', 'lone \ud800', null, null])
  })
})

describe('shared strings kept as bytes', () => {
  const sst = (items: string[]): string =>
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>`
  const items = [
    '<si><t>plain</t></si>',
    '<si><t xml:space="preserve"> spaced </t></si>',
    '<si><t>a &amp; b &lt;c&gt; &#233;&#x1F600;</t></si>',
    '<si><t>under_score _x000D_ escape</t></si>',
    '<si><t>cr\r\nlf</t></si>',
    '<si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>',
    '<si><t>with phonetic</t><rPh sb="0" eb="1"><t>ふ</t></rPh></si>',
    '<si><t><![CDATA[<cdata> & raw]]></t></si>',
    '<si><t/></si>',
    '<si/>',
    '<si> <t>lead space before t</t></si>',
    '<si><x:t xmlns:x="urn:x">prefixed</x:t></si>',
    '<si><t>Età è già più</t></si>'
  ]

  it('read as the element-by-element reader reads them, whatever the chunking', () => {
    const xml = Buffer.from(sst(items), 'utf8')
    const expected = items.map((it) => {
      const b = Buffer.from(it, 'utf8')
      const open = it.indexOf('>') + 1
      return it.endsWith('/>') && it.length < 8 ? '' : richText(b, open, b.length - '</si>'.length)
    })
    for (const step of [xml.length, 7, 1]) {
      const s = new SharedStringsScanner('x.xlsx', 16)
      for (let i = 0; i < xml.length; i += step) s.push(xml.subarray(i, i + step))
      expect(Array.from({ length: s.strings.count }, (_, i) => s.strings.get(i))).toEqual(expected)
    }
    expect(expected[2]).toBe('a & b <c> é😀')
    expect(expected[3]).toBe('under_score \r escape')
    expect(expected[4]).toBe('cr\nlf')
    expect(expected[5]).toBe('rich text')
    expect(expected[6]).toBe('with phonetic')
  })
})

describe('Latin-1 columns', () => {
  it('hold texts that fit Latin-1 as such and read back the same strings as UTF-8 would', () => {
    const latin = ['Età', 'è così', 'ÿ\u0080\u00ff', 'plain ascii', '']
    const wide = [...latin, '€ euro']
    for (const texts of [latin, wide]) {
      const table = new Utf8TextTable()
      for (const t of texts) table.add(t)
      // Raw bytes: a well-formed 2-byte sequence, a lone lead byte, a bad continuation, an overlong form.
      const raw = [Buffer.from([0x61, 0xc3, 0xa0]), Buffer.from([0x61, 0xc3]), Buffer.from([0xc3, 0x28]), Buffer.from([0xc1, 0x81]), Buffer.from([0xe2, 0x82])]
      for (const b of raw) table.addUtf8(b, 0, b.length)
      const g = new GridBuilder('s')
      g.useSharedStrings(table)
      for (let k = 0; k < table.count; k++) g.setCode(k, 0, CellKind.Text, k + 1, NaN)
      // The same texts alone in a column of their own (Latin-1 when they all fit).
      for (let k = 0; k < texts.length; k++) g.setCode(k, 1, CellKind.Text, k + 1, NaN)
      g.set(0, 2, CellKind.Text, 'àèìòù '.repeat(10), NaN)
      g.set(1, 2, CellKind.Text, 'x', NaN)
      const grid = g.finish()
      const expected = [...texts, ...raw.map((b) => b.toString('utf8'))]
      // (setCode stores what it is given: an empty shared string reads as '', the xlsx reader never stores one.)
      expect(columnTexts(grid.columns[0]).slice(0, expected.length)).toEqual(expected)
      expect(columnTexts(grid.columns[1]).slice(0, texts.length)).toEqual(texts)
      expect(grid.columns[2].strings.toArray()).toEqual([null, 'àèìòù '.repeat(10), 'x'])
    }
  })
})
