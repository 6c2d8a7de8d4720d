import { forwardRef, useImperativeHandle, useRef, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

export interface ReaderListHandle {
  scrollToIndex(index: number): void
  /** Scrolls only as far as needed to show the row (the keyboard caret's row). */
  ensureVisible(index: number): void
  /** The first row on screen. */
  firstVisible(): number
  element(): HTMLDivElement | null
}

/**
 * The transcript's paragraphs, virtualised: only the visible rows exist in the DOM, each measured
 * once rendered. Like components/VirtualRows, plus a handle to scroll to a paragraph (jumps from
 * retrieval, search and matrices), which VirtualRows does not expose.
 */
export const ReaderList = forwardRef<ReaderListHandle, { count: number; render(index: number): ReactNode; testId?: string }>(
  function ReaderList({ count, render, testId }, ref) {
    const parent = useRef<HTMLDivElement>(null)
    const v = useVirtualizer({ count, getScrollElement: () => parent.current, estimateSize: () => 84, overscan: 6 })
    useImperativeHandle(ref, () => ({
      scrollToIndex: (index: number) => v.scrollToIndex(index, { align: 'center' }),
      ensureVisible: (index: number) => {
        const el = parent.current
        const item = v.getVirtualItems().find((x) => x.index === index)
        if (el && item && item.start >= el.scrollTop && item.end <= el.scrollTop + el.clientHeight) return
        v.scrollToIndex(index, { align: 'auto' })
      },
      firstVisible: () => {
        const el = parent.current
        const top = el?.scrollTop ?? 0
        return v.getVirtualItems().find((x) => x.end > top)?.index ?? 0
      },
      element: () => parent.current
    }))
    const items = v.getVirtualItems()
    return (
      <div ref={parent} className="virtual-scroll" style={{ height: '100%', overflow: 'auto' }} data-testid={testId}>
        <div style={{ height: v.getTotalSize(), position: 'relative', width: '100%' }}>
          {items.map((item) => (
            <div
              key={item.key}
              data-index={item.index}
              ref={v.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              {render(item.index)}
            </div>
          ))}
        </div>
      </div>
    )
  }
)
