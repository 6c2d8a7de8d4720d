import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { makeI18n, type I18n } from './make-i18n'
import type { Locale } from './dictionaries'

export { makeI18n, type I18n } from './make-i18n'

const I18nContext = createContext<I18n>(makeI18n('it'))

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => makeI18n(locale), [locale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export const useI18n = (): I18n => useContext(I18nContext)
