import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../src/shared/ipc'
import type { Result } from '../../../src/shared/errors'
import { createElectronRecorder, installElectron, RecordedWindow } from '../../support/electron-recorder'
import { tempDir } from '../../support/temp-project'

/*
 * The bundled main process (out/main/index.js) loaded under plain Node with a recording stand-in
 * for `electron` (CI has no Electron binary): what it registers is what the app would register.
 * utilityProcess.fork runs the built service bundle in a real child process.
 */

const OUT = path.resolve(__dirname, '../../../out')
const MAIN = path.join(OUT, 'main/index.js')
const tmp = tempDir('esiti-main-bundle-')
const userData = path.join(tmp.dir, 'userData')
const { electron, rec } = createElectronRecorder(userData)
let uninstall = (): void => undefined

const trusted = { senderFrame: { url: 'app://esiti/index.html' } }
const invoke = (channel: string, input: unknown = {}, event: unknown = trusted): Promise<Result<any>> => {
  const handler = rec.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler(event, input) as Promise<Result<any>>
}
const window = (): RecordedWindow => RecordedWindow.all[0]
const sent = (event: string): unknown[] => window().sent.filter((s) => s.event === event).map((s) => s.payload)

async function until<T>(what: string, probe: () => T | undefined | null | false, ms = 30_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = probe()
    if (v) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** The packages a bundle requires, following its own chunks (static and lazy requires alike). */
function requiredPackages(entry: string): string[] {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string): void => {
    for (const [, name] of fs.readFileSync(file, 'utf8').matchAll(/(?:require|import)\("([^"]+)"\)/g)) {
      if (!name.startsWith('.')) packages.add(name)
      else {
        const next = path.resolve(path.dirname(file), name)
        if (!seen.has(next)) {
          seen.add(next)
          visit(next)
        }
      }
    }
  }
  visit(entry)
  return [...packages]
}

const lockPid = (file: string): number => JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')).pid

beforeAll(() => {
  for (const f of ['main/index.js', 'main/service.js', 'preload/index.js', 'renderer/index.html'])
    if (!fs.existsSync(path.join(OUT, f))) throw new Error(`out/${f} not found: run "npx electron-vite build" first`)
  fs.mkdirSync(userData)
  uninstall = installElectron(electron)
  createRequire(__filename)(MAIN)
})

afterAll(async () => {
  for (const f of rec.forks) f.kill()
  uninstall()
  tmp.cleanup()
})

