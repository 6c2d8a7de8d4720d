import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { CodeDto } from '../../../../shared/ipc/coding'
import { useI18n } from '../../i18n/I18n'
import { rankByQuery } from './fuzzy'
import { shortcutOfEvent } from '../../../../shared/shortcuts'
import { shortcutMap } from './use-reader-keys'

export interface PaletteChoice {
  kind: 'code' | 'create' | 'moveCoding' | 'inVivo'
  codeId?: string
  name?: string
}

interface Props {
  codes: CodeDto[]
  recent: string[]
  quote: string
  start: number
  end: number
  at: { x: number; y: number }
  /** Offers "move the selected coding here" when a coding is selected. */
  canMove: boolean
  onChoose(choice: PaletteChoice): void
  onClose(): void
}

function highlight(text: string, indices: number[]): ReactNode[] {
  const set = new Set(indices)
  const out: ReactNode[] = []
  let buf = ''
  let on = false
  const flush = (k: number) => {
    if (buf) out.push(on ? <mark key={k}>{buf}</mark> : buf)
    buf = ''
  }
  for (let i = 0; i < text.length; i++) {
    const m = set.has(i)
    if (m !== on) {
      flush(i)
      on = m
    }
    buf += text[i]
  }
  flush(text.length)
  return out
}

/**
 * The quick-code palette: type to fuzzy-search code paths, recent codes first; 1–9 (no modifier)
 * apply a recent code, a code's own shortcut applies exactly that code, Enter applies the highlighted
 * one, Ctrl+I codes in vivo, Escape closes the palette and keeps the selection.
 */
export function QuickCodePalette({ codes, recent, quote, start, end, at, canMove, onChoose, onClose }: Props) {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => input.current?.focus(), [])
  const recency = useMemo(() => new Map(recent.map((id, i) => [id, i])), [recent])
  const ranked = useMemo(
    () => rankByQuery(codes, query, (c) => c.path, (c) => recency.get(c.id) ?? -1).slice(0, 60),
    [codes, query, recency]
  )
  const trimmed = query.trim()
  const exact = codes.some((c) => c.name.toLowerCase() === trimmed.toLowerCase() || c.path.toLowerCase() === trimmed.toLowerCase())
  const shortcuts = useMemo(() => shortcutMap(codes), [codes])
  const options: PaletteChoice[] = [
    ...ranked.map((r) => ({ kind: 'code' as const, codeId: r.item.id })),
    ...(trimmed && !exact ? [{ kind: 'create' as const, name: trimmed }] : []),
    ...(!trimmed ? [{ kind: 'inVivo' as const }] : []),
    ...(canMove && !trimmed ? [{ kind: 'moveCoding' as const }] : [])
  ]
  const current = Math.min(active, Math.max(0, options.length - 1))
  useEffect(() => {
    box.current?.querySelector('li.active')?.scrollIntoView({ block: 'nearest' })
  }, [current])

  const onKey = (e: React.KeyboardEvent) => {
    const combo = shortcutOfEvent(e)
    const byShortcut = combo ? shortcuts.get(combo) : undefined
    if (byShortcut) {
      // A code's own shortcut applies exactly that code, never a recent one.
      e.preventDefault()
      onChoose({ kind: 'code', codeId: byShortcut })
      return
    }
    if (combo === 'Ctrl+I' || combo === 'Meta+I') {
      e.preventDefault()
      onChoose({ kind: 'inVivo' })
      return
    }
    if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    } else if (e.key === 'ArrowDown') {
      e.preventDefault()
      setActive(Math.min(current + 1, options.length - 1))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive(Math.max(current - 1, 0))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (options[current]) onChoose(options[current])
    } else if (/^[1-9]$/.test(e.key) && query === '' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const id = recent[Number(e.key) - 1]
      if (id && codes.some((c) => c.id === id)) {
        e.preventDefault()
        onChoose({ kind: 'code', codeId: id })
      }
    }
  }

  // Keep the palette on screen.
  const left = Math.max(8, Math.min(at.x, window.innerWidth - 392))
  const top = Math.max(8, Math.min(at.y, window.innerHeight - 420))
  return (
    <div
      ref={box}
      className="iv-palette"
      style={{ left, top }}
      role="dialog"
      aria-label={t('iv.palette.title')}
      data-testid="quick-code"
      data-start={start}
      data-end={end}
      onMouseDown={(e) => e.stopPropagation()}
    >
      <input
        ref={input}
        value={query}
        placeholder={t('iv.palette.placeholder')}
        data-testid="quick-code-input"
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKey}
        onBlur={(e) => {
          if (!box.current?.contains(e.relatedTarget as Node)) onClose()
        }}
      />
      <div className="quote" title={quote} data-testid="quick-code-quote">
        “{quote.length > 140 ? quote.slice(0, 137) + '…' : quote}”
      </div>
      <ul role="listbox">
        {options.map((o, i) => {
          if (o.kind === 'create')
            return (
              <li key="create" className={i === current ? 'active new' : 'new'} role="option" aria-selected={i === current} onMouseDown={(e) => e.preventDefault()} onClick={() => onChoose(o)}>
                + {t('iv.palette.create', { name: o.name! })}
              </li>
            )
          if (o.kind === 'inVivo')
            return (
              <li
                key="invivo"
                className={i === current ? 'active new' : 'new'}
                role="option"
                aria-selected={i === current}
                data-testid="quick-code-invivo"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onChoose(o)}
              >
                ❝ {t('iv.palette.inVivo')} <span className="iv-kbd">Ctrl+I</span>
              </li>
            )
          if (o.kind === 'moveCoding')
            return (
              <li key="move" className={i === current ? 'active new' : 'new'} role="option" aria-selected={i === current} onMouseDown={(e) => e.preventDefault()} onClick={() => onChoose(o)}>
                ⇔ {t('iv.palette.move')}
              </li>
            )
          const r = ranked[i]
          const code = r.item
          const recentIdx = recency.get(code.id)
          const leafStart = code.path.length - code.name.length
          const marked = highlight(code.path, r.match.indices)
          return (
            <li
              key={code.id}
              className={i === current ? 'active' : undefined}
              role="option"
              aria-selected={i === current}
              data-testid="quick-code-option"
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => onChoose(o)}
            >
              <span className="key">{query === '' && recentIdx !== undefined && recentIdx < 9 ? recentIdx + 1 : ''}</span>
              <span className="iv-colour-dot" style={{ background: code.color }} />
              <span className="path" title={code.path}>
                {r.match.indices.length ? marked : (
                  <>
                    <span className="parent">{code.path.slice(0, leafStart)}</span>
                    {code.name}
                  </>
                )}
              </span>
              {code.shortcut && <span className="iv-kbd" data-testid="quick-code-shortcut">{code.shortcut}</span>}
              <span className="iv-perf">{code.codings}</span>
            </li>
          )
        })}
        {options.length === 0 && <li className="muted">{t('iv.palette.none')}</li>}
      </ul>
      <div className="foot">{t('iv.palette.help')}</div>
    </div>
  )
}
