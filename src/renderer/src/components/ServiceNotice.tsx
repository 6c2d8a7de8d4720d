import { useEffect, useState } from 'react'
import type { ServiceStatus } from '../../../shared/ipc/events'
import { useI18n } from '../i18n/I18n'
import { UnlockDialog } from './PassphraseDialogs'

const fileName = (p: string | null): string => (p ? (p.split(/[\\/]/).pop() ?? p) : '')

/**
 * What the window says when the service process ended: it is restarting, it is back (with the
 * project reopened, or why not), or it gave up. The window itself never dies with it.
 */
export function ServiceNotice() {
  const i18n = useI18n()
  const { t } = i18n
  const [status, setStatus] = useState<ServiceStatus | null>(null)
  const [unlocking, setUnlocking] = useState(false)
  useEffect(() => window.api.on('service:status', setStatus), [])
  if (!status) return null
  // An encrypted project is not reopened without its passphrase: the notice offers to type it.
  const locked = status.state === 'ready' && status.error?.code === 'PASSPHRASE_REQUIRED'
  // A project that did not reopen is named by the error about it.
  const project = fileName(status.project) || String(status.error?.params?.file ?? '')
  let text: string
  if (status.state === 'restarting') text = t(status.reason === 'cancelled' ? 'serviceNotice.stoppingJob' : 'serviceNotice.restarting')
  else if (status.state === 'failed') text = t('serviceNotice.failed')
  else if (status.error) text = t('serviceNotice.reopenFailed', { project: project || '—', error: i18n.error(status.error) })
  else if (project) text = t(status.reason === 'cancelled' ? 'serviceNotice.cancelledReopened' : 'serviceNotice.restartedReopened', { project })
  else text = t('serviceNotice.restarted')
  return (
    <div className={status.state === 'failed' ? 'service-notice failed' : 'service-notice'} role="status" data-testid="service-notice" data-state={status.state}>
      <span>{text}</span>
      {locked && (
        <button className="link" data-testid="service-unlock" onClick={() => setUnlocking(true)}>
          {t('crypt.reopen')}
        </button>
      )}
      {unlocking && (
        <UnlockDialog
          file={project}
          onCancel={() => setUnlocking(false)}
          onOpened={() => {
            // The window follows project:changed (open) like any open.
            setUnlocking(false)
            setStatus(null)
          }}
        />
      )}
      {status.state !== 'restarting' && (
        <button className="link" onClick={() => setStatus(null)}>
          {t('error.dismiss')}
        </button>
      )}
    </div>
  )
}
