import { useEffect, useState } from 'react'
import type { ImportPreviewDto } from '../../../../shared/ipc/survey'
import { call } from '../../lib/api'
import { Modal } from '../../components/Modal'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { DecisionList } from './DecisionList'

const rowList = (rows: number[]): string => (rows.length ? rows.join(', ') : '—')

/**
 * Import in two steps: the chosen file is read and shown (sheets, header rows, platform, variables
 * with their types) before anything is written; confirming imports it all or nothing.
 */
export function ImportWizard({ onClose, onImported }: { onClose(): void; onImported(datasetId: string): void }) {
  const i18n = useI18n()
  const { t } = i18n
  const job = useJob()
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null)
  const [name, setName] = useState('')
  const [wave, setWave] = useState('')
  /** Decisions of the import the user undid (ids): the preview is read again without them. */
  const [revert, setRevert] = useState<string[]>([])

  const choose = async (): Promise<void> => {
    const p = await job.run(t('sv.import.reading'), (jobId) => call('survey:pickImport', { jobId }))
    if (p) {
      setPreview(p)
      setName(p.dataset)
      setRevert([])
    } else if (!preview) onClose()
  }
  useEffect(() => {
    void choose()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const changeSheet = async (sheet: string): Promise<void> => {
    if (!preview) return
    const p = await job.run(t('sv.import.reading'), (jobId) => call('survey:previewImport', { file: preview.file, sheet, jobId }))
    if (p) {
      setPreview(p)
      setRevert([])
    }
  }
  const toggleDecision = async (id: string, apply: boolean): Promise<void> => {
    if (!preview) return
    const next = apply ? revert.filter((x) => x !== id) : [...revert, id]
    const p = await job.run(t('sv.import.reading'), (jobId) =>
      call('survey:previewImport', { file: preview.file, sheet: preview.sheet, revert: next, jobId })
    )
    if (p) {
      setPreview(p)
      setRevert(next)
    }
  }
  const commit = async (): Promise<void> => {
    if (!preview) return
    const input = {
      file: preview.file,
      sheet: preview.sheet,
      dataset: name.trim() || undefined,
      wave: wave.trim() || undefined,
      revert: revert.length ? revert : undefined
    }
    // The import runs in the service process: the wizard closes, and the job panel shows its progress
    // and its cancel button while the window stays usable.
    onClose()
    const r = await job.run(t('sv.import.importing'), (jobId) => call('survey:import', { ...input, jobId }))
    if (r?.id) onImported(r.id)
  }

  if (!preview) return null
  const fileName = preview.file.split(/[\\/]/).pop()
  return (
    <Modal
      title={t('sv.import.title')}
      onClose={onClose}
      wide
      testId="sv-import-dialog"
      actions={
        <>
          <button onClick={onClose}>{t('common.cancel')}</button>
          <button onClick={() => void choose()}>{t('sv.import.other')}</button>
          <button className="primary" data-testid="sv-import-confirm" onClick={() => void commit()}>
            {t('sv.import.confirm', { count: preview.rows })}
          </button>
        </>
      }
    >
      <div className="sv-import" data-testid="sv-import-preview">
        <dl className="sv-facts">
          <dt>{t('sv.import.file')}</dt>
          <dd data-testid="sv-import-file">{fileName}</dd>
          <dt>{t('sv.import.sheet')}</dt>
          <dd>
            <select value={preview.sheet} data-testid="sv-import-sheet" onChange={(e) => void changeSheet(e.target.value)}>
              {preview.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                  {s.state !== 'visible' ? ` (${t('sv.import.hidden')})` : ''}
                </option>
              ))}
            </select>
            {preview.sheets.some((s) => s.state !== 'visible') && (
              <span className="status-warn" data-testid="sv-import-hidden">
                {' '}
                {t('sv.import.hiddenSheets', { count: preview.sheets.filter((s) => s.state !== 'visible').length })}
              </span>
            )}
          </dd>
          <dt>{t('sv.import.platform')}</dt>
          <dd data-testid="sv-import-platform">{t(`sv.platform.${preview.platform}`)}</dd>
          <dt>{t('sv.import.headerRows')}</dt>
          <dd data-testid="sv-import-header">{rowList(preview.headerRows)}</dd>
          {preview.titleRows.length > 0 && (
            <>
              <dt>{t('sv.import.titleRows')}</dt>
              <dd>{rowList(preview.titleRows)}</dd>
            </>
          )}
          <dt>{t('sv.import.data')}</dt>
          <dd data-testid="sv-import-rows">{t('sv.import.dataRows', { count: preview.rows, from: preview.dataStart, to: preview.dataEnd })}</dd>
          {(preview.totalRows.length > 0 || preview.noteRows.length > 0 || preview.blankRows > 0) && (
            <>
              <dt>{t('sv.import.skipped')}</dt>
              <dd>{t('sv.import.skippedRows', { totals: rowList(preview.totalRows), notes: rowList(preview.noteRows), blank: preview.blankRows })}</dd>
            </>
          )}
          {preview.encoding && (
            <>
              <dt>{t('sv.import.encoding')}</dt>
              <dd>
                {preview.encoding}
                {preview.delimiter ? ` · ${t('sv.import.delimiter')} «${preview.delimiter === '\t' ? 'TAB' : preview.delimiter}»` : ''}
              </dd>
            </>
          )}
        </dl>
        {preview.warnings.length > 0 && (
          <ul className="sv-warnings" data-testid="sv-import-warnings">
            {preview.warnings.map((w, i) => (
              <li key={i} className="status-warn">
                {i18n.msg(w)}
              </li>
            ))}
          </ul>
        )}
        <DecisionList decisions={preview.decisions} onToggle={(id, apply) => void toggleDecision(id, apply)} />
        <div className="sv-import-vars">
          <table className="sv-table" data-testid="sv-import-variables">
            <thead>
              <tr>
                <th>{t('sv.var.name')}</th>
                <th>{t('sv.var.label')}</th>
                <th>{t('sv.var.type')}</th>
                <th>{t('sv.var.role')}</th>
                <th className="num">{t('sv.var.missing')}</th>
                <th className="num">{t('sv.var.distinct')}</th>
                <th>{t('sv.var.values')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.variables.map((v) => (
                <tr key={v.name} data-testid="sv-import-var" data-name={v.name} data-type={v.type}>
                  <td className="mono">{v.name}</td>
                  <td>{v.group ? `${v.group} › ${v.label ?? ''}` : v.label}</td>
                  <td>
                    <span className={`sv-type sv-type-${v.type}`}>{t(`sv.type.${v.type}`)}</span>
                    {v.identifier && <span className="muted"> · {t(`sv.identifier.${v.identifier}`)}</span>}
                  </td>
                  <td>{t(`sv.role.${v.role}`)}</td>
                  <td className="num">{i18n.number(v.missing)}</td>
                  <td className="num">{i18n.number(v.distinct)}</td>
                  <td className="sv-values">
                    {(v.options ?? (v.valueLabels.length ? v.valueLabels.map((l) => l.label) : v.examples)).slice(0, 6).join(' · ')}
                    {v.missingCodes.length > 0 && <span className="muted"> ({t('sv.var.missingCodes')}: {v.missingCodes.join('; ')})</span>}
                    {v.nonSubstantive && (
                      <span className="muted" data-testid="sv-import-nonsub">
                        {' '}
                        ({t(v.nonSubstantive.include ? 'sv.var.nonSubstantiveIn' : 'sv.var.nonSubstantiveOut')}: {v.nonSubstantive.values.join('; ')})
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="form-grid sv-import-form">
          <label htmlFor="sv-import-name">{t('sv.import.name')}</label>
          <input id="sv-import-name" data-testid="sv-import-name" value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="sv-import-wave">{t('sv.import.wave')}</label>
          <input id="sv-import-wave" value={wave} placeholder={t('sv.import.wavePlaceholder')} onChange={(e) => setWave(e.target.value)} />
        </div>
        <p className="hint">{t('sv.import.rawHint')}</p>
      </div>
    </Modal>
  )
}
