import fs from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session as electronSession } from 'electron'
import { CHANNELS } from '../shared/ipc'
import { EsitiError, toErrorInfo } from '../shared/errors'
import { createDispatcher } from './ipc/create-handlers'
import { electronPlatform } from './electron-platform'
import { CSP, isTrustedSender, resolveAppPath } from './security'
import { Session } from './session'
import { mediaResponse } from './services/transcripts/media'
import { createMainWindow } from './window'

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
let mainWindow: BrowserWindow | null = null

protocol.registerSchemesAsPrivileged([
  // stream: media elements read recordings from app://esiti/media/… with range requests.
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }
])

if (!app.requestSingleInstanceLock()) app.quit()

function serveRenderer(session: Session): void {
  const root = join(__dirname, '../renderer')
  protocol.handle('app', async (request) => {
    const url = new URL(request.url)
    // A transcript's recording, from the open project only, addressed by source id (never a path).
    if (url.host === 'esiti' && url.pathname.startsWith('/media/')) {
      const project = session.current()
      if (!project) return new Response('Not found', { status: 404 })
      const r = mediaResponse(project, decodeURIComponent(url.pathname.slice('/media/'.length)), request.headers.get('range'))
      return new Response(new Uint8Array(r.body), { status: r.status, headers: r.headers })
    }
    const file = url.host === 'esiti' ? resolveAppPath(root, url.pathname, '/') : null
    if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 })
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.css')
        ? 'text/css'
        : file.endsWith('.html')
          ? 'text/html'
          : file.endsWith('.svg')
            ? 'image/svg+xml'
            : file.endsWith('.png')
              ? 'image/png'
              : 'application/octet-stream'
    return new Response(fs.readFileSync(file), {
      headers: { 'content-type': type, 'content-security-policy': CSP }
    })
  })
}

app.whenReady().then(() => {
  electronSession.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false))
  electronSession.defaultSession.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  const platform = electronPlatform(() => mainWindow)
  const session = new Session(platform.userDataDir)
  serveRenderer(session)
  const dispatch = createDispatcher(session, platform)
  // The only ipcMain user: every channel checks its sender, then validates and dispatches.
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, devUrl))
        return { ok: false, error: toErrorInfo(new EsitiError('INVALID_INPUT', 'core.untrustedSender')) }
      return dispatch(channel, input)
    })
  }
  const win = createMainWindow(devUrl)
  win.on('closed', () => (mainWindow = null))
  mainWindow = win
  app.on('before-quit', () => session.close())
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(devUrl)
  })
}).catch((e: unknown) => {
  dialog.showErrorBox('Esiti', `Esiti could not start: ${(e as Error).message}`)
  app.quit()
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
