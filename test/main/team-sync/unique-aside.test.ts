import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../src/main/db/ids'
import { mutate } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember } from '../../../src/main/services/sync/team-status'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { newProject, tempDir } from '../team/helpers'
import { conflictList, firstDifference, syncedContent } from './members'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

/**
 * A unique number taken twice (two members each add report section 7): the later row is set aside
 * for a person to renumber, listed under one id on both copies. When the later row is deleted
 * before anyone reviews it, nothing is left to review: the copy that set it aside drops the
 * conflict, like the copy that received the deletion first and never saw the clash.
 */
describe.skipIf(SKIP_PG)('a unique number taken twice by two members', () => {
  let server: TestServer
  let anna: Ctx
  let bruno: Ctx
  const opened: Ctx[] = []

  const section = (ctx: Ctx, actor: string, number: number, title: string): string => {
    const id = newId()
    mutate(ctx.project, { actor, kind: 'test.section', summary: { key: 'legacy.text', params: { text: title } } }, (w) =>
      w.insert('report_sections', { id, number, title, title_en: null, description: null })
    )
    return id
  }
  const uniqueAside = (ctx: Ctx): string[] => conflictList(ctx, { reviewOnly: true }).filter((c) => c.kind === 'unique_aside').map((c) => `${c.row_id}:${c.resolution}`)
  const numbered = (ctx: Ctx, n: number): string[] =>
    (ctx.project.sqlite.prepare('SELECT title FROM report_sections WHERE number = ? ORDER BY title').all(n) as { title: string }[]).map((r) => r.title)

  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno'])
    const dir = tempDir()
    const lead = await newProject(dir, 'anna.esiti')
    lead.close()
    anna = makeCtx(await openProjectFile(lead.file, { actor: 'Anna' }), 'Anna')
    opened.push(anna)
    await publishProject(anna, server.url('anna'))
    await changeMember(anna, 'add', server.role('bruno'), 'Bruno')
    const b = await joinProject(server.url('bruno'), path.join(dir, 'bruno.esiti'), { actor: 'Bruno' })
    bruno = makeCtx(await openProjectFile(b.project, { actor: 'Bruno' }), 'Bruno')
    opened.push(bruno)
  }, 60_000)
  afterAll(async () => {
    for (const c of opened) c.project.close()
    await server?.drop()
  })

  it('sets the later section aside on both copies and lists it under one id', async () => {
    section(anna, 'Anna', 7, 'Conclusioni di Anna')
    const later = section(bruno, 'Bruno', 7, 'Conclusioni di Bruno')
    for (const c of [anna, bruno, anna]) await syncProject(c)
    expect(uniqueAside(anna)).toEqual([`${later}:null`])
    expect(uniqueAside(bruno)).toEqual(uniqueAside(anna))
    // One section 7 on each copy: Anna's, the earlier claim; Bruno's waits aside for a new number.
    expect(numbered(anna, 7)).toEqual(['Conclusioni di Anna'])
    expect(numbered(bruno, 7)).toEqual(['Conclusioni di Anna'])
    expect(firstDifference(syncedContent(anna, { reviewOnly: true }), syncedContent(bruno, { reviewOnly: true }))).toBeNull()
  }, 60_000)

  it('lists no conflict on either copy when the later section was deleted before the clash was seen', async () => {
    section(anna, 'Anna', 8, 'Allegati di Anna')
    await syncProject(anna)
    // Bruno adds section 8 and deletes it again before syncing: his copy applies Anna's section
    // after his deletion (no clash); Anna's copy sets his section aside, then receives the deletion.
    const his = section(bruno, 'Bruno', 8, 'Allegati di Bruno')
    mutate(bruno.project, { actor: 'Bruno', kind: 'test.section', summary: { key: 'legacy.text', params: { text: 'delete' } } }, (w) => w.remove('report_sections', his))
    for (const c of [bruno, anna, bruno]) await syncProject(c)
    expect(uniqueAside(anna).filter((c) => c.startsWith(his))).toEqual([])
    expect(uniqueAside(anna)).toEqual(uniqueAside(bruno))
    expect(numbered(anna, 8)).toEqual(['Allegati di Anna'])
    for (const c of [anna, bruno]) expect((c.project.sqlite.prepare('SELECT COUNT(*) n FROM sync_aside WHERE row_id = ?').get(his) as { n: number }).n).toBe(0)
    expect(firstDifference(syncedContent(anna, { reviewOnly: true }), syncedContent(bruno, { reviewOnly: true }))).toBeNull()
  }, 60_000)
})
