import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { ApiError } from '../lib/api'
import { useI18n } from '../i18n/I18n'

interface Shown {
  id: number
  code: string
  message: string
}

interface ErrorApi {
  report(err: unknown): void
  /** Drops the messages shown: they belonged to a project that is no longer open. */
  clear(): void
}

const ErrorContext = createContext<ErrorApi>({ report: () => undefined, clear: () => undefined })

/** One place where every failure is shown as a clear message, never a blank screen. */
export function ErrorSurface({ children }: { children: ReactNode }) {
  const i18n = useI18n()
  const { t } = i18n
  const [errors, setErrors] = useState<Shown[]>([])
  const report = useCallback((err: unknown) => {
    const info =
      err instanceof ApiError
        ? err.info
        : { code: 'INTERNAL', key: 'core.internal', params: { detail: (err as Error)?.message ?? String(err) }, message: String(err) }
    if (info.code === 'CANCELLED') return
    // The views of a project that was just closed (or not reopened after a restart) refresh on the
    // last project:changed before they unmount; "no project is open" is then what the window shows.
    if (info.key === 'core.noProjectOpen') return
    // Worded now, in the interface language, from the message key and its parameters.
    setErrors((prev) => [...prev.slice(-3), { id: Date.now() + Math.random(), code: info.code, message: i18n.error(info) }])
  }, [i18n])
  const clear = useCallback(() => setErrors([]), [])
  const api = useMemo(() => ({ report, clear }), [report, clear])
  // The headline is in the interface language; the detail from main names the file or the value.
  const headline = (code: string): string => (i18n.exists(`error.code.${code}`) ? t(`error.code.${code}`) : t('error.title'))
  return (
    <ErrorContext.Provider value={api}>
      {errors.length > 0 && (
        <div className="error-surface" role="alert" data-testid="error-surface">
          {errors.map((e) => (
            <div key={e.id} className="error-item">
              <strong>{headline(e.code)}</strong> <span className="error-message">{e.message}</span>
              <button className="link" onClick={() => setErrors((p) => p.filter((x) => x.id !== e.id))}>
                {t('error.dismiss')}
              </button>
            </div>
          ))}
        </div>
      )}
      {children}
    </ErrorContext.Provider>
  )
}

export const useErrors = (): ErrorApi => useContext(ErrorContext)
