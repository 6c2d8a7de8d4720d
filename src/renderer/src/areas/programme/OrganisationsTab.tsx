import { useState, type FormEvent } from 'react'
import type { ImportRowError } from '../../../../shared/ipc/indicators'
import { ORGANISATION_KINDS, SIZE_CLASSES, type OrganisationDto, type OrganisationKind, type ProgrammeDto } from '../../../../shared/ipc/programme'
import { ImportReport } from '../../components/ImportReport'
import { Modal } from '../../components/Modal'
import { useI18n } from '../../i18n/I18n'
import { ApiError, call } from '../../lib/api'
import { CheckList } from '../indicators/builder/CheckList'
import { Field, GroupField } from '../indicators/builder/Field'
import { FormFooter } from '../indicators/builder/FormFooter'
import { ConfirmDialog } from '../indicators/ConfirmDialog'
import { optionLabel } from '../indicators/format'
import { useAction } from './use-action'

type Filter = 'all' | OrganisationKind

interface OrgForm {
  name: string
  kind: OrganisationKind
  orgType: string
  sector: string
  sizeClass: string
  employees: string
  area: string
  actions: string[]
  joinedOn: string
  notes: string
}

const formOf = (o: OrganisationDto | null): OrgForm => ({
  name: o?.name ?? '',
  kind: o?.kind ?? 'partner',
  orgType: o?.orgType ?? '',
  sector: o?.sector ?? '',
  sizeClass: o?.sizeClass ?? '',
  employees: o?.employees === null || o?.employees === undefined ? '' : String(o.employees),
  area: o?.areaId ?? '',
  actions: o?.actions ?? [],
  joinedOn: o?.joined.find((j) => j.joinedOn)?.joinedOn ?? '',
  notes: o?.notes ?? ''
})

