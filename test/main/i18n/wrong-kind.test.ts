import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { formatMessage } from '../../../src/shared/messages'
import { sniffBytes, sniffFile, type FileKind } from '../../../src/main/files/file-kind'
import { openProjectFile } from '../../../src/main/db/project-file'
import { importSurvey, previewImport } from '../../../src/main/services/survey/import/import'
import { importTranscriptFiles } from '../../../src/main/services/transcripts/source-service'
import { importQdpx } from '../../../src/main/services/team/refi/import-qdpx'
import { importQdc } from '../../../src/main/services/team/refi/import-qdc'
import { importRegister } from '../../../src/main/services/register/register-import'
import { importCaseAttributes } from '../../../src/main/services/coding/attribute-import'
import { makeDocx } from '../transcripts/support/make-docx'
import { makeOdt } from '../transcripts/support/make-odt'
import { makePdf } from '../transcripts/support/make-pdf'
import { sharedFixture } from '../../support/shared-fixtures'
import { tempProject } from '../../support/temp-project'

type Project = Awaited<ReturnType<typeof tempProject>>
let p: Project
const files: Record<string, string> = {}

/** A real PNG (one red pixel): signature, IHDR, IDAT, IEND with their CRCs. */
function png(): Buffer {
  const crc = (b: Buffer): number => {
    let c = ~0
    for (const x of b) {
      c ^= x
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
    }
    return ~c >>> 0
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([len, body, sum])
  }
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** A PowerPoint package as the OOXML convention lays it out (content types, presentation part). */
function pptx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>'
    ),
    'ppt/presentation.xml': strToU8('<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>')
  })
}

/** An OLE2 compound file whose directory names a WordDocument stream (a Word 97–2003 .doc). */
function oldDoc(): Buffer {
  const b = Buffer.alloc(2048)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b)
  Buffer.from('Root Entry', 'utf16le').copy(b, 1024)
  Buffer.from('WordDocument', 'utf16le').copy(b, 1152)
  return b
}

beforeAll(async () => {
  p = await tempProject()
  const put = (name: string, data: string | Uint8Array): void => {
    files[name] = path.join(p.dir, name)
    fs.writeFileSync(files[name], data)
  }
  put('intervista.docx', makeDocx(['Intervistatrice: Come è andata?', 'Risposta: bene.']))
  put('intervista.odt', makeOdt(['Intervistatrice: Come è andata?']))
  put('rapporto.pdf', makePdf([['Rapporto finale', 'Pagina uno']]))
  put('foto.png', png())
  put('slide.pptx', pptx())
  put('vecchio.doc', oldDoc())
  put('note.txt', 'Appunti sul colloquio.\nSeconda riga.\n')
  put('vuoto.txt', '')
  put('progetto.esiti', fs.readFileSync(p.file))
  files.xlsx = sharedFixture('xlsx-corpus', 'sheetjs__Attendance.xlsx')
  files.ods = sharedFixture('xlsx-corpus', 'sheetjs__1904__1904.ods')
  files.qdpx = sharedFixture('qdpx', 'qualitative-coding__demo.qdpx')
  files.qdc = sharedFixture('qdpx', 'taguette__taguette-1.5.2-codebook-from-tests.qdc')
})

afterAll(() => p?.cleanup())

/** The error a call fails with (it must fail). */
async function failure(run: () => Promise<unknown>): Promise<EsitiError> {
  try {
    await run()
  } catch (e) {
    expect(e).toBeInstanceOf(EsitiError)
    return e as EsitiError
  }
  throw new Error('expected a failure')
}

const italian = (e: { key: string; params: Record<string, unknown> }): string => formatMessage(e as never, 'it')

describe('file kinds from the bytes', () => {
  it('tells apart the files a user picks by mistake (producers: SheetJS, LibreOffice, QualCoder, Taguette, Esiti itself)', async () => {
    const expected: Record<string, FileKind> = {
      'intervista.docx': 'docx',
      'intervista.odt': 'odt',
      'rapporto.pdf': 'pdf',
      'foto.png': 'image',
      'slide.pptx': 'pptx',
      'vecchio.doc': 'doc',
      'note.txt': 'text',
      'vuoto.txt': 'empty',
      'progetto.esiti': 'esiti',
      xlsx: 'xlsx',
      ods: 'ods',
      qdpx: 'qdpx',
      qdc: 'qdc'
    }
    const got: Record<string, FileKind> = {}
    for (const name of Object.keys(expected)) got[name] = await sniffFile(files[name])
    expect(got).toEqual(expected)
    // The same answer from the bytes in memory (transcripts are read whole).
    expect(await sniffBytes(fs.readFileSync(files['intervista.docx']), 'x.docx')).toBe('docx')
    expect(await sniffBytes(fs.readFileSync(files.xlsx), 'x.xlsx')).toBe('xlsx')
    // Unreadable or missing: nothing better than the reader's own error can be said.
    expect(await sniffFile(path.join(p.dir, 'assente.xlsx'))).toBe('unknown')
  })
})

