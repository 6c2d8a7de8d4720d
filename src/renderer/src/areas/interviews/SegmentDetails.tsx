import { useEffect, useState } from 'react'
import type { SourceViewDto, ViewCodingDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { TargetMemos } from './TargetMemos'
import { moveBoundary, type BoundaryMove } from './word-steps'

/** The selected coding: quote, code, coder, comment, boundaries, memos, removal. */
export function SegmentDetails({ view, coding }: { view: SourceViewDto; coding: ViewCodingDto }) {
  const { t } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const text = view.text ?? ''
  const [comment, setComment] = useState(coding.comment ?? '')
  useEffect(() => setComment(coding.comment ?? ''), [coding.id, coding.comment])
  const overlapping = view.codings.filter((c) => c.id !== coding.id && c.start < coding.end && c.end > coding.start)
  const sel = iv.selection && iv.selection.sourceId === view.source.id ? iv.selection : null
  const canReselect = !!sel && (sel.start !== coding.start || sel.end !== coding.end)

  const resize = (start: number, end: number) => call('coding:resizeCoding', { codingId: coding.id, start, end }).catch(report)
  const step = (move: BoundaryMove) => {
    const r = moveBoundary(text, coding.start, coding.end, move)
    if (r) void resize(r.start, r.end)
  }
  const quote = text.slice(coding.start, coding.end)
  return (
    <div data-testid="segment-details" data-coding={coding.id}>
      <h3>{t('iv.segment.title')}</h3>
      <blockquote className="iv-quote" style={{ borderLeftColor: coding.color }} data-testid="segment-quote">
        {quote}
      </blockquote>
      <dl className="iv-kv">
        <dt>{t('iv.segment.code')}</dt>
        <dd>
          <select
            value={coding.codeId}
            data-testid="segment-recode"
            onChange={(e) => call('coding:recodeCoding', { codingId: coding.id, codeId: e.target.value }).catch(report)}
          >
            {(iv.codes ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
          </select>
        </dd>
        <dt>{t('iv.segment.coder')}</dt>
        <dd>{coding.coderName}</dd>
        <dt>{t('iv.segment.position')}</dt>
        <dd className="muted">
          {coding.start}–{coding.end} · {t('iv.segment.chars', { count: coding.end - coding.start })}
        </dd>
      </dl>
      <div className="iv-field">
        <span>{t('iv.segment.bounds')}</span>
        <div className="iv-bounds">
          <button className="iv-small" title={t('iv.segment.startEarlier')} data-testid="start-earlier" onClick={() => step('startEarlier')}>
            ◀
          </button>
          <button className="iv-small" title={t('iv.segment.startLater')} data-testid="start-later" onClick={() => step('startLater')}>
            ▶
          </button>
          <span>{t('iv.segment.startEnd')}</span>
          <button className="iv-small" title={t('iv.segment.endEarlier')} data-testid="end-earlier" onClick={() => step('endEarlier')}>
            ◀
          </button>
          <button className="iv-small" title={t('iv.segment.endLater')} data-testid="end-later" onClick={() => step('endLater')}>
            ▶
          </button>
        </div>
        <button className="iv-small" disabled={!canReselect} onClick={() => sel && void resize(sel.start, sel.end)} title={t('iv.segment.reselectHint')}>
          {t('iv.segment.reselect')}
        </button>
      </div>
      <label className="iv-field">
        <span>{t('iv.segment.comment')}</span>
        <textarea
          value={comment}
          data-testid="segment-comment"
          onChange={(e) => setComment(e.target.value)}
          onBlur={() => {
            if ((coding.comment ?? '') !== comment) call('coding:commentCoding', { codingId: coding.id, comment: comment || null }).catch(report)
          }}
        />
      </label>
      <TargetMemos kind="coding" id={coding.id} />
      {overlapping.length > 0 && (
        <div className="iv-field">
          <span>{t('iv.segment.overlapping')}</span>
          {overlapping.map((c) => (
            <div key={c.id} className="iv-list-coding" onClick={() => iv.setCodingId(c.id)}>
              <span className="swatch" style={{ background: c.color }} />
              <span>
                {c.codePath} <span className="muted">· {c.coderName}</span>
              </span>
            </div>
          ))}
        </div>
      )}
      <div className="iv-row" style={{ marginTop: 12 }}>
        <button
          className="danger"
          data-testid="segment-remove"
          onClick={() =>
            call('coding:deleteCodings', { codingIds: [coding.id] })
              .then(() => iv.setCodingId(null))
              .catch(report)
          }
        >
          {t('iv.segment.remove')}
        </button>
        <button onClick={() => iv.setCodingId(null)}>{t('iv.segment.close')}</button>
      </div>
    </div>
  )
}
