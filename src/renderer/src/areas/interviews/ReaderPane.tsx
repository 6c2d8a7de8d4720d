import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CodingDto, SourceViewDto } from '../../../../shared/ipc/coding'
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
import { canonicalSelection, type OffsetRange } from './offset-rules'
import { selectUnit, selectionRange, type KeySelection } from './keyboard-selection'
import { useReaderKeys } from './use-reader-keys'
import { MediaBar, type MediaBarHandle } from './MediaBar'

interface PaletteState {
  start: number
  end: number
  x: number
  y: number
}

/** The centre of the coding tab: the transcript, its codings, keyboard selection and the quick-code palette. */
export function ReaderPane({ view, onCoded }: { view: SourceViewDto | null; onCoded?(coding: CodingDto): void }) {
  const { t } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const { sourceId, codingId, setCodingId, jump, setSelection } = iv
  const current: SourceViewDto | null = view && view.source.id === sourceId ? view : null
  const [hidden, setHidden] = useState<Set<string>>(new Set())
  const model = useMemo(() => (current ? buildReaderModel(current, hidden) : null), [current, hidden])
  const list = useRef<ReaderListHandle>(null)
  const scope = useRef<HTMLDivElement>(null)
  const media = useRef<MediaBarHandle>(null)
  const [palette, setPalette] = useState<PaletteState | null>(null)
  const [flash, setFlash] = useState<Overlay | null>(null)
  const [keySel, setKeySel] = useState<KeySelection | null>(null)
  const handledJump = useRef(0)

  useEffect(() => {
    setPalette(null)
    setKeySel(null)
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

  /** Keyboard selection: remembered for the panels, and its caret kept on screen. */
  const select = useCallback(
    (sel: KeySelection) => {
      if (!model) return
      setKeySel(sel)
      window.getSelection()?.removeAllRanges()
      const r = selectionRange(sel)
      const range = canonicalSelection(model.text, r)
      setSelection(range ? { sourceId: model.sourceId, ...range } : null)
      list.current?.ensureVisible(Math.min(paragraphAt(model.paragraphs, sel.caret), model.paragraphs.length - 1))
    },
    [model, setSelection]
  )

  /** The passage the keys act on: the mouse selection, else the keyboard one, else the last one kept. */
  const currentRange = useCallback((): OffsetRange | null => {
    if (!model || !scope.current) return null
    const dom = canonicalSelection(model.text, selectionToOffsets(window.getSelection(), scope.current))
    if (dom) return dom
    if (keySel) {
      const r = canonicalSelection(model.text, selectionRange(keySel))
      if (r) return r
    }
    if (iv.selection && iv.selection.sourceId === model.sourceId) return { start: iv.selection.start, end: iv.selection.end }
    return null
  }, [model, keySel, iv.selection])

  const firstVisibleOffset = useCallback((): number => {
    if (!model) return 0
    const row = list.current?.firstVisible() ?? 0
    return model.paragraphs[Math.min(row, model.paragraphs.length - 1)]?.[0] ?? 0
  }, [model])

  const anchorRect = (): { x: number; y: number } => {
    const sel = window.getSelection()
    if (sel && sel.rangeCount && !sel.isCollapsed) {
      const rect = sel.getRangeAt(0).getBoundingClientRect()
      if (rect.width || rect.height) return { x: rect.left, y: rect.bottom + 8 }
    }
    const caret = scope.current?.querySelector('.kbsel, .caret, .pending')?.getBoundingClientRect()
    if (caret) return { x: caret.left, y: caret.bottom + 8 }
    const r = scope.current!.getBoundingClientRect()
    return { x: r.left + r.width / 2 - 190, y: r.top + 80 }
  }

  /**
   * Opens the palette on the selection; without one, on the sentence at the caret (or at the top of
   * the screen), which becomes the selection, so Ctrl+K always leads somewhere.
   */
  const openPalette = useCallback(() => {
    if (!model || !scope.current) return
    let range = currentRange()
    if (!range) {
      const at = keySel?.caret ?? firstVisibleOffset()
      const sentence = selectionRange(selectUnit(model.text, model.structure, { anchor: at, caret: at }, 'sentence'))
      range = canonicalSelection(model.text, sentence)
      if (!range) return
      select({ anchor: range.start, caret: range.end })
    }
    setSelection({ sourceId: model.sourceId, ...range })
    setPalette({ ...range, ...anchorRect() })
  }, [model, currentRange, keySel, firstVisibleOffset, select, setSelection])

  const afterCoding = (end: number): void => {
    // The caret moves on past the coded passage: the next key goes on from there.
    setKeySel({ anchor: end, caret: end })
    window.getSelection()?.removeAllRanges()
    scope.current?.focus({ preventScroll: true })
  }

  const codeWith = useCallback(
    async (codeId: string, range: OffsetRange | null = currentRange()) => {
      if (!model || !range) return
      // The caret moves on at once, not when the service answers: a key pressed meanwhile (P for the
      // next paragraph) goes on from the coded passage instead of widening the old selection.
      afterCoding(range.end)
      try {
        const coding = await call('coding:createCoding', { sourceId: model.sourceId, codeId, start: range.start, end: range.end })
        onCoded?.(coding)
        iv.noteApplied(codeId)
        setCodingId(coding.id)
      } catch (e) {
        setKeySel({ anchor: range.start, caret: range.end })
        report(e)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, currentRange, iv.noteApplied, setCodingId, report]
  )

  const inVivo = useCallback(
    async (range: OffsetRange | null = currentRange()) => {
      if (!model || !range) return
      afterCoding(range.end)
      try {
        const r = await call('coding:inVivo', { sourceId: model.sourceId, start: range.start, end: range.end })
        iv.noteApplied(r.code.id)
        setCodingId(r.coding.id)
      } catch (e) {
        // Not coded: the passage is selected again, to retry or choose another code.
        setKeySel({ anchor: range.start, caret: range.end })
        report(e)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, currentRange, iv.noteApplied, setCodingId, report]
  )

  const { onReaderKeyDown } = useReaderKeys(model, keySel, iv.codes, !!palette, {
    setSelection: select,
    openPalette,
    applyCode: (id) => void codeWith(id),
    applyLast: () => iv.recent[0] && void codeWith(iv.recent[0]),
    inVivo: () => void inVivo(),
    firstVisibleOffset
  })

  const onMouseUp = () => {
    // Let the browser finish the selection (double and triple clicks) before reading it.
    requestAnimationFrame(() => {
      const sel = window.getSelection()
      if (!sel || sel.isCollapsed || !model || !scope.current) return
      const range = canonicalSelection(model.text, selectionToOffsets(sel, scope.current))
      if (!range) return
      setKeySel({ anchor: range.start, caret: range.end })
      openPalette()
    })
  }

  const choose = async (choice: PaletteChoice) => {
    if (!palette || !model) return
    const range = { start: palette.start, end: palette.end }
    setPalette(null)
    try {
      if (choice.kind === 'moveCoding') {
        if (codingId) await call('coding:resizeCoding', { codingId, ...range })
        return
      }
      if (choice.kind === 'inVivo') return void inVivo(range)
      let codeId = choice.codeId
      if (choice.kind === 'create') codeId = (await call('coding:createCode', { name: choice.name! })).id
      await codeWith(codeId!, range)
    } catch (e) {
      report(e)
    }
  }

  /** Escape closes the palette only: the passage stays selected and the keys go back to the reader. */
  const closePalette = () => {
    if (palette) setKeySel({ anchor: palette.start, caret: palette.end })
    setPalette(null)
    scope.current?.focus({ preventScroll: true })
  }

  const overlays = useMemo(() => {
    const o: Overlay[] = []
    if (palette) o.push({ start: palette.start, end: palette.end, cls: 'pending' })
    else if (keySel && model) {
      const r = selectionRange(keySel)
      if (r.end > r.start) o.push({ ...r, cls: 'kbsel' })
      const c = Math.min(keySel.caret, Math.max(0, model.text.length - 1))
      o.push({ start: c, end: c + 1, cls: keySel.caret >= model.text.length ? 'caret after' : 'caret' })
    }
    if (flash) o.push(flash)
    return o
  }, [palette, flash, keySel, model])

  const onPick = useCallback((id: string) => setCodingId(id), [setCodingId])
  const playFrom = useCallback((offset: number) => media.current?.playAt(offset), [])

  if (!sourceId) return <div className="iv-reader-empty">{t('iv.reader.noSource')}</div>
  if (!current || !model) return <div className="iv-reader-empty">{t('common.loading')}</div>
  const s = current.source
  return (
    <>
      <div className="iv-reader-head">
        <h2 data-testid="reader-title">{s.name}</h2>
        <span className="muted">
          {s.caseName ? `${t('iv.case')}: ${s.caseName} · ` : ''}
          {t('iv.words', { count: s.words })} · {t('iv.codingsN', { count: model.codings.length })}
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
        <span className="hint" title={t('iv.reader.keysHelp')}>
          {t('iv.reader.hintKeys')}
        </span>
      </div>
      <MediaBar ref={media} source={s} structure={model.structure} />
      <div
        className="iv-reader"
        ref={scope}
        tabIndex={0}
        role="document"
        aria-label={t('iv.reader.label', { name: s.name })}
        aria-describedby="iv-reader-keys"
        onMouseUp={onMouseUp}
        onKeyDown={onReaderKeyDown}
        onFocus={() => !keySel && setKeySel({ anchor: firstVisibleOffset(), caret: firstVisibleOffset() })}
        data-testid="reader"
        data-source={s.id}
        data-sel-start={keySel ? selectionRange(keySel).start : undefined}
        data-sel-end={keySel ? selectionRange(keySel).end : undefined}
      >
        <span id="iv-reader-keys" hidden>
          {t('iv.reader.keysHelp')}
        </span>
        <ReaderList
          key={s.id}
          ref={list}
          count={model.paragraphs.length}
          testId="reader-scroll"
          render={(i) => (
            <ParagraphRow index={i} model={model} selectedCodingId={codingId} overlays={overlays} onPick={onPick} onPlay={current.source.media ? playFrom : undefined} />
          )}
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
          onClose={closePalette}
        />
      )}
    </>
  )
}
