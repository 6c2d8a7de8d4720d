import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../src/main/services/context'
import { seedDemo } from '../../src/main/demo/seed'
import { deleteCode } from '../../src/main/services/coding/codes'
import { applyCode } from '../../src/main/services/coding/codings'
import { joinProject, publishProject } from '../../src/main/services/sync/publish-join'
import { changeMember } from '../../src/main/services/sync/team-status'
import { syncProject } from '../../src/main/services/sync/team-sync'
import { createTestServer, SKIP_PG, type TestServer } from '../main/team-sync/pg'
import { tempDir } from '../support/temp-project'
import { shot, startApp } from './support/browser'

/**
 * The team server tab against a real PostgreSQL (ESITI_TEST_PG; CI sets it, skipped with a message
 * otherwise): Anna's copy has a change to send and Bruno has coded with a code Anna deleted; in the
 * window she syncs, sees the members and their last sync, the conflict with the work set aside,
 * restores the code, and reads who changed what. Screenshots under test-output/screenshots.
 */
const tmp = tempDir('esiti-e2e-team-server-')
let app: Awaited<ReturnType<typeof startApp>>
let server: TestServer
let annaFile: string
let doomedName = ''

async function open(file: string, actor: string): Promise<Ctx> {
  return makeCtx(await openProjectFile(file, { actor }), actor)
}

describe.skipIf(SKIP_PG)('team server tab (real PostgreSQL)', () => {
  beforeAll(async () => {
    // Before the app starts: its service process inherits the member's pgpass file.
    server = await createTestServer(['anna', 'bruno'])
    annaFile = path.join(tmp.dir, 'anna.esiti')
    const p = await openProjectFile(annaFile, { create: true, actor: 'Anna' })
    await seedDemo(makeCtx(p, 'Anna'))
    p.close()
    const anna = await open(annaFile, 'Anna')
    await publishProject(anna, server.url('anna'))
    await changeMember(anna, 'add', server.role('bruno'), 'Bruno')
    const j = await joinProject(server.url('bruno'), path.join(tmp.dir, 'bruno.esiti'), { actor: 'Bruno' })
    const bruno = await open(j.project, 'Bruno')
    const code = anna.project.sqlite.prepare('SELECT id, name FROM codes WHERE parent_id IS NOT NULL ORDER BY sort, name LIMIT 1').get() as { id: string; name: string }
    doomedName = code.name
    const source = bruno.project.sqlite.prepare('SELECT id FROM sources WHERE length(text) > 200 ORDER BY name LIMIT 1').get() as { id: string }
    applyCode(bruno, { sourceId: source.id, codeId: code.id, coder: 'Marco', start: 0, end: 60 })
    await syncProject(bruno)
    deleteCode(anna, code.id)
    anna.project.close()
    bruno.project.close()
    app = await startApp()
  }, 240_000)

  afterAll(async () => {
    await app?.stop()
    await server?.drop()
    tmp.cleanup()
  })

  it('shows the sync state, syncs, lists the conflict and resolves it', async () => {
    const { page, harness } = app
    harness.platform.queueFiles([annaFile])
    await page.getByTestId('open-project').click()
    await page.getByTestId('project-name').waitFor()
    await page.getByTestId('nav-team').click()
    await page.getByTestId('area-team').waitFor()
    await page.getByTestId('tab-server').click()
    const bar = page.getByTestId('sync-bar')
    await bar.waitFor()
    expect(await bar.getAttribute('data-state')).toBe('pending')
    expect(await page.getByTestId('sync-pending').textContent()).toMatch(/1 modifica da inviare/)
    await page.getByTestId('team-members').waitFor()
    await shot(page, 'team-server-1-pending')

    await page.getByTestId('sync-now').click()
    await page.locator('[data-testid="sync-bar"][data-state="ok"]').waitFor({ timeout: 60_000 })
    const conflict = page.getByTestId('conflict').filter({ hasText: doomedName })
    await conflict.waitFor()
    expect(await conflict.textContent()).toContain('Anna')
    expect(await page.getByTestId('team-members').locator('tbody tr').count()).toBe(2)
    await shot(page, 'team-server-2-synced-conflict')

    await conflict.getByTestId('conflict-restore').click()
    await page.getByTestId('conflict').filter({ hasText: doomedName }).waitFor({ state: 'detached' })
    // Bruno's change is in the history by member.
    const history = page.getByTestId('team-history')
    await history.getByRole('button', { name: /^Bruno/ }).click()
    await history.locator('tbody tr').first().waitFor()
    // Everyone's rows stay until teamServer:history answers for Bruno (newest first: Anna's restore).
    await expect.poll(() => history.locator('tbody tr').first().textContent()).toContain('Bruno')
    await shot(page, 'team-server-3-resolved-history')

    // The same in English; the restore is a change of this copy, waiting to be sent.
    await page.getByTestId('locale').selectOption('en')
    await page.getByTestId('sync-state').filter({ hasText: 'Changes to send' }).waitFor()
    expect(await page.getByTestId('sync-pending').textContent()).toBe('1 change to send')
    await page.getByRole('checkbox', { name: 'Show resolved ones too' }).check()
    await page.getByTestId('conflict').filter({ hasText: 'Restore' }).waitFor()
    await shot(page, 'team-server-4-english')
    // The server unreachable (its address changed beside the window): the error in words, the work kept.
    const db = new Database(annaFile)
    const good = (db.prepare("SELECT value FROM meta WHERE id = 'team.server'").get() as { value: string }).value
    const bad = new URL(good)
    bad.port = '1'
    db.prepare("UPDATE meta SET value = ? WHERE id = 'team.server'").run(bad.toString())
    await page.getByTestId('sync-now').click()
    const error = page.getByTestId('sync-error')
    await error.waitFor()
    expect(await error.textContent()).toContain('cannot be reached: work goes on in the local file')
    expect(await page.getByTestId('sync-bar').getAttribute('data-state')).toBe('error')
    await shot(page, 'team-server-5-unreachable')
    db.prepare("UPDATE meta SET value = ? WHERE id = 'team.server'").run(good)
    db.close()
    await page.getByTestId('sync-now').click()
    await page.locator('[data-testid="sync-bar"][data-state="ok"]').waitFor({ timeout: 60_000 })
    // Automatic sync: on at once, then paused while the computer is offline, said so in the bar.
    await page.getByTestId('sync-auto').check()
    // The sync it starts at once, finished (the button is enabled again).
    await page.locator('[data-testid="sync-now"]:not([disabled])').waitFor({ timeout: 60_000 })
    await page.locator('[data-testid="sync-bar"][data-state="ok"]').waitFor({ timeout: 60_000 })
    await page.context().setOffline(true)
    await page.locator('[data-testid="sync-bar"][data-state="offline"]').waitFor()
    expect(await page.getByTestId('sync-bar').textContent()).toContain('Paused until the network is back.')
    await shot(page, 'team-server-6-offline-auto')
    await page.context().setOffline(false)
    await page.locator('[data-testid="sync-bar"][data-state="ok"]').waitFor()
    await page.getByTestId('sync-auto').uncheck()
    await page.getByTestId('locale').selectOption('it')
  }, 180_000)
})
