import { useState } from 'react'
import type { TableModelDto } from '../../../../../shared/ipc/indicators'
import { useErrors } from '../../../components/ErrorSurface'
import { call } from '../../../lib/api'
import { useCall } from '../../../lib/use-call'
import { useI18n } from '../../../i18n/I18n'
import { ConfirmDialog } from '../ConfirmDialog'
import { ReportTableView } from './ReportTableView'
import { TableBuilder } from './TableBuilder'

interface Section {
  key: string
  title: string
  tables: TableModelDto[]
}

function bySection(tables: TableModelDto[], outside: string): Section[] {
  const out: Section[] = []
  for (const tb of tables) {
    const key = tb.sectionId ?? '—'
    let s = out.find((x) => x.key === key)
    if (!s) {
      s = { key, title: tb.sectionNumber !== null ? `${tb.sectionNumber}. ${tb.sectionTitle ?? ''}` : outside, tables: [] }
      out.push(s)
    }
    s.tables.push(tb)
  }
  return out
}

/** Report tables by section, each with its chart beside it, and the table builder. */
export function TablesTab() {
  const { t, locale } = useI18n()
  const { report } = useErrors()
  const tables = useCall('tables:list', { locale })
  const [editing, setEditing] = useState<TableModelDto | 'new' | null>(null)
  const [deleting, setDeleting] = useState<TableModelDto | null>(null)
  const options = useCall('indicators:options', editing ? {} : null, [editing !== null])
  const defs = useCall('indicators:list', editing ? {} : null, [editing !== null])
  const [section, setSection] = useState('')

  const list = tables.data ?? []
  const sections = bySection(list, t('ind.noSection'))
  const shown = section ? sections.filter((s) => s.key === section) : sections

  const remove = async () => {
    const tb = deleting
    setDeleting(null)
    if (!tb) return
    try {
      await call('tables:delete', { ids: [tb.id] })
      void tables.reload()
    } catch (e) {
      report(e)
    }
  }

  return (
    <div data-testid="tables-tab">
      <div className="toolbar">
        <button className="primary" onClick={() => setEditing('new')} data-testid="table-new">
          {t('ind.tables.new')}
        </button>
        <label className="inline">
          {t('ind.field.section')}
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {sections.map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">{t('ind.tables.count', { count: list.length })}</span>
      </div>
      {!tables.data && <p className="muted">{t('common.loading')}</p>}
      {tables.data && list.length === 0 && (
        <div className="card empty">
          <p>{t('ind.tables.empty')}</p>
        </div>
      )}
      {shown.map((s) => (
        <section key={s.key} className="table-section">
          <h2>{s.title}</h2>
          {s.tables.map((tb) => (
            <ReportTableView key={tb.id} table={tb} onEdit={() => setEditing(tb)} onDelete={() => setDeleting(tb)} />
          ))}
        </section>
      ))}
      {editing && options.data && defs.data && (
        <TableBuilder
          options={options.data}
          defs={defs.data}
          table={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            void tables.reload()
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('ind.confirm.deleteTitle')}
          message={t('ind.confirm.deleteTable', { label: deleting.label, title: deleting.title })}
          onClose={() => setDeleting(null)}
          onConfirm={() => void remove()}
        />
      )}
    </div>
  )
}
