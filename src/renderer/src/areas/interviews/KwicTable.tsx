import type { SearchHitDto } from '../../../../shared/ipc/coding'
import { useInterviews } from './InterviewsContext'

/**
 * Keyword in context: the hit in the middle, the words before it right-aligned and the words after it
 * left-aligned, in a table as wide as the pane, so the whole line is always visible (the context, not
 * the line, is shortened at its far ends). The full line is in the row's tooltip; a click opens the
 * reader at the hit.
 */
export function KwicTable({ hits, testId = 'search-results' }: { hits: SearchHitDto[]; testId?: string }) {
  const iv = useInterviews()
  return (
    <table className="iv-kwic" data-testid={testId}>
      <colgroup>
        <col className="src" />
        <col className="left" />
        <col className="hit" />
        <col className="right" />
      </colgroup>
      <tbody>
        {hits.map((h, i) => (
          <tr
            key={`${h.sourceId}:${h.start}:${i}`}
            onClick={() => iv.jumpTo({ sourceId: h.sourceId, start: h.start, end: h.end })}
            title={`${h.sourceName}: …${h.left}${h.text}${h.right}…`}
            data-testid="search-hit"
          >
            <td className="src">{h.sourceName}</td>
            <td className="left">
              <span>{h.left}</span>
            </td>
            <td className="hit">{h.text}</td>
            <td className="right">{h.right}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
