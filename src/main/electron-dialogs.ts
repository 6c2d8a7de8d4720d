import { dialog, type BrowserWindow } from 'electron'
import type { ServiceDialogs } from './service/service-host'

/** Native open and save dialogs, shown for the service process (which has no windows). */
export function electronDialogs(getWindow: () => BrowserWindow | null): ServiceDialogs {
  return {
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
    }
  }
}
