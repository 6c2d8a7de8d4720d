import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ipcSessionsClosedAfterEach } from '../../support/ipc-session'
import { runCli } from '../../../src/main/cli/main'
import { INTERVIEW } from './support'

/**
 * The privacy channels as the window calls them (issue 17): validated input, refusals that need no
 * window (erasure without the typed confirmation, a stale review), and the results the screens show.
 */
const newSession = ipcSessionsClosedAfterEach()

async function cli(...args: string[]): Promise<void> {
  let err = ''
  const code = await runCli([...args, '--json'], () => undefined, (s) => (err += s))
  if (code !== 0) throw new Error(err)
}

async function opened() {
  const s0 = newSession()
  const file = path.join(s0.dir, 'p.esiti')
  await cli('new', file)
  await cli('cases', 'add', file, 'Giulia Bianchi')
  fs.writeFileSync(path.join(s0.dir, 'intervista.txt'), INTERVIEW)
  await cli('transcripts', 'import', file, path.join(s0.dir, 'intervista.txt'), '--case', 'Giulia Bianchi')
  const s = newSession([[file]])
  const r = await s.dispatch('project:open', {})
  if (!r.ok) throw new Error(r.error.message)
  return s
}

describe('privacy channels', () => {
  it('refuse malformed input with a typed error', async () => {
    const { dispatch } = await opened()
    for (const [channel, input] of [
      ['privacy:apply', { accept: 5 }],
      ['privacy:setRule', { text: '', decision: 'always' }],
      ['privacy:setIdentifier', { dataset: 'x', variable: 'y', kind: 'password' }],
      ['privacy:erase', { person: 'Giulia Bianchi' }]
    ] as const) {
      const r = await dispatch(channel as never, input as never)
      expect(r.ok, channel).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT')
    }
  })

  it('erase only with the name typed again, and find the person first', async () => {
    const { dispatch } = await opened()
    const people = await dispatch('privacy:people', { text: 'bianchi', limit: 20 })
    expect(people.ok && people.value).toEqual([{ name: 'Giulia Bianchi', kind: 'case' }])
    const wrong = await dispatch('privacy:erase', { person: 'Giulia Bianchi', confirm: 'Giulia' })
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) expect(wrong.error.key).toBe('privacy.dialog.eraseConfirmMismatch')
    const preview = await dispatch('privacy:erasePreview', { person: 'Giulia Bianchi' })
    expect(preview.ok && preview.value).toMatchObject({ found: true, cases: 1, sources: 1 })
    const cert = await dispatch('privacy:erase', { person: 'Giulia Bianchi', confirm: 'Giulia Bianchi' })
    expect(cert.ok && cert.value.scan.found).toEqual([])
    const after = await dispatch('privacy:people', { text: 'bianchi', limit: 20 })
    expect(after.ok && after.value).toEqual([])
  })

  it('refuse a review decided on a preview that no longer holds (a hit id gone), and apply a fresh one', async () => {
    const { dispatch } = await opened()
    const p = await dispatch('privacy:preview', {})
    if (!p.ok) throw new Error(p.error.message)
    const stale = await dispatch('privacy:apply', { accept: ['nope:1:2'], original: 'keep' })
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error.key).toBe('privacy.hitGone')
    const chosen = p.value.hits.filter((h) => h.suggested).map((h) => h.id)
    const r = await dispatch('privacy:apply', { accept: chosen, original: 'keep' })
    expect(r.ok && r.value.replaced).toBe(chosen.length)
    const o = await dispatch('privacy:overview', {})
    expect(o.ok && o.value.places.find((x) => x.key === 'originalsKept')?.count).toBe(1)
    const k = await dispatch('privacy:keyStatus', {})
    expect(k.ok && k.value.entries).toBeGreaterThan(0)
  })
})
