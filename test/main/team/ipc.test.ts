import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'
import { makeCtx } from '../../../src/main/services/context'
import { QDPX } from './helpers'
import { buildRichProject } from './rich-project'
import { englishText, formatMessage } from '../../../src/shared/messages'

const newSession = ipcSessionsClosedAfterEach()

async function setup() {
  const s = newSession()
  const project = await s.session.open(path.join(s.dir, 'team.esiti'), true)
  const rich = buildRichProject(makeCtx(project, 'test'))
  return { dir: s.dir, files: s.files, saves: s.saves, events: s.events, session: s.session, rich, dispatch: s.dispatch }
}

describe('team IPC channels', () => {
  it('overview, agreement, disagreements and decide', async () => {
    const { dispatch, rich, events } = await setup()
    const overview = ok(await dispatch('team:overview', {}))
    expect(overview.coders.map((c) => [c.name, c.codings])).toEqual([['Anna', 3], ['Bruno', 2]])
    expect(overview.codes.find((c) => c.name === 'Benefici')).toMatchObject({ path: 'Smart working > Benefici', codings: 2 })
    const agreement = ok(await dispatch('team:agreement', { coders: [rich.coders.Anna, rich.coders.Bruno] }))
    expect(agreement.unit).toBe('character')
    expect(agreement.perCode.map((c) => c.code).sort()).toEqual(['Benefici', 'Conciliazione', 'Smart working'])
    expect(formatMessage(agreement.explanation.kappa, 'it')).toMatch(/^Kappa di Cohen sui caratteri/)
    expect(englishText(agreement.explanation.alpha).length).toBeGreaterThan(50)
    const paragraph = ok(await dispatch('team:agreement', { coders: ['Anna', 'Bruno'], codes: ['Conciliazione', 'Benefici'], unit: 'paragraph', level: 'ordinal' }))
    expect(paragraph.units?.kind).toBe('paragraph')
    const review = ok(await dispatch('team:disagreements', { coders: ['Anna', 'Bruno'], code: rich.codes.Benefici }))
    expect(review.items).toHaveLength(1)
    const item = review.items[0]
    const decided = ok(
      await dispatch('team:decide', {
        coders: ['Anna', 'Bruno'],
        code: rich.codes.Benefici,
        source: item.sourceId,
        codingIds: [...item.a, ...item.b].map((s) => s.codingId),
        decision: 'merge'
      })
    )
    expect(formatMessage(decided.summary, 'it')).toMatch(/unisci i confini/)
    expect(events.some((e) => e.event === 'project:changed')).toBe(true)
    const bad = await dispatch('team:agreement', { coders: ['Anna'] })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('INVALID_INPUT')
    const badDecision = await dispatch('team:decide', { coders: ['Anna', 'Bruno'], code: 'x', source: 'y', codingIds: ['z'], decision: 'drop' })
    expect(badDecision.ok).toBe(false)
  })

  it('REFI export and import through the system dialogs; cancel returns null', async () => {
    const { dispatch, dir, saves, files } = await setup()
    saves.push(path.join(dir, 'uscita'))
    const exported = ok(await dispatch('team:qdpxExport', {}))
    expect(exported?.file).toBe(path.join(dir, 'uscita.qdpx'))
    expect(fs.existsSync(path.join(dir, 'uscita.qdpx'))).toBe(true)
    saves.push(path.join(dir, 'codici.qdc'))
    expect(ok(await dispatch('team:qdcExport', {}))?.codes).toBe(3)
    expect(ok(await dispatch('team:qdpxExport', {}))).toBeNull()
    files.push([path.join(QDPX, 'qualitative-coding__demo.qdpx')])
    const imported = ok(await dispatch('team:qdpxImport', {}))
    expect(imported).toMatchObject({ codings: 205, unanchored: 0 })
    files.push([path.join(QDPX, 'taguette__taguette-1.5.2-codebook-from-tests.qdc')])
    expect(ok(await dispatch('team:qdcImport', {}))?.codes).toBe(3)
    expect(ok(await dispatch('team:qdpxImport', {}))).toBeNull()
  })

  it('merge only accepts the file picked for the preview', async () => {
    const { dispatch, dir, files, session } = await setup()
    const copy = path.join(dir, 'copia.esiti')
    session.current()!.sqlite.exec(`VACUUM INTO '${copy.replace(/'/g, "''")}'`)
    const refused = await dispatch('team:merge', { file: copy })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toMatch(/Choose the file first/)
    files.push([copy])
    const preview = ok(await dispatch('team:mergePreview', {}))
    expect(preview?.preview).toBe(true)
    expect(preview?.skippedDuplicates).toBe(10) // 5 codings + 5 memos already here
    const merged = ok(await dispatch('team:merge', { file: copy }))
    expect(merged.added.codings).toBe(0)
    expect(ok(await dispatch('team:mergePreview', {}))).toBeNull()
  })
})
