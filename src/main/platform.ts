import type { EventName, Events } from '../shared/ipc'

export interface FileFilter {
  name: string
  extensions: string[]
}

/**
 * Everything the services need from the desktop shell, behind an interface: Electron implements it
 * in electron-platform.ts, the browser-test bridge with queued answers. Services never see Electron.
 */
export interface Platform {
  /** Files the user picked in an open dialog; empty when cancelled. */
  pickFiles(opts: { title: string; filters: FileFilter[]; multiple?: boolean }): Promise<string[]>
  /** A path the user chose in a save dialog; null when cancelled. */
  pickSavePath(opts: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** Folder for app settings (recent projects, locale, coder). */
  userDataDir: string
  emit<E extends EventName>(event: E, payload: Events[E]): void
}
