import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedCoding } from '../../../src/main/demo/seed-coding'
import { seedProgramme } from '../../../src/main/demo/seed-programme'
import { codebook } from '../../../src/main/demo/content/codebook'
import { interview as t01 } from '../../../src/main/demo/content/transcripts/t01'
import { interview as t05 } from '../../../src/main/demo/content/transcripts/t05'
import { listCodes } from '../../../src/main/services/coding/codes'
import { caseGrid } from '../../../src/main/services/coding/attributes'
import { listMemos } from '../../../src/main/services/coding/memos'
import { codeMatrix } from '../../../src/main/services/coding/matrices'
import { retrieveSegments } from '../../../src/main/services/coding/retrieval'
import { verifyAnchors } from '../../../src/main/services/transcripts/anchors'
import { listSources } from '../../../src/main/services/transcripts/source-service'
import { sourceView } from '../../../src/main/services/transcripts/source-view'
import { tempProject, type TempProject } from '../transcripts/support/project'

let t: TempProject
beforeEach(async () => {
  t = await tempProject('demo')
  seedProgramme(t.ctx)
  await seedCoding(t.ctx)
})
afterEach(() => t.close())

describe('demo coding seed', () => {
  it('imports the eight transcripts with their cases and exact text', () => {
    const sources = listSources(t.ctx)
    expect(sources).toHaveLength(8)
    expect(sources.every((s) => s.encoding === 'utf-8' && s.format === 'txt' && s.caseName)).toBe(true)
    const first = sources.find((s) => s.name === t01.transcript.name)!
    expect(first.caseName).toBe(t01.transcript.caseName)
    const view = sourceView(t.ctx, first.id)
    expect(view.text).toBe(t01.transcript.text.normalize('NFC'))
    expect(new Set(view.structure.turns.map((x) => x.speaker))).toEqual(new Set(['INT', 'R']))
    expect(view.structure.turns[0].timestamp).toBe('00:00:05')
  })

  it('creates every coding by quote, for both coders, with exact anchors', () => {
    const all = retrieveSegments(t.ctx).segments
    const expected = [t01, t05].reduce((n, i) => n + i.codings.length, 0)
    expect(all.filter((s) => s.sourceName === t01.transcript.name || s.sourceName === t05.transcript.name)).toHaveLength(expected)
    expect(new Set(all.map((s) => s.coderName))).toEqual(new Set(['Giulia', 'Marco']))
    const c = t01.codings[0]
    expect(all.some((s) => s.sourceName === t01.transcript.name && s.codePath === c.code && s.text === c.quote.normalize('NFC'))).toBe(true)
    expect(verifyAnchors(t.ctx)).toMatchObject({ sources: 8, checked: all.length, mismatches: [], changedSources: [] })
  })

  it('builds the codebook with links, the case grid and memos, without undo history', () => {
    const codes = listCodes(t.ctx)
    expect(codes.filter((c) => c.depth === 0).map((c) => c.name)).toEqual(codebook.map((c) => c.name))
    const sw = codes.find((c) => c.path === 'Smart working')!
    expect(sw.links.map((l) => l.label)).toEqual(expect.arrayContaining([expect.stringMatching(/^SDG 8/), expect.stringMatching(/^SW/)]))
    const grid = caseGrid(t.ctx)
    expect(grid.cases).toHaveLength(8)
    expect(grid.attributes.map((a) => a.name)).toContain('Municipio')
    expect(grid.cases.every((c) => c.sources === 1)).toBe(true)
    expect(new Set(listMemos(t.ctx).map((m) => m.targetKind))).toEqual(new Set(['project', 'code', 'case', 'source']))
    const m = codeMatrix(t.ctx, { rows: 'cases', aggregate: true })
    expect(m.rowTotals.every((n) => n > 0)).toBe(true)
    expect((t.project.sqlite.prepare('SELECT COUNT(*) n FROM op_log').get() as { n: number }).n).toBe(0)
  })
})
