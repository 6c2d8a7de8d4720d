import type { DisagreementItemDto, ReviewSegmentDto } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'

/** The backend sends up to this many characters either side. */
const CONTEXT_CHARS = 80

type Mark = 'mine-only' | 'shared' | 'theirs-only' | 'plain'

const covers = (segs: ReviewSegmentDto[], at: number): boolean => segs.some((s) => s.start <= at && at < s.end)

/**
 * Splits the union span into runs by who coded them, seen from one side: what only this coder
 * coded is the difference (strong), what both coded is shared (soft), what only the other coded is
 * marked faintly so the missing part is visible too.
 */
export function markRuns(item: DisagreementItemDto, side: 'a' | 'b'): { text: string; mark: Mark }[] {
  const mine = side === 'a' ? item.a : item.b
  const theirs = side === 'a' ? item.b : item.a
  const cuts = new Set<number>([item.start, item.end])
  for (const s of [...mine, ...theirs]) {
    if (s.start > item.start && s.start < item.end) cuts.add(s.start)
    if (s.end > item.start && s.end < item.end) cuts.add(s.end)
  }
  const points = [...cuts].sort((x, y) => x - y)
  const runs: { text: string; mark: Mark }[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]
    const to = points[i + 1]
    const m = covers(mine, from)
    const o = covers(theirs, from)
    const mark: Mark = m && o ? 'shared' : m ? 'mine-only' : o ? 'theirs-only' : 'plain'
    const text = item.context.text.slice(from - item.start, to - item.start)
    const last = runs[runs.length - 1]
    if (last && last.mark === mark) last.text += text
    else runs.push({ text, mark })
  }
  return runs
}

/** The quote with its context, the part that differs from the other coder highlighted. */
export function QuoteInContext({ item, side }: { item: DisagreementItemDto; side: 'a' | 'b' }) {
  const { t } = useI18n()
  const segs = side === 'a' ? item.a : item.b
  if (segs.length === 0)
    return (
      <div className="quote empty" data-testid={`side-${side}-empty`}>
        <span className="muted">{t('team.review.notCoded')}</span>
        <div className="quote-text faded">
          {item.context.before}
          <span className="mark-theirs-only">{item.context.text}</span>
          {item.context.after}
        </div>
      </div>
    )
  return (
    <div className="quote" data-testid={`side-${side}-segment`}>
      <div className="quote-text">
        {item.context.before && (
          <span className="ctx">
            {item.start > item.context.before.length ? '…' : ''}
            {item.context.before}
          </span>
        )}
        {markRuns(item, side).map((r, i) => (
          <span key={i} className={`mark-${r.mark}`}>
            {r.text}
          </span>
        ))}
        {item.context.after && (
          <span className="ctx">
            {item.context.after}
            {item.context.after.length >= CONTEXT_CHARS ? '…' : ''}
          </span>
        )}
      </div>
      <div className="quote-meta muted">
        {segs.map((s) => t('team.review.span', { start: s.start, end: s.end, n: s.end - s.start })).join(' · ')}
      </div>
    </div>
  )
}
