import { useState } from 'react'
import type { WavePreviewDto } from '../../../../shared/ipc/survey'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { nOf } from '../../i18n/count'

/**
 * The waves of a dataset and the append flow: choose the next wave's file, review how its columns
 * map onto the dataset's variables (names drift between waves), then append; the recipe replays on all.
 */
export function WavesTab({ dataset, hasWaves, version }: { dataset: string; hasWaves: boolean; version: string }) {
  const i18n = useI18n()
  const { t } = i18n
  const job = useJob()
  const { data: waves } = useCall('survey:waves', { dataset }, [version])
  const [wave, setWave] = useState('')
  const [baseWave, setBaseWave] = useState('')
  const [preview, setPreview] = useState<WavePreviewDto | null>(null)
  const [map, setMap] = useState<Record<string, string | null>>({})
  const [done, setDone] = useState<string | null>(null)

  const pick = async (): Promise<void> => {
    setDone(null)
    const p = await job.run(t('sv.import.reading'), (jobId) => call('survey:pickWave', { dataset, wave: wave.trim(), jobId }))
    if (p) {
      setPreview(p)
      setMap({})
    }
  }
  const remap = async (from: string, column: string): Promise<void> => {
    if (!preview) return
    const next = { ...map, [from]: column === '' ? null : column }
    setMap(next)
    const p = await job.run(t('sv.import.reading'), (jobId) => call('survey:previewWave', { dataset, file: preview.file, wave: preview.wave, map: next, jobId }))
    if (p) setPreview(p)
  }
  const append = async (): Promise<void> => {
    if (!preview) return
    const r = await job.run(t('sv.waves.appending'), (jobId) =>
      call('survey:appendWave', { dataset, file: preview.file, wave: preview.wave, map, baseWave: baseWave.trim() || undefined, jobId })
    )
    if (r) {
      setPreview(null)
      setWave('')
      setDone(t('sv.waves.done', { wave: r.wave, rows: nOf('responses', r.rows), total: r.totalRows }))
    }
  }
  const columns = preview ? [...new Set([...preview.mapping.map((m) => m.column).filter((c): c is string => !!c), ...preview.unused])] : []
  return (
    <div className="sv-waves" data-testid="sv-waves">
      <table className="sv-table">
        <thead>
          <tr>
            <th>{t('sv.waves.wave')}</th>
            <th>{t('sv.import.file')}</th>
            <th className="num">{t('sv.waves.rows')}</th>
            <th>{t('sv.waves.importedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {(waves ?? []).map((w) => (
            <tr key={w.id} data-testid="sv-wave">
              <td>{w.wave}</td>
              <td>{w.file}</td>
              <td className="num">{i18n.number(w.rows)}</td>
              <td>{i18n.date(w.importedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {done && <p className="status-ok" data-testid="sv-wave-done">{done}</p>}
      <h3>{t('sv.waves.add')}</h3>
      <div className="toolbar">
        <label className="inline">
          {t('sv.waves.label')}
          <input value={wave} data-testid="sv-wave-label" onChange={(e) => setWave(e.target.value)} placeholder="2024" />
        </label>
        {!hasWaves && (
          <label className="inline">
            {t('sv.waves.baseLabel')}
            <input value={baseWave} onChange={(e) => setBaseWave(e.target.value)} placeholder="2023" />
          </label>
        )}
        <button disabled={!wave.trim()} data-testid="sv-wave-pick" onClick={() => void pick()}>
          {t('sv.waves.pick')}
        </button>
      </div>
      {preview && (
        <div className="card" data-testid="sv-wave-preview">
          <p>{t('sv.waves.preview', { count: preview.rows, platform: t(`sv.platform.${preview.platform}`) })}</p>
          <table className="sv-table">
            <thead>
              <tr>
                <th>{t('sv.waves.variable')}</th>
                <th>{t('sv.waves.column')}</th>
                <th>{t('sv.waves.how')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.mapping.map((m) => (
                <tr key={m.from} className={m.how === 'similar' ? 'sv-map-similar' : m.to ? '' : 'sv-map-none'} data-testid="sv-wave-map">
                  <td>
                    <span className="mono">{m.from}</span>
                    {m.label && <div className="muted">{m.label}</div>}
                  </td>
                  <td>
                    <select value={m.column ?? ''} onChange={(e) => void remap(m.from, e.target.value)}>
                      <option value="">{t('sv.waves.noColumn')}</option>
                      {columns.map((c) => (
                        <option key={c} value={c}>
                          {c}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{m.to ? t(`sv.how.${m.how}`, { score: i18n.percent(m.score, 0) }) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.unused.length > 0 && <p className="hint">{t('sv.waves.unused', { cols: preview.unused.join('; ') })}</p>}
          {preview.affectedSteps.length > 0 && (
            <ul className="status-warn">
              {preview.affectedSteps.map((s) => (
                <li key={s.id}>{t('sv.waves.affected', { op: t(`sv.kind.${s.op}`), vars: s.variables.join(', ') })}</li>
              ))}
            </ul>
          )}
          <div className="toolbar">
            <button className="primary" data-testid="sv-wave-append" onClick={() => void append()}>
              {t('sv.waves.append', { count: preview.rows })}
            </button>
            <button onClick={() => setPreview(null)}>{t('common.cancel')}</button>
          </div>
        </div>
      )}
    </div>
  )
}
