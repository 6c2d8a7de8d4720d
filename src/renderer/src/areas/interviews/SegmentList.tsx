import type { SegmentDto } from '../../../../shared/ipc/coding'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { rgba } from './colour'
import { formatClock } from '../../../../shared/media-time'

/** Coded segments with their quote in context; a click opens the reader at the segment. */
export function SegmentList({ segments, testId = 'segment-results' }: { segments: SegmentDto[]; testId?: string }) {
  const { t, date } = useI18n()
  const iv = useInterviews()
  return (
    <div data-testid={testId}>
      {segments.map((s) => (
        <div
          key={s.id}
          className="iv-result"
          style={{ borderLeftColor: s.color }}
          data-testid="segment-result"
          onClick={() => iv.jumpTo({ sourceId: s.sourceId, start: s.start, end: s.end, codingId: s.id })}
          title={t('iv.retrieval.open')}
        >
          <div className="head">
            <strong>{s.sourceName}</strong>
            {s.cases.length > 0 && <span>{t('iv.case')}: {s.cases.map((c) => c.name).join(', ')}</span>}
            <span>
              <span className="iv-colour-dot" style={{ background: s.color }} />
              {s.codePath}
            </span>
            <span>✎ {s.coderName}</span>
            {s.time !== undefined && <span title={t('iv.segment.time')}>⏱ {formatClock(s.time)}</span>}
            <span>{date(s.createdAt)}</span>
          </div>
          <div className="ctx">
            {s.context ? (
              <>
                {s.context.text.slice(0, s.start - s.context.start)}
                <mark style={{ background: rgba(s.color, 0.28) }}>{s.text}</mark>
                {s.context.text.slice(s.end - s.context.start)}
              </>
            ) : (
              <mark style={{ background: rgba(s.color, 0.28) }}>{s.text}</mark>
            )}
          </div>
          {s.comment && <div className="hint">{t('iv.segment.comment')}: {s.comment}</div>}
        </div>
      ))}
    </div>
  )
}
