import { join } from 'node:path'
import { BrowserWindow, shell } from 'electron'
import { APP_ORIGIN, isSafeExternalUrl } from './security'

/** The one application window, with the whole Electron security checklist applied. */
export function createMainWindow(devUrl: string | undefined): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Esiti',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false
    }
  })
  win.once('ready-to-show', () => win.show())
  // No navigation away from the app, no new windows; http(s) links open in the system browser.
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(APP_ORIGIN) && !(devUrl && url.startsWith(devUrl))) event.preventDefault()
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  if (devUrl) void win.loadURL(devUrl)
  else void win.loadURL(`${APP_ORIGIN}/index.html`)
  return win
}
