import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { BRIDGE_SHIM, BridgeHarness } from './harness'

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../test-output/screenshots')

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean
) as string[]

export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p))
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH')
  return found
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=it-IT'
    ]
  })
}

export async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'it-IT' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  ;(page as Page & { collectedErrors: string[] }).collectedErrors = errors
  const missing: string[] = []
  page.on('console', (m) => {
    const hit = /^\[i18n\] missing key: (.*)$/.exec(m.text())
    if (hit) missing.push(hit[1])
  })
  ;(page as Page & { missingKeys: string[] }).missingKeys = missing
  await page.addInitScript(BRIDGE_SHIM)
  await page.goto(url)
  return page
}

/**
 * Saves a screenshot, and fails if the window has asked for a text key that no dictionary has (it
 * would show the bare key): every browser test that looks at a screen also checks its words.
 */
export async function shot(page: Page, name: string, dir = SCREENSHOT_DIR): Promise<string> {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: false })
  expectNoMissingKeys(page)
  return file
}

/** Keys the page asked for that no dictionary has (see I18nProvider's reportMissing). */
export function expectNoMissingKeys(page: Page): void {
  const missing = (page as Page & { missingKeys?: string[] }).missingKeys ?? []
  if (missing.length) throw new Error(`The window asked for text keys that have no text: ${[...new Set(missing)].join(', ')}`)
}

/** Runs a browser-side function given as source (the test files are typed for Node, without the DOM). */
export async function runInPage<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return (await page.evaluate(`(${fn})(...${JSON.stringify(args)})`)) as T
}

/**
 * Closes the open project, if any, opens `file` through the app's own dialog (answered by the
 * harness) and goes to an area, waiting for its root element (`data-testid` = the area's name).
 */
export async function openProjectIn(page: Page, harness: BridgeHarness, file: string, area: string): Promise<void> {
  if (await page.getByTestId('welcome').isHidden()) {
    await page.getByRole('button', { name: /Chiudi progetto|Close project/ }).click()
    await page.getByTestId('welcome').waitFor()
  }
  harness.platform.queueFiles([file])
  await page.getByTestId('open-project').click()
  await page.getByTestId('project-name').waitFor()
  await page.getByTestId(`nav-${area}`).click()
  await page.getByTestId(area).waitFor()
}

/**
 * Starts the bridge (with its service process), Chromium and the app on its welcome screen; `stop`
 * ends all three.
 */
export async function startApp(
  opts: { serviceEnv?: NodeJS.ProcessEnv } = {}
): Promise<{ harness: BridgeHarness; browser: Browser; page: Page; stop(): Promise<void> }> {
  const harness = new BridgeHarness(undefined, opts.serviceEnv)
  await harness.start()
  const browser = await launch()
  const page = await openApp(browser, harness.url)
  await page.getByTestId('welcome').waitFor()
  return {
    harness,
    browser,
    page,
    async stop() {
      await browser.close()
      await harness.stop()
    }
  }
}
