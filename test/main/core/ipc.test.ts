import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ipcSessionsClosedAfterEach } from '../../support/ipc-session'
import { CHANNELS, CONTRACT } from '../../../src/shared/ipc'
import { allHandlers } from '../../../src/main/ipc/create-handlers'

const newSession = ipcSessionsClosedAfterEach()

function setup(files: string[][] = [], saves: (string | null)[] = []) {
  const s = newSession(files, saves)
  return { dir: s.dir, session: s.session, dispatch: s.dispatch, events: s.events }
}

describe('IPC contract', () => {
  it('implements every channel of the contract and nothing else', () => {
    expect(Object.keys(allHandlers()).sort()).toEqual([...CHANNELS].sort())
    for (const c of CHANNELS) expect(CONTRACT[c].input).toBeTruthy()
  })

  it('validates untrusted input and returns typed errors instead of throwing', async () => {
    const { dispatch } = setup()
    const bad = await dispatch('app:setLocale', { locale: 'fr' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('INVALID_INPUT')
    const unknown = await dispatch('fs:readAnything' as never, {})
    expect(unknown.ok).toBe(false)
    const noProject = await dispatch('project:undo', {})
    expect(noProject.ok).toBe(false)
    if (!noProject.ok) expect(noProject.error.message).toMatch(/No project is open/)
  })

  it('creates, reopens from the recent list only, and reports a non-project file clearly', async () => {
    const { dir, dispatch, events } = setup()
    const file = path.join(dir, 'nuovo.esiti')
    const junk = path.join(dir, 'junk.esiti')
    fs.writeFileSync(junk, 'not a database')
    const s2 = setup([[junk]], [file])
    const created = await s2.dispatch('project:create', { demo: false })
    expect(created.ok && created.value?.path).toBe(file)
    expect(s2.events.some((e) => (e as { event: string }).event === 'project:changed')).toBe(true)
    const opened = await s2.dispatch('project:open', {})
    expect(opened.ok).toBe(false)
    if (!opened.ok) expect(opened.error.code).toBe('NOT_A_PROJECT')
    const notRecent = await dispatch('project:open', { recentPath: '/etc/passwd' })
    expect(notRecent.ok).toBe(false)
    expect(events.length).toBe(0)
  })
})
