import { englishText } from '../../../src/shared/messages'
import { writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { CellKind, inspectWorkbook, readSheet } from '../../../src/main/services/io/sheet/index'
import { detectDelimiter } from '../../../src/main/services/io/sheet/csv-delimiter'
import { cellText, gridRows, tempDir } from './helpers'

const tmp = tempDir()
afterAll(() => tmp.cleanup())

let n = 0
function write(content: string | Buffer, ext = '.csv'): string {
  const file = tmp.file(`file-${n++}${ext}`)
  writeFileSync(file, content)
  return file
}

const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16()

describe('CSV encodings', () => {
  const text = 'Nome;Città;Perché\nLuca;Milano;è così\n'
  const expected = [
    ['Nome', 'Città', 'Perché'],
    ['Luca', 'Milano', 'è così']
  ]

  it.each([
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    ['utf-8', Buffer.from(text), 'utf-8'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'utf-16be'],
    ['utf-16le without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['utf-16be without BOM', utf16be(text), 'utf-16be'],
    ['windows-1252', Buffer.from(text, 'latin1'), 'windows-1252']
  ])('%s', async (_label, bytes, encoding) => {
    const file = write(bytes)
    const { info, grid } = await readSheet(file)
    expect(info.encoding).toBe(encoding)
    expect(info.delimiter).toBe(';')
    expect(gridRows(grid)).toEqual(expected)
    expect((await inspectWorkbook(file)).encoding).toBe(encoding)
  })

  it('decodes Windows-1252 specials (€, curly quotes) that latin1 would not', async () => {
    const { grid } = await readSheet(write(Buffer.from([0x80, 0x3b, 0x93, 0x61, 0x94, 0x0a, 0x31, 0x3b, 0x32, 0x0a])))
    expect(gridRows(grid)).toEqual([
      ['€', '“a”'],
      ['1', '2']
    ])
  })

  it('reads a Latin-1 line after the sampled head as Windows-1252, without re-reading the file', async () => {
    const head = 'id,commento\n' + Array.from({ length: 9000 }, (_, i) => `${i},ok`).join('\n') + '\n'
    const file = write(Buffer.concat([Buffer.from(head), Buffer.from('9000,perch\xe9\n', 'latin1')]))
    const { info, grid } = await readSheet(file)
    // ASCII and one Latin-1 line: the file is Windows-1252 throughout, nothing to report.
    expect(info.encoding).toBe('windows-1252')
    expect(cellText(grid, 9001, 1)).toBe('perché')
    expect(grid.warnings).toEqual([])
  })

  it('decodes a UTF-8 file with a few Latin-1 lines line by line, and names those lines', async () => {
    const lines = ['nome,città']
    for (let i = 0; i < 70_000; i++) lines.push(`Persona ${i},${['Città di Castello', 'Forlì', 'Cantù'][i % 3]}`)
    const utf8 = Buffer.from(lines.join('\n') + '\n', 'utf8')
    // Three rows pasted from an old Latin-1 export, one far past the sampled head.
    const bad = ['Latin ùno,Forlì', 'Latin dué,Cantù', 'Latin tré,perché']
    const file = write(Buffer.concat([utf8, ...bad.map((b) => Buffer.from(b + '\n', 'latin1'))]))
    const { info, grid } = await readSheet(file)
    expect(info.encoding).toBe('utf-8')
    expect(cellText(grid, 1, 1)).toBe('Città di Castello')
    expect(cellText(grid, 70_000, 1)).toBe('Città di Castello')
    expect([cellText(grid, 70_001, 0), cellText(grid, 70_001, 1)]).toEqual(['Latin ùno', 'Forlì'])
    expect(cellText(grid, 70_003, 1)).toBe('perché')
    expect(grid.warnings).toEqual([{ key: 'survey.read.mixedEncoding', params: { count: 3, lines: [70_002, 70_003, 70_004] } }])
    expect(englishText(grid.warnings[0])).toBe('The file is UTF-8 but 3 lines are not: they were read as Windows-1252 (lines 70002, 70003 and 70004)')
  })

  it('decodes a mixed file whose sampled head already holds a Latin-1 line', async () => {
    const text = ['a,b', 'Perché,Forlì', 'x,Cantù'].join('\n') + '\n'
    const file = write(Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from('città,ok\n', 'latin1'), Buffer.from('Più,così\n', 'utf8')]))
    const { info, grid } = await readSheet(file)
    expect(info.encoding).toBe('utf-8')
    expect(gridRows(grid)).toEqual([
      ['a', 'b'],
      ['Perché', 'Forlì'],
      ['x', 'Cantù'],
      ['città', 'ok'],
      ['Più', 'così']
    ])
  })
})

