import { useState } from 'react'
import type { ShareResultDto } from '../../../../shared/ipc/privacy'
import { Modal } from '../../components/Modal'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'

/**
 * "Export a shareable copy": a project with pseudonymised texts only, no direct identifiers, no
 * original files, no history, no private memos and no key, checked byte by byte before it is put in
 * place; and, on request, the same as REFI-QDA and as the report workbook. Shows what was removed.
 */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const { t, locale } = useI18n()
  const { run } = useJob()
  const [qdpx, setQdpx] = useState(false)
  const [workbook, setWorkbook] = useState(false)
  const [rest, setRest] = useState(false)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<ShareResultDto | null>(null)
  const share = async (): Promise<void> => {
    setBusy(true)
    try {
      const r = await run(t('privacy.share.running'), (jobId) => call('privacy:share', { qdpx, workbook, pseudonymiseRest: rest, locale, jobId }))
      if (r) setResult(r)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      title={t('privacy.share.title')}
      onClose={onClose}
      wide
      testId="privacy-share-dialog"
      actions={
        result ? (
          <button className="primary" onClick={onClose}>
            {t('common.close')}
          </button>
        ) : (
          <>
            <button onClick={onClose}>{t('common.cancel')}</button>
            <button className="primary" onClick={() => void share()} disabled={busy} data-testid="privacy-share-run">
              {t('privacy.share.run')}
            </button>
          </>
        )
      }
    >
      {!result ? (
        <>
          <p>{t('privacy.share.what')}</p>
          <ul className="privacy-list">
            <li>{t('privacy.share.removes.texts')}</li>
            <li>{t('privacy.share.removes.identifiers')}</li>
            <li>{t('privacy.share.removes.files')}</li>
            <li>{t('privacy.share.removes.history')}</li>
            <li>{t('privacy.share.removes.memos')}</li>
            <li>{t('privacy.share.removes.key')}</li>
          </ul>
          <fieldset className="privacy-choices">
            <legend>{t('privacy.share.include')}</legend>
            <label>
              <input type="checkbox" checked={qdpx} onChange={(e) => setQdpx(e.target.checked)} data-testid="privacy-share-qdpx" /> {t('privacy.share.qdpx')}
            </label>
            <label>
              <input type="checkbox" checked={workbook} onChange={(e) => setWorkbook(e.target.checked)} data-testid="privacy-share-workbook" /> {t('privacy.share.workbook')}
            </label>
            <label>
              <input type="checkbox" checked={rest} onChange={(e) => setRest(e.target.checked)} /> {t('privacy.share.rest')}
            </label>
          </fieldset>
          <p className="hint">{t('privacy.share.scanHint')}</p>
        </>
      ) : (
        <ShareReport r={result} />
      )}
    </Modal>
  )
}

function ShareReport({ r }: { r: ShareResultDto }) {
  const { t } = useI18n()
  const x = r.removed
  const rows: [string, number][] = [
    ['originals', x.originals],
    ['originalFiles', x.originalFiles],
    ['recordings', x.recordings],
    ['history', x.history],
    ['privateMemos', x.privateMemos],
    ['identifierVariables', x.identifierVariables.length],
    ['identifierAttributes', x.identifierAttributes.length],
    ['keyEntries', x.keyEntries],
    ['rules', x.rules],
    ['casesRenamed', x.casesRenamed],
    ['organisationsRenamed', x.organisationsRenamed],
    ['participantsRenamed', x.participantsRenamed],
    ['textsRewritten', x.textsRewritten],
    ['answersRewritten', x.answersRewritten],
    ['hiddenDatasets', x.hiddenDatasets]
  ]
  return (
    <div data-testid="privacy-share-report">
      <div className="notice" role="status">
        {t('privacy.share.done', { file: r.file })} {t('privacy.share.checked', { count: r.checked })}
      </div>
      <p className="muted">{t('privacy.share.reportFile', { file: r.report })}</p>
      {r.qdpx && <p className="muted">{t('privacy.share.wroteQdpx', { file: r.qdpx })}</p>}
      {r.workbook && <p className="muted">{t('privacy.share.wroteWorkbook', { file: r.workbook })}</p>}
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t('privacy.share.removedCol')}</th>
            <th className="num">{t('privacy.overview.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, n]) => (
            <tr key={k}>
              <td>{t(`privacy.share.removed.${k}`)}</td>
              <td className="num">{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {x.sourcesLeftOut.length > 0 && <p className="form-error">{t('privacy.share.leftOut', { count: x.sourcesLeftOut.length, names: x.sourcesLeftOut.join('; ') })}</p>}
      {x.sourcesPseudonymisedNow.length > 0 && <p>{t('privacy.share.pseudonymisedNow', { count: x.sourcesPseudonymisedNow.length })}</p>}
      <p className="muted">
        {t('privacy.share.kept', { sources: r.kept.sources, codings: r.kept.codings, cases: r.kept.cases, datasets: r.kept.datasets })}
      </p>
    </div>
  )
}
