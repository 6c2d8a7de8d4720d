import { useState, type ReactNode } from 'react'
import { ApiError, call } from '../lib/api'
import { useI18n } from '../i18n/I18n'
import { PassphrasePrompt } from './PassphraseDialogs'

interface Pending {
  file: string
  /** The refused call, repeated with `again` (the files already picked) once the passphrase is sent. */
  retry(): Promise<unknown>
  onDone(value: unknown): void
}

/** Whether an error says an encrypted file needs its passphrase (none was known, or the one tried was wrong). */
export function needsPassphrase(e: unknown): e is ApiError {
  return e instanceof ApiError && (e.info.code === 'PASSPHRASE_REQUIRED' || e.info.code === 'WRONG_PASSPHRASE')
}

/**
 * For a call that opens another encrypted file (a template, a colleague's copy to merge): when the
 * service could not open it, the passphrase is asked in a dialog, sent with project:otherPassphrase,
 * and the call repeated without picking the files again. A wrong passphrase is said in the dialog.
 * `refused(e, retry, onDone)` takes the error of the first call: true when it asked, false when the
 * error is another one (the caller reports it).
 */
export function useOtherPassphrase(): {
  refused<T>(e: unknown, retry: () => Promise<T>, onDone: (value: T) => void): boolean
  dialog: ReactNode
} {
  const { t } = useI18n()
  const [pending, setPending] = useState<Pending | null>(null)
  const refused = <T,>(e: unknown, retry: () => Promise<T>, onDone: (value: T) => void): boolean => {
    if (!needsPassphrase(e)) return false
    setPending({ file: String(e.info.params?.file ?? ''), retry, onDone: onDone as (v: unknown) => void })
    return true
  }
  const dialog = pending && (
    <PassphrasePrompt
      file={pending.file}
      title={t('crypt.other.title')}
      lead={t('crypt.other.lead', { file: pending.file })}
      go={t('crypt.other.go')}
      testId="other-passphrase-dialog"
      attempt={async (passphrase) => {
        await call('project:otherPassphrase', { passphrase })
        return pending.retry()
      }}
      onDone={(value) => {
        setPending(null)
        pending.onDone(value)
      }}
      onCancel={() => setPending(null)}
    />
  )
  return { refused, dialog }
}
