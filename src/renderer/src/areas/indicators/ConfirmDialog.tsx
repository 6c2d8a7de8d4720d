import { Modal } from '../../components/Modal'
import { useI18n } from '../../i18n/I18n'

/** Asks before deleting; the hint reminds that Undo brings it back. */
export function ConfirmDialog({ title, message, onConfirm, onClose }: { title: string; message: string; onConfirm(): void; onClose(): void }) {
  const { t } = useI18n()
  return (
    <Modal
      title={title}
      onClose={onClose}
      testId="confirm-dialog"
      actions={
        <>
          <button onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button className="primary danger-fill" data-testid="confirm-ok" onClick={onConfirm}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p>{message}</p>
      <p className="hint">{t('ind.confirm.undoHint')}</p>
    </Modal>
  )
}