describe('the bundled main process under a recording electron', () => {
  it('registers the app scheme and, before the app is ready, nothing else', () => {
    expect(rec.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }])
    expect(rec.handlers.size).toBe(0)
    expect(rec.forks).toHaveLength(0)
  })

  it('queues a request made before the service is ready, and answers it once it is', async () => {
    rec.start()
    await until('ipc handlers', () => rec.handlers.size > 0)
    expect(rec.forks).toHaveLength(1)
    // The service process is starting now: this call waits for it instead of failing.
    const settings = await invoke('app:settings')
    expect(settings).toEqual({ ok: true, value: { locale: 'it', coder: 'Valutatore', recent: [] } })
    // Chromium's own controls start in the saved language (none saved yet: Italian), read before ready.
    expect(rec.app.switches.lang).toBe('it-IT')
  })

  it('starts the service bundle in a utility process, never loading the services in main', () => {
    const fork = rec.forks[0]
    expect(fork.entry).toBe(path.join(OUT, 'main/service.js'))
    expect(fork.pid).toBeGreaterThan(0)
    expect(fork.pid).not.toBe(process.pid)
    // Everything out/main/index.js requires, through its chunks: no database, no workbook, no services.
    const packages = requiredPackages(MAIN)
    expect(packages).toContain('electron')
    for (const heavy of ['better-sqlite3', 'exceljs', 'kysely', 'pdfjs-dist', '@napi-rs/canvas']) expect(packages).not.toContain(heavy)
    // And the service bundle, whatever it loads lazily, never touches electron.
    const service = requiredPackages(path.join(OUT, 'main/service.js'))
    expect(service).toEqual(expect.arrayContaining(['better-sqlite3', 'exceljs', 'pdfjs-dist/legacy/build/pdf.mjs']))
    expect(service).not.toContain('electron')
  })

  it('registers every channel of the contract, and each answers with a result', async () => {
    expect([...rec.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    expect(rec.handlers.size).toBeGreaterThanOrEqual(119)
    for (const channel of CHANNELS) {
      const r = await invoke(channel, {})
      expect(typeof r.ok, channel).toBe('boolean')
      if (!r.ok) {
        expect(r.error.code, `${channel}: ${r.error.message}`).not.toBe('INTERNAL')
        expect(r.error.message.length, channel).toBeGreaterThan(0)
      }
    }
  })

  it('refuses every sender that is not the app itself, before the service sees the request', async () => {
    for (const event of [
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'file:///tmp/x.html' } },
      { senderFrame: { url: 'app://other/index.html' } },
      { senderFrame: null },
      {}
    ]) {
      const r = await invoke('app:settings', {}, event)
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', key: 'core.untrustedSender' } })
    }
  })

  it('opens one window with the whole security checklist in its web preferences', () => {
    expect(RecordedWindow.all).toHaveLength(1)
    const prefs = window().options.webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false
    })
    expect(prefs.preload).toBe(path.join(OUT, 'preload/index.js'))
    expect(window().loaded).toEqual(['app://esiti/index.html'])
  })

  it('denies navigation away from the app, new windows and webviews; only http(s) links leave, to the browser', () => {
    const navigate = (url: string): boolean => {
      let prevented = false
      window().webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate('app://esiti/index.html#indicators')).toBe(false)
    let webview = false
    window().webContents.emit('will-attach-webview', { preventDefault: () => (webview = true) })
    expect(webview).toBe(true)
    const open = window().webContents.windowOpenHandler!
    expect(open({ url: 'https://www.comune.milano.it/' })).toEqual({ action: 'deny' })
    expect(open({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' })
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(rec.external).toEqual(['https://www.comune.milano.it/'])
  })

  it('refuses every permission and sets the CSP on every response', () => {
    const answers: boolean[] = []
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) rec.permissionHandler!(null, p, (ok) => answers.push(ok))
    expect(answers).toEqual([false, false, false, false])
    let headers: Record<string, string[]> = {}
    rec.headersHandler!({ responseHeaders: { 'x-a': ['1'] } }, (r) => (headers = (r as { responseHeaders: typeof headers }).responseHeaders))
    expect(headers['x-a']).toEqual(['1'])
    expect(headers['Content-Security-Policy'][0]).toContain("script-src 'self'")
  })

  it('serves the renderer on app://esiti only, with the CSP, and nothing outside its folder', async () => {
    const serve = rec.protocolHandlers.get('app')!
    const get = (url: string) => serve({ url } as Request)
    const index = await get('app://esiti/index.html')
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toBe('text/html')
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await index.text()).toContain('<div id="root">')
    expect((await get('app://esiti/')).status).toBe(200)
    for (const bad of [
      'app://esiti/../main/index.js',
      'app://esiti/%2e%2e/main/index.js',
      'app://esiti/..%2f..%2fpackage.json',
      'app://esiti/..%5c..%5cpackage.json',
      'app://esiti/index.html%00.js',
      'app://esiti/assets',
      'app://esiti/nope.js',
      'app://other/index.html'
    ])
      expect((await get(bad)).status, bad).toBe(404)
  })

  it('restarts the service after it is killed, fails the call in flight clearly and reopens the project', async () => {
    const file = path.join(tmp.dir, 'riaperto.esiti')
    rec.saveAnswers.push(file)
    const created = await invoke('project:create', {})
    expect(created.ok).toBe(true)
    const first = rec.forks[0]
    expect(lockPid(file)).toBe(first.pid)
    expect((await invoke('coding:createCode', { name: 'Benefici' })).ok).toBe(true)

    // A call in flight when the process dies (here: waiting on its open dialog) gets an error it can
    // show, not a hang.
    let closeDialog: (files: string[]) => void = () => undefined
    rec.openAnswers.push(new Promise<string[]>((resolve) => (closeDialog = resolve)))
    const inFlight = invoke('project:open', {})
    await until('the open dialog', () => rec.openAnswers.length === 0)
    first.kill()
    const failed = await inFlight
    expect(failed.ok).toBe(false)
    expect(!failed.ok && failed.error.code).toBe('SERVICE_RESTARTED')
    closeDialog([])

    await until('a second service process', () => rec.forks.length === 2)
    const restarted = await until('the service ready again', () =>
      sent('service:status').find((s) => (s as { state: string }).state === 'ready')
    )
    expect(sent('service:status')[0]).toMatchObject({ state: 'restarting', reason: 'crashed', project: file })
    expect(restarted).toEqual({ state: 'ready', reason: 'crashed', project: file, error: null })
    expect(sent('project:changed')).toContainEqual({ reason: 'service-restarted' })

    const current = await invoke('project:current', {})
    expect(current.ok && current.value.path).toBe(file)
    expect(lockPid(file)).toBe(rec.forks[1].pid)
    const tree = await invoke('coding:codes', {})
    expect(tree.ok && JSON.stringify(tree.value)).toContain('Benefici')
  })

  it('serves a recording from the open project through the service process, with byte ranges', async () => {
    // A transcript and a WAV recording attached to it, through the window's channels.
    const text = path.join(tmp.dir, 'intervista.txt')
    fs.writeFileSync(text, 'D: Come va?\nR: Bene.\n')
    rec.openAnswers.push([text])
    const imported = await invoke('coding:importTranscripts', {})
    expect(imported.ok).toBe(true)
    const sources = await invoke('coding:sources', {})
    const sourceId = sources.ok && (sources.value as { id: string }[])[0].id
    expect(sourceId).toBeTruthy()
    const wav = Buffer.alloc(44 + 8000)
    wav.write('RIFF', 0, 'latin1')
    wav.writeUInt32LE(wav.length - 8, 4)
    wav.write('WAVEfmt ', 8, 'latin1')
    for (let i = 44; i < wav.length; i++) wav[i] = i % 251
    const audio = path.join(tmp.dir, 'intervista.wav')
    fs.writeFileSync(audio, wav)
    rec.openAnswers.push([audio])
    const attached = await invoke('coding:attachMedia', { sourceId })
    expect(attached.ok, JSON.stringify(attached)).toBe(true)

    const serve = rec.protocolHandlers.get('app')!
    const get = (url: string, range?: string) => serve({ url, headers: new Headers(range ? { range } : {}) } as unknown as Request)
    const whole = await get(`app://esiti/media/${sourceId}`)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('audio/wav')
    expect(Buffer.from(await whole.arrayBuffer()).equals(wav)).toBe(true)
    const part = await get(`app://esiti/media/${sourceId}`, 'bytes=100-199')
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${wav.length}`)
    expect(Buffer.from(await part.arrayBuffer()).equals(wav.subarray(100, 200))).toBe(true)
    expect((await get(`app://esiti/media/${sourceId}`, 'bytes=999999-')).status).toBe(416)
    expect((await get('app://esiti/media/00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect((await get('app://esiti/media/..%2f..%2fpackage.json')).status).toBe(404)
  })

  it('on quit, lets the service close the project (releasing its lock) before the app quits', async () => {
    const file = path.join(tmp.dir, 'riaperto.esiti')
    expect(fs.existsSync(`${file}.lock`)).toBe(true)
    let prevented = false
    rec.app.emit('before-quit', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    await until('app.quit()', () => rec.app.quitCalls > 0)
    expect(fs.existsSync(`${file}.lock`)).toBe(false)
    expect(rec.forks[1].child.process.exitCode).toBe(0)
  })
})
