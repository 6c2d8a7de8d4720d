import { useId, useState, type FormEvent } from 'react'
import type { ProjectSummary } from '../../../shared/ipc/project'
import type { EncryptionResult } from '../../../shared/ipc/encryption'
import { ApiError, call } from '../lib/api'
import { useI18n } from '../i18n/I18n'
import { Modal } from './Modal'

/** Must match MIN_PROJECT_PASSPHRASE in main (checked there too). */
const MIN = 8

/** The error a refused passphrase gives, worded in the interface language, shown inside the dialog. */
function useInlineError(): [string | null, (e: unknown) => void, () => void] {
  const i18n = useI18n()
  const [error, setError] = useState<string | null>(null)
  const show = (e: unknown): void => setError(e instanceof ApiError ? i18n.error(e.info) : String((e as Error)?.message ?? e))
  return [error, show, () => setError(null)]
}

function PassphraseField({ value, onChange, label, testId, autoFocus }: { value: string; onChange(v: string): void; label: string; testId: string; autoFocus?: boolean }) {
  const { t } = useI18n()
  const [shown, setShown] = useState(false)
  const id = useId()
  return (
    <div className="passphrase-field">
      <label htmlFor={id}>{label}</label>
      <span className="passphrase-input">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          data-testid={testId}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        <label className="inline muted">
          <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} /> {t('crypt.show')}
        </label>
      </span>
    </div>
  )
}

/**
 * A passphrase asked for one file: `attempt` sends it where it is needed; a refused one is said
 * here, in the interface language, and can be typed again.
 */
export function PassphrasePrompt<T>({
  file,
  title,
  lead,
  go,
  testId,
  attempt,
  onDone,
  onCancel
}: {
  file: string
  title: string
  lead: string
  go: string
  testId: string
  attempt(passphrase: string): Promise<T>
  onDone(value: T): void
  onCancel(): void
}) {
  const { t } = useI18n()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, showError, clearError] = useInlineError()
  const submit = async (e?: FormEvent): Promise<void> => {
    e?.preventDefault()
    if (!passphrase || busy) return
    setBusy(true)
    clearError()
    try {
      onDone(await attempt(passphrase))
    } catch (err) {
      showError(err)
      setPassphrase('')
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      title={title}
      onClose={onCancel}
      testId={testId}
      actions={
        <>
          <button onClick={onCancel}>{t('crypt.cancel')}</button>
          <button className="primary" data-testid="unlock-open" disabled={!passphrase || busy} onClick={() => void submit()}>
            {busy ? t('crypt.working') : go}
          </button>
        </>
      }
    >
      <form onSubmit={(e) => void submit(e)} data-file={file}>
        <p>{lead}</p>
        <PassphraseField value={passphrase} onChange={setPassphrase} label={t('crypt.passphrase')} testId="unlock-passphrase" autoFocus />
        {error && (
          <p className="form-error" role="alert" data-testid="unlock-error">
            {error}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Modal>
  )
}

/**
 * Asked when main refused to open a project because it is encrypted: the passphrase goes to the
 * service process (project:unlock), which opens the file it picked.
 */
export function UnlockDialog({ file, onOpened, onCancel }: { file: string; onOpened(p: ProjectSummary): void; onCancel(): void }) {
  const { t } = useI18n()
  return (
    <PassphrasePrompt
      file={file}
      title={t('crypt.unlock.title')}
      lead={t('crypt.unlock.lead', { file })}
      go={t('crypt.open')}
      testId="unlock-dialog"
      attempt={(passphrase) => call('project:unlock', { passphrase })}
      onDone={onOpened}
      onCancel={onCancel}
    />
  )
}

/**
 * Encrypts the open project (a new passphrase, typed twice) or removes its encryption (the current
 * passphrase typed again). The project stays open either way.
 */
export function EncryptionDialog({ project, onDone, onClose }: { project: ProjectSummary; onDone(r: EncryptionResult): void; onClose(): void }) {
  const { t } = useI18n()
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, showError, clearError] = useInlineError()
  const decrypting = project.encrypted
  const problem = decrypting
    ? null
    : [...passphrase].length > 0 && [...passphrase].length < MIN
      ? t('crypt.encrypt.tooShort', { min: MIN })
      : again && again !== passphrase
        ? t('crypt.encrypt.mismatch')
        : null
  const ready = decrypting ? passphrase.length > 0 : [...passphrase].length >= MIN && again === passphrase
  const submit = async (e?: FormEvent): Promise<void> => {
    e?.preventDefault()
    if (!ready || busy) return
    setBusy(true)
    clearError()
    try {
      onDone(await call(decrypting ? 'project:decrypt' : 'project:encrypt', { passphrase }))
    } catch (err) {
      showError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      title={t(decrypting ? 'crypt.decrypt.title' : 'crypt.encrypt.title')}
      onClose={onClose}
      testId="encryption-dialog"
      actions={
        <>
          <button onClick={onClose}>{t('crypt.cancel')}</button>
          <button className="primary" data-testid="encryption-go" disabled={!ready || busy} onClick={() => void submit()}>
            {busy ? t('crypt.working') : t(decrypting ? 'crypt.decrypt.go' : 'crypt.encrypt.go')}
          </button>
        </>
      }
    >
      <form onSubmit={(e) => void submit(e)}>
        <p>{t(decrypting ? 'crypt.decrypt.lead' : 'crypt.encrypt.lead')}</p>
        <PassphraseField value={passphrase} onChange={setPassphrase} label={t('crypt.passphrase')} testId="encryption-passphrase" autoFocus />
        {!decrypting && (
          <>
            <PassphraseField value={again} onChange={setAgain} label={t('crypt.passphraseAgain')} testId="encryption-again" />
            <p className="hint">{t('crypt.encrypt.min', { min: MIN })}</p>
          </>
        )}
        {(problem || error) && (
          <p className="form-error" role="alert" data-testid="encryption-error">
            {error ?? problem}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Modal>
  )
}
