import { useCallback, useState } from 'react'
import { ApiError } from '../../lib/api'
import { useI18n } from '../../i18n/I18n'

/**
 * Runs one change against main and keeps its message for the form that asked: validation errors
 * (a duplicate code, an area not defined) belong next to the fields, not in a corner.
 */
export function useAction() {
  const i18n = useI18n()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true)
      setError(null)
      try {
        return await fn()
      } catch (e) {
        setError(e instanceof ApiError ? i18n.error(e.info) : String((e as Error)?.message ?? e))
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [i18n]
  )
  return { run, error, setError, busy }
}
