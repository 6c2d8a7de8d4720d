import { memo, useCallback, useState } from 'react'
import type { ImportResultDto, SourceDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useJob } from '../../components/JobProgress'
import { Modal } from '../../components/Modal'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { CodeTree } from './CodeTree'
import { NewCodeDialog } from './NewCodeDialog'

/** Sources (with import) above, the codebook tree below. */
export function LeftPanel() {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const job = useJob()
  const iv = useInterviews()
  const [result, setResult] = useState<ImportResultDto | null>(null)
  const [filter, setFilter] = useState('')
  const [sourceFilter, setSourceFilter] = useState('')

  const doImport = async () => {
    const r = await job.run(t('iv.import.working'), (jobId) => call('coding:importTranscripts', { jobId }))
    if (r) setResult(r)
  }

  const applyToSelection = async (codeId: string) => {
    const sel = iv.selection
    if (!sel || iv.tab !== 'code') {
      iv.setCodeId(codeId)
      return
    }
    try {
      const c = await call('coding:createCoding', { sourceId: sel.sourceId, codeId, start: sel.start, end: sel.end })
      iv.noteApplied(codeId)
      iv.setCodingId(c.id)
    } catch (e) {
      report(e)
    }
  }

  const [adding, setAdding] = useState(false)
  const { setSourceId, setCodingId, setTab } = iv
  const openSource = useCallback(
    (id: string) => {
      setSourceId(id)
      setCodingId(null)
      setTab('code')
    },
    [setSourceId, setCodingId, setTab]
  )

  const sources = (iv.sources ?? []).filter((s) => !sourceFilter.trim() || s.name.toLowerCase().includes(sourceFilter.trim().toLowerCase()))
  return (
    <aside className="iv-left">
      <div className="iv-section-head">
        <h3>{t('iv.sources.title')}</h3>
        <button className="iv-small" data-testid="import-sources" onClick={() => void doImport()}>
          {t('iv.sources.import')}
        </button>
      </div>
      {(iv.sources?.length ?? 0) > 8 && (
        <input className="iv-filter" placeholder={t('iv.sources.filter')} value={sourceFilter} onChange={(e) => setSourceFilter(e.target.value)} />
      )}
      <div className="iv-sources" data-testid="sources">
        {iv.sources && iv.sources.length === 0 && <div className="iv-empty">{t('iv.sources.empty')}</div>}
        {sources.map((s) => (
          <SourceRow key={s.id} source={s} active={s.id === iv.sourceId} onOpen={openSource} />
        ))}
      </div>
      <div className="iv-section-head">
        <h3>{t('iv.codes.title')}</h3>
        <button className="iv-small" data-testid="add-code" onClick={() => setAdding(true)}>
          + {t('iv.codes.new')}
        </button>
      </div>
      <input className="iv-filter" placeholder={t('iv.codes.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="code-filter" />
      {iv.codes && (
        <CodeTree
          codes={iv.codes}
          filter={filter}
          selectedId={iv.codeId}
          onSelect={(id) => iv.setCodeId(id)}
          onActivate={(id) => void applyToSelection(id)}
          testId="left-code-tree"
        />
      )}
      <div className="hint" style={{ padding: '4px 10px 8px' }}>
        {t('iv.codes.dblHint')}
      </div>
      {adding && <NewCodeDialog parentId={iv.newCodeParent()} onClose={() => setAdding(false)} />}
      {result && (
        <Modal title={t('iv.import.title')} onClose={() => setResult(null)}>
          <p data-testid="import-summary">{t('iv.import.summary', { ok: result.imported, failed: result.failed })}</p>
          <ul className="iv-import-results" data-testid="import-results">
            {result.results.map((r) => (
              <li key={r.file}>
                <span className={r.ok ? 'status-ok' : 'status-error'}>{r.ok ? '✓' : '✗'}</span> <span className="file">{r.file.split(/[\\/]/).pop()}</span>
                {r.ok && r.source && (
                  <span className="muted">
                    {' '}
                    → {r.source.name} · {t('iv.sources.chars', { count: r.source.chars })}
                    {r.source.encoding ? ` · ${r.source.encoding}` : ''}
                  </span>
                )}
                {r.error && <div className="status-error">{i18n.error(r.error)}</div>}
                {r.warnings?.map((w, i) => (
                  <div key={i} className="status-warn">
                    {i18n.msg(w)}
                  </div>
                ))}
              </li>
            ))}
          </ul>
          <div className="iv-row">
            <button className="primary" onClick={() => setResult(null)}>
              {t('common.confirm')}
            </button>
          </div>
        </Modal>
      )}
    </aside>
  )
}

/** One source in the list; memoised, as a project may hold thousands and any selection change re-renders the panel. */
const SourceRow = memo(function SourceRow({ source: s, active, onOpen }: { source: SourceDto; active: boolean; onOpen(id: string): void }) {
  const { t } = useI18n()
  return (
    <button className={active ? 'iv-source active' : 'iv-source'} data-testid="source-item" data-source={s.id} onClick={() => onOpen(s.id)}>
      <span className="iv-source-name" title={s.originalName ?? s.name}>
        {s.name}
      </span>
      <span className="iv-source-meta">
        {s.caseName && <span className="case">{s.caseName}</span>}
        <span title={t('iv.sources.chars', { count: s.chars })}>{t('iv.codingsN', { count: s.codings })}</span>
      </span>
    </button>
  )
})
