import { useState } from 'react'
import { Modal } from '../../components/Modal'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useAction } from '../programme/use-action'

/** At least this long, as the service checks (key-file.ts MIN_PASSPHRASE). */
const MIN = 8

/**
 * The key between pseudonyms and real identities: how many entries it holds (by kind, no names),
 * export to a separate file protected with a passphrase, removal from the project for good.
 */
export function KeyDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n()
  const status = useCall('privacy:keyStatus', {})
  const action = useAction()
  const [pass, setPass] = useState('')
  const [again, setAgain] = useState('')
  const [exported, setExported] = useState<{ file: string; rows: number } | null>(null)
  const [removing, setRemoving] = useState(false)
  const [removed, setRemoved] = useState<{ removed: number; originalsKept: number } | null>(null)
  const doExport = async (): Promise<void> => {
    const r = await action.run(() => call('privacy:keyExport', { passphrase: pass }))
    if (r) {
      setExported(r)
      setPass('')
      setAgain('')
    }
  }
  const doRemove = async (): Promise<void> => {
    const r = await action.run(() => call('privacy:keyRemove', {}))
    if (r) {
      setRemoved(r)
      setRemoving(false)
      void status.reload()
    }
  }
  const s = status.data
  return (
    <Modal title={t('privacy.key.title')} onClose={onClose} testId="privacy-key-dialog" actions={<button onClick={onClose}>{t('common.close')}</button>}>
      <p>{t('privacy.key.what')}</p>
      {s && (
        <p data-testid="privacy-key-status">
          {s.entries === 0
            ? t('privacy.key.empty')
            : t('privacy.key.entries', { count: s.entries, kinds: s.byKind.map((k) => `${t(`privacy.kind.${k.kind}`)} ${k.count}`).join(', ') })}
        </p>
      )}
      {s && s.entries > 0 && (
        <>
          <form
            className="card"
            onSubmit={(e) => {
              e.preventDefault()
              void doExport()
            }}
          >
            <h3>{t('privacy.key.exportTitle')}</h3>
            <p className="hint">{t('privacy.key.exportHint', { min: MIN })}</p>
            <label>
              {t('privacy.key.passphrase')}
              <input type="password" autoComplete="new-password" value={pass} onChange={(e) => setPass(e.target.value)} data-testid="privacy-key-pass" />
            </label>
            <label>
              {t('privacy.key.again')}
              <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} data-testid="privacy-key-again" />
            </label>
            {again && pass !== again && <p className="form-error">{t('privacy.key.mismatch')}</p>}
            <button type="submit" className="primary" disabled={pass.length < MIN || pass !== again || action.busy} data-testid="privacy-key-export">
              {t('privacy.key.export')}
            </button>
          </form>
          <div className="card">
            <h3>{t('privacy.key.removeTitle')}</h3>
            <p className="hint">{t('privacy.key.removeHint')}</p>
            {!removing ? (
              <button className="danger" onClick={() => setRemoving(true)} data-testid="privacy-key-remove">
                {t('privacy.key.remove')}
              </button>
            ) : (
              <p>
                {t(exported ? 'privacy.key.removeSure' : 'privacy.key.removeSureNoExport')}{' '}
                <button className="danger" onClick={() => void doRemove()} data-testid="privacy-key-remove-confirm">
                  {t('privacy.key.removeConfirm')}
                </button>{' '}
                <button onClick={() => setRemoving(false)}>{t('common.cancel')}</button>
              </p>
            )}
          </div>
        </>
      )}
      {exported && (
        <div className="notice" role="status" data-testid="privacy-key-exported">
          {t('privacy.key.exported', { count: exported.rows, file: exported.file })}
        </div>
      )}
      {removed && (
        <div className="notice" role="status">
          {t('privacy.key.removed', { count: removed.removed })} {removed.originalsKept > 0 && t('privacy.key.originalsKept', { count: removed.originalsKept })}
        </div>
      )}
      {action.error && (
        <div className="form-error" role="alert">
          {action.error}
        </div>
      )}
    </Modal>
  )
}
