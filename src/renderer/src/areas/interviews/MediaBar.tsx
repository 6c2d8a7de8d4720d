import { forwardRef, useImperativeHandle, useRef, useState } from 'react'
import type { SourceDto, SourceStructureDto } from '../../../../shared/ipc/coding'
import { formatClock, timeAt } from '../../../../shared/media-time'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'

export interface MediaBarHandle {
  /** Plays the recording from the time of a text offset. */
  playAt(offset: number): void
}

/**
 * The transcript's recording: attach one (kept inside the project), play it in the app's own
 * protocol (media/SOURCE-ID, range requests), and start it from any paragraph's ▶.
 */
export const MediaBar = forwardRef<MediaBarHandle, { source: SourceDto; structure: SourceStructureDto }>(function MediaBar({ source, structure }, ref) {
  const { t, number } = useI18n()
  const { report } = useErrors()
  const job = useJob()
  const player = useRef<HTMLVideoElement & HTMLAudioElement>(null)
  const [at, setAt] = useState<number | null>(null)
  useImperativeHandle(ref, () => ({
    playAt(offset: number) {
      const time = timeAt(structure, offset)
      const el = player.current
      if (time === null || !el) return
      el.currentTime = time
      setAt(time)
      void el.play().catch(() => undefined)
    }
  }))
  const timed = !!(structure.cues?.length || structure.timestamps.length)
  const attach = () => job.run(t('iv.media.attaching'), (jobId) => call('coding:attachMedia', { sourceId: source.id, jobId })).catch(report)
  if (!source.media)
    return (
      <div className="iv-media none" data-testid="media-bar">
        <button className="iv-small" onClick={() => void attach()} data-testid="media-attach">
          {t('iv.media.attach')}
        </button>
        <span className="hint">{timed ? t('iv.media.attachHint') : t('iv.media.noTimes')}</span>
      </div>
    )
  const m = source.media
  const video = m.mime.startsWith('video/')
  const src = `media/${encodeURIComponent(source.id)}?v=${encodeURIComponent(m.id)}`
  return (
    <div className={video ? 'iv-media video' : 'iv-media'} data-testid="media-bar">
      {video ? (
        <video ref={player} src={src} controls preload="metadata" data-testid="media-player" onTimeUpdate={(e) => setAt(e.currentTarget.currentTime)} />
      ) : (
        <audio ref={player} src={src} controls preload="metadata" data-testid="media-player" onTimeUpdate={(e) => setAt(e.currentTarget.currentTime)} />
      )}
      <span className="muted" title={m.name}>
        {m.name} · {t('iv.media.mb', { n: number(m.size / 1024 / 1024, { maximumFractionDigits: 1 }) })}
        {at !== null ? ` · ${formatClock(at)}` : ''}
      </span>
      <button className="iv-small" onClick={() => void attach()}>
        {t('iv.media.replace')}
      </button>
      <button className="iv-small" onClick={() => void call('coding:detachMedia', { sourceId: source.id }).catch(report)} data-testid="media-detach">
        {t('iv.media.detach')}
      </button>
    </div>
  )
})
