import { useState } from 'react'
import type { SurveyExportDto } from '../../../../shared/ipc/survey'
import type { Msg } from '../../../../shared/messages'
import { call } from '../../lib/api'
import { Modal } from '../../components/Modal'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import '../../styles/survey-export.css'

type Format = 'xlsx' | 'csv' | 'sav'
type Identifiers = 'omit' | 'hash' | 'keep'

/**
 * Clean data out: the format and its options are chosen here, the file in the system's save dialog
 * (opened by main). The result says what was written and what the format changed.
 */
export function ExportDialog({ dataset, onClose }: { dataset: string; onClose(): void }) {
  const i18n = useI18n()
  const { t } = i18n
  const job = useJob()
  const [format, setFormat] = useState<Format>('xlsx')
  const [labels, setLabels] = useState(false)
  const [dialect, setDialect] = useState<'standard' | 'excel-it'>('excel-it')
  const [bom, setBom] = useState(false)
  const [identifiers, setIdentifiers] = useState<Identifiers>('omit')
  const [done, setDone] = useState<SurveyExportDto | null>(null)
  const [dictionary, setDictionary] = useState<{ file: string; variables: number } | null>(null)

  const run = async (): Promise<void> => {
    const r = await job.run(t('sv.export.running'), (jobId) => call('survey:exportData', { dataset, format, labels, dialect, bom, identifiers, jobId }))
    if (r) setDone(r)
  }
  const runDictionary = async (): Promise<void> => {
    const r = await job.run(t('sv.export.running'), () => call('survey:exportDictionary', { dataset, identifiers }))
    if (r) setDictionary(r)
  }
  const radio = <T extends string>(name: string, value: T, current: T, set: (v: T) => void, label: string) => (
    <label className="radio" key={value}>
      <input type="radio" name={name} value={value} checked={current === value} data-testid={`sv-export-${name}-${value}`} onChange={() => set(value)} /> {label}
    </label>
  )
  return (
    <Modal title={t('sv.export.title')} onClose={onClose}>
      <div className="sv-export" data-testid="sv-export">
        <p className="hint">{t('sv.export.intro')}</p>
        <fieldset>
          <legend>{t('sv.export.format')}</legend>
          {(['xlsx', 'csv', 'sav'] as const).map((f) => radio('format', f, format, setFormat, t(`sv.export.format.${f}`)))}
        </fieldset>
        {format !== 'sav' && (
          <fieldset>
            <legend>{t('sv.export.values')}</legend>
            {radio('labels', 'codes', labels ? 'labels' : 'codes', (v) => setLabels(v === 'labels'), t('sv.export.values.codes'))}
            {radio('labels', 'labels', labels ? 'labels' : 'codes', (v) => setLabels(v === 'labels'), t('sv.export.values.labels'))}
          </fieldset>
        )}
        {format === 'csv' && (
          <fieldset>
            <legend>{t('sv.export.dialect')}</legend>
            {radio('dialect', 'excel-it', dialect, setDialect, t('sv.export.dialect.excelIt'))}
            {radio('dialect', 'standard', dialect, setDialect, t('sv.export.dialect.standard'))}
            {dialect === 'standard' && (
              <label className="check">
                <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> {t('sv.export.bom')}
              </label>
            )}
          </fieldset>
        )}
        <fieldset>
          <legend>{t('sv.export.identifiers')}</legend>
          {(['omit', 'hash', 'keep'] as const).map((v) => radio('identifiers', v, identifiers, setIdentifiers, t(`sv.export.identifiers.${v}`)))}
        </fieldset>
        {done && (
          <div className="sv-export-done" data-testid="sv-export-done">
            <p className="sv-export-ok">{t('sv.export.done', { rows: i18n.number(done.rows), vars: i18n.number(done.variables), file: done.file })}</p>
            {done.omitted.length > 0 && <p>{t('sv.export.omitted', { names: done.omitted.join(', ') })}</p>}
            {done.pseudonymised.length > 0 && <p>{t('sv.export.pseudonymised', { names: done.pseudonymised.join(', ') })}</p>}
            {done.notes.length > 0 && (
              <details>
                <summary>{t('sv.export.notes')}</summary>
                <ul className="sv-warnings">
                  {done.notes.map((n, i) => (
                    <li key={i}>{i18n.msg(n as Msg)}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
        {dictionary && (
          <p className="sv-export-ok" data-testid="sv-export-dictionary-done">
            {t('sv.export.dictionaryDone', { vars: i18n.number(dictionary.variables), file: dictionary.file })}
          </p>
        )}
        <div className="toolbar">
          <button className="primary" data-testid="sv-export-run" onClick={() => void run()}>
            {t('sv.export.run')}
          </button>
          <button data-testid="sv-export-dictionary" onClick={() => void runDictionary()}>
            {t('sv.export.dictionary')}
          </button>
          <button onClick={onClose}>{t('sv.export.close')}</button>
        </div>
      </div>
    </Modal>
  )
}
