import fs from 'node:fs'
import path from 'node:path'
import { zipSync, strToU8 } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { makeCtx } from '../../../src/main/services/context'
import { importQdpx } from '../../../src/main/services/team/refi/import-qdpx'
import { importQdc } from '../../../src/main/services/team/refi/import-qdc'
import { LIMITS } from '../../../src/main/services/io/limits'
import { code, newProject, seed, snapshot, tempDir, type TestProject } from './helpers'
import { CODE_GUID, qde, writeQdpx } from './qdpx-builder'
import { englishText } from '../../../src/shared/messages'

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

const SRC = 'cccccccc-0000-4000-8000-000000000001'
const TEXT = 'Un testo qualunque, abbastanza lungo per qualche selezione.'

/** A project with some content, to prove that a failed import changes nothing at all. */
async function populated(): Promise<TestProject> {
  const p = await newProject()
  open.push(p)
  const ids = seed(p.ctx, { coders: ['A', 'B'], codes: ['X'], sources: { S: 'testo di prova' } })
  code(p.ctx, ids, [{ source: 'S', code: 'X', coder: 'A', start: 0, end: 5 }])
  return p
}

async function expectRefused(p: TestProject, file: string, code: string, message: RegExp): Promise<void> {
  const before = snapshot(p.ctx)
  const err = await importQdpx(p.ctx, file).then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(EsitiError)
  expect((err as EsitiError).code).toBe(code)
  expect((err as EsitiError).message).toMatch(message)
  expect((err as EsitiError).message.split('\n')).toHaveLength(1)
  expect(snapshot(p.ctx)).toEqual(before)
}

