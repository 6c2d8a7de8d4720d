import { useRef, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

/**
 * Renders only the visible rows of a long list (transcript paragraphs, 100,000 questionnaire rows).
 * Rows may have different heights: they are measured once rendered.
 */
export function VirtualRows({
  count,
  estimate,
  render,
  height = '100%',
  overscan = 8,
  testId,
  onRange
}: {
  count: number
  estimate: number
  render(index: number): ReactNode
  height?: number | string
  overscan?: number
  testId?: string
  onRange?(start: number, end: number): void
}) {
  const parent = useRef<HTMLDivElement>(null)
  const v = useVirtualizer({ count, getScrollElement: () => parent.current, estimateSize: () => estimate, overscan })
  const items = v.getVirtualItems()
  if (onRange && items.length) onRange(items[0].index, items[items.length - 1].index)
  return (
    <div ref={parent} className="virtual-scroll" style={{ height, overflow: 'auto' }} data-testid={testId}>
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
