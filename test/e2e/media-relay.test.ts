import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { mutate } from '../../src/main/db/op-log'
import { makeCtx } from '../../src/main/services/context'
import { createSourceFromText } from '../../src/main/services/transcripts/source-service'
import { attachMedia } from '../../src/main/services/transcripts/media'
import type { BridgeHarness } from './support/harness'
import { openProjectIn, shot, startApp } from './support/browser'
import { tempDir } from '../support/temp-project'

/*
 * Issues 14 and 15: a transcript's recording lives in the project, which only the service process
 * opens; the window's player asks for it by byte ranges, and the host (Electron main, here the
 * bridge) relays each range from the service. Chromium's own media element must load it, seek in it,
 * and still get it after the service process was killed and restarted.
 */

const tmp = tempDir('esiti-e2e-media-')
const project = path.join(tmp.dir, 'registrazioni.esiti')
const SECONDS = 12
const RATE = 8000
let sourceId = ''
let harness: BridgeHarness
let page: Page
let stop = async (): Promise<void> => undefined

/** A real PCM WAV (mono, 8 kHz, 8-bit) of a 440 Hz tone: Chromium decodes it and knows its length. */
function toneWav(file: string): void {
  const samples = SECONDS * RATE
  const wav = Buffer.alloc(44 + samples)
  wav.write('RIFF', 0, 'latin1')
  wav.writeUInt32LE(36 + samples, 4)
  wav.write('WAVEfmt ', 8, 'latin1')
  wav.writeUInt32LE(16, 16)
  wav.writeUInt16LE(1, 20)
  wav.writeUInt16LE(1, 22)
  wav.writeUInt32LE(RATE, 24)
  wav.writeUInt32LE(RATE, 28)
  wav.writeUInt16LE(1, 32)
  wav.writeUInt16LE(8, 34)
  wav.write('data', 36, 'latin1')
  wav.writeUInt32LE(samples, 40)
  for (let i = 0; i < samples; i++) wav[44 + i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * 440 * i) / RATE))
  fs.writeFileSync(file, wav)
}

/** The parts of an HTMLMediaElement the test reads (the node typecheck has no DOM types). */
interface MediaLike {
  readyState: number
  duration: number
  currentTime: number
  seeking: boolean
  error: { code: number } | null
}

/** The player's state as Chromium sees it. */
const player = (): Promise<{ ready: number; duration: number; error: number | null }> =>
  page.getByTestId('media-player').evaluate((node) => {
    const el = node as unknown as MediaLike
    return { ready: el.readyState, duration: el.duration, error: el.error?.code ?? null }
  })

beforeAll(async () => {
  const audio = path.join(tmp.dir, 'intervista.wav')
  toneWav(audio)
  const p = await openProjectFile(project, { create: true })
  mutate(p, { actor: 'e2e', kind: 'test.seed', summary: { key: 'legacy.text', params: { text: 'seed' } } }, (w) => {
    sourceId = createSourceFromText(w, { name: 'Intervista registrata', text: 'INT: Come va il lavoro agile?\n\nR: Bene, due giorni a settimana.' }).id
  })
  attachMedia(makeCtx(p, 'e2e'), sourceId, audio)
  p.close()
  ;({ harness, page, stop } = await startApp())
}, 180_000)

afterAll(async () => {
  await stop()
  tmp.cleanup()
})

describe('a recording played in the window', () => {
  it('loads through the service by byte ranges, seeks, and survives a restart of the service', async () => {
    await openProjectIn(page, harness, project, 'interviews')
    await page.getByTestId('tab-code').click()
    await page.locator(`[data-testid="source-item"][data-source="${sourceId}"]`).click()
    await page.getByTestId('media-player').waitFor()
    await expect.poll(async () => (await player()).ready, { timeout: 30_000 }).toBeGreaterThanOrEqual(1)
    const loaded = await player()
    expect(loaded.error).toBeNull()
    expect(loaded.duration).toBeCloseTo(SECONDS, 0)

    // Seeking asks for a range from the middle of the file.
    await page.getByTestId('media-player').evaluate((node, at) => ((node as unknown as MediaLike).currentTime = at), SECONDS - 2)
    await expect.poll(async () => page.getByTestId('media-player').evaluate((node) => !(node as unknown as MediaLike).seeking && (node as unknown as MediaLike).readyState >= 2), { timeout: 30_000 }).toBe(true)
    expect((await player()).error).toBeNull()

    // The service process dies and comes back with the project reopened: the recording is served again.
    const before = harness.host.pid
    process.kill(before!, 'SIGKILL')
    await expect.poll(() => harness.host.pid !== before && harness.host.projectPath === project, { timeout: 60_000 }).toBe(true)
    await harness.host.whenReady()
    const again = await page.evaluate(async (id) => {
      const r = await fetch(`media/${encodeURIComponent(id)}`, { headers: { range: 'bytes=0-43' } })
      return { status: r.status, range: r.headers.get('content-range'), head: new TextDecoder('latin1').decode(await r.arrayBuffer()).slice(0, 4) }
    }, sourceId)
    expect(again).toEqual({ status: 206, range: `bytes 0-43/${44 + SECONDS * RATE}`, head: 'RIFF' })
    await shot(page, 'media-relay')
  }, 180_000)
})
