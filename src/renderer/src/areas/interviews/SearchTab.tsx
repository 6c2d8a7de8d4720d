import { useState } from 'react'
import type { CodeHitsResultDto, ExpandMode, SearchOptions, SearchResultDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { KwicTable } from './KwicTable'
import { CodeSelect, ExpandSelect, SourceSelect } from './PickSelects'

/** Ricerca: text search across transcripts with keyword in context, and "code all hits". */
export function SearchTab() {
  const { t } = useI18n()
  const { report } = useErrors()
  const job = useJob()
  const iv = useInterviews()
  const [opts, setOpts] = useState<SearchOptions>({ query: '', regex: false, wholeWord: false, caseSensitive: false, accentSensitive: false })
  const [result, setResult] = useState<SearchResultDto | null>(null)
  const [searched, setSearched] = useState<SearchOptions | null>(null)
  const [codeId, setCodeId] = useState('')
  const [expand, setExpand] = useState<ExpandMode>('sentence')
  const [coded, setCoded] = useState<CodeHitsResultDto | null>(null)

  const search = async () => {
    if (!opts.query.trim()) return
    try {
      setCoded(null)
      setResult(await call('coding:search', { ...opts, limit: 2000 }))
      setSearched(opts)
    } catch (e) {
      report(e)
    }
  }
  const codeAll = async () => {
    if (!searched || !codeId) return
    const r = await job.run(t('iv.search.coding'), (jobId) => call('coding:codeSearchHits', { search: searched, codeId, expand, jobId }))
    if (r) {
      setCoded(r)
      iv.noteApplied(codeId)
    }
  }
  const flag = (k: 'regex' | 'wholeWord' | 'caseSensitive' | 'accentSensitive') => (
    <label>
      <input type="checkbox" checked={!!opts[k]} onChange={(e) => setOpts({ ...opts, [k]: e.target.checked })} data-testid={`search-${k}`} /> {t(`iv.search.${k}`)}
    </label>
  )
  return (
    <div className="iv-page" data-testid="search">
      <div className="iv-query">
        <div className="iv-row">
          <input
            style={{ flex: 1, minWidth: 260 }}
            value={opts.query}
            placeholder={t('iv.search.placeholder')}
            data-testid="search-input"
            onChange={(e) => setOpts({ ...opts, query: e.target.value })}
            onKeyDown={(e) => e.key === 'Enter' && void search()}
          />
          <button className="primary" onClick={() => void search()} data-testid="search-run">
            {t('common.search')}
          </button>
        </div>
        <div className="iv-row">
          {flag('regex')}
          {flag('wholeWord')}
          {flag('caseSensitive')}
          {flag('accentSensitive')}
          <label>
            {t('iv.retrieval.source')}
            <SourceSelect value={opts.sourceIds?.[0] ?? ''} onChange={(id) => setOpts({ ...opts, sourceIds: id ? [id] : undefined })} />
          </label>
        </div>
        {result && result.total > 0 && (
          <div className="iv-row">
            <strong>{t('iv.search.codeAll')}</strong>
            <CodeSelect value={codeId} onChange={setCodeId} empty={t('iv.search.pickCode')} testId="search-code" />
            <label>
              {t('iv.search.expand')}
              <ExpandSelect value={expand} onChange={setExpand} testId="search-expand" />
            </label>
            <button className="primary" disabled={!codeId} onClick={() => void codeAll()} data-testid="search-code-all">
              {t('iv.search.codeAllN', { count: result.total })}
            </button>
          </div>
        )}
      </div>
      {coded && (
        <p className="status-ok" data-testid="search-coded">
          {t('iv.search.coded', { created: coded.created, skipped: coded.skipped })} {t('iv.undoHint')}
        </p>
      )}
      {result && (
        <p className="muted" data-testid="search-total">
          {t('iv.search.total', { count: result.total, where: { key: 'iv.search.inSources', params: { count: result.sourcesWithHits, searched: result.sourcesSearched } } })}
          {result.truncated ? ` ${t('iv.search.truncated', { count: result.hits.length })}` : ''}
        </p>
      )}
      {result && result.hits.length > 0 && <KwicTable hits={result.hits} />}
    </div>
  )
}
