import fs from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session as electronSession } from 'electron'
import { CHANNELS } from '../shared/ipc'
import { EsitiError, toErrorInfo } from '../shared/errors'
import { electronDialogs } from './electron-dialogs'
import { forkUtilityService } from './electron-service'
import { localeTag } from '../shared/messages/locale'
import { formatMessage } from '../shared/messages'
import { savedLocale } from './saved-locale'
import { CSP, isTrustedSender, resolveAppPath } from './security'
import { ServiceHost } from './service/service-host'
import { createMainWindow } from './window'

/*
 * The Electron main process keeps only what needs it: the window, native dialogs, the app://
 * protocol, the sender check on every channel and the relay to the service process
 * (service/service-main.ts), which owns the project and does all the work.
 */

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
let mainWindow: BrowserWindow | null = null

protocol.registerSchemesAsPrivileged([
  // stream: media elements read recordings from app://esiti/media/… with range requests.
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }
])

if (!app.requestSingleInstanceLock()) app.quit()

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.png': 'image/png'
}

// Chromium words its own controls (a date field's gg/mm/aaaa, the file input) in its UI language, not
// the page's: start it in the language the user chose, so an Italian window on an English system does
// not show mm/dd/yyyy. The switch must be set before the app is ready, before the service process
// that owns the settings can be asked, so the saved language is read from its settings file.
// After a change of language these controls follow at the next start.
app.commandLine.appendSwitch('lang', localeTag(savedLocale(app.getPath('userData'))))

function serveRenderer(services: ServiceHost): void {
  const root = join(__dirname, '../renderer')
  protocol.handle('app', async (request) => {
    const url = new URL(request.url)
    // A transcript's recording, from the open project only, addressed by source id (never a path).
    // The service process owns the project, so it reads the bytes; main only relays them.
    if (url.host === 'esiti' && url.pathname.startsWith('/media/')) {
      const r = await services.media(decodeURIComponent(url.pathname.slice('/media/'.length)), request.headers.get('range'))
      return new Response(r.body, { status: r.status, headers: r.headers })
    }
    const file = url.host === 'esiti' ? resolveAppPath(root, url.pathname, '/') : null
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return new Response('Not found', { status: 404 })
    const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream'
    return new Response(fs.readFileSync(file), {
      headers: { 'content-type': type, 'content-security-policy': CSP }
    })
  })
}

function openWindow(): void {
  const win = createMainWindow(devUrl)
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  mainWindow = win
}

app.whenReady().then(() => {
  electronSession.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false))
  electronSession.defaultSession.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  const services = new ServiceHost({
    fork: () => forkUtilityService(join(__dirname, 'service.js')),
    userDataDir: app.getPath('userData'),
    dialogs: electronDialogs(() => mainWindow),
    emit: (event, payload) => mainWindow?.webContents.send(event, payload),
    log: (line) => console.error(line)
  })
  services.start()
  serveRenderer(services)
  // The only ipcMain user: every channel checks its sender, then relays to the service process,
  // which validates the input and runs the handler.
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, devUrl))
        return { ok: false, error: toErrorInfo(new EsitiError('INVALID_INPUT', 'core.untrustedSender')) }
      return services.call(channel, input)
    })
  }
  openWindow()
  // Quit waits for the service to close the project (and release its lock), for at most 3 s.
  let servicesStopped = false
  app.on('before-quit', (event) => {
    if (servicesStopped) return
    event.preventDefault()
    void services.stop().finally(() => {
      servicesStopped = true
      app.quit()
    })
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
}).catch((e: unknown) => {
  // In the language the user chose last time (the window, which would word it, never opened).
  dialog.showErrorBox('Esiti', formatMessage({ key: 'core.startFailed', params: { detail: (e as Error).message } }, savedLocale(app.getPath('userData'))))
  app.quit()
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