function OrganisationEditor({ data, org, onClose, onSaved }: { data: ProgrammeDto; org: OrganisationDto | null; onClose(): void; onSaved(): void }) {
  const i18n = useI18n()
  const { t } = i18n
  const [form, setForm] = useState(() => formOf(org))
  const { run, error, setError, busy } = useAction()
  const set = (patch: Partial<OrgForm>) => setForm((f) => ({ ...f, ...patch }))
  async function save(e: FormEvent) {
    e.preventDefault()
    const employees = form.employees.trim() === '' ? null : Number(form.employees)
    if (employees !== null && (!Number.isInteger(employees) || employees < 0)) return setError(t('reg.form.badNumber', { field: t('programme.employees') }))
    // Each action keeps its own join date; a new one gets the date typed here.
    const joined = (code: string) => org?.joined.find((j) => j.action === code)?.joinedOn ?? (form.joinedOn || null)
    const input = {
      name: form.name,
      kind: form.kind,
      orgType: form.orgType.trim() || null,
      sector: form.sector.trim() || null,
      sizeClass: (form.sizeClass || null) as OrganisationDto['sizeClass'],
      employees,
      area: form.area || null,
      actions: form.actions.map((action) => ({ action, joinedOn: joined(action) })),
      notes: form.notes.trim() || null
    }
    const r = await run(() => (org ? call('organisations:update', { id: org.id, patch: input }) : call('organisations:create', input)))
    if (r) onSaved()
  }
  return (
    <Modal title={org ? t('programme.org.edit') : t('programme.org.new')} onClose={onClose} wide>
      <form className="builder" onSubmit={save} data-testid="organisation-form" noValidate>
        <div className="form-grid">
          <Field label={t('common.name')}>{(id) => <input id={id} value={form.name} maxLength={300} data-testid="org-name" onChange={(e) => set({ name: e.target.value })} />}</Field>
          <Field label={t('programme.kind')}>
            {(id) => (
              <select id={id} value={form.kind} data-testid="org-kind" onChange={(e) => set({ kind: e.target.value as OrganisationKind })}>
                {ORGANISATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('programme.org.category')}>{(id) => <input id={id} value={form.orgType} maxLength={200} onChange={(e) => set({ orgType: e.target.value })} />}</Field>
          <Field label={t('programme.sector')}>{(id) => <input id={id} value={form.sector} maxLength={200} onChange={(e) => set({ sector: e.target.value })} />}</Field>
          <Field label={t('programme.size')}>
            {(id) => (
              <select id={id} value={form.sizeClass} onChange={(e) => set({ sizeClass: e.target.value })}>
                <option value="">—</option>
                {SIZE_CLASSES.map((s) => (
                  <option key={s} value={s}>
                    {optionLabel(i18n, 'size', s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('programme.employees')}>{(id) => <input id={id} value={form.employees} inputMode="numeric" size={8} onChange={(e) => set({ employees: e.target.value })} />}</Field>
          <Field label={data.programme?.areaLabel ?? t('programme.areaUnit')}>
            {(id) => (
              <select id={id} value={form.area} onChange={(e) => set({ area: e.target.value })}>
                <option value="">—</option>
                {data.areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <GroupField label={t('programme.joined')}>
            <CheckList inline label={t('programme.joined')} options={data.actions.map((a) => ({ value: a.code, label: a.code, hint: a.name }))} value={form.actions} onChange={(actions) => set({ actions })} />
          </GroupField>
          <Field label={t('programme.org.joinedOn')}>{(id) => <input id={id} type="date" value={form.joinedOn} onChange={(e) => set({ joinedOn: e.target.value })} />}</Field>
          <Field label={t('reg.col.notes')}>{(id) => <textarea id={id} rows={2} value={form.notes} maxLength={5000} onChange={(e) => set({ notes: e.target.value })} />}</Field>
        </div>
        <FormFooter error={error} testId="org-error">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="org-save">
            {org ? t('common.save') : t('common.add')}
          </button>
        </FormFooter>
      </form>
    </Modal>
  )
}

const isRowErrors = (d: unknown): d is ImportRowError[] => Array.isArray(d) && d.every((x) => typeof (x as ImportRowError)?.row === 'number')

/** Partners, promoter and companies: add one by one, import a sheet all or nothing, export. */
export function OrganisationsTab({ data, reload }: { data: ProgrammeDto; reload(): void }) {
  const i18n = useI18n()
  const { t, number } = i18n
  const [filter, setFilter] = useState<Filter>('all')
  const [editing, setEditing] = useState<OrganisationDto | 'new' | null>(null)
  const [deleting, setDeleting] = useState<OrganisationDto | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [importError, setImportError] = useState<{ message: string; rows: ImportRowError[] } | null>(null)
  const { run, error, busy } = useAction()
  const rows = data.organisations.filter((o) => filter === 'all' || o.kind === filter)
  const countOf = (k: OrganisationKind) => data.organisations.filter((o) => o.kind === k).length

  const importSheet = async () => {
    try {
      const r = await call('organisations:import', {})
      if (r) {
        setNotice(
          [t('programme.org.imported', { count: r.imported, columns: r.columns.map((c) => c.header).join(', ') }), ...r.warnings.map((w) => i18n.msg(w))].join(' ')
        )
        reload()
      }
    } catch (e) {
      if (e instanceof ApiError) setImportError({ message: i18n.error(e.info), rows: isRowErrors(e.info.details) ? e.info.details : [] })
    }
  }
  const exportSheet = async () => {
    const r = await run(() => call('organisations:export', { locale: i18n.locale }))
    if (r) setNotice(t('programme.org.exported', { count: r.rows, file: r.file }))
  }
  const remove = async () => {
    const o = deleting
    setDeleting(null)
    if (o && (await run(() => call('organisations:delete', { ids: [o.id] })))) reload()
  }
  return (
    <section data-testid="organisations-tab">
      <div className="toolbar">
        <button className="primary" onClick={() => setEditing('new')} data-testid="org-new">
          {t('programme.org.new')}
        </button>
        <button onClick={() => void importSheet()} disabled={busy} data-testid="org-import">
          {t('programme.org.import')}
        </button>
        <button onClick={() => void exportSheet()} disabled={busy || data.organisations.length === 0} data-testid="org-export">
          {t('programme.org.export')}
        </button>
        <span className="toolbar-sep" />
        <div className="segmented">
          {(['all', ...ORGANISATION_KINDS] as Filter[]).map((k) => (
            <button key={k} className={k === filter ? 'active' : ''} onClick={() => setFilter(k)}>
              {k === 'all' ? `${t('common.all')} (${number(data.organisations.length)})` : `${t(`kind.${k}`)} (${number(countOf(k))})`}
            </button>
          ))}
        </div>
      </div>
      {notice && (
        <div className="notice" role="status" data-testid="org-notice">
          {notice}{' '}
          <button className="link" onClick={() => setNotice(null)}>
            {t('error.dismiss')}
          </button>
        </div>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <p className="hint">{t('programme.org.importHint')}</p>
      <table className="grid" data-testid="organisations">
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('programme.kind')}</th>
            <th scope="col">{t('programme.sector')}</th>
            <th scope="col">{t('programme.size')}</th>
            <th scope="col" className="num">
              {t('programme.employees')}
            </th>
            <th scope="col">{data.programme?.areaLabel ?? t('programme.areaUnit')}</th>
            <th scope="col">{t('programme.joined')}</th>
            <th scope="col">
              <span className="sr-only">{t('common.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} data-testid="organisation-row">
              <td>{o.name}</td>
              <td>{t(`kind.${o.kind}`)}</td>
              <td>{o.sector ?? o.orgType ?? '—'}</td>
              <td>{o.sizeClass ? optionLabel(i18n, 'size', o.sizeClass) : '—'}</td>
              <td className="num">{o.employees === null ? '—' : number(o.employees)}</td>
              <td>{o.area ?? '—'}</td>
              <td>{o.actions.join(', ') || '—'}</td>
              <td className="row-actions">
                <button className="link" onClick={() => setEditing(o)}>
                  {t('common.edit')}
                </button>
                <button className="link danger" onClick={() => setDeleting(o)}>
                  {t('common.delete')}
                </button>
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={8} className="muted">
                {t('programme.org.none')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {editing && (
        <OrganisationEditor
          data={data}
          org={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            reload()
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog title={t('ind.confirm.deleteTitle')} message={t('programme.org.confirmDelete', { name: deleting.name })} onClose={() => setDeleting(null)} onConfirm={() => void remove()} />
      )}
      {importError && <ImportReport message={importError.message} rows={importError.rows} onClose={() => setImportError(null)} />}
    </section>
  )
}
