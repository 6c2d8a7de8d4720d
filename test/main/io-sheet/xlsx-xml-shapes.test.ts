import { englishText } from '../../../src/shared/messages'
import { afterAll, describe, expect, it } from 'vitest'
import { CellKind, readSheet } from '../../../src/main/services/io/sheet/index'
import { StreamingZipWriter } from '../../../src/main/services/io/sheet/zip-writer'
import { DATE_STYLES, cellKind, cellNum, cellText, gridRows, packageEntries, sheetXml, tempDir, writePackage } from './helpers'

const tmp = tempDir()
afterAll(() => tmp.cleanup())

let n = 0
async function readXml(body: string, opts: { sharedStrings?: string; extra?: string; date1904?: boolean; raw?: string } = {}) {
  const file = tmp.file(`shape-${n++}.xlsx`)
  writePackage(file, [{ name: 'S', xml: opts.raw ?? sheetXml(body, opts.extra) }], { styles: DATE_STYLES, sharedStrings: opts.sharedStrings, date1904: opts.date1904 })
  return (await readSheet(file)).grid
}

describe('worksheet XML shapes from non-Excel producers', () => {
  it('reads inline strings, str formulas, entities and OOXML escapes', async () => {
    const g = await readXml(
      `<row r='1'><c r="A1" t="inlineStr"><is><t>caff&#232; &amp; t&#xE8; &lt;ok&gt; &quot;q&quot; &apos;a&apos;</t></is></c>` +
        `<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">Per </t></r><r><rPr><b/></rPr><t>niente</t></r></is></c>` +
        `<c r="C1" t="str"><f>A1&amp;"x"</f><v>riga1_x000D_&#10;riga2</v></c>` +
        `<c r="D1" t="inlineStr"><is><t><![CDATA[a <b> & c]]></t></is></c>` +
        `<c r="E1" t="inlineStr"><is><t>_x005F_x000D_ resta</t></is></c></row>`
    )
    expect(gridRows(g)).toEqual([['caffè & tè <ok> "q" \'a\'', 'Per niente', 'riga1\r\nriga2', 'a <b> & c', '_x000D_ resta']])
    expect(cellKind(g, 0, 2)).toBe(CellKind.Text)
  })

  it('flattens rich shared strings and ignores phonetic runs', async () => {
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><t>semplice</t></si>' +
      '<si><r><t>ric</t></r><r><rPr><i/></rPr><t>co</t></r><rPh sb="0" eb="1"><t>フリ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si/><si><t></t></si></sst>'
    const g = await readXml(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>99</v></c></row>',
      { sharedStrings: sst }
    )
    expect(gridRows(g)).toEqual([['semplice', 'ricco']])
    expect(g.warnings.map(englishText)).toEqual(['Some cells point to a shared string that does not exist: they were left empty'])
  })

  it('places cells without r attributes by position and rows without r after the previous row', async () => {
    const g = await readXml('<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c><v>9</v></c></row>')
    expect(gridRows(g)).toEqual([
      ['1', '2', null, null, '5', '6'],
      ['x', null, null, null, null, null],
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
      ['9', null, null, null, null, null]
    ])
  })

  it('reads namespace-prefixed markup, comments and processing instructions', async () => {
    const raw =
      '<?xml version="1.0"?><!-- generated --><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:B2"/><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>nome</x:t></x:is></x:c><x:c r="B1"><x:v>3.5</x:v></x:c></x:row>' +
      '<!-- <c r="A2"><v>0</v></c> --><x:row r="2"><x:c r="B2" s="1"><x:v>45000</x:v></x:c></x:row></x:sheetData>' +
      '<x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>'
    const g = await readXml('', { raw })
    expect(gridRows(g)).toEqual([
      ['nome', '3.5'],
      [null, '2023-03-15']
    ])
    expect(g.merges).toEqual([{ r0: 0, c0: 0, r1: 1, c1: 0 }])
  })

  it('keeps the raw number text, parses every numeric form, and treats t="d" cells as dates', async () => {
    const g = await readXml(
      '<row r="1"><c r="A1"><v>44035.0</v></c><c r="B1"><v>1.23456789e+22</v></c><c r="C1" t="n"><v> -0.5 </v></c><c r="D1"><v>007</v></c>' +
      '<c r="E1"><v>0.1</v></c><c r="F1"><v>123456789012345678</v></c><c r="G1"><v>abc</v></c></row>' +
      '<row r="2"><c r="A2" t="d"><v>2014-02-14T08:27:48.765Z</v></c><c r="B2" t="d"><v>2019-11-04</v></c><c r="C2" t="d"><v>non una data</v></c>' +
      '<c r="D2" s="2"><v>44969.796724537</v></c><c r="E2" s="1"><v>-5</v></c><c r="F2" s="1"><v>0.5</v></c><c r="G2" t="e"><v>#DIV/0!</v></c></row>'
    )
    expect([cellText(g, 0, 0), cellNum(g, 0, 0)]).toEqual(['44035.0', 44035])
    expect([cellText(g, 0, 1), cellNum(g, 0, 1)]).toEqual(['1.23456789e+22', 1.23456789e22])
    expect([cellText(g, 0, 2), cellNum(g, 0, 2)]).toEqual(['-0.5', -0.5])
    expect([cellText(g, 0, 3), cellNum(g, 0, 3)]).toEqual(['007', 7])
    expect(cellNum(g, 0, 4)).toBe(0.1)
    expect(cellNum(g, 0, 5)).toBe(123456789012345678)
    expect([cellKind(g, 0, 6), cellText(g, 0, 6)]).toEqual([CellKind.Text, 'abc'])
    expect([cellKind(g, 1, 0), cellText(g, 1, 0)]).toEqual([CellKind.Date, '2014-02-14T08:27:49'])
    expect([cellText(g, 1, 1), cellNum(g, 1, 1)]).toEqual(['2019-11-04', 43773])
    expect(cellKind(g, 1, 2)).toBe(CellKind.Text)
    expect([cellKind(g, 1, 3), cellText(g, 1, 3)]).toEqual([CellKind.Date, '2023-02-12T19:07:17'])
    expect([cellKind(g, 1, 4), cellNum(g, 1, 4)]).toEqual([CellKind.Number, -5])
    expect([cellKind(g, 1, 5), cellText(g, 1, 5)]).toEqual([CellKind.Date, '12:00:00'])
    expect([cellKind(g, 1, 6), cellText(g, 1, 6)]).toEqual([CellKind.Error, '#DIV/0!'])
    expect(g.warnings.map(englishText)).toEqual(
      expect.arrayContaining([
        'Some number cells hold text: kept as text',
        'Some date cells hold text that is not an ISO date: kept as text',
        'Some date-formatted cells hold numbers outside the Excel date range: kept as numbers'
      ])
    )
  })

  it('corrects 1904 serials by 1462 days', async () => {
    const g = await readXml('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43507</v></c></row>', { date1904: true })
    expect([cellText(g, 0, 0), cellNum(g, 0, 0)]).toEqual(['1904-01-01', 1462])
    expect([cellText(g, 0, 1), cellNum(g, 0, 1)]).toEqual(['2023-02-12', 44969])
  })

  it('leaves formula cells without a cached value and empty styled cells empty', async () => {
    const g = await readXml('<row r="1"><c r="A1"><f>1+1</f></c><c r="B1" s="1"/><c r="C1" t="s"/><c r="D1"><v></v></c><c r="E1"><v>1</v></c></row><row r="2" s="1" customFormat="1"/><row r="3"><c r="F3" s="1"/></row>')
    expect(g.rowCount).toBe(1)
    expect(gridRows(g)).toEqual([[null, null, null, null, '1']])
  })

  it('treats an empty sheetData as an empty grid', async () => {
    const g = await readXml('', { raw: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>' })
    expect([g.rowCount, g.colCount, g.columns.length]).toEqual([0, 0, 0])
  })

  it('reads a 5,000-column sheet', async () => {
    let header = '<row r="1">'
    let data = '<row r="2">'
    for (let c = 0; c < 5000; c++) {
      header += `<c t="inlineStr"><is><t>q${c + 1}</t></is></c>`
      data += `<c><v>${c % 7}</v></c>`
    }
    const g = await readXml(header + '</row>' + data + '</row>')
    expect([g.rowCount, g.colCount]).toEqual([2, 5000])
    expect(cellText(g, 0, 4999)).toBe('q5000')
    expect(cellNum(g, 1, 4999)).toBe(4999 % 7)
  })

  it('is fast and tiny on a million empty formatted rows and a whole-sheet data validation', async () => {
    const file = tmp.file('million.xlsx')
    const zip = new StreamingZipWriter(file, 1)
    for (const [name, text] of Object.entries(packageEntries([{ name: 'S', xml: '' }], { styles: DATE_STYLES }))) if (!name.endsWith('sheet1.xml')) zip.file(name, text)
    const sheet = zip.entry('xl/worksheets/sheet1.xml')
    sheet.write('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>')
    sheet.write('<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1"><v>1</v></c></row>')
    for (let block = 2; block <= 1_048_576; block += 8192) {
      let rows = ''
      for (let r = block; r < Math.min(block + 8192, 1_048_577); r++) rows += `<row r="${r}" s="1" customFormat="1"/>`
      sheet.write(rows)
    }
    sheet.write('</sheetData><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>')
    sheet.end()
    zip.close()
    const { grid: g } = await readSheet(file)
    expect([g.rowCount, g.colCount]).toEqual([1, 2])
    expect(g.columns[0].kind.buffer.byteLength).toBeLessThan(1 << 20)
  })

  it('skips cells beyond the Excel grid with a warning', async () => {
    const g = await readXml('<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row><row r="2000000"><c r="A2000000"><v>3</v></c></row>')
    expect([g.rowCount, g.colCount]).toEqual([1, 1])
    expect(englishText(g.warnings[0])).toMatch(/outside the Excel grid/)
  })
})
