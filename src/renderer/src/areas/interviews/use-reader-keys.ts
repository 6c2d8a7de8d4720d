import { useCallback, useEffect, useRef } from 'react'
import { parseShortcut, shortcutOfEvent } from '../../../../shared/shortcuts'
import type { CodeDto } from '../../../../shared/ipc/coding'
import { move, selectUnit, selectionRange, type KeySelection, type Unit } from './keyboard-selection'
import type { ReaderModel } from './reader-model'

export interface ReaderKeyActions {
  /** Moves or extends the keyboard selection (the reader scrolls the caret into view). */
  setSelection(sel: KeySelection): void
  /** Opens the quick-code palette on the current selection (Ctrl+K, Ctrl+Enter, Enter). */
  openPalette(): void
  /** Applies exactly this code to the current selection (its shortcut was pressed). */
  applyCode(codeId: string): void
  /** Applies the code used last (Ctrl+L). */
  applyLast(): void
  /** Turns the selection into a new code (Ctrl+I, in vivo). */
  inVivo(): void
  /** Where the caret starts when the reader has none yet: the first row on screen. */
  firstVisibleOffset(): number
}

const UNIT_KEYS: Record<string, Exclude<Unit, 'char'>> = { w: 'word', s: 'sentence', p: 'paragraph', t: 'turn' }

/** Is the key press meant for a text field (typing), not for the reader? */
export const inField = (e: KeyboardEvent): boolean => !!(e.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]')

/** Code shortcuts in their canonical form, mapped to the code; stored shortcuts that are not valid are ignored. */
export function shortcutMap(codes: CodeDto[] | null): Map<string, string> {
  const map = new Map<string, string>()
  for (const c of codes ?? []) {
    if (!c.shortcut) continue
    const p = parseShortcut(c.shortcut)
    if (p.ok && !map.has(p.text)) map.set(p.text, c.id)
  }
  return map
}

/**
 * Keyboard-first coding in the reader.
 * - In the transcript (focused): ←/→ character, Ctrl+←/→ word, Alt+←/→ sentence, ↑/↓ paragraph,
 *   Alt+↑/↓ speaker turn; with Shift each extends the selection. W, S, P, T select the word,
 *   sentence, paragraph or turn at the caret (again: the next one too); Home/End go to the start or
 *   end of the paragraph; Esc drops the selection; Enter opens the palette.
 * - Anywhere outside a text field while the reader is shown: Ctrl+K (or Ctrl+Enter) opens the
 *   palette, a code's shortcut applies exactly that code, Ctrl+L applies the last code used, Ctrl+I
 *   codes in vivo.
 */
export function useReaderKeys(
  model: ReaderModel | null,
  selection: KeySelection | null,
  codes: CodeDto[] | null,
  paletteOpen: boolean,
  actions: ReaderKeyActions
): { onReaderKeyDown(e: React.KeyboardEvent): void } {
  const shortcuts = useRef(new Map<string, string>())
  shortcuts.current = shortcutMap(codes)
  const act = useRef(actions)
  act.current = actions

  // Workspace keys, from anywhere but a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (paletteOpen || !model || inField(e) || e.defaultPrevented) return
      const combo = shortcutOfEvent(e)
      if (!combo) return
      const codeId = shortcuts.current.get(combo)
      if (codeId) {
        e.preventDefault()
        act.current.applyCode(codeId)
      } else if (combo === 'Ctrl+K' || combo === 'Meta+K' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault()
        act.current.openPalette()
      } else if (combo === 'Ctrl+L' || combo === 'Meta+L') {
        e.preventDefault()
        act.current.applyLast()
      } else if (combo === 'Ctrl+I' || combo === 'Meta+I') {
        e.preventDefault()
        act.current.inVivo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [model, paletteOpen])

  const onReaderKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (!model || paletteOpen || e.nativeEvent.isComposing) return
      const { text, structure } = model
      const sel = selection ?? { anchor: act.current.firstVisibleOffset(), caret: act.current.firstVisibleOffset() }
      const extend = e.shiftKey
      let unit: Unit | null = null
      let dir: 1 | -1 = 1
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowLeft':
          dir = e.key === 'ArrowRight' ? 1 : -1
          unit = e.altKey ? 'sentence' : e.ctrlKey || e.metaKey ? 'word' : 'char'
          break
        case 'ArrowDown':
        case 'ArrowUp':
          dir = e.key === 'ArrowDown' ? 1 : -1
          unit = e.altKey ? 'turn' : 'paragraph'
          break
        case 'Home':
        case 'End': {
          e.preventDefault()
          const r = selectUnit(text, structure, { anchor: sel.caret, caret: sel.caret }, 'paragraph')
          const caret = e.key === 'Home' ? selectionRange(r).start : selectionRange(r).end
          act.current.setSelection(extend ? { anchor: sel.anchor, caret } : { anchor: caret, caret })
          return
        }
        case 'Escape':
          if (selection && selection.anchor !== selection.caret) {
            e.preventDefault()
            act.current.setSelection({ anchor: selection.caret, caret: selection.caret })
          }
          return
        case 'Enter':
          if (!e.ctrlKey && !e.metaKey && !e.altKey) {
            e.preventDefault()
            act.current.openPalette()
          }
          return
        default: {
          const u = !e.ctrlKey && !e.metaKey && !e.altKey ? UNIT_KEYS[e.key.toLowerCase()] : undefined
          if (u) {
            e.preventDefault()
            act.current.setSelection(selectUnit(text, structure, sel, u))
          }
          return
        }
      }
      e.preventDefault()
      act.current.setSelection(move(text, structure, sel, unit, dir, extend))
    },
    [model, paletteOpen, selection]
  )
  return { onReaderKeyDown }
}
