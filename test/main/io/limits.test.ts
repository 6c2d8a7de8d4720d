import { afterAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { EsitiError } from '../../../src/shared/errors'
import { formatMessage } from '../../../src/shared/messages'
import { LIMITS, overLimit } from '../../../src/main/services/io/limits'
import { readTable } from '../../../src/main/services/io/table'
import { decodeText } from '../../../src/main/services/io/text'
import { walkXml } from '../../../src/main/services/io/xml'
import { ZipArchive } from '../../../src/main/services/io/zip-archive'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-io-')
afterAll(() => tmp.cleanup())

/** The error thrown by `fn` (sync or async), which must be an EsitiError. */
async function caught(fn: () => unknown): Promise<EsitiError> {
  try {
    await fn()
  } catch (e) {
    expect(e).toBeInstanceOf(EsitiError)
    return e as EsitiError
  }
  throw new Error('expected a refusal')
}

describe('limit refusals', () => {
  it('name the file, the value found and the limit, in English and Italian, with the limit in the details', () => {
    const e = overLimit('/x/larga.csv', LIMITS.columns, 1_048_576)
    expect(e.code).toBe('TOO_LARGE')
    expect(e.message).toBe('larga.csv has 1,048,576 columns; the limit is 16,384 columns.')
    expect(formatMessage(e.msg, 'it')).toBe('larga.csv ha 1.048.576 colonne; il limite è 16.384 colonne.')
    expect(e.details).toMatchObject({ limit: 'columns', found: 1_048_576, max: 16_384, atLeast: false })
  })
})

describe('zip reader', () => {
  const zip = (name: string, entries: Record<string, string>): string => {
    const file = join(tmp.dir, name)
    writeFileSync(file, zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])), { level: 9 }))
    return file
  }

  it('bounds a part by its limit, whole archives by their budget, and lists or refuses names leaving the archive', async () => {
    const file = zip('a.zip', { 'a.txt': 'x'.repeat(5000), 'b.txt': 'y'.repeat(5000), '../evil.txt': 'no' })
    expect((await caught(() => ZipArchive.open(file))).message).toMatch(/^a\.zip is not a readable zip archive: the entry name "\.\.\/evil\.txt" points outside the archive/)
    const z = await ZipArchive.open(file, { unsafeNames: 'skip', maxInflated: 8000 })
    try {
      expect(z.unsafe).toEqual(['../evil.txt'])
      expect(z.names.sort()).toEqual(['a.txt', 'b.txt'])
      const part = await caught(() => z.readAll('a.txt', { maxBytes: 1000 }))
      expect(part.details).toMatchObject({ limit: 'partBytes', found: 5000, max: 1000, where: 'a.txt' })
      expect((await z.readAll('a.txt')).length).toBe(5000)
      const total = await caught(() => z.readAll('b.txt'))
      expect(total.details).toMatchObject({ limit: 'archiveInflatedBytes', max: 8000, atLeast: true })
    } finally {
      z.close()
    }
  })
})

describe('xml walker', () => {
  it('refuses entities, too many elements and too deep nesting by name', async () => {
    const src = { file: '/x/doc.docx', part: 'word/document.xml' }
    expect((await caught(() => walkXml('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', src, {}))).message).toBe(
      'doc.docx (word/document.xml) declares XML entities or an external DTD: refused for safety.'
    )
    const many = await caught(() => walkXml(`<a>${'<b/>'.repeat(50)}</a>`, { ...src, maxElements: 10 }, {}))
    expect(many.details).toMatchObject({ limit: 'xmlElements', found: 11, max: 10, atLeast: true })
    const deep = await caught(() => walkXml('<a>'.repeat(300) + '</a>'.repeat(300), src, {}))
    expect(deep.message).toBe('doc.docx (word/document.xml) has at least 257 levels; the limit is 256 levels.')
    expect((await caught(() => walkXml('<a><b></a>', src, {}))).message).toMatch(/^doc\.docx \(word\/document\.xml\) is not valid XML \(line 1\): /)
  })
})

describe('text decoder', () => {
  it('decodes UTF-8, UTF-16 and Windows-1252, refuses UTF-32 and binary, and bounds the characters', async () => {
    expect(decodeText(Buffer.from('Perché', 'utf8'), { file: 'a.txt' })).toMatchObject({ text: 'Perché', encoding: 'utf-8' })
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0, 0x42, 0]), { file: 'a.txt' })).toMatchObject({ text: 'AB', encoding: 'utf-16le' })
    expect(decodeText(Buffer.from([0x50, 0x65, 0x72, 0x63, 0x68, 0xe9]), { file: 'a.txt' })).toMatchObject({ text: 'Perché', encoding: 'windows-1252' })
    expect((await caught(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), { file: 'a.txt' }))).code).toBe('UNSUPPORTED_FILE')
    expect((await caught(() => decodeText(Buffer.from([1, 0, 0, 2, 0, 0, 3, 0, 0, 4]), { file: 'b.txt' }))).message).toMatch(/^b\.txt looks like a binary file/)
    const long = await caught(() => decodeText(Buffer.alloc(LIMITS.textChars.value + 1, 0x61), { file: 'c.txt', part: 'sources/c.txt' }, 64 * 1024 * 1024))
    expect(long.details).toMatchObject({ limit: 'textChars', found: LIMITS.textChars.value + 1 })
  })
})

describe('table reader', () => {
  it('reads a CSV header and rows through the sheet reader, and refuses a table past its cells limit', async () => {
    const file = join(tmp.dir, 'casi.csv')
    writeFileSync(file, '\n\nCaso;Età\nAnna;41\n\nBruno;35\n')
    const t = await readTable(file)
    expect(t).toMatchObject({ header: ['Caso', 'Età'], headerRow: 3, rows: [{ row: 4, cells: ['Anna', '41'] }, { row: 6, cells: ['Bruno', '35'] }] })
    const wide = join(tmp.dir, 'molte.csv')
    writeFileSync(wide, Array.from({ length: 1001 }, () => 'x,'.repeat(1999) + 'x').join('\n'))
    const e = await caught(() => readTable(wide))
    expect(e.details).toMatchObject({ limit: 'tableCells', max: 2_000_000 })
  })
})
