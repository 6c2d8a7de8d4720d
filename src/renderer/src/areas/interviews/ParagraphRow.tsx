import { memo, useLayoutEffect, useRef, type CSSProperties } from 'react'
import { buildPieces, type Overlay } from './layout'
import { layeredHighlight } from './colour'
import { isInterviewer, LANE_WIDTH, marginWidth, turnAt, type ReaderModel } from './reader-model'

interface Props {
  index: number
  model: ReaderModel
  selectedCodingId: string | null
  overlays: Overlay[]
  onPick(codingId: string, alternatives: string[]): void
  /** Plays the attached recording from an offset (shown on rows that start a timed paragraph). */
  onPlay?(offset: number): void
}

/**
 * One paragraph: coding stripes in the margin (one bar per coding, in its lane) and the text cut
 * into pieces of uniform coding, highlighted with every covering code's colour.
 */
export const ParagraphRow = memo(function ParagraphRow({ index, model, selectedCodingId, overlays, onPick, onPlay }: Props) {
  const [from, to] = model.paragraphs[index]
  const idx = model.buckets[index]
  const marks = model.markBuckets[index].map((i) => model.marks[i])
  const mine = overlays.filter((o) => o.start < to && o.end > from)
  const pieces = buildPieces(from, to, model.codings, idx, marks, mine)
  const textRef = useRef<HTMLDivElement>(null)
  const marginRef = useRef<HTMLDivElement>(null)
  const turn = turnAt(model.turns, from)

  // Place each stripe exactly beside its lines: measured from the first and last piece it covers.
  useLayoutEffect(() => {
    const text = textRef.current
    const margin = marginRef.current
    if (!text || !margin) return
    const place = () => {
      const top = text.getBoundingClientRect().top
      for (const bar of Array.from(margin.children) as HTMLElement[]) {
        const s = bar.dataset.s!
        const e = bar.dataset.e!
        const first = text.querySelector<HTMLElement>(`[data-o="${s}"]`)
        const last = text.querySelector<HTMLElement>(`[data-e="${e}"]`)
        if (!first || !last) continue
        const a = first.getBoundingClientRect().top - top
        const b = last.getBoundingClientRect().bottom - top
        bar.style.top = `${Math.max(0, a)}px`
        bar.style.height = `${Math.max(6, b - a)}px`
      }
    }
    place()
    const ro = new ResizeObserver(place)
    ro.observe(text)
    return () => ro.disconnect()
  })

  const cls = ['iv-para']
  if (model.turnStarts.has(from)) cls.push('turn-start')
  if (model.headingStarts.has(from)) cls.push('heading')
  if (turn && isInterviewer(turn.speaker)) cls.push('turn-interviewer')
  const len = Math.max(1, to - from)
  return (
    <div className={cls.join(' ')} data-testid="para" data-pidx={index} style={{ '--margin-width': `${marginWidth(model.laneCount)}px` } as CSSProperties}>
      <div className="iv-margin" ref={marginRef} aria-hidden="true">
        {onPlay && model.timedStarts.has(from) && (
          <button className="iv-play" tabIndex={-1} data-testid="play-here" title="▶" onMouseDown={(ev) => ev.preventDefault()} onClick={() => onPlay(from)}>
            ▶
          </button>
        )}
        {idx.map((i) => {
          const c = model.codings[i]
          const s = Math.max(c.start, from)
          const e = Math.min(c.end, to)
          return (
            <div
              key={c.id}
              className={c.id === selectedCodingId ? 'iv-stripe selected' : 'iv-stripe'}
              data-testid="stripe"
              data-coding={c.id}
              data-coder={c.coderId}
              data-lane={model.lanes[i]}
              data-s={s}
              data-e={e}
              title={`${c.codePath} — ${c.coderName}${c.comment ? `\n${c.comment}` : ''}`}
              style={{
                left: model.lanes[i] * LANE_WIDTH,
                top: `${((s - from) / len) * 100}%`,
                height: `${Math.max(4, ((e - s) / len) * 100)}%`,
                background: c.color
              }}
              onMouseDown={(ev) => ev.preventDefault()}
              onClick={() => onPick(c.id, [])}
            />
          )
        })}
      </div>
      <div className="iv-text" ref={textRef} data-text-start={from} data-text-end={to}>
        {pieces.map((p) => {
          const piece = model.text.slice(p.start, p.end)
          const classes = [...p.classes]
          if (p.style === 'speaker') classes.push('sp')
          else if (p.style === 'time') classes.push('ts')
          if (p.items.length === 0)
            return (
              <span key={p.start} data-o={p.start} data-e={p.end} className={classes.join(' ') || undefined}>
                {piece}
              </span>
            )
          const codings = p.items.map((i) => model.codings[i])
          const ids = codings.map((c) => c.id)
          classes.push('hl')
          if (selectedCodingId && ids.includes(selectedCodingId)) classes.push('selected')
          return (
            <span
              key={p.start}
              data-o={p.start}
              data-e={p.end}
              data-codings={ids.join(' ')}
              className={classes.join(' ')}
              style={layeredHighlight(codings.map((c) => c.color))}
              title={codings.map((c) => `${c.codePath} — ${c.coderName}`).join('\n')}
              onClick={() => {
                if (!window.getSelection()?.isCollapsed) return
                // Innermost first; clicking again cycles through overlapping codings.
                const order = ids.slice().reverse()
                const at = selectedCodingId ? order.indexOf(selectedCodingId) : -1
                onPick(order[(at + 1) % order.length], order)
              }}
            >
              {piece}
            </span>
          )
        })}
      </div>
    </div>
  )
})
