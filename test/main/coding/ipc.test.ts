import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProjectVia, ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'
import { makeDocx } from '../transcripts/support/make-docx'

const newSession = ipcSessionsClosedAfterEach()

async function setup() {
  const s = newSession()
  await createProjectVia(s)
  return { dir: s.dir, dispatch: s.dispatch, files: s.files, saves: s.saves, events: s.events }
}

describe('coding IPC channels', () => {
  it('imports through the file picker, codes, views, retrieves, searches and exports as the current coder', async () => {
    const { dir, dispatch, files, saves, events } = await setup()
    const txt = path.join(dir, 'Intervista 1.txt')
    fs.writeFileSync(txt, 'INT: Perché?\nR: Perché il coworking è vicino a casa. Lo smart working anche.\n')
    const docx = path.join(dir, 'Intervista 2.docx')
    fs.writeFileSync(docx, makeDocx(['INT: E lei?', 'R: Io uso lo smart working due giorni.']))
    const bad = path.join(dir, 'rotto.pdf')
    fs.writeFileSync(bad, '%PDF-1.7 rotto')
    files.push([txt, docx, bad])
    const imported = ok(await dispatch('coding:importTranscripts', {}))!
    expect(imported).toMatchObject({ imported: 2, failed: 1 })
    expect(imported.results[2].error!.message).toMatch(/rotto\.pdf/)
    expect(ok(await dispatch('coding:importTranscripts', {}))).toBeNull()
    const sources = ok(await dispatch('coding:sources', {}))
    expect(sources.map((s) => [s.name, s.format])).toEqual([['Intervista 1', 'txt'], ['Intervista 2', 'docx']])

    const sw = ok(await dispatch('coding:createCode', { name: 'Smart working', color: '#336699', definition: 'Lavoro agile' }))
    const cw = ok(await dispatch('coding:createCode', { name: 'Coworking', parentId: null }))
    const badColour = await dispatch('coding:createCode', { name: 'X', color: 'blue' })
    expect(badColour.ok || badColour.error.code).toBe('INVALID_INPUT')

    const c1 = ok(await dispatch('coding:createCodingByQuote', { sourceId: sources[0].id, codeId: cw.id, quote: 'il coworking è vicino a casa' }))
    expect(c1.text).toBe('il coworking è vicino a casa')
    const view = ok(await dispatch('coding:sourceView', { sourceId: sources[0].id }))
    expect(view.codings).toEqual([
      expect.objectContaining({ id: c1.id, codeName: 'Coworking', coderName: 'Giulia', start: c1.start, end: c1.end })
    ])
    expect(view.text!.slice(c1.start, c1.end)).toBe(c1.text)
    const c2 = ok(await dispatch('coding:createCoding', { sourceId: sources[0].id, codeId: sw.id, start: c1.start, end: c1.end + 10 }))
    expect(ok(await dispatch('coding:coders', {}))).toEqual([expect.objectContaining({ name: 'Giulia', codings: 2, current: true })])
    expect(ok(await dispatch('coding:recentCodes', {})).map((c) => c.id).sort()).toEqual([sw.id, cw.id].sort())

    const segs = ok(await dispatch('coding:segments', { query: { and: [{ code: sw.id }, { code: cw.id }] } }))
    expect(segs.segments.map((s) => s.id)).toEqual([c2.id])
    expect(segs.segments[0].context!.text).toBe('R: Perché il coworking è vicino a casa. Lo smart working anche.')

    const hits = ok(await dispatch('coding:search', { query: 'SMART WORKING' }))
    expect(hits.total).toBe(2)
    const coded = ok(await dispatch('coding:codeSearchHits', { search: { query: 'smart working' }, codeId: sw.id, expand: 'sentence' }))
    expect(coded.created).toBe(2)
    const m = ok(await dispatch('coding:matrix', { rows: 'sources' }))
    expect(m.counts).toEqual([
      [2, 1],
      [1, 0]
    ])
    const cell = ok(await dispatch('coding:matrixCell', { rows: 'sources', rowId: sources[1].id, codeId: sw.id }))
    expect(cell.segments.map((s) => s.text)).toEqual(['R: Io uso lo smart working due giorni.'])

    ok(await dispatch('project:undo', {}))
    expect(ok(await dispatch('coding:matrix', { rows: 'sources' })).counts).toEqual([
      [1, 1],
      [0, 0]
    ])

    const merged = ok(await dispatch('coding:mergeCodes', { fromId: cw.id, intoId: sw.id }))
    expect(merged).toEqual({ into: sw.id, moved: 1, collapsed: 0, children: 0 })

    const caseAttr = ok(await dispatch('coding:createAttribute', { name: 'Ruolo', type: 'category', choices: ['HR'] }))
    const anna = ok(await dispatch('coding:createCase', { name: 'Anna' }))
    ok(await dispatch('coding:setSourceCase', { sourceId: sources[0].id, caseId: anna.id }))
    const grid = ok(await dispatch('coding:setCaseValues', { edits: [{ caseId: anna.id, attributeId: caseAttr.id, value: 'HR' }] }))
    expect(grid.cases[0]).toMatchObject({ name: 'Anna', sources: 1, codings: 2, values: { [caseAttr.id]: 'HR' } })
    const memo = ok(await dispatch('coding:createMemo', { targetKind: 'case', targetId: anna.id, body: 'Nota' }))
    expect(memo).toMatchObject({ author: 'Giulia', targetLabel: 'Anna' })

    const out = path.join(dir, 'citazioni')
    saves.push(out, null)
    const exported = ok(await dispatch('coding:exportSegments', { filter: { attributes: [{ attributeId: caseAttr.id, value: 'HR' }] } }))!
    expect(exported).toMatchObject({ file: out + '.xlsx', rows: 2 })
    expect(fs.existsSync(out + '.xlsx')).toBe(true)
    expect(ok(await dispatch('coding:exportCodebook', {}))).toBeNull()
    expect(events.filter((e) => e.event === 'project:changed').length).toBeGreaterThan(5)
  })
})
