/**
 * Code shortcuts: one key with modifiers, written canonically as "Ctrl+Alt+Shift+Meta+KEY" (modifiers in
 * that order, the key upper-case). Shared by main (validation before storing) and the renderer
 * (matching key presses, recording a shortcut), so both read a shortcut the same way.
 */

export type ShortcutProblem = 'syntax' | 'key' | 'modifier' | 'reserved'

export interface ParsedShortcut {
  ctrl: boolean
  alt: boolean
  shift: boolean
  meta: boolean
  /** "A"–"Z", "0"–"9" or "F1"–"F12". */
  key: string
}

const MODIFIERS: Record<string, keyof Omit<ParsedShortcut, 'key'>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  ctl: 'ctrl',
  alt: 'alt',
  option: 'alt',
  opt: 'alt',
  shift: 'shift',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
  super: 'meta',
  win: 'meta'
}

const KEY = /^(?:[A-Z0-9]|F(?:[1-9]|1[0-2]))$/

/**
 * Combinations the workspace itself uses (palette, undo, copy, select all, find, in-vivo, last code,
 * reload and developer tools): a code may not take them.
 */
export const RESERVED_SHORTCUTS = [
  'Ctrl+K',
  'Ctrl+Z',
  'Ctrl+Y',
  'Ctrl+Shift+Z',
  'Ctrl+C',
  'Ctrl+X',
  'Ctrl+V',
  'Ctrl+A',
  'Ctrl+F',
  'Ctrl+I',
  'Ctrl+L',
  'Ctrl+S',
  'Ctrl+O',
  'Ctrl+N',
  'Ctrl+W',
  'Ctrl+Q',
  'Ctrl+R',
  'Ctrl+P',
  'Meta+K',
  'Meta+Z',
  'Meta+C',
  'Meta+V',
  'Meta+A',
  'Meta+Q',
  'Meta+W',
  'F5',
  'F11',
  'F12'
]

export function formatShortcut(s: ParsedShortcut): string {
  return [s.ctrl && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', s.meta && 'Meta', s.key].filter(Boolean).join('+')
}

/** Parses a typed shortcut ("alt+2", "Ctrl + Shift + k", "F3"); a problem code when it is not one. */
export function parseShortcut(input: string): { ok: true; value: ParsedShortcut; text: string } | { ok: false; problem: ShortcutProblem } {
  const parts = input.split('+').map((p) => p.trim())
  if (parts.some((p) => p === '')) return { ok: false, problem: 'syntax' }
  const value: ParsedShortcut = { ctrl: false, alt: false, shift: false, meta: false, key: '' }
  for (const [i, raw] of parts.entries()) {
    const mod = MODIFIERS[raw.toLowerCase()]
    if (i < parts.length - 1) {
      if (!mod || value[mod]) return { ok: false, problem: 'syntax' }
      value[mod] = true
    } else {
      if (mod) return { ok: false, problem: 'key' }
      const key = raw.toUpperCase()
      if (!KEY.test(key)) return { ok: false, problem: 'key' }
      value.key = key
    }
  }
  // A letter or digit alone (or with Shift only) is typing, not a command: it needs Ctrl, Alt or Meta.
  if (!/^F\d/.test(value.key) && !value.ctrl && !value.alt && !value.meta) return { ok: false, problem: 'modifier' }
  const text = formatShortcut(value)
  if (RESERVED_SHORTCUTS.includes(text)) return { ok: false, problem: 'reserved' }
  return { ok: true, value, text }
}

/** The key of a keyboard event as a shortcut key ("A", "7", "F3"), from its physical code where it has one. */
export function eventKey(e: { key: string; code?: string }): string | null {
  const code = e.code ?? ''
  let m = /^Key([A-Z])$/.exec(code)
  if (m) return m[1]
  m = /^(?:Digit|Numpad)([0-9])$/.exec(code)
  if (m) return m[1]
  if (/^F(?:[1-9]|1[0-2])$/.test(code)) return code
  const k = e.key.length === 1 ? e.key.toUpperCase() : e.key
  return KEY.test(k) ? k : null
}

/** The canonical shortcut a key press makes, or null for a press that cannot be one (a modifier alone). */
export function shortcutOfEvent(e: { key: string; code?: string; ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }): string | null {
  const key = eventKey(e)
  if (!key) return null
  return formatShortcut({ ctrl: e.ctrlKey, alt: e.altKey, shift: e.shiftKey, meta: e.metaKey, key })
}
