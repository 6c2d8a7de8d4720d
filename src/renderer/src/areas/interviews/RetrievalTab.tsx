import { useEffect, useState } from 'react'
import type { ContextMode, SegmentPageDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { ItemSelect, SourceSelect } from './PickSelects'
import { SegmentList } from './SegmentList'
import { emptyDraft, toCodeQuery, toFilter, type QueryDraft, type QueryOperator } from './query-model'

const PAGE = 50
const OPERATORS: QueryOperator[] = ['or', 'and', 'not', 'overlap']

/** Recupero: a query builder over codes, operators and filters, with the quote bank export. */
export function RetrievalTab() {
  const { t } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const grid = useCall('coding:caseGrid', {}).data
  const [draft, setDraft] = useState<QueryDraft>(() => {
    const saved = sessionStorage.getItem('esiti.interviews.query')
    return saved ? (JSON.parse(saved) as QueryDraft) : emptyDraft()
  })
  const [context, setContext] = useState<ContextMode>('sentence')
  const [page, setPage] = useState<SegmentPageDto | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => sessionStorage.setItem('esiti.interviews.query', JSON.stringify(draft)), [draft])

  // A remembered query may name codes, sources or coders that are gone (merged, deleted, another project).
  const live: QueryDraft = {
    ...draft,
    terms: draft.terms.filter((x) => iv.codeById.has(x.codeId)),
    sourceIds: draft.sourceIds.filter((id) => (iv.sources ?? []).some((x) => x.id === id)),
    coderIds: draft.coderIds.filter((id) => (iv.coders ?? []).some((x) => x.id === id)),
    attributes: draft.attributes.filter((a) => !grid || grid.attributes.some((x) => x.id === a.attributeId))
  }
  const ready = !!iv.codes && !!iv.sources && !!iv.coders
  const input = () => ({ query: toCodeQuery(live), filter: toFilter(live), context })
  const run = async (offset = 0) => {
    setBusy(true)
    try {
      const r = await call('coding:segments', { ...input(), offset, limit: PAGE })
      setPage((prev) => (offset > 0 && prev ? { ...r, segments: [...prev.segments, ...r.segments] } : r))
    } catch (e) {
      report(e)
    } finally {
      setBusy(false)
    }
  }
  useEffect(() => {
    if (ready) void run(0)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(live), context, ready])
  useEffect(() => window.api.on('project:changed', () => void run(0)))

  const update = (patch: Partial<QueryDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const codes = iv.codes ?? []
  return (
    <div className="iv-page" data-testid="retrieval">
      <div className="iv-query">
        <div className="iv-row">
          <strong>{t('iv.retrieval.codes')}</strong>
          {draft.terms.map((term, i) => {
            const c = iv.codeById.get(term.codeId)
            if (!c) return null
            return (
              <span key={term.codeId} className="iv-chip" data-testid="query-term">
                {i > 0 && draft.operator !== 'or' && <em className="muted">{t(`iv.retrieval.op.${draft.operator}.join`)}</em>}
                <span className="swatch" style={{ background: c?.color }} />
                {c?.path ?? '?'}
                <label title={t('iv.retrieval.subcodes')}>
                  <input
                    type="checkbox"
                    checked={term.subcodes}
                    onChange={(e) => update({ terms: draft.terms.map((x, j) => (j === i ? { ...x, subcodes: e.target.checked } : x)) })}
                  />
                  {t('iv.retrieval.subShort')}
                </label>
                <button aria-label={t('common.delete')} onClick={() => update({ terms: draft.terms.filter((_, j) => j !== i) })}>
                  ×
                </button>
              </span>
            )
          })}
          <select
            value=""
            data-testid="query-add-code"
            onChange={(e) => e.target.value && update({ terms: [...draft.terms, { codeId: e.target.value, subcodes: true }] })}
          >
            <option value="">+ {t('iv.retrieval.addCode')}</option>
            {codes
              .filter((c) => !draft.terms.some((x) => x.codeId === c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {'  '.repeat(c.depth)}
                  {c.path}
                </option>
              ))}
          </select>
        </div>
        <div className="iv-row">
          <strong>{t('iv.retrieval.operator')}</strong>
          <div className="segmented" style={{ margin: 0 }}>
            {OPERATORS.map((op) => (
              <button
                key={op}
                className={op === draft.operator ? 'active iv-small' : 'iv-small'}
                data-testid={`op-${op}`}
                title={t(`iv.retrieval.op.${op}.hint`)}
                onClick={() => update({ operator: op })}
              >
                {t(`iv.retrieval.op.${op}`)}
              </button>
            ))}
          </div>
          <span className="hint">{t(`iv.retrieval.op.${draft.operator}.hint`)}</span>
        </div>
        <div className="iv-row">
          <label>
            {t('iv.retrieval.source')}
            <SourceSelect value={draft.sourceIds[0] ?? ''} onChange={(id) => update({ sourceIds: id ? [id] : [] })} />
          </label>
          <label>
            {t('iv.retrieval.coder')}
            <ItemSelect
              value={draft.coderIds[0] ?? ''}
              onChange={(id) => update({ coderIds: id ? [id] : [] })}
              empty={t('common.all')}
              items={(iv.coders ?? []).map((c) => ({ id: c.id, label: c.name }))}
              testId="query-coder"
            />
          </label>
          {draft.attributes.map((a, i) => {
            const attr = grid?.attributes.find((x) => x.id === a.attributeId)
            const values = attr?.choices ?? [...new Set((grid?.cases ?? []).map((c) => c.values[a.attributeId]).filter((v): v is string => !!v))].sort()
            const set = (patch: Partial<typeof a>) => update({ attributes: draft.attributes.map((x, j) => (j === i ? { ...x, ...patch } : x)) })
            return (
              <span key={i} className="iv-chip">
                <select value={a.attributeId} data-testid="query-attr" onChange={(e) => set({ attributeId: e.target.value, value: '' })}>
                  {(grid?.attributes ?? []).map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
                </select>
                =
                <select value={a.value} onChange={(e) => set({ value: e.target.value })} data-testid="query-attr-value">
                  <option value="">—</option>
                  {values.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
                <button aria-label={t('common.delete')} onClick={() => update({ attributes: draft.attributes.filter((_, j) => j !== i) })}>
                  ×
                </button>
              </span>
            )
          })}
          {(grid?.attributes.length ?? 0) > 0 && (
            <button className="iv-small" data-testid="query-add-attr" onClick={() => update({ attributes: [...draft.attributes, { attributeId: grid!.attributes[0].id, value: '' }] })}>
              + {t('iv.retrieval.attribute')}
            </button>
          )}
          <label>
            {t('iv.retrieval.context')}
            <select value={context} onChange={(e) => setContext(e.target.value as ContextMode)}>
              {(['none', 'sentence', 'paragraph'] as ContextMode[]).map((m) => (
                <option key={m} value={m}>
                  {t(`iv.retrieval.context.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <span style={{ flex: 1 }} />
          <button className="iv-small" data-testid="query-reset" onClick={() => setDraft(emptyDraft())}>
            {t('iv.retrieval.reset')}
          </button>
          <button
            className="iv-small"
            data-testid="export-quotes"
            onClick={() => call('coding:exportSegments', { query: toCodeQuery(live), filter: toFilter(live) }).catch(report)}
          >
            {t('iv.retrieval.export')}
          </button>
          <button
            className="iv-small"
            data-testid="export-quotes-docx"
            onClick={() => call('coding:exportSegments', { query: toCodeQuery(live), filter: toFilter(live), format: 'docx' }).catch(report)}
          >
            {t('iv.export.word')}
          </button>
        </div>
      </div>
      {page && (
        <p className="muted" data-testid="retrieval-total">
          {t('iv.retrieval.total', { count: page.total })}
        </p>
      )}
      {page && <SegmentList segments={page.segments} />}
      {page && page.segments.length < page.total && (
        <button disabled={busy} onClick={() => void run(page.segments.length)}>
          {t('iv.retrieval.more', { n: page.total - page.segments.length })}
        </button>
      )}
    </div>
  )
}
