import fs from 'node:fs'
import path from 'node:path'
import type { Locale } from '../shared/messages/locale'

/** The settings file the service process keeps in the app's user-data folder. */
export const settingsFile = (settingsDir: string): string => path.join(settingsDir, 'settings.json')

/**
 * The interface language saved in the settings, Italian when none is. Electron main reads only this
 * one value, before the app is ready: Chromium's own controls take their language from a
 * command-line switch set at start-up, before the service process (which owns the settings) can run.
 * No database code here, so the main bundle stays free of better-sqlite3.
 */
export function savedLocale(settingsDir: string): Locale {
  try {
    const raw = JSON.parse(fs.readFileSync(settingsFile(settingsDir), 'utf8')) as { locale?: unknown } | null
    return raw?.locale === 'en' ? 'en' : 'it'
  } catch {
    return 'it'
  }
}