describe('hostile .qdpx input', () => {
  it('path traversal entry names are refused, nothing is written outside, the rest imports', async () => {
    const p = await populated()
    const dir = tempDir()
    const work = path.join(dir, 'a', 'b')
    fs.mkdirSync(work, { recursive: true })
    const file = writeQdpx(
      {
        'project.qde': qde({ sources: [{ guid: SRC, name: 'S2', path: 'internal://../../evil.txt', selections: [{ start: 0, end: 2 }] }, { guid: 'cccccccc-0000-4000-8000-000000000002', name: 'S3', selections: [{ start: 0, end: 8 }] }] }),
        '../../evil.txt': 'pwned',
        'sources/../../../escape.txt': 'pwned',
        'sources/cccccccc-0000-4000-8000-000000000002.txt': TEXT
      },
      'trav.qdpx',
      work
    )
    const r = await importQdpx(p.ctx, file)
    expect(r.warnings.filter((w) => /points outside the archive/.test(englishText(w))).length).toBeGreaterThanOrEqual(3)
    expect(r.sources).toBe(1)
    expect(r.codings).toBe(1)
    expect(r.unanchored).toBe(1)
    expect(englishText(r.unanchoredSelections[0].reason)).toMatch(/source text is missing/)
    for (const f of [path.join(dir, 'evil.txt'), path.join(dir, 'escape.txt'), path.join(dir, 'a', 'evil.txt'), path.resolve('evil.txt')])
      expect(fs.existsSync(f), f).toBe(false)
    expect(p.ctx.project.sqlite.prepare("SELECT COUNT(*) n FROM sources WHERE text = 'pwned'").get()).toEqual({ n: 0 })
  })

  it('missing source files are reported and their selections listed as unanchored', async () => {
    const p = await populated()
    const file = writeQdpx({ 'project.qde': qde({ sources: [{ guid: SRC, name: 'Assente', selections: [{ start: 0, end: 3 }, { start: 4, end: 9 }] }] }) })
    const r = await importQdpx(p.ctx, file)
    expect(r.sources).toBe(0)
    expect(r.unanchored).toBe(2)
    expect(r.warnings.some((w) => /Source "Assente": its text file .* is missing/.test(englishText(w)))).toBe(true)
  })

  it('a billion-laughs XML bomb is refused before any expansion', async () => {
    const p = await populated()
    const lol = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>`
    await expectRefused(p, writeQdpx({ 'project.qde': lol }), 'UNSUPPORTED_FILE', /declares XML entities/)
  })

  it('an external entity (XXE) is refused', async () => {
    const p = await populated()
    const xxe = `<?xml version="1.0"?><!DOCTYPE Project SYSTEM "file:///etc/passwd"><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>`
    await expectRefused(p, writeQdpx({ 'project.qde': xxe }), 'UNSUPPORTED_FILE', /external DTD/)
  })

  it('an undefined entity reference is an XML error, not an expansion', async () => {
    const p = await populated()
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>`
    await expectRefused(p, writeQdpx({ 'project.qde': xml }), 'CORRUPT_FILE', /not valid XML/)
  })

  it('invalid XML and non-REFI XML get clear errors', async () => {
    const p = await populated()
    await expectRefused(p, writeQdpx({ 'project.qde': '<Project name="x"><Users></Project>' }), 'CORRUPT_FILE', /^[\w-]+\.qdpx \(project\.qde\) is not valid XML \(line 1\): unexpected close tag\.$/)
    await expectRefused(p, writeQdpx({ 'project.qde': '<html><body/></html>' }), 'CORRUPT_FILE', /not a REFI-QDA project \(root element <html>\)/)
    await expectRefused(p, writeQdpx({ 'readme.txt': 'hello' }), 'CORRUPT_FILE', /no \.qde file/)
    const notZip = path.join(tempDir(), 'fake.qdpx')
    fs.writeFileSync(notZip, 'this is not a zip archive at all')
    await expectRefused(p, notZip, 'WRONG_FILE_KIND', /fake\.qdpx is a plain-text file, not a REFI-QDA project \(\.qdpx\)/)
    await expectRefused(p, path.join(tempDir(), 'nope.qdpx'), 'NOT_FOUND', /File not found/)
  })

  it('codings pointing outside the text are reported, the others imported', async () => {
    const p = await populated()
    const file = writeQdpx({
      'project.qde': qde({ sources: [{ guid: SRC, name: 'S2', selections: [{ start: 0, end: 2 }, { start: 50, end: 5000 }, { start: -3, end: 4 }] }] }),
      [`sources/${SRC}.txt`]: TEXT
    })
    const r = await importQdpx(p.ctx, file)
    expect(r.codings).toBe(1)
    expect(r.unanchored).toBe(2)
  })

  it('a zip bomb (a text inflating past the part limit) is refused naming the limit', async () => {
    const p = await populated()
    const spaces = new Uint8Array(LIMITS.partBytes.value + 1024 * 1024).fill(0x20)
    const file = writeQdpx({ 'project.qde': qde({ sources: [{ guid: SRC, name: 'B', selections: [] }] }), [`sources/${SRC}.txt`]: spaces })
    expect(fs.statSync(file).size).toBeLessThan(300_000)
    await expectRefused(p, file, 'TOO_LARGE', new RegExp(`\\(sources/${SRC}\\.txt\\) has 68,157,440 bytes \\(65 MB\\); the limit is 67,108,864 bytes \\(64 MB\\)\\.$`))
  })

  it('an entry larger than its header says is refused', async () => {
    const p = await populated()
    const big = strToU8('x'.repeat(1_000_000))
    const buf = Buffer.from(zipSync({ 'project.qde': strToU8(qde({ sources: [{ guid: SRC, name: 'L', selections: [] }] })), [`sources/${SRC}.txt`]: big }))
    // Lie about the uncompressed size of the text entry in both the local and the central header.
    const name = Buffer.from(`sources/${SRC}.txt`)
    for (let i = 0; i < buf.length - 4; i++) {
      const sig = buf.readUInt32LE(i)
      if (sig === 0x04034b50 && buf.subarray(i + 30, i + 30 + name.length).equals(name)) buf.writeUInt32LE(100, i + 22)
      if (sig === 0x02014b50 && buf.subarray(i + 46, i + 46 + name.length).equals(name)) buf.writeUInt32LE(100, i + 24)
    }
    const file = path.join(tempDir(), 'liar.qdpx')
    fs.writeFileSync(file, buf)
    await expectRefused(p, file, 'CORRUPT_FILE', /larger than its header says|damaged/)
  })

  it('a failure during the write (cancel) rolls everything back', async () => {
    const p = await populated()
    const file = writeQdpx({
      'project.qde': qde({ sources: [{ guid: SRC, name: 'S2', selections: [{ start: 0, end: 2 }] }], extraCodes: '<Code guid="dddddddd-0000-4000-8000-000000000001" name="Altro" isCodable="true"/>' }),
      [`sources/${SRC}.txt`]: TEXT
    })
    const before = snapshot(p.ctx)
    const ctrl = new AbortController()
    const ctx = makeCtx(p.ctx.project, 'test', { signal: ctrl.signal, report: (phase) => phase === 'write' && ctrl.abort() })
    await expect(importQdpx(ctx, file)).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(snapshot(p.ctx)).toEqual(before)
  })

  it('non-GUID ids get new UUIDs and a warning', async () => {
    const p = await populated()
    const xml = qde({ sources: [{ guid: 'src-1', name: 'S2', selections: [{ start: 0, end: 2, code: 'c001' }] }], extraCodes: '<Code guid="c001" name="Codice c001" isCodable="true"/>' })
    const r = await importQdpx(p.ctx, writeQdpx({ 'project.qde': xml, 'sources/src-1.txt': TEXT }))
    expect(r.codings).toBe(1)
    expect(r.warnings.some((w) => /were not GUIDs/.test(englishText(w)))).toBe(true)
    const row = p.ctx.project.sqlite.prepare("SELECT c.id FROM codes c WHERE c.name = 'Codice c001'").get() as { id: string }
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(CODE_GUID).not.toBe(row.id)
  })

  it('a .qdc that is not a codebook, or a bomb, is refused', async () => {
    const p = await populated()
    const dir = tempDir()
    const bad = path.join(dir, 'x.qdc')
    fs.writeFileSync(bad, '<!DOCTYPE CodeBook [<!ENTITY a "aaaa">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>')
    await expect(importQdc(p.ctx, bad)).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' })
    fs.writeFileSync(bad, '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')
    await expect(importQdc(p.ctx, bad)).rejects.toThrow(/not a REFI-QDA codebook/)
    fs.writeFileSync(bad, '\uFEFF<CodeBook xmlns="urn:QDA-XML:codebook:0:4"><Codes><Code guid="{AAAAAAAA-0000-4000-8000-000000000009}" name="Vecchio" isCodable="true"/></Codes></CodeBook>')
    const r = await importQdc(p.ctx, bad)
    expect(r.codes).toBe(1)
    expect(englishText(r.warnings[0])).toMatch(/codebook:0:4/)
    expect(p.ctx.project.sqlite.prepare("SELECT name FROM codes WHERE id = 'aaaaaaaa-0000-4000-8000-000000000009'").get()).toEqual({ name: 'Vecchio' })
  })
})
