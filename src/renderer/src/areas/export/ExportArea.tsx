import { useState } from 'react'
import { isMsg, type Msg } from '../../../../shared/messages/message'
import type { ExportResultDto } from '../../../../shared/ipc/indicators'
import { useJob } from '../../components/JobProgress'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useI18n } from '../../i18n/I18n'
import { formatCount } from '../indicators/format'
import '../../styles/indicators.css'
import { nOf } from '../../i18n/count'

type Locale = 'it' | 'en'

/** Main adds the export's warnings (e.g. charts not drawn) beside the contract's fields, as messages. */
const warningsOf = (r: ExportResultDto): Msg[] => {
  const w = (r as ExportResultDto & { warnings?: unknown }).warnings
  return Array.isArray(w) ? w.filter(isMsg) : []
}

/** The Excel report export: labels' language, options, the export itself and what it produced. */
export function ExportArea() {
  const i18n = useI18n()
  const { t } = i18n
  const { run } = useJob()
  const [locale, setLocale] = useState<Locale>(i18n.locale)
  const [withData, setWithData] = useState(false)
  const [identifiers, setIdentifiers] = useState<'omit' | 'hash' | 'keep'>('omit')
  const [csv, setCsv] = useState(false)
  const [delimiter, setDelimiter] = useState<',' | ';'>(i18n.locale === 'it' ? ';' : ',')
  const [docx, setDocx] = useState(false)
  const [ci, setCi] = useState(false)
  const [tests, setTests] = useState(false)
  const [minBase, setMinBase] = useState('')
  const [result, setResult] = useState<ExportResultDto | null>(null)
  const [cancelled, setCancelled] = useState(false)
  const indicators = useCall('indicators:compute', { locale })
  const tables = useCall('tables:list', { locale })
  const bad = (indicators.data ?? []).filter((r) => r.status === 'error')
  const badTables = (tables.data ?? []).filter((x) => x.status === 'error')

  const exportReport = async () => {
    setCancelled(false)
    const min = minBase.trim() ? Number(minBase.trim()) : null
    const r = await run(t('exp.running'), (jobId) =>
      call('report:export', { locale, withData, identifiers, csv, delimiter: csv ? delimiter : undefined, docx, ci, tests, minBase: min, jobId })
    )
    if (r === null) setCancelled(true)
    if (r) setResult(r)
  }

  return (
    <div className="area export-area" data-testid="export-area">
      <h1>{t('nav.export')}</h1>
      <p className="lead">{t('exp.intro')}</p>
      <div className="export-layout">
        <section className="card export-options" aria-labelledby="exp-options">
          <h2 id="exp-options">{t('exp.options')}</h2>
          <div className="form-grid">
            <span className="group-label">{t('exp.locale')}</span>
            <div className="segmented" role="radiogroup" aria-label={t('exp.locale')} data-testid="export-locale">
              {(['it', 'en'] as Locale[]).map((l) => (
                <button key={l} type="button" role="radio" aria-checked={locale === l} className={locale === l ? 'active' : ''} onClick={() => setLocale(l)}>
                  {t(`exp.locale.${l}`)}
                </button>
              ))}
            </div>
            <span className="group-label">{t('exp.stats')}</span>
            <div className="field">
              <label className="check">
                <input type="checkbox" checked={ci} onChange={(e) => setCi(e.target.checked)} data-testid="export-ci" />
                {t('exp.ci')}
              </label>
              <label className="check">
                <input type="checkbox" checked={tests} onChange={(e) => setTests(e.target.checked)} data-testid="export-tests" />
                {t('exp.tests')}
              </label>
              <label className="inline">
                {t('exp.minBase')}
                <input
                  type="number"
                  min={1}
                  step={1}
                  className="narrow"
                  value={minBase}
                  placeholder={t('ind.tables.minBaseNone')}
                  onChange={(e) => setMinBase(e.target.value)}
                  data-testid="export-min-base"
                />
              </label>
              <div className="hint">{t('exp.statsHint')}</div>
            </div>
            <span className="group-label">{t('exp.content')}</span>
            <div className="field">
              <label className="check">
                <input type="checkbox" checked={docx} onChange={(e) => setDocx(e.target.checked)} data-testid="export-docx" />
                {t('exp.docx')}
              </label>
              <div className="hint">{t('exp.docxHint')}</div>
              <label className="check">
                <input type="checkbox" checked={withData} onChange={(e) => setWithData(e.target.checked)} data-testid="export-with-data" />
                {t('exp.withData')}
              </label>
              <div className="hint">{t('exp.withDataHint')}</div>
              {withData && (
                <label className="inline">
                  {t('exp.identifiers')}
                  <select value={identifiers} onChange={(e) => setIdentifiers(e.target.value as 'omit' | 'hash' | 'keep')} data-testid="export-identifiers">
                    <option value="omit">{t('exp.identifiers.omit')}</option>
                    <option value="hash">{t('exp.identifiers.hash')}</option>
                    <option value="keep">{t('exp.identifiers.keep')}</option>
                  </select>
                </label>
              )}
              <label className="check">
                <input type="checkbox" checked={csv} onChange={(e) => setCsv(e.target.checked)} data-testid="export-csv" />
                {t('exp.csv')}
              </label>
              {csv && (
                <label className="inline csv-delimiter">
                  {t('exp.delimiter')}
                  <select value={delimiter} onChange={(e) => setDelimiter(e.target.value as ',' | ';')}>
                    <option value=";">{t('exp.delimiter.semicolon')}</option>
                    <option value=",">{t('exp.delimiter.comma')}</option>
                  </select>
                </label>
              )}
            </div>
          </div>
          <div className="form-actions start">
            <button className="primary big" onClick={() => void exportReport()} data-testid="export-run">
              {t('exp.run')}
            </button>
          </div>
          {cancelled && <p className="hint">{t('exp.cancelled')}</p>}
        </section>

        <section className="card export-check" aria-labelledby="exp-check">
          <h2 id="exp-check">{t('exp.check')}</h2>
          {!indicators.data || !tables.data ? (
            <p className="muted">{t('common.loading')}</p>
          ) : (
            <>
              <p>
                {t('exp.contents', { indicators: nOf('indicators', indicators.data.length), tables: nOf('tables', tables.data.length) })}
              </p>
              {bad.length === 0 && badTables.length === 0 ? (
                <p className="status-ok">{t('exp.allGood')}</p>
              ) : (
                <div className="export-warnings" data-testid="export-warnings">
                  <p className="status-warn">{t('exp.warnings', { count: bad.length + badTables.length })}</p>
                  <ul>
                    {bad.map((r) => (
                      <li key={r.id}>
                        <strong>{r.code}</strong> {r.name}: <span className="status-error">{r.message}</span>
                      </li>
                    ))}
                    {badTables.map((x) => (
                      <li key={x.id}>
                        <strong>{t('ind.tables.label', { label: x.label })}</strong> {x.title}: <span className="status-error">{x.message}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
        </section>
      </div>

      {result && (
        <section className="card export-result" data-testid="export-result" aria-labelledby="exp-result">
          <h2 id="exp-result">{t('exp.done')}</h2>
          <dl className="ind-facts">
            <dt>{t('exp.file')}</dt>
            <dd className="path" data-testid="export-file">
              {result.file}
            </dd>
            {result.docx && (
              <>
                <dt>{t('exp.docxFile')}</dt>
                <dd className="path" data-testid="export-docx-file">
                  {result.docx}
                </dd>
              </>
            )}
          </dl>
          <div className="counts">
            <div className="count">
              <span className="count-value" data-testid="export-sheets">{formatCount(i18n, result.sheets)}</span>
              <span className="count-label">{t('exp.sheets')}</span>
            </div>
            <div className="count">
              <span className="count-value" data-testid="export-tables">{formatCount(i18n, result.tables)}</span>
              <span className="count-label">{t('exp.tables')}</span>
            </div>
            <div className="count">
              <span className="count-value">{formatCount(i18n, result.charts)}</span>
              <span className="count-label">{t('exp.charts')}</span>
            </div>
          </div>
          {result.csv.length > 0 && (
            <>
              <h3>{t('exp.csvFiles', { n: result.csv.length })}</h3>
              <ul className="path-list">
                {result.csv.map((f) => (
                  <li key={f} className="path">
                    {f}
                  </li>
                ))}
              </ul>
            </>
          )}
          {bad.length > 0 && <p className="status-warn">{t('exp.doneWithErrors', { count: bad.length })}</p>}
          {warningsOf(result).length > 0 && (
            <div className="export-warnings" data-testid="export-result-warnings">
              <h3>{t('exp.exportWarnings')}</h3>
              <ul>
                {warningsOf(result).map((w, k) => (
                  <li key={k} className="status-warn">
                    {i18n.msg(w)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </div>
  )
}
