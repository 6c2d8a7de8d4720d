import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { makeI18n, type I18n } from './make-i18n'
import type { Locale } from './dictionaries'

export { makeI18n, type I18n } from './make-i18n'

const I18nContext = createContext<I18n>(makeI18n('it'))

/**
 * A key with no text is shown as the key itself; it is also logged and kept in
 * `window.__esitiMissingKeys`, where the browser tests read it and fail.
 */
function reportMissing(key: string): void {
  const w = window as unknown as { __esitiMissingKeys?: string[] }
  ;(w.__esitiMissingKeys ??= []).push(key)
  console.error(`[i18n] missing key: ${key}`)
}

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => makeI18n(locale, reportMissing), [locale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export const useI18n = (): I18n => useContext(I18nContext)