describe('every import names a file of the wrong kind, in Italian', () => {
  it('a Word document chosen as a questionnaire', async () => {
    const e = await failure(() => importSurvey(p.ctx, files['intervista.docx']))
    expect(e.code).toBe('WRONG_FILE_KIND')
    expect(italian(e)).toBe('intervista.docx è un documento Word (.docx), non dati di un questionario (.xlsx, .ods, .xls, .csv o .sav).')
    expect(e.message).toBe('intervista.docx is a Word document (.docx), not questionnaire data (.xlsx, .ods, .xls, .csv or .sav).')
    // The preview (the import dialog's first step) says the same, and a PDF or a REFI project too.
    expect(italian(await failure(() => previewImport(files['rapporto.pdf'])))).toMatch(/^rapporto\.pdf è un documento PDF, non dati di un questionario/)
    expect(italian(await failure(() => previewImport(files.qdpx))))
      .toBe('qualitative-coding__demo.qdpx è un progetto REFI-QDA (.qdpx), non dati di un questionario (.xlsx, .ods, .xls, .csv o .sav): importalo da Lavoro in team › REFI-QDA.')
    expect(p.ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM datasets').get()).toEqual({ n: 0 })
  })

  it('a spreadsheet, a presentation or an image chosen as a transcript', async () => {
    const r = await importTranscriptFiles(p.ctx, [files.xlsx, files['slide.pptx'], files['foto.png'], files['rapporto.pdf'], files['note.txt']])
    expect(r.imported).toBe(2)
    const texts = r.results.filter((x) => !x.ok).map((x) => `${x.error!.code}: ${italian(x.error!)}`)
    expect(texts).toEqual([
      'WRONG_FILE_KIND: sheetjs__Attendance.xlsx è una cartella di lavoro Excel (.xlsx), non una trascrizione (.docx, .odt, .pdf, .txt).',
      'WRONG_FILE_KIND: slide.pptx è una presentazione PowerPoint (.pptx), non una trascrizione (.docx, .odt, .pdf, .txt).',
      'WRONG_FILE_KIND: foto.png è un’immagine, non una trascrizione (.docx, .odt, .pdf, .txt).'
    ])
    // The transcript reader speaks for the kinds it knows: an old .doc gets its own advice.
    expect((await importTranscriptFiles(p.ctx, [files['vecchio.doc']])).results[0]).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FILE' } })
  })

  it('a spreadsheet or a Word document chosen as a REFI-QDA project or codebook', async () => {
    const e = await failure(() => importQdpx(p.ctx, files.xlsx))
    expect(e.code).toBe('WRONG_FILE_KIND')
    expect(italian(e)).toBe('sheetjs__Attendance.xlsx è una cartella di lavoro Excel (.xlsx), non un progetto REFI-QDA (.qdpx).')
    expect(italian(await failure(() => importQdpx(p.ctx, files['intervista.docx'])))).toMatch(/è un documento Word \(\.docx\), non un progetto REFI-QDA/)
    expect(italian(await failure(() => importQdc(p.ctx, files.qdpx)))).toMatch(/è un progetto REFI-QDA \(\.qdpx\), non un codebook REFI-QDA \(\.qdc\)/)
    // Its own kind still gets the reader's own message.
    const junkZip = path.join(p.dir, 'vuoto.qdpx')
    fs.writeFileSync(junkZip, zipSync({ 'leggimi.txt': strToU8('ciao') }))
    expect((await failure(() => importQdpx(p.ctx, junkZip))).key).toBe('refi.noQde')
  })

  it('a Word document or a PDF chosen as the activity register or the case attributes', async () => {
    const reg = await failure(() => importRegister(p.ctx, files['intervista.docx']))
    expect([reg.code, italian(reg)]).toEqual(['WRONG_FILE_KIND', 'intervista.docx è un documento Word (.docx), non un foglio di calcolo (.xlsx, .ods, .xls o .csv).'])
    const cases = await failure(() => importCaseAttributes(p.ctx, files['rapporto.pdf']))
    expect([cases.code, italian(cases)]).toEqual(['WRONG_FILE_KIND', 'rapporto.pdf è un documento PDF, non un foglio di calcolo (.xlsx, .ods, .xls o .csv).'])
  })

  it('a spreadsheet or a REFI-QDA project opened as a project', async () => {
    const e = await failure(() => openProjectFile(files.xlsx))
    expect(e.code).toBe('NOT_A_PROJECT')
    expect(italian(e)).toBe('sheetjs__Attendance.xlsx è una cartella di lavoro Excel (.xlsx), non un progetto Esiti (.esiti).')
    expect(italian(await failure(() => openProjectFile(files.qdpx)))).toMatch(/non un progetto Esiti \(\.esiti\): importalo da Lavoro in team › REFI-QDA\.$/)
    // A truncated or foreign SQLite file is still "not a project or damaged", not a wrong kind.
    expect((await failure(() => openProjectFile(files['vuoto.txt']))).key).toBe('project.notSqlite')
  })
})
