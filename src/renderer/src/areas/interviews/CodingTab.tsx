import { useCallback, useEffect, useMemo, useState } from 'react'
import { flushSync } from 'react-dom'
import type { SourceViewDto, ViewCodingDto } from '../../../../shared/ipc/coding'
import { ApiError, call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { ReaderPane } from './ReaderPane'
import { SegmentDetails } from './SegmentDetails'
import { TargetMemos } from './TargetMemos'
import { patchCodings } from './patch-codings'

/** Codifica: the reader in the centre and the context panel on the right. */
export function CodingTab() {
  const { sourceId, codingId } = useInterviews()

  const iv = useInterviews()
  const [data, addCoding] = useSourceView(sourceId)
  const view = data && data.source.id === sourceId ? data : null
  const coding = view && codingId ? view.codings.find((c) => c.id === codingId) : undefined
  return (
    <>
      <section className="iv-centre">
        <ReaderPane
          view={view}
          onCoded={(c) => {
            const code = iv.codeById.get(c.codeId)
            const coder = view?.coders.find((k) => k.id === c.coderId)
            if (code) addCoding({ id: c.id, codeId: c.codeId, codeName: code.name, codePath: code.path, color: code.color, coderId: c.coderId, coderName: coder?.name ?? iv.coderName, start: c.start, end: c.end, comment: c.comment, memos: 0 })
          }}
        />
      </section>
      <aside className="iv-right" data-testid="context-panel">
        {view && coding ? <SegmentDetails view={view} coding={coding} /> : view ? <SourceDetails view={view} /> : null}
      </aside>
    </>
  )
}

/**
 * The open source's text and codings, reloaded on every project change. A source that has just gone
 * (deleted, undone away, or the project was closed under it) is not an error: the selection moves on.
 */
function useSourceView(sourceId: string | null): [SourceViewDto | null, (c: ViewCodingDto) => void] {
  const { report } = useErrors()
  const [view, setView] = useState<SourceViewDto | null>(null)
  // A coding the reader has just made is shown at once; the reload that follows replaces the view.
  const addCoding = useCallback(
    (c: ViewCodingDto) =>
      setView((v) => (v && !v.codings.some((x) => x.id === c.id) ? patchCodings(v, { removed: [], upserted: [{ ...c, sourceId: v.source.id }] }) : v)),
    []
  )
  useEffect(() => {
    if (!sourceId) return
    let live = true
    // A source's text never changes after import: it is fetched once, and every reload after a
    // coding or an undo asks for the codings only (a 1.5 MB transcript is not sent again each time).
    let text: string | null = null
    // Only the latest reload may land: an older one answering late would bring back a stale view.
    let latest = 0
    const load = () => {
      const seq = ++latest
      return call('coding:sourceView', { sourceId, includeText: text === null }).then(
        (v) => {
          if (!live || seq !== latest) return
          if (v.text !== null) text = v.text
          setView(v.text === null ? { ...v, text } : v)
        },
        (e: unknown) => live && seq === latest && !(e instanceof ApiError && e.info.code === 'NOT_FOUND') && report(e)
      )
    }
    void load()
    const off = window.api.on('project:changed', ({ codings }) => {
      // An undo or redo says what it did to codings: drawn now, then confirmed (or corrected) by the
      // reload. flushSync renders the patch alone, now: the other views' refreshes that this same event
      // starts re-render the workspace later instead of sharing (and slowing) the patch's first frame.
      if (codings) flushSync(() => setView((v) => (v && v.source.id === sourceId && text !== null ? patchCodings(v, codings) : v)))
      void load()
    })
    return () => {
      live = false
      off()
    }
  }, [sourceId, report])
  return [view, addCoding]
}

function SourceDetails({ view }: { view: SourceViewDto }) {
  const { t, number, date } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const cases = useCall('coding:caseGrid', {}).data?.cases
  const s = view.source
  const byCode = useMemo(() => {
    const m = new Map<string, { id: string; path: string; color: string; n: number; first: (typeof view.codings)[number] }>()
    for (const c of view.codings) {
      const e = m.get(c.codeId)
      if (e) e.n++
      else m.set(c.codeId, { id: c.codeId, path: c.codePath, color: c.color, n: 1, first: c })
    }
    return [...m.values()].sort((a, b) => b.n - a.n)
  }, [view])
  return (
    <div data-testid="source-details">
      <h3>{s.name}</h3>
      <dl className="iv-kv">
        <dt>{t('iv.source.words')}</dt>
        <dd>{number(s.words)}</dd>
        <dt>{t('iv.source.chars')}</dt>
        <dd>{number(s.chars)}</dd>
        <dt>{t('iv.source.format')}</dt>
        <dd>
          {s.format ?? '—'}
          {s.encoding ? ` · ${s.encoding}` : ''}
        </dd>
        <dt>{t('iv.source.imported')}</dt>
        <dd>
          {date(s.importedAt)}
          {s.importedBy ? ` · ${s.importedBy}` : ''}
        </dd>
        <dt>{t('iv.case')}</dt>
        <dd>
          <select
            value={s.caseId ?? ''}
            data-testid="source-case"
            onChange={(e) => call('coding:setSourceCase', { sourceId: s.id, caseId: e.target.value || null }).catch(report)}
          >
            <option value="">{t('iv.source.noCase')}</option>
            {(cases ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </dd>
      </dl>
      <div className="iv-field">
        <span>{t('iv.source.codesHere')}</span>
        {byCode.length === 0 && <span className="muted">{t('iv.source.noCodings')}</span>}
        {byCode.map((c) => (
          <div
            key={c.id}
            className="iv-list-coding"
            onClick={() => iv.jumpTo({ sourceId: s.id, start: c.first.start, end: c.first.end, codingId: c.first.id })}
          >
            <span className="swatch" style={{ background: c.color }} />
            <span style={{ flex: 1 }}>{c.path}</span>
            <span className="muted">{number(c.n)}</span>
          </div>
        ))}
      </div>
      <TargetMemos kind="source" id={s.id} />
    </div>
  )
}
