import { useMemo, useState } from 'react'
import type { CodeDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { fold } from './fuzzy'
import { siblingIndex, visibleCodes } from './code-tree-view'

interface Props {
  codes: CodeDto[]
  selectedId: string | null
  onSelect(id: string): void
  /** Double click (left panel: apply the code to the current selection). */
  onActivate?(id: string): void
  /** Drag to reparent or reorder, rename in place. */
  editable?: boolean
  filter?: string
  testId?: string
}

type Drop = { id: string; where: 'before' | 'into' } | { id: null; where: 'root' }

/** The codebook as a tree: colours, counts, collapse; in edit mode drag and drop and inline rename. */
export function CodeTree({ codes, selectedId, onSelect, onActivate, editable, filter = '', testId }: Props) {
  const { t, number } = useI18n()
  const { report } = useErrors()
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set())
  const [dragId, setDragId] = useState<string | null>(null)
  const [drop, setDrop] = useState<Drop | null>(null)
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null)
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes])
  const hasChildren = useMemo(() => new Set(codes.map((c) => c.parentId).filter(Boolean) as string[]), [codes])
  const shown = useMemo(() => visibleCodes(codes, collapsed, fold(filter.trim())), [codes, collapsed, filter])

  const toggle = (id: string) =>
    setCollapsed((s) => {
      const n = new Set(s)
      if (n.has(id)) n.delete(id)
      else n.add(id)
      return n
    })

  const move = async (id: string, target: Drop) => {
    try {
      if (target.where === 'root') await call('coding:moveCode', { codeId: id, parentId: null })
      else if (target.where === 'into') await call('coding:moveCode', { codeId: id, parentId: target.id })
      else {
        const anchor = byId.get(target.id)!
        await call('coding:moveCode', { codeId: id, parentId: anchor.parentId, index: siblingIndex(codes, anchor, id) })
      }
    } catch (e) {
      report(e)
    }
  }

  const rename = async () => {
    if (!renaming) return
    const code = byId.get(renaming.id)
    setRenaming(null)
    if (!code || !renaming.name.trim() || renaming.name.trim() === code.name) return
    await call('coding:updateCode', { codeId: code.id, name: renaming.name }).catch(report)
  }

  return (
    <div className="iv-tree" role="tree" data-testid={testId}>
      {shown.map((c) => {
        const cls = ['iv-node']
        if (c.id === selectedId) cls.push('active')
        if (c.id === dragId) cls.push('dragging')
        if (drop && drop.id === c.id) cls.push(drop.where === 'into' ? 'drop-into' : 'drop-before')
        return (
          <div
            key={c.id}
            className={cls.join(' ')}
            role="treeitem"
            aria-selected={c.id === selectedId}
            aria-level={c.depth + 1}
            data-testid="code-node"
            data-code={c.id}
            style={{ paddingLeft: 8 + c.depth * 16 }}
            title={c.definition ?? c.path}
            draggable={editable && !renaming}
            onClick={() => onSelect(c.id)}
            onDoubleClick={() => (editable ? setRenaming({ id: c.id, name: c.name }) : onActivate?.(c.id))}
            onKeyDown={(e) => {
              if (e.target !== e.currentTarget) return
              if (editable && e.key === 'F2') setRenaming({ id: c.id, name: c.name })
              // Keyboard: Enter or Space picks the code; ↑/↓ go to the code above or below.
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault()
                if (e.key === 'Enter' && !editable && onActivate) onActivate(c.id)
                else onSelect(c.id)
              }
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault()
                const sibling = (e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling) as HTMLElement | null
                if (sibling?.dataset.code) sibling.focus()
              }
            }}
            tabIndex={0}
            onDragStart={(e) => {
              e.dataTransfer.setData('text/x-esiti-code', c.id)
              e.dataTransfer.effectAllowed = 'move'
              setDragId(c.id)
            }}
            onDragEnd={() => {
              setDragId(null)
              setDrop(null)
            }}
            onDragOver={(e) => {
              if (!dragId || dragId === c.id) return
              e.preventDefault()
              const r = e.currentTarget.getBoundingClientRect()
              const where = e.clientY - r.top < r.height * 0.3 ? 'before' : 'into'
              if (!drop || drop.id !== c.id || drop.where !== where) setDrop({ id: c.id, where })
            }}
            onDrop={(e) => {
              e.preventDefault()
              if (dragId && drop && drop.id === c.id) void move(dragId, drop)
              setDragId(null)
              setDrop(null)
            }}
          >
            <button
              className="twisty"
              tabIndex={-1}
              aria-label={collapsed.has(c.id) ? t('iv.tree.expand') : t('iv.tree.collapse')}
              onClick={(e) => {
                e.stopPropagation()
                toggle(c.id)
              }}
            >
              {hasChildren.has(c.id) ? (collapsed.has(c.id) ? '▶' : '▼') : ''}
            </button>
            <span className="swatch" style={{ background: c.color }} />
            {renaming?.id === c.id ? (
              <input
                className="rename"
                autoFocus
                value={renaming.name}
                data-testid="code-rename"
                onClick={(e) => e.stopPropagation()}
                onChange={(e) => setRenaming({ id: c.id, name: e.target.value })}
                onBlur={() => void rename()}
                onKeyDown={(e) => {
                  e.stopPropagation()
                  if (e.key === 'Enter') void rename()
                  if (e.key === 'Escape') setRenaming(null)
                }}
              />
            ) : (
              <span className="name">{c.name}</span>
            )}
            {c.shortcut && (
              <span className="iv-kbd" data-testid="code-shortcut" title={t('iv.tree.shortcutHint', { key: c.shortcut })}>
                {c.shortcut}
              </span>
            )}
            {hasChildren.has(c.id) ? (
              <span className="iv-count sum" title={t('iv.tree.sumHint')}>
                Σ {number(c.codingsTotal)}
              </span>
            ) : (
              <span className="iv-count" title={t('iv.tree.countHint')}>
                {number(c.codings)}
              </span>
            )}
          </div>
        )
      })}
      {shown.length === 0 && <div className="iv-empty">{codes.length ? t('iv.tree.noMatch') : t('iv.tree.empty')}</div>}
      {editable && dragId && (
        <div
          className={drop?.where === 'root' ? 'iv-root-drop drop-into' : 'iv-root-drop'}
          onDragOver={(e) => {
            e.preventDefault()
            if (drop?.where !== 'root') setDrop({ id: null, where: 'root' })
          }}
          onDrop={(e) => {
            e.preventDefault()
            if (dragId) void move(dragId, { id: null, where: 'root' })
            setDragId(null)
            setDrop(null)
          }}
        >
          {t('iv.tree.dropRoot')}
        </div>
      )}
    </div>
  )
}
