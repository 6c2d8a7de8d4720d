import { useEffect, useState } from 'react'
import type { ErasureCertificateDto, ErasurePreviewDto, PersonHitDto } from '../../../../shared/ipc/privacy'
import { Modal } from '../../components/Modal'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useAction } from '../programme/use-action'

/**
 * Right to erasure: find the person, preview where they appear, erase (cannot be undone: the name is
 * typed again to confirm), and show the certificate the service writes (counts, the file's
 * SHA-256, the byte scan, backups beside the project that still hold the name).
 */
export function EraseDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n()
  const { run } = useJob()
  const action = useAction()
  const [text, setText] = useState('')
  const [people, setPeople] = useState<PersonHitDto[]>([])
  const [person, setPerson] = useState<string | null>(null)
  const [preview, setPreview] = useState<ErasurePreviewDto | null>(null)
  const [confirm, setConfirm] = useState('')
  const [cert, setCert] = useState<ErasureCertificateDto | null>(null)
  useEffect(() => {
    let live = true
    void call('privacy:people', { text, limit: 20 }).then((p) => live && setPeople(p), () => undefined)
    return () => {
      live = false
    }
  }, [text])
  const look = async (name: string): Promise<void> => {
    setPerson(name)
    setConfirm('')
    setPreview((await action.run(() => call('privacy:erasePreview', { person: name }))) ?? null)
  }
  const erase = async (): Promise<void> => {
    if (!person) return
    const c = await run(t('privacy.erase.running'), (jobId) => call('privacy:erase', { person, confirm, jobId }))
    if (c) setCert(c)
  }
  const actions = cert ? (
    <button className="primary" onClick={onClose}>
      {t('common.close')}
    </button>
  ) : (
    <>
      <button onClick={onClose}>{t('common.cancel')}</button>
      <button className="danger" disabled={!preview?.found || confirm !== person} onClick={() => void erase()} data-testid="privacy-erase-run">
        {t('privacy.erase.run')}
      </button>
    </>
  )
  return (
    <Modal title={t('privacy.erase.title')} onClose={onClose} wide testId="privacy-erase-dialog" actions={actions}>
      {cert ? (
        <Certificate c={cert} />
      ) : (
        <div className="privacy-erase">
          <p>{t('privacy.erase.what')}</p>
          <div className="two-panels">
            <div>
              <input
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={t('privacy.erase.search')}
                aria-label={t('privacy.erase.search')}
                data-testid="privacy-erase-search"
              />
              <ul className="privacy-people" data-testid="privacy-people">
                {people.map((p) => (
                  <li key={`${p.kind}:${p.name}`}>
                    <button className={person === p.name ? 'link active' : 'link'} onClick={() => void look(p.name)} data-testid="privacy-person">
                      {p.name}
                    </button>{' '}
                    <span className="muted">{t(`privacy.erase.kind.${p.kind}`)}</span>
                  </li>
                ))}
                {people.length === 0 && <li className="muted">{t('privacy.erase.nobody')}</li>}
              </ul>
              {text.trim() && !people.some((p) => p.name === text.trim()) && (
                <button className="link" onClick={() => void look(text.trim())}>
                  {t('privacy.erase.lookText', { name: text.trim() })}
                </button>
              )}
            </div>
            <div data-testid="privacy-erase-preview">
              {preview && (
                <>
                  <h3>{t('privacy.erase.where', { person: preview.person })}</h3>
                  {!preview.found ? (
                    <p className="muted">{t('privacy.erase.notFound')}</p>
                  ) : (
                    <>
                      <table className="grid compact">
                        <tbody>
                          {(['cases', 'sources', 'mentions', 'participants', 'questionnaireRows'] as const).map((k) => (
                            <tr key={k}>
                              <td>{t(`privacy.erase.found.${k}`)}</td>
                              <td className="num">{preview[k]}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                      <p className="form-error">{t('privacy.erase.warning')}</p>
                      <label>
                        {t('privacy.erase.confirm', { person: preview.person })}
                        <input value={confirm} onChange={(e) => setConfirm(e.target.value)} data-testid="privacy-erase-confirm" />
                      </label>
                    </>
                  )}
                </>
              )}
            </div>
          </div>
          {action.error && (
            <div className="form-error" role="alert">
              {action.error}
            </div>
          )}
        </div>
      )}
    </Modal>
  )
}

function Certificate({ c }: { c: ErasureCertificateDto }) {
  const { t, date } = useI18n()
  return (
    <div className="privacy-certificate" data-testid="privacy-certificate">
      <h3>{t('privacy.cert.title')}</h3>
      <p>{t('privacy.cert.lead', { person: c.person, project: c.project, date: date(c.at, { dateStyle: 'long', timeStyle: 'short' }), actor: c.actor })}</p>
      <table className="grid compact">
        <tbody>
          {Object.entries(c.removed)
            .filter(([, n]) => n > 0)
            .map(([k, n]) => (
              <tr key={k}>
                <td>{t(`privacy.cert.removed.${k}`)}</td>
                <td className="num">{n}</td>
              </tr>
            ))}
          {c.activities > 0 && (
            <tr>
              <td>{t('privacy.cert.activities')}</td>
              <td className="num">{c.activities}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className={c.scan.found.length ? 'form-error' : 'status-ok'}>
        {c.scan.found.length ? t('privacy.cert.scanFound', { count: c.scan.found.length }) : t('privacy.cert.scanClean', { count: c.scan.looked })}
      </p>
      <p>
        {t('privacy.cert.sha')} <code>{c.sha256}</code>
      </p>
      {c.copiesOutside.length > 0 && <p className="form-error">{t('privacy.cert.copiesOutside', { files: c.copiesOutside.join(', ') })}</p>}
    </div>
  )
}
