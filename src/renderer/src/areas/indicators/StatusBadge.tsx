import type { Achievement } from '../../../../shared/ipc/indicators'
import { useI18n } from '../../i18n/I18n'
import { statusClass } from './format'

/** Achievement against the target, or the error state; colour plus words, never colour alone. */
export function StatusBadge({ status, achievement, message }: { status: 'ok' | 'error'; achievement: Achievement; message?: string }) {
  const { t } = useI18n()
  const label = status === 'error' ? t('ind.status.error') : t(`ind.achievement.${achievement}`)
  return (
    <span
      className={statusClass(status, achievement)}
      title={status === 'error' ? message : undefined}
      data-testid="indicator-status"
    >
      {label}
    </span>
  )
}
