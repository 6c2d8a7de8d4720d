import { useState, type ReactNode } from 'react'
import { Modal } from '../../components/Modal'
import { useI18n } from '../../i18n/I18n'

/** Asks for one line of text (Electron has no window.prompt). */
export function PromptDialog({
  title,
  label,
  initial = '',
  children,
  onSubmit,
  onClose
}: {
  title: string
  label: string
  initial?: string
  children?: ReactNode
  onSubmit(value: string): void | Promise<void>
  onClose(): void
}) {
  const { t } = useI18n()
  const [value, setValue] = useState(initial)
  const submit = () => {
    if (value.trim()) void onSubmit(value.trim())
  }
  return (
    <Modal
      title={title}
      onClose={onClose}
      actions={
        <>
          <button onClick={onClose}>{t('common.cancel')}</button>
          <button className="primary" disabled={!value.trim()} data-testid="prompt-ok" onClick={submit}>
            {t('common.confirm')}
          </button>
        </>
      }
    >
      <label className="iv-field">
        <span>{label}</span>
        <input
          autoFocus
          value={value}
          data-testid="prompt-input"
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && submit()}
        />
      </label>
      {children}
    </Modal>
  )
}

/** A yes/no question before a destructive step (undo still exists, but say what will happen). */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onClose
}: {
  title: string
  message: ReactNode
  confirmLabel: string
  onConfirm(): void
  onClose(): void
}) {
  const { t } = useI18n()
  return (
    <Modal
      title={title}
      onClose={onClose}
      actions={
        <>
          <button onClick={onClose}>{t('common.cancel')}</button>
          <button className="primary danger-fill" data-testid="confirm-ok" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <div>{message}</div>
    </Modal>
  )
}
