import fs from 'node:fs'
import path from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { exportQdc, exportQdpx } from '../../../src/main/services/team/refi/export'
import { newProject, tempDir, type TestProject } from './helpers'
import { xmllint } from './xmllint'
import { buildRichProject, TEXTS } from './rich-project'

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

describe('REFI-QDA export', () => {
  it('writes a .qdpx valid against Project.xsd, with code point offsets and stable GUIDs', async () => {
    const p = await newProject()
    open.push(p)
    const rich = buildRichProject(p.ctx)
    const dir = tempDir()
    const file = path.join(dir, 'progetto.qdpx')
    const r = exportQdpx(p.ctx, file)
    expect(r).toMatchObject({ sources: 2, codes: 3, codings: 5, cases: 2, variables: 5, notes: 5 })
    expect(r.users).toBe(3) // Anna, Bruno and Carla (memo author only)
    const zip = unzipSync(fs.readFileSync(file))
    const names = Object.keys(zip).sort()
    expect(names).toEqual(['project.qde', ...Object.values(rich.sources).map((id) => `sources/${id}.txt`)].sort())
    const qde = strFromU8(zip['project.qde'])
    fs.writeFileSync(path.join(dir, 'project.qde'), qde)
    xmllint(path.join(dir, 'project.qde'), 'Project.xsd')
    expect(qde).not.toMatch(/basePath/)
    expect(qde).toContain(`plainTextPath="internal://${rich.sources['Intervista 01 – HR']}.txt"`)
    // Source texts are the stored UTF-8 text (LF, NFC), no BOM.
    const txt = zip[`sources/${rich.sources['Intervista 01 – HR']}.txt`]
    expect(txt[0]).not.toBe(0xef)
    expect(strFromU8(txt)).toBe(TEXTS['Intervista 01 – HR'].replace(/\r\n/g, '\n'))
    // The first coding starts after "…Risposta: " and its end skips the emoji in code points.
    const stored = strFromU8(txt)
    const quote = 'bene 😀, soprattutto per chi ha figli 👨‍👩‍👧'
    const u16 = stored.indexOf(quote)
    const cpStart = [...stored.slice(0, u16)].length
    const cpEnd = cpStart + [...quote].length
    expect(qde).toContain(`guid="${rich.codings[0]}"`)
    expect(qde).toMatch(new RegExp(`startPosition="${cpStart}" endPosition="${cpEnd}"`))
    expect(cpEnd - cpStart).toBeLessThan(quote.length)
    // Hierarchy, colour and the composed description.
    expect(qde).toMatch(/<Code guid="[^"]+" name="Smart working" isCodable="true" color="#4e79a7"><Description>Lavoro agile &amp; remoto &lt;da casa&gt;<\/Description>.*<Code guid="[^"]+" name="Benefici"/s)
    expect(qde).toContain('Quando usarlo: Quando l’intervistato cita un vantaggio')
    // Memos: Note + NoteRef, and a Link for the case memo.
    expect(qde).toMatch(/<Link [^>]*name="esiti:memo:case"/)
    expect(qde.match(/<NoteRef /g)).toHaveLength(4)
    // A second export keeps every GUID.
    const again = path.join(dir, 'again.qdpx')
    exportQdpx(p.ctx, again)
    const qde2 = strFromU8(unzipSync(fs.readFileSync(again))['project.qde'])
    const guids = (s: string): string[] => [...s.matchAll(/(?:guid|GUID)="([^"]+)"/g)].map((m) => m[1])
    expect(guids(qde2)).toEqual(guids(qde))
  })

  it('writes a .qdc valid against Codebook.xsd', async () => {
    const p = await newProject()
    open.push(p)
    buildRichProject(p.ctx)
    const file = path.join(tempDir(), 'codici.qdc')
    const r = exportQdc(p.ctx, file)
    expect(r.codes).toBe(3)
    xmllint(file, 'Codebook.xsd')
    const xml = fs.readFileSync(file, 'utf8')
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/)
    expect(xml).not.toMatch(/<Sets/)
  })

  it('the schema check itself rejects what the standard forbids', () => {
    const bad = path.join(tempDir(), 'bad.qde')
    fs.writeFileSync(bad, '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Users><User guid="not-a-guid"/></Users></Project>')
    expect(() => xmllint(bad, 'Project.xsd')).toThrow(/not valid against Project.xsd/)
  })

  it('an empty project exports a valid .qdpx; an empty codebook is refused', async () => {
    const p = await newProject()
    open.push(p)
    const dir = tempDir()
    exportQdpx(p.ctx, path.join(dir, 'vuoto.qdpx'))
    const qde = path.join(dir, 'project.qde')
    fs.writeFileSync(qde, unzipSync(fs.readFileSync(path.join(dir, 'vuoto.qdpx')))['project.qde'])
    xmllint(qde, 'Project.xsd')
    expect(() => exportQdc(p.ctx, path.join(dir, 'vuoto.qdc'))).toThrow(/no codes/)
    expect(() => exportQdpx(p.ctx, path.join(dir, 'x.zip'))).toThrow(/must end with .qdpx/)
    expect(fs.readdirSync(dir).sort()).toEqual(['project.qde', 'vuoto.qdpx'])
  })
})
