import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { SourceViewDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { ReaderList, type ReaderListHandle } from './ReaderList'
import { ParagraphRow } from './ParagraphRow'
import { QuickCodePalette, type PaletteChoice } from './QuickCodePalette'
import { buildReaderModel } from './reader-model'
import { paragraphAt, type Overlay } from './layout'
import { selectionToOffsets } from './selection-offsets'
import { canonicalSelection } from './offset-rules'
import { countKey } from './plural'

interface PaletteState {
  start: number
  end: number
  x: number
  y: number
}

/** The centre of the coding tab: the transcript, its codings, and the quick-code palette. */
export function ReaderPane({ view }: { view: SourceViewDto | null }) {
  const { t, number } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const { sourceId, codingId, setCodingId, jump, setSelection } = iv
  const current: SourceViewDto | null = view && view.source.id === sourceId ? view : null
  const [hidden, setHidden] = useState<Set<string>>(new Set())
  const model = useMemo(() => (current ? buildReaderModel(current, hidden) : null), [current, hidden])
  const list = useRef<ReaderListHandle>(null)
  const scope = useRef<HTMLDivElement>(null)
  const [palette, setPalette] = useState<PaletteState | null>(null)
  const [flash, setFlash] = useState<Overlay | null>(null)
  const handledJump = useRef(0)

  useEffect(() => {
    setPalette(null)
  }, [sourceId])

  // Jumps from retrieval, search and matrices: scroll to the paragraph, then flash the passage.
  useEffect(() => {
    if (!jump || !model || jump.sourceId !== model.sourceId || handledJump.current === jump.nonce) return
    handledJump.current = jump.nonce
    list.current?.scrollToIndex(Math.min(paragraphAt(model.paragraphs, jump.start), model.paragraphs.length - 1))
    setFlash({ start: jump.start, end: jump.end, cls: 'flash' })
    const timer = setTimeout(() => setFlash(null), 1800)
    return () => clearTimeout(timer)
  }, [jump, model])

  const openPalette = useCallback(
    (fromKeyboard: boolean) => {
      if (!model || !scope.current) return false
      const sel = window.getSelection()
      const raw = selectionToOffsets(sel, scope.current)
      const range = canonicalSelection(model.text, raw)
      if (!range) {
        if (fromKeyboard && iv.selection && iv.selection.sourceId === model.sourceId) {
          const r = scope.current.getBoundingClientRect()
          setPalette({ ...iv.selection, x: r.left + r.width / 2 - 190, y: r.top + 80 })
          return true
        }
        return false
      }
      const rect = sel!.getRangeAt(0).getBoundingClientRect()
      setSelection({ sourceId: model.sourceId, ...range })
      setPalette({ ...range, x: rect.left, y: rect.bottom + 8 })
      return true
    },
    [model, iv.selection, setSelection]
  )

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (!mod || palette) return
      if (e.key.toLowerCase() === 'k' || e.key === 'Enter') {
        if ((e.target as HTMLElement)?.closest('input, textarea, select')) return
        if (openPalette(true)) e.preventDefault()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [openPalette, palette])

  const onMouseUp = () => {
    // Let the browser finish the selection (double and triple clicks) before reading it.
    requestAnimationFrame(() => {
      const sel = window.getSelection()
      if (sel && !sel.isCollapsed) openPalette(false)
    })
  }

  const choose = async (choice: PaletteChoice) => {
    if (!palette || !model) return
    const { start, end } = palette
    setPalette(null)
    window.getSelection()?.removeAllRanges()
    try {
      if (choice.kind === 'moveCoding') {
        if (codingId) await call('coding:resizeCoding', { codingId, start, end })
        return
      }
      let codeId = choice.codeId
      if (choice.kind === 'create') codeId = (await call('coding:createCode', { name: choice.name! })).id
      const coding = await call('coding:createCoding', { sourceId: model.sourceId, codeId: codeId!, start, end })
      iv.noteApplied(codeId!)
      setCodingId(coding.id)
    } catch (e) {
      report(e)
    }
  }

  const overlays = useMemo(() => {
    const o: Overlay[] = []
    if (palette) o.push({ start: palette.start, end: palette.end, cls: 'pending' })
    if (flash) o.push(flash)
    return o
  }, [palette, flash])

  const onPick = useCallback((id: string) => setCodingId(id), [setCodingId])

  if (!sourceId) return <div className="iv-reader-empty">{t('iv.reader.noSource')}</div>
  if (!current || !model) return <div className="iv-reader-empty">{t('common.loading')}</div>
  const s = current.source
  return (
    <>
      <div className="iv-reader-head">
        <h2 data-testid="reader-title">{s.name}</h2>
        <span className="muted">
          {s.caseName ? `${t('iv.case')}: ${s.caseName} · ` : ''}
          {t('iv.words', { n: number(s.words) })} · {t(countKey('iv.codingsN', model.codings.length), { n: number(model.codings.length) })}
        </span>
        <span className="spacer" />
        {current.coders.length > 1 &&
          current.coders.map((c) => (
            <button
              key={c.id}
              className={hidden.has(c.id) ? 'iv-coder-chip off' : 'iv-coder-chip'}
              data-testid="coder-filter"
              title={t('iv.reader.toggleCoder')}
              onClick={() =>
                setHidden((h) => {
                  const n = new Set(h)
                  if (n.has(c.id)) n.delete(c.id)
                  else n.add(c.id)
                  return n
                })
              }
            >
              <span className="dot" style={{ background: c.color }} /> {c.name}
            </button>
          ))}
        <span className="hint">{t('iv.reader.hint')}</span>
      </div>
      <div className="iv-reader" ref={scope} onMouseUp={onMouseUp} data-testid="reader" data-source={s.id}>
        <ReaderList
          key={s.id}
          ref={list}
          count={model.paragraphs.length}
          testId="reader-scroll"
          render={(i) => <ParagraphRow index={i} model={model} selectedCodingId={codingId} overlays={overlays} onPick={onPick} />}
        />
      </div>
      {palette && iv.codes && (
        <QuickCodePalette
          codes={iv.codes}
          recent={iv.recent}
          quote={model.text.slice(palette.start, palette.end)}
          start={palette.start}
          end={palette.end}
          at={{ x: palette.x, y: palette.y }}
          canMove={!!codingId}
          onChoose={(c) => void choose(c)}
          onClose={() => setPalette(null)}
        />
      )}
    </>
  )
}
