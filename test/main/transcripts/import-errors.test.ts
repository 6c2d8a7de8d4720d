import { formatMessage } from '../../../src/shared/messages'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { importTranscriptBytes, importTranscriptFiles } from '../../../src/main/services/transcripts/source-service'
import { makeDocx, makeEncryptedOffice } from './support/make-docx'
import { makeOdt } from './support/make-odt'
import { makePdf } from './support/make-pdf'
import { tableSnapshot, tempProject, writeFile, type TempProject } from './support/project'

let t: TempProject
beforeEach(async () => {
  t = await tempProject()
})
afterEach(() => t.close())

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082', 'hex')

const BAD: [string, Uint8Array, string, RegExp][] = [
  ['vuoto.txt', new Uint8Array(), 'INVALID_INPUT', /vuoto\.txt is empty/],
  ['spazi.txt', Buffer.from('  \n\n \t '), 'INVALID_INPUT', /spazi\.txt contains no text/],
  ['immagine.txt', PNG, 'WRONG_FILE_KIND', /immagine\.txt is an image, not a transcript/],
  ['segreto.docx', makeEncryptedOffice(), 'ENCRYPTED_FILE', /segreto\.docx is password-protected/],
  ['segreto.odt', makeOdt(['x'], { encrypted: true }), 'ENCRYPTED_FILE', /segreto\.odt is password-protected/],
  ['segreto.pdf', makePdf([['testo']], { encrypt: true }), 'ENCRYPTED_FILE', /segreto\.pdf is password-protected/],
  ['scansione.pdf', makePdf([['x']], { noText: true }), 'UNSUPPORTED_FILE', /scansione\.pdf has no text layer \(scanned PDF\?\)/],
  ['rotto.docx', makeDocx(['uno']).slice(0, 60), 'CORRUPT_FILE', /rotto\.docx is not a readable document: the zip structure is damaged/],
  ['finto.docx', Buffer.from('solo testo'), 'CORRUPT_FILE', /finto\.docx is damaged or not really a \.docx/],
  ['rotto.pdf', Buffer.from('%PDF-1.4\n1 0 obj garbage'), 'CORRUPT_FILE', /rotto\.pdf is damaged or not a PDF/],
  ['vecchio.doc', (() => {
    const b = Buffer.from(makeEncryptedOffice())
    b.fill(0, 1024)
    Buffer.from('WordDocument', 'utf16le').copy(b, 1024)
    return b
  })(), 'UNSUPPORTED_FILE', /vecchio\.doc is an old Word 97-2003 document/],
  ['nota.rtf', Buffer.from('{\\rtf1\\ansi ciao}'), 'UNSUPPORTED_FILE', /nota\.rtf is an RTF document/],
  ['dati.csv', Buffer.from('a;b\n1;2'), 'UNSUPPORTED_FILE', /dati\.csv: \.csv files are not supported/],
  ['strano.txt', Buffer.from([0x48, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42, 0x43]), 'UNSUPPORTED_FILE', /strano\.txt: unknown text encoding/]
]

describe('bad files', () => {
  it.each(BAD)('%s is refused with a clear error and adds nothing', async (name, bytes, code, message) => {
    const before = tableSnapshot(t.project, 'sources')
    const log = tableSnapshot(t.project, 'op_log')
    const err = await importTranscriptBytes(t.ctx, bytes, name).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(EsitiError)
    expect((err as EsitiError).code).toBe(code)
    expect((err as EsitiError).message).toMatch(message)
    expect((err as EsitiError).message.split('\n')).toHaveLength(1)
    expect(tableSnapshot(t.project, 'sources')).toEqual(before)
    expect(tableSnapshot(t.project, 'op_log')).toEqual(log)
  })

  it('refuses the same text twice', async () => {
    await importTranscriptBytes(t.ctx, Buffer.from('INT: ciao\nR: ciao'), 'a.txt')
    const err = await importTranscriptBytes(t.ctx, Buffer.from('INT: ciao\r\nR: ciao'), 'b.txt').catch((e: unknown) => e)
    expect((err as EsitiError).code).toBe('CONFLICT')
    expect((err as EsitiError).message).toContain('same text as the source "a"')
  })

  it('gives a second file with the same name a distinct name', async () => {
    await importTranscriptBytes(t.ctx, Buffer.from('uno'), 'intervista.txt')
    const s = await importTranscriptBytes(t.ctx, Buffer.from('due'), 'intervista.txt')
    expect(s.name).toBe('intervista (2)')
    expect(s.warnings[0]).toEqual({ key: 'transcripts.renamed', params: { name: 'intervista', as: 'intervista (2)' } })
    expect(formatMessage(s.warnings[0], 'en')).toContain('imported as "intervista (2)"')
    expect(formatMessage(s.warnings[0], 'it')).toContain('importata come «intervista (2)»')
  })

  it('reports a missing file by name', async () => {
    const good = writeFile(t.dir, 'ok.txt', 'testo')
    const r = await importTranscriptFiles(t.ctx, [good, t.dir + '/manca.txt', t.dir])
    expect(r.results.map((x) => x.error?.code ?? 'ok')).toEqual(['ok', 'NOT_FOUND', 'INVALID_INPUT'])
    expect(r.results[1].error?.message).toContain('manca.txt')
  })
})
