import { useState } from 'react'
import type { ActivityDto, RegisterImportRowError } from '../../../../../shared/ipc/indicators'
import { useErrors } from '../../../components/ErrorSurface'
import { ApiError, call } from '../../../lib/api'
import { useCall } from '../../../lib/use-call'
import { useI18n } from '../../../i18n/I18n'
import { formatCount, optionLabel } from '../format'
import { ConfirmDialog } from '../ConfirmDialog'
import { ActivityEditor } from './ActivityEditor'
import { ImportReport } from '../../../components/ImportReport'
import { RegisterGrid } from './RegisterGrid'

const isRowErrors = (d: unknown): d is RegisterImportRowError[] =>
  Array.isArray(d) && d.every((x) => typeof x === 'object' && x !== null && typeof (x as RegisterImportRowError).row === 'number')

function yearsOf(start: string | null, end: string | null): number[] {
  if (!start || !end) return []
  const out: number[] = []
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) out.push(y)
  return out
}

/** The monitoring register: filters, totals, the grid, the entry form and spreadsheet import. */
export function RegisterTab() {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const [action, setAction] = useState('')
  const [kind, setKind] = useState('')
  const [year, setYear] = useState('')
  const filter = {
    ...(action ? { action } : {}),
    ...(kind ? { kind } : {}),
    ...(year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {})
  }
  const grid = useCall('register:grid', filter)
  const [editing, setEditing] = useState<ActivityDto | 'new' | null>(null)
  const [deleting, setDeleting] = useState<ActivityDto | null>(null)
  const [importing, setImporting] = useState(false)
  const [importError, setImportError] = useState<{ message: string; rows: RegisterImportRowError[] } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const g = grid.data
  const tot = g?.totals
  const genderKnown = tot ? tot.women + tot.men : 0

  const importSheet = async () => {
    setImporting(true)
    try {
      const r = await call('register:import', {})
      if (r) {
        setNotice([t('reg.import.done', { count: r.imported }), ...r.warnings.map((w) => i18n.msg(w))].join(' '))
        void grid.reload()
      }
    } catch (e) {
      if (e instanceof ApiError && e.info.code !== 'CANCELLED') setImportError({ message: i18n.error(e.info), rows: isRowErrors(e.info.details) ? e.info.details : [] })
      else report(e)
    } finally {
      setImporting(false)
    }
  }

  const remove = async () => {
    const a = deleting
    setDeleting(null)
    if (!a) return
    try {
      await call('register:delete', { ids: [a.id] })
      setEditing(null)
      setNotice(t('reg.deleted', { title: a.title }))
      void grid.reload()
    } catch (e) {
      report(e)
    }
  }

  return (
    <div data-testid="register-tab">
      <div className="toolbar">
        <button className="primary" onClick={() => setEditing('new')} disabled={!g} data-testid="activity-new">
          {t('reg.new')}
        </button>
        <button onClick={() => void importSheet()} disabled={importing} data-testid="register-import">
          {importing ? t('reg.import.running') : t('reg.import.button')}
        </button>
        <span className="toolbar-sep" />
        <label className="inline">
          {t('reg.col.action')}
          <select value={action} onChange={(e) => setAction(e.target.value)} data-testid="filter-action">
            <option value="">{t('common.all')}</option>
            {g?.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.code}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('reg.col.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value)} data-testid="filter-kind">
            <option value="">{t('common.all')}</option>
            {g?.kinds.map((k) => (
              <option key={k} value={k}>
                {optionLabel(i18n, 'reg.kind', k)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('reg.year')}
          <select value={year} onChange={(e) => setYear(e.target.value)} data-testid="filter-year">
            <option value="">{t('common.all')}</option>
            {yearsOf(g?.period.start ?? null, g?.period.end ?? null).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {notice && (
        <div className="notice" role="status">
          {notice}{' '}
          <button className="link" onClick={() => setNotice(null)}>
            {t('error.dismiss')}
          </button>
        </div>
      )}
      {tot && (
        <div className="counts reg-totals" data-testid="register-totals">
          <div className="count">
            <span className="count-value">{formatCount(i18n, tot.activities)}</span>
            <span className="count-label">{t('reg.tot.activities')}</span>
          </div>
          <div className="count">
            <span className="count-value">{formatCount(i18n, tot.participants)}</span>
            <span className="count-label">{t('reg.tot.participants')}</span>
          </div>
          <div className="count" title={t('reg.tot.womenHint', { women: tot.women, men: tot.men })}>
            <span className="count-value">{genderKnown > 0 ? i18n.percent(tot.women / genderKnown, 1) : '—'}</span>
            <span className="count-label">{t('reg.tot.women')}</span>
          </div>
          <div className="count">
            <span className="count-value">{formatCount(i18n, tot.organisations)}</span>
            <span className="count-label">{t('reg.tot.organisations')}</span>
          </div>
          <div className="count" title={t('reg.tot.personsHint')} data-testid="register-persons">
            <span className="count-value">{formatCount(i18n, tot.persons)}</span>
            <span className="count-label">{t('reg.tot.persons')}</span>
          </div>
          <div className="count" title={t('reg.tot.participationsHint')} data-testid="register-participations">
            <span className="count-value">{formatCount(i18n, tot.participations)}</span>
            <span className="count-label">{t('reg.tot.participations')}</span>
          </div>
        </div>
      )}
      {!g && <p className="muted">{t('common.loading')}</p>}
      {g && <RegisterGrid rows={g.rows} onOpen={setEditing} />}
      <p className="hint">{t('reg.importHint')}</p>
      {editing && g && (
        <ActivityEditor
          grid={g}
          activity={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDelete={setDeleting}
          onSaved={(a) => {
            setEditing(null)
            setNotice(t('reg.saved', { title: a.title }))
            void grid.reload()
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('ind.confirm.deleteTitle')}
          message={t('reg.confirmDelete', { title: deleting.title, date: i18n.date(deleting.date) })}
          onClose={() => setDeleting(null)}
          onConfirm={() => void remove()}
        />
      )}
      {importError && <ImportReport message={importError.message} rows={importError.rows} onClose={() => setImportError(null)} />}
    </div>
  )
}
