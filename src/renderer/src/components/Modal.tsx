import { useEffect, type ReactNode } from 'react'
import { useI18n } from '../i18n/I18n'

/**
 * A dialog over the page; Escape closes it. The body scrolls when it is taller than the window, and
 * `actions` (the dialog's buttons) sit in a footer outside the scrolling part, so the main button is
 * always in view however long the content and however small the window.
 */
export function Modal({
  title,
  onClose,
  children,
  actions,
  wide,
  testId
}: {
  title: string
  onClose(): void
  children: ReactNode
  actions?: ReactNode
  wide?: boolean
  testId?: string
}) {
  const { t } = useI18n()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={wide ? 'modal wide' : 'modal'} role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <div className="modal-head">
          <h2>{title}</h2>
          <button className="link" aria-label={t('common.close')} title={t('common.close')} onClick={onClose}>
            ×
          </button>
        </div>
        <div className="modal-body">{children}</div>
        {actions && <div className="modal-actions">{actions}</div>}
      </div>
    </div>
  )
}
