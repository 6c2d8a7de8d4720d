import { useState } from 'react'
import type { RefiExportDto, RefiImportDto } from '../../../../../shared/ipc/team'
import { call } from '../../../lib/api'
import { useJob } from '../../../components/JobProgress'
import { useI18n } from '../../../i18n/I18n'
import { RefiImportReport } from './RefiImportReport'

const EXPORT_COUNTS = ['sources', 'codes', 'codings', 'cases', 'variables', 'notes', 'users'] as const

/** REFI-QDA exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder: export and import with a report. */
export function RefiTab() {
  const { t, number } = useI18n()
  const { run } = useJob()
  const [exported, setExported] = useState<RefiExportDto | null>(null)
  const [imported, setImported] = useState<RefiImportDto | null>(null)

  const exportAs = async (format: 'qdpx' | 'qdc') => {
    const r = await run(t('team.refi.exporting'), () => call(format === 'qdpx' ? 'team:qdpxExport' : 'team:qdcExport', {}))
    if (r) setExported(r)
  }
  const importAs = async (format: 'qdpx' | 'qdc') => {
    const r = await run(t('team.refi.importing'), (jobId) =>
      format === 'qdpx' ? call('team:qdpxImport', { jobId }) : call('team:qdcImport', {})
    )
    if (r) setImported(r)
  }

  return (
    <div className="refi-tab">
      <p className="lead">{t('team.refi.intro')}</p>
      <div className="refi-grid">
        <section className="card" data-testid="refi-export">
          <h3>{t('team.refi.exportTitle')}</h3>
          <p className="hint">{t('team.refi.exportHint')}</p>
          <div className="toolbar">
            <button className="primary" onClick={() => void exportAs('qdpx')} data-testid="refi-export-qdpx">
              {t('team.refi.exportQdpx')}
            </button>
            <button onClick={() => void exportAs('qdc')} data-testid="refi-export-qdc">
              {t('team.refi.exportQdc')}
            </button>
          </div>
          {exported && (
            <div className="refi-done" data-testid="refi-export-result">
              <p className="status-ok">{t('team.refi.exported', { file: exported.file.split(/[\\/]/).pop() ?? exported.file })}</p>
              <p className="muted small-path" title={exported.file}>
                {exported.file}
              </p>
              <div className="counts">
                {EXPORT_COUNTS.map((k) => (
                  <div key={k} className="count">
                    <span className="count-value">{number(exported[k])}</span>
                    <span className="count-label">{t(`team.refi.count.${k}`)}</span>
                  </div>
                ))}
              </div>
            </div>
          )}
        </section>
        <section className="card" data-testid="refi-import">
          <h3>{t('team.refi.importTitle')}</h3>
          <p className="hint">{t('team.refi.importHint')}</p>
          <div className="toolbar">
            <button className="primary" onClick={() => void importAs('qdpx')} data-testid="refi-import-qdpx">
              {t('team.refi.importQdpx')}
            </button>
            <button onClick={() => void importAs('qdc')} data-testid="refi-import-qdc">
              {t('team.refi.importQdc')}
            </button>
          </div>
        </section>
      </div>
      {imported && (
        <section className="card">
          <h2>{t('team.refi.importReport')}</h2>
          <RefiImportReport report={imported} />
        </section>
      )}
    </div>
  )
}
