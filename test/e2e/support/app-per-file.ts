import { afterAll, beforeAll } from 'vitest'
import { startApp } from './browser'

export type StartedApp = Awaited<ReturnType<typeof startApp>>

/**
 * One window for a test file. beforeAll runs `prepare` (the projects and files its tests open), then
 * starts the bridge, Chromium and the app on its welcome screen and hands them to `started`; afterAll
 * stops all three and removes the file's temp folder.
 */
export function appPerFile(tmp: { cleanup(): void }, prepare: () => Promise<void>, started: (app: StartedApp) => unknown): void {
  let app: StartedApp | undefined
  beforeAll(async () => {
    await prepare()
    app = await startApp()
    started(app)
  }, 180_000)
  afterAll(async () => {
    await app?.stop()
    tmp.cleanup()
  })
}
