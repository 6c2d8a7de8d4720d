/**
 * DOM selection -> canonical offsets (UTF-16 code units of the stored source text).
 *
 * Every rendered paragraph has one text root, marked data-text-start (its first offset in the
 * source) and data-text-end, whose only text nodes are the paragraph's own text: highlights and
 * speaker labels split it into spans but never add or drop a character. So the offset of a DOM
 * point is the text root's start plus the length of the text between the root's beginning and
 * the point — which Range.toString() measures in UTF-16 units, exactly like String.length.
 */

import type { OffsetRange } from './offset-rules'

export const TEXT_ROOT_SELECTOR = '[data-text-start]'

const rootOf = (node: Node): HTMLElement | null => {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  return (el?.closest(TEXT_ROOT_SELECTOR) as HTMLElement | null) ?? null
}

/** Offset of a DOM point that lies inside a text root. */
export function offsetInRoot(root: HTMLElement, node: Node, offset: number): number {
  const r = document.createRange()
  r.setStart(root, 0)
  r.setEnd(node, offset)
  return Number(root.dataset.textStart) + r.toString().length
}

/** Where a point outside any text root falls: the next root's start, or the previous root's end. */
function offsetOutside(scope: Element, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const roots = Array.from(scope.querySelectorAll<HTMLElement>(TEXT_ROOT_SELECTOR))
  const point = document.createRange()
  point.setStart(node, offset)
  point.collapse(true)
  if (side === 'start') {
    // First root that begins at or after the point.
    for (const root of roots) if (point.comparePoint(root, 0) >= 0) return Number(root.dataset.textStart)
    return null
  }
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i]
    if (point.comparePoint(root, root.childNodes.length) <= 0) return Number(root.dataset.textEnd)
  }
  return null
}

export function pointToOffset(scope: Element, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const root = rootOf(node)
  if (root && scope.contains(root)) return offsetInRoot(root, node, offset)
  if (!scope.contains(node) && node !== scope) return null
  return offsetOutside(scope, node, offset, side)
}

/** The selection's range in source offsets, or null when it is empty or outside the reader. */
export function selectionToOffsets(selection: Selection | null, scope: Element): OffsetRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!scope.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== scope) return null
  const start = pointToOffset(scope, range.startContainer, range.startOffset, 'start')
  const end = pointToOffset(scope, range.endContainer, range.endOffset, 'end')
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

/** Selects source offsets [start, end) in the DOM (used after boundary edits and by "select segment"). */
export function offsetsToDomRange(scope: Element, start: number, end: number): Range | null {
  const locate = (offset: number, side: 'start' | 'end'): [Node, number] | null => {
    for (const root of Array.from(scope.querySelectorAll<HTMLElement>(TEXT_ROOT_SELECTOR))) {
      const rs = Number(root.dataset.textStart)
      const re = Number(root.dataset.textEnd)
      if (offset < rs || offset > re || (side === 'start' && offset === re && re !== rs)) continue
      let left = offset - rs
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = (n as Text).data.length
        if (left < len || (left === len && side === 'end')) return [n, left]
        left -= len
      }
      return [root, root.childNodes.length]
    }
    return null
  }
  const a = locate(start, 'start')
  const b = locate(end, 'end')
  if (!a || !b) return null
  const r = document.createRange()
  r.setStart(a[0], a[1])
  r.setEnd(b[0], b[1])
  return r
}
