import { useEffect, useState, type ReactNode } from 'react'
import type { PreviewHitDto } from '../../../../shared/ipc/privacy'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'

/** How much text around the focused hit the preview shows, each side. */
const WINDOW = 600

/**
 * The focused hit's passage as it will read after applying: accepted hits show their surrogate
 * (the real text struck through beside it), rejected ones stay as they are, highlighted.
 */
export function TextPreview({ hit, hits, accepted }: { hit: PreviewHitDto; hits: PreviewHitDto[]; accepted: Map<string, boolean> }) {
  const { t } = useI18n()
  // Read once per source, not on every project change: applying hides this very source, and the
  // preview goes with it (a reload would ask for a source that is no longer live).
  const [loaded, setLoaded] = useState<{ id: string; text: string } | null>(null)
  useEffect(() => {
    let live = true
    call('coding:sourceView', { sourceId: hit.sourceId, includeText: true }).then(
      (v) => live && setLoaded({ id: hit.sourceId, text: v.text ?? '' }),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [hit.sourceId])
  const text = loaded?.id === hit.sourceId ? loaded.text : null
  if (text === null) return <div className="card privacy-preview muted">{t('common.loading')}</div>
  const from = Math.max(0, hit.start - WINDOW)
  const to = Math.min(text.length, hit.end + WINDOW)
  const parts: ReactNode[] = []
  let cursor = from
  for (const h of hits.filter((x) => x.start >= from && x.end <= to).sort((a, b) => a.start - b.start)) {
    if (h.start < cursor) continue
    parts.push(text.slice(cursor, h.start))
    parts.push(
      accepted.get(h.id) ? (
        <span key={h.id} className={h.id === hit.id ? 'privacy-replaced focused' : 'privacy-replaced'} title={h.text}>
          <del>{h.text}</del> <ins>{h.surrogate}</ins>
        </span>
      ) : (
        <mark key={h.id} className={h.id === hit.id ? 'focused' : undefined}>
          {h.text}
        </mark>
      )
    )
    cursor = h.end
  }
  parts.push(text.slice(cursor, to))
  return (
    <div className="card privacy-preview" data-testid="privacy-preview">
      <h3>{t('privacy.preview.title', { source: hit.source })}</h3>
      <p className="privacy-preview-text">
        {from > 0 && '…'}
        {parts}
        {to < text.length && '…'}
      </p>
    </div>
  )
}
