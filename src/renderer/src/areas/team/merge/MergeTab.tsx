import { useState } from 'react'
import type { MergeReportDto } from '../../../../../shared/ipc/team'
import { call } from '../../../lib/api'
import { useErrors } from '../../../components/ErrorSurface'
import { useJob } from '../../../components/JobProgress'
import { useI18n } from '../../../i18n/I18n'
import { MergeReport } from './MergeReport'
import { useOtherPassphrase } from '../../../components/OtherPassphrase'

/** Brings a colleague's copy of the project in: preview first, then merge and report. */
export function MergeTab() {
  const { t } = useI18n()
  const { run } = useJob()
  const { report: reportError } = useErrors()
  const [preview, setPreview] = useState<MergeReportDto | null>(null)
  const [accepted, setAccepted] = useState<Set<string>>(new Set())
  const [result, setResult] = useState<MergeReportDto | null>(null)

  const other = useOtherPassphrase()
  const show = (r: MergeReportDto | null | undefined): void => {
    if (!r) return
    setPreview(r)
    setResult(null)
    // Proposals pair same-named codes and cases: accepting them is the usual choice.
    setAccepted(new Set(r.proposals.map((p) => p.otherId)))
  }
  const choose = async () => {
    try {
      const r = await run(t('team.merge.reading'), async () => {
        try {
          return await call('team:mergePreview', {})
        } catch (e) {
          // A copy encrypted with another passphrase: asked in a dialog, then read again.
          if (other.refused(e, () => call('team:mergePreview', { again: true }), show)) return null
          throw e
        }
      })
      show(r)
    } catch (e) {
      reportError(e)
    }
  }
  const merge = async () => {
    if (!preview) return
    const r = await run(t('team.merge.merging'), (jobId) =>
      call('team:merge', { file: preview.other, accept: [...accepted], jobId })
    )
    if (r) {
      setResult(r)
      setPreview(null)
    }
  }
  const toggle = (id: string) =>
    setAccepted((cur) => {
      const next = new Set(cur)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  return (
    <div className="merge-tab">
      <p className="lead">{t('team.merge.intro')}</p>
      <div className="toolbar">
        <button className={preview ? '' : 'primary'} onClick={() => void choose()} data-testid="merge-choose">
          {t('team.merge.choose')}
        </button>
        {preview && (
          <>
            <span className="muted merge-file" title={preview.other}>
              {t('team.merge.from', { file: preview.other.split(/[\\/]/).pop() ?? preview.other })}
            </span>
            <button className="primary" onClick={() => void merge()} data-testid="merge-run">
              {t('team.merge.run')}
            </button>
            <button onClick={() => setPreview(null)}>{t('common.cancel')}</button>
          </>
        )}
      </div>
      {preview && <MergeReport report={preview} accepted={accepted} onToggle={toggle} />}
      {result && (
        <>
          <p className="status-ok" data-testid="merge-done">
            {t('team.merge.done', { file: result.other.split(/[\\/]/).pop() ?? result.other })}
          </p>
          <MergeReport report={result} accepted={new Set(result.accepted)} />
        </>
      )}
      {!preview && !result && <p className="hint">{t('team.merge.how')}</p>}
      {other.dialog}
    </div>
  )
}
