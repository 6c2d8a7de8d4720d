import { app, dialog, type BrowserWindow } from 'electron'
import type { Platform } from './platform'

/** The Electron implementation of Platform: native dialogs and events to the one window. */
export function electronPlatform(getWindow: () => BrowserWindow | null): Platform {
  return {
    userDataDir: app.getPath('userData'),
    async pickFiles({ title, filters, multiple }) {
      const win = getWindow()
      const opts = { title, filters, properties: multiple ? ['openFile' as const, 'multiSelections' as const] : ['openFile' as const] }
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
      return r.canceled ? [] : r.filePaths
    },
    async pickSavePath({ title, defaultName, filters }) {
      const win = getWindow()
      const opts = { title, defaultPath: defaultName, filters }
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
      return r.canceled || !r.filePath ? null : r.filePath
    },
    emit(event, payload) {
      getWindow()?.webContents.send(event, payload)
    }
  }
}
