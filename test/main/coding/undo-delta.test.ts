import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { codingsDelta } from '../../../src/main/services/transcripts/source-view'
import { undoStep } from '../../../src/main/db/op-log'
import { patchCodings } from '../../../src/renderer/src/areas/interviews/patch-codings'
import type { CodingsDeltaDto, SourceViewDto } from '../../../src/shared/ipc/coding'
import type { Events } from '../../../src/shared/ipc/events'
import { createProjectVia, ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'

const newSession = ipcSessionsClosedAfterEach()

/**
 * Undo and redo tell the reader what they did to codings (issue 14: undo repaints a 1.5 MB transcript
 * in < 100 ms without waiting for its reload). The delta patched onto the view before the action must
 * give exactly what the reload gives after it.
 */
describe('undo and redo: the codings delta on project:changed', () => {
  async function setup() {
    const s = newSession()
    await createProjectVia(s)
    const txt = path.join(s.dir, 'Intervista.txt')
    fs.writeFileSync(txt, 'INT: Come va?\n\nR: Lavoro da casa due giorni. Il coworking è vicino.\n\nINT: E la famiglia?\n\nR: Meglio così.\n')
    s.files.push([txt])
    ok(await s.dispatch('coding:importTranscripts', {}))
    const source = ok(await s.dispatch('coding:sources', {}))[0]
    const other = path.join(s.dir, 'Altra.txt')
    fs.writeFileSync(other, 'R: Un’altra intervista, con il coworking.\n')
    s.files.push([other])
    ok(await s.dispatch('coding:importTranscripts', {}))
    const second = ok(await s.dispatch('coding:sources', {})).find((x) => x.id !== source.id)!
    const view = async (): Promise<SourceViewDto> => ok(await s.dispatch('coding:sourceView', { sourceId: source.id }))
    const lastDelta = (): CodingsDeltaDto | undefined => {
      const e = s.events.filter((x) => x.event === 'project:changed').at(-1)!.payload as Events['project:changed']
      return e.codings
    }
    return { s, source, second, view, lastDelta }
  }
  /** Runs one undo or redo and checks that the previous view patched with its delta is the new view. */
  async function stepMatchesReload(t: Awaited<ReturnType<typeof setup>>, channel: 'project:undo' | 'project:redo'): Promise<CodingsDeltaDto> {
    const before = await t.view()
    ok(await t.s.dispatch(channel, {}))
    const delta = t.lastDelta()!
    expect(delta).toBeDefined()
    const after = await t.view()
    expect(patchCodings(before, delta).codings).toEqual(after.codings)
    return delta
  }

  it('names the coding an undo removes and the one a redo restores, as the reader draws it', async () => {
    const t = await setup()
    const code = ok(await t.s.dispatch('coding:createCode', { name: 'Lavoro agile', color: '#336699' }))
    const c = ok(await t.s.dispatch('coding:createCodingByQuote', { sourceId: t.source.id, codeId: code.id, quote: 'Lavoro da casa' }))
    const undone = await stepMatchesReload(t, 'project:undo')
    expect(undone).toEqual({ removed: [c.id], upserted: [] })
    const redone = await stepMatchesReload(t, 'project:redo')
    expect(redone.removed).toEqual([])
    expect(redone.upserted).toEqual([
      expect.objectContaining({ id: c.id, sourceId: t.source.id, codeName: 'Lavoro agile', color: '#336699', coderName: 'Giulia', start: c.start, end: c.end, memos: 0 })
    ])
  })

  it('restores every coding of a deleted code, in every source, and a resize moves the stripe', async () => {
    const t = await setup()
    const code = ok(await t.s.dispatch('coding:createCode', { name: 'Coworking' }))
    const kept = ok(await t.s.dispatch('coding:createCode', { name: 'Famiglia' }))
    ok(await t.s.dispatch('coding:codeSearchHits', { search: { query: 'coworking' }, codeId: code.id, expand: 'sentence' }))
    const f = ok(await t.s.dispatch('coding:createCodingByQuote', { sourceId: t.source.id, codeId: kept.id, quote: 'E la famiglia?' }))
    ok(await t.s.dispatch('coding:deleteCode', { codeId: code.id }))
    const restored = await stepMatchesReload(t, 'project:undo')
    expect(restored.removed).toEqual([])
    expect(restored.upserted.map((c) => c.sourceId).sort()).toEqual([t.source.id, t.second.id].sort())
    // The reader of the other source takes only its own coding from the same delta.
    const otherView = ok(await t.s.dispatch('coding:sourceView', { sourceId: t.second.id }))
    expect(patchCodings({ ...otherView, codings: [] }, restored).codings).toEqual(otherView.codings)

    ok(await t.s.dispatch('coding:resizeCoding', { codingId: f.id, start: f.start, end: f.end - 1 }))
    const moved = await stepMatchesReload(t, 'project:undo')
    expect(moved).toEqual({ removed: [], upserted: [expect.objectContaining({ id: f.id, start: f.start, end: f.end })] })
  })

  it('says nothing of codings when an undo touched none, or too many to send', async () => {
    const t = await setup()
    const code = ok(await t.s.dispatch('coding:createCode', { name: 'Tempo' }))
    ok(await t.s.dispatch('coding:updateCode', { codeId: code.id, name: 'Tempi' }))
    ok(await t.s.dispatch('project:undo', {}))
    expect(t.lastDelta()).toBeUndefined()
    // Above the limit the reload alone carries the change.
    ok(await t.s.dispatch('coding:codeSearchHits', { search: { query: 'coworking' }, codeId: code.id, expand: 'sentence' }))
    const project = t.s.session.current()!
    const step = undoStep(project, 'Giulia')
    const ctx = t.s.session.ctx()
    expect(codingsDelta(ctx, step.changes, 1)).toBeNull()
    expect(codingsDelta(ctx, step.changes)!.removed).toHaveLength(2)
  })
})
