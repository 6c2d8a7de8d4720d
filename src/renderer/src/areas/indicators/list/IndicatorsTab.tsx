import { useMemo, useState } from 'react'
import type { IndicatorDefDto } from '../../../../../shared/ipc/indicators'
import { useErrors } from '../../../components/ErrorSurface'
import { useJob } from '../../../components/JobProgress'
import { call } from '../../../lib/api'
import { useCall } from '../../../lib/use-call'
import { useI18n } from '../../../i18n/I18n'
import { IndicatorBuilder } from '../builder/IndicatorBuilder'
import { ConfirmDialog } from '../ConfirmDialog'
import { IndicatorDetail } from './IndicatorDetail'
import { IndicatorTable } from './IndicatorTable'

type SourceFilter = 'all' | 'survey' | 'register' | 'coding' | 'error'

/** The indicator list by report section, its detail panel, and the builder. */
export function IndicatorsTab() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { report } = useErrors()
  const { run } = useJob()
  const computed = useCall('indicators:compute', { locale })
  const defs = useCall('indicators:list', {})
  const [selected, setSelected] = useState<string | null>(null)
  const [editing, setEditing] = useState<IndicatorDefDto | 'new' | null>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [query, setQuery] = useState('')
  const [source, setSource] = useState<SourceFilter>('all')
  const [notice, setNotice] = useState<string | null>(null)
  const options = useCall('indicators:options', editing ? {} : null, [editing !== null])

  const all = computed.data ?? []
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    return all.filter(
      (r) =>
        (source === 'all' || (source === 'error' ? r.status === 'error' : r.source === source)) &&
        (!q || r.code.toLowerCase().includes(q) || r.name.toLowerCase().includes(q))
    )
  }, [all, query, source])
  const errors = all.filter((r) => r.status === 'error').length
  const current = all.find((r) => r.id === selected) ?? null

  const recompute = () =>
    void run(t('ind.list.computing'), async (jobId) => {
      const value = await call('indicators:compute', { locale, jobId })
      computed.setData(value)
    })

  // Main also announces project changes; reloading here keeps the list right if it does not.
  const refresh = () => {
    void computed.reload()
    void defs.reload()
  }

  const startEdit = (id: string) => {
    const d = defs.data?.find((x) => x.id === id)
    if (d) setEditing(d)
    else report(new Error(t('ind.list.defMissing')))
  }

  const confirmDelete = async () => {
    const r = all.find((x) => x.id === deleting)
    setDeleting(null)
    if (!r) return
    try {
      await call('indicators:delete', { ids: [r.id] })
      setSelected(null)
      setNotice(t('ind.list.deleted', { code: r.code }))
      refresh()
    } catch (e) {
      report(e)
    }
  }

  return (
    <div className="ind-tab" data-testid="indicators-tab">
      <div className="toolbar">
        <button className="primary" onClick={() => setEditing('new')} data-testid="indicator-new">
          {t('ind.list.new')}
        </button>
        <button onClick={recompute} data-testid="indicator-recompute">
          {t('ind.list.recompute')}
        </button>
        <input type="search" className="search-wide" placeholder={t('ind.list.search')} aria-label={t('ind.list.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <div className="segmented" role="group" aria-label={t('ind.field.source')}>
          {(['all', 'survey', 'register', 'coding', 'error'] as SourceFilter[]).map((s) => (
            <button key={s} className={source === s ? 'active' : ''} aria-pressed={source === s} onClick={() => setSource(s)}>
              {t(`ind.list.filter.${s}`)}
            </button>
          ))}
        </div>
        <span className="muted" data-testid="indicator-count">
          {t('ind.list.count', { count: all.length })}
          {errors > 0 && <span className="status-error"> · {t('ind.list.errors', { n: errors })}</span>}
        </span>
      </div>
      {notice && (
        <div className="notice" role="status">
          {notice}{' '}
          <button className="link" onClick={() => setNotice(null)}>
            {t('error.dismiss')}
          </button>
        </div>
      )}
      {!computed.data && <p className="muted">{t('common.loading')}</p>}
      {computed.data && all.length === 0 && (
        <div className="card empty">
          <p>{t('ind.list.empty')}</p>
        </div>
      )}
      {computed.data && all.length > 0 && (
        <div className={current ? 'ind-split with-detail' : 'ind-split'}>
          <div className="ind-list-pane">
            {shown.length === 0 ? <p className="muted">{t('ind.list.noMatch')}</p> : <IndicatorTable items={shown} selected={selected} onSelect={setSelected} />}
          </div>
          {current && (
            <IndicatorDetail r={current} onClose={() => setSelected(null)} onEdit={() => startEdit(current.id)} onDelete={() => setDeleting(current.id)} />
          )}
        </div>
      )}
      {editing && options.data && (
        <IndicatorBuilder
          options={options.data}
          def={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(d) => {
            setEditing(null)
            setSelected(d.id)
            setNotice(t('ind.list.saved', { code: d.code }))
            refresh()
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('ind.confirm.deleteTitle')}
          message={t('ind.confirm.deleteIndicator', { code: all.find((x) => x.id === deleting)?.code ?? '' })}
          onClose={() => setDeleting(null)}
          onConfirm={() => void confirmDelete()}
        />
      )}
    </div>
  )
}
