import { useState } from 'react'
import type { IndicatorDefDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'

/** Chooses indicators as table rows, in a chosen order. */
export function IndicatorPicker({ defs, value, onChange }: { defs: IndicatorDefDto[]; value: string[]; onChange(v: string[]): void }) {
  const { t } = useI18n()
  const [q, setQ] = useState('')
  const byKey = (k: string) => defs.find((d) => d.code === k || d.id === k)
  const chosen = value.map((k) => ({ key: k, def: byKey(k) }))
  const needle = q.trim().toLowerCase()
  const available = defs.filter((d) => !value.some((k) => k === d.code || k === d.id) && (!needle || `${d.code} ${d.name}`.toLowerCase().includes(needle)))
  const move = (i: number, delta: number) => {
    const next = [...value]
    const [x] = next.splice(i, 1)
    next.splice(i + delta, 0, x)
    onChange(next)
  }
  return (
    <div className="picker" data-testid="table-indicators">
      <div className="picker-col">
        <input type="search" placeholder={t('ind.list.search')} aria-label={t('ind.list.search')} value={q} onChange={(e) => setQ(e.target.value)} />
        <ul className="picker-list" aria-label={t('ind.tables.available')}>
          {available.map((d) => (
            <li key={d.id}>
              <button type="button" className="picker-item" onClick={() => onChange([...value, d.code])}>
                <strong>{d.code}</strong> {d.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="picker-col">
        <div className="hint">{t('ind.tables.chosen', { n: value.length })}</div>
        <ol className="picker-list chosen" aria-label={t('ind.tables.rows')}>
          {chosen.length === 0 && <li className="picker-empty">{t('ind.tables.pickHint')}</li>}
          {chosen.map((c, i) => (
            <li key={c.key}>
              <span className="picker-label">
                <strong>{c.def?.code ?? c.key}</strong> {c.def?.name ?? t('ind.tables.unknownIndicator')}
              </span>
              <span className="picker-actions">
                <button type="button" className="link" disabled={i === 0} aria-label={t('ind.tables.up')} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button type="button" className="link" disabled={i === chosen.length - 1} aria-label={t('ind.tables.down')} onClick={() => move(i, 1)}>
                  ↓
                </button>
                <button type="button" className="link" aria-label={t('ind.tables.remove')} onClick={() => onChange(value.filter((_, k) => k !== i))}>
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  )
}
