import { useState } from 'react'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useAction } from '../programme/use-action'
import { EraseDialog } from './EraseDialog'
import { KeyDialog } from './KeyDialog'
import { ShareDialog } from './ShareDialog'
import '../../styles/privacy.css'

type Dialog = 'share' | 'erase' | 'key' | null

/**
 * Where personal data lives in the project (counts per table, nothing personal shown) and when the
 * team last reviewed it, as a record of processing asks; and the privacy actions that act on the
 * whole project: a shareable copy, erasure of a person, the pseudonym key.
 */
export function PersonalDataTab() {
  const { t, date, number, exists } = useI18n()
  const overview = useCall('privacy:overview', {})
  const action = useAction()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [destroying, setDestroying] = useState(false)
  const [destroyed, setDestroyed] = useState<number | null>(null)
  const destroy = async (): Promise<void> => {
    const r = await action.run(() => call('privacy:destroyOriginals', {}))
    setDestroying(false)
    if (r) {
      setDestroyed(r.destroyed)
      void overview.reload()
    }
  }
  const review = async (): Promise<void> => {
    const r = await action.run(() => call('privacy:markReviewed', {}))
    if (r) overview.setData(r)
  }
  const o = overview.data
  if (!o) return <p className="muted">{t('common.loading')}</p>
  const kept = o.places.find((p) => p.key === 'originalsKept')?.count ?? 0
  return (
    <div className="privacy-overview" data-testid="privacy-overview">
      <p className="hint">{t('privacy.overview.hint')}</p>
      <div className="toolbar">
        <button onClick={() => setDialog('share')} data-testid="privacy-share-open">
          {t('privacy.share.open')}
        </button>
        <button onClick={() => setDialog('erase')} data-testid="privacy-erase-open">
          {t('privacy.erase.open')}
        </button>
        <button onClick={() => setDialog('key')} data-testid="privacy-key-open">
          {t('privacy.key.open')}
        </button>
      </div>
      <div className="two-panels">
        <table className="grid compact" data-testid="privacy-places">
          <thead>
            <tr>
              <th>{t('privacy.overview.place')}</th>
              <th>{t('privacy.overview.table')}</th>
              <th className="num">{t('privacy.overview.count')}</th>
              <th>{t('privacy.overview.nature')}</th>
            </tr>
          </thead>
          <tbody>
            {o.places.map((p) => (
              <tr key={p.key} className={p.count > 0 && p.nature === 'direct' ? 'privacy-direct' : undefined} data-testid={`privacy-place-${p.key}`}>
                <td title={t(`privacy.place.${p.key}.hint`)}>{t(`privacy.place.${p.key}`)}</td>
                <td>
                  <code>{exists(`privacy.table.${p.table}`) ? t(`privacy.table.${p.table}`) : p.table}</code>
                </td>
                <td className="num">{number(p.count)}</td>
                <td>
                  <span className={`pill nature-${p.nature}`}>{t(`privacy.nature.${p.nature}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="card" data-testid="privacy-review-record">
          <h3>{t('privacy.overview.reviewTitle')}</h3>
          <p>
            {o.reviewedAt
              ? t('privacy.overview.reviewedAt', { date: date(o.reviewedAt, { dateStyle: 'long', timeStyle: 'short' }), who: o.reviewedBy ?? '—' })
              : t('privacy.overview.neverReviewed')}
          </p>
          {o.lastErasureAt && <p className="muted">{t('privacy.overview.lastErasure', { date: date(o.lastErasureAt, { dateStyle: 'long' }) })}</p>}
          <button className="primary" onClick={() => void review()} disabled={action.busy} data-testid="privacy-mark-reviewed">
            {t('privacy.overview.markReviewed')}
          </button>
          <p className="hint">{t('privacy.overview.reviewHint')}</p>
          {kept > 0 && (
            <div className="privacy-originals" data-testid="privacy-originals">
              <h3>{t('privacy.originals.title')}</h3>
              <p className="hint">{t('privacy.originals.hint', { count: kept })}</p>
              {!destroying ? (
                <button className="danger" onClick={() => setDestroying(true)} data-testid="privacy-originals-destroy">
                  {t('privacy.originals.destroy', { count: kept })}
                </button>
              ) : (
                <p>
                  {t('privacy.originals.sure')}{' '}
                  <button className="danger" onClick={() => void destroy()} data-testid="privacy-originals-confirm">
                    {t('privacy.originals.confirm')}
                  </button>{' '}
                  <button onClick={() => setDestroying(false)}>{t('common.cancel')}</button>
                </p>
              )}
            </div>
          )}
          {destroyed !== null && (
            <div className="notice" role="status">
              {t('privacy.originals.done', { count: destroyed })}
            </div>
          )}
          {action.error && (
            <div className="form-error" role="alert">
              {action.error}
            </div>
          )}
        </div>
      </div>
      {dialog === 'share' && <ShareDialog onClose={() => setDialog(null)} />}
      {dialog === 'erase' && <EraseDialog onClose={() => setDialog(null)} />}
      {dialog === 'key' && <KeyDialog onClose={() => setDialog(null)} />}
    </div>
  )
}