describe('CSV delimiters', () => {
  it('prefers ";" for Italian exports with decimal commas', async () => {
    const { info, grid } = await readSheet(write('Nome;Età;Reddito;Voto\nMario;35;1200,50;7,5\nAnna;40;1500;8\n'))
    expect(info.delimiter).toBe(';')
    expect(gridRows(grid)[1]).toEqual(['Mario', '35', '1200,50', '7,5'])
  })

  it('detects tab, pipe and comma, respecting quotes', async () => {
    expect((await readSheet(write('a\tb\tc\n1\t2\t3\n', '.tsv'))).info.delimiter).toBe('\t')
    expect((await readSheet(write('a|b\n1|2\n'))).info.delimiter).toBe('|')
    const quoted = await readSheet(write('nome,commento\n"Rossi, Mario","uno; due; tre"\n"Bianchi, Anna","quattro"\n'))
    expect(quoted.info.delimiter).toBe(',')
    expect(gridRows(quoted.grid)[1]).toEqual(['Rossi, Mario', 'uno; due; tre'])
  })

  it('honours an Excel "sep=" first line', async () => {
    const { info, grid } = await readSheet(write('sep=|\na|b,c\n1|2,3\n'))
    expect(info.delimiter).toBe('|')
    expect(gridRows(grid)).toEqual([
      ['a', 'b,c'],
      ['1', '2,3']
    ])
  })

  it('scores field-count consistency, not frequency', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3\n4;5,5;6\n', false)).toBe(';')
    expect(detectDelimiter('a,b;c\nd,e;f\n', false)).toBe(',')
    expect(detectDelimiter('solo una colonna\naltra riga\n', false)).toBe(',')
    expect(detectDelimiter('x\ty\n1\t2\n', false, true)).toBe('\t')
  })
})

describe('CSV records', () => {
  it('handles RFC 4180 quoting, embedded newlines and mixed CRLF / LF / CR line ends', async () => {
    const { grid } = await readSheet(write('a,b\r\n"riga 1\nriga 2","dice ""sì"""\n"x\r\ny",z\rultima,riga'))
    expect(gridRows(grid)).toEqual([
      ['a', 'b'],
      ['riga 1\nriga 2', 'dice "sì"'],
      ['x\r\ny', 'z'],
      ['ultima', 'riga']
    ])
  })

  it('keeps ragged rows, blank lines and trailing delimiters', async () => {
    const { grid } = await readSheet(write('a,b,c\n1\n\n2,3,4,5\n6,,\n'))
    expect([grid.rowCount, grid.colCount]).toEqual([5, 4])
    expect(gridRows(grid)).toEqual([
      ['a', 'b', 'c', null],
      ['1', null, null, null],
      [null, null, null, null],
      ['2', '3', '4', '5'],
      ['6', null, null, null]
    ])
  })

  it('keeps text after a closing quote and reads an unterminated quote to the end with a warning', async () => {
    const { grid } = await readSheet(write('a,"b"c,d\n1,"aperto\n2,3'))
    expect(gridRows(grid)).toEqual([
      ['a', 'bc', 'd'],
      ['1', 'aperto\n2,3', null]
    ])
    expect(englishText(grid.warnings[0])).toMatch(/never closes/)
  })

  it('never converts values: IDs, dates and numbers stay raw text', async () => {
    const { grid } = await readSheet(write('id;data;valore\n00210PRG1;2019-11-04;1.234,5\n'))
    expect(gridRows(grid)[1]).toEqual(['00210PRG1', '2019-11-04', '1.234,5'])
    expect(grid.columns.every((c) => c.kind[1] === CellKind.Text && Number.isNaN(c.num[1]))).toBe(true)
  })

  it('reads records larger than a read chunk, split anywhere', async () => {
    // A record of 2 MB (twice the read chunk) whose cells stay under the cell limit.
    const long = 'x'.repeat(400 * 1024)
    const { grid } = await readSheet(write(`a,b,c,d\n"${long}\n${long}",${long},${long},fine\nè,ü\n`))
    expect(cellText(grid, 1, 0)?.length).toBe(long.length * 2 + 1)
    expect(cellText(grid, 1, 2)?.length).toBe(long.length)
    expect(cellText(grid, 1, 3)).toBe('fine')
    expect(gridRows(grid)[2]).toEqual(['è', 'ü', null, null])
  })

  it('names the pseudo-sheet after the file and reads an empty file as an empty grid', async () => {
    const file = write('')
    const { info, grid } = await readSheet(file)
    expect(info.sheets).toEqual([{ name: file.split('/').pop()?.replace('.csv', ''), index: 0, state: 'visible' }])
    expect([grid.rowCount, grid.colCount]).toEqual([0, 0])
  })

  it('enforces maxCells and cancellation', async () => {
    const file = write('a,b,c\n1,2,3\n4,5,6\n')
    await expect(readSheet(file, { maxCells: 6 })).rejects.toMatchObject({ code: 'TOO_LARGE' })
    const ac = new AbortController()
    ac.abort()
    await expect(readSheet(file, { signal: ac.signal })).rejects.toMatchObject({ code: 'CANCELLED' })
  })
})
