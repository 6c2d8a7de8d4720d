import { useState, type FormEvent } from 'react'
import type { ActionDto, ProgrammeDto } from '../../../../shared/ipc/programme'
import { Modal } from '../../components/Modal'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { Field } from '../indicators/builder/Field'
import { FormFooter } from '../indicators/builder/FormFooter'
import { ConfirmDialog } from '../indicators/ConfirmDialog'
import { useAction } from './use-action'

interface ActionForm {
  code: string
  name: string
  description: string
  periodStart: string
  periodEnd: string
  lead: string
  sdgs: string
}

const formOf = (a: ActionDto | null): ActionForm => ({
  code: a?.code ?? '',
  name: a?.name ?? '',
  description: a?.description ?? '',
  periodStart: a?.periodStart ?? '',
  periodEnd: a?.periodEnd ?? '',
  lead: a?.leadId ?? '',
  sdgs: a?.sdgs.join(' ') ?? ''
})

function ActionEditor({ data, action, onClose, onSaved }: { data: ProgrammeDto; action: ActionDto | null; onClose(): void; onSaved(): void }) {
  const { t } = useI18n()
  const [form, setForm] = useState(() => formOf(action))
  const { run, error, busy } = useAction()
  const set = (patch: Partial<ActionForm>) => setForm((f) => ({ ...f, ...patch }))
  async function save(e: FormEvent) {
    e.preventDefault()
    const input = {
      code: form.code,
      name: form.name,
      description: form.description.trim() || null,
      periodStart: form.periodStart || null,
      periodEnd: form.periodEnd || null,
      lead: form.lead || null,
      sdgs: form.sdgs.split(/[\s,;]+/).filter(Boolean)
    }
    const r = await run(() => (action ? call('actions:update', { id: action.id, patch: input }) : call('actions:create', input)))
    if (r) onSaved()
  }
  const partners = data.organisations.filter((o) => o.kind !== 'company')
  return (
    <Modal title={action ? t('programme.action.edit', { code: action.code }) : t('programme.action.new')} onClose={onClose} wide>
      <form className="builder" onSubmit={save} data-testid="action-form" noValidate>
        <div className="form-grid">
          <Field label={t('programme.action.code')} hint={t('programme.action.codeHint')}>
            {(id) => <input id={id} value={form.code} maxLength={20} size={8} data-testid="action-code" onChange={(e) => set({ code: e.target.value })} />}
          </Field>
          <Field label={t('common.name')}>{(id) => <input id={id} value={form.name} maxLength={300} data-testid="action-name" onChange={(e) => set({ name: e.target.value })} />}</Field>
          <Field label={t('programme.field.description')}>
            {(id) => <textarea id={id} rows={3} value={form.description} maxLength={10000} onChange={(e) => set({ description: e.target.value })} />}
          </Field>
          <Field label={t('programme.period')}>
            {(id) => (
              <span className="inline-fields">
                <input id={id} type="date" value={form.periodStart} aria-label={t('programme.field.start')} onChange={(e) => set({ periodStart: e.target.value })} />
                <span>–</span>
                <input type="date" value={form.periodEnd} aria-label={t('programme.field.end')} onChange={(e) => set({ periodEnd: e.target.value })} />
              </span>
            )}
          </Field>
          <Field label={t('programme.action.lead')} hint={partners.length ? undefined : t('programme.action.noPartners')}>
            {(id) => (
              <select id={id} value={form.lead} onChange={(e) => set({ lead: e.target.value })}>
                <option value="">—</option>
                {partners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('programme.action.sdgs')} hint={t('programme.action.sdgsHint')}>
            {(id) => <input id={id} value={form.sdgs} maxLength={300} placeholder="5.4 8.5" data-testid="action-sdgs" onChange={(e) => set({ sdgs: e.target.value })} />}
          </Field>
        </div>
        <FormFooter error={error} testId="action-error">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="action-save">
            {action ? t('common.save') : t('common.add')}
          </button>
        </FormFooter>
      </form>
    </Modal>
  )
}

/** The actions of the programme: add, edit, order, remove (only without activities). */
export function ActionsTab({ data, reload }: { data: ProgrammeDto; reload(): void }) {
  const { t, number, date } = useI18n()
  const [editing, setEditing] = useState<ActionDto | 'new' | null>(null)
  const [deleting, setDeleting] = useState<ActionDto | null>(null)
  const { run, error } = useAction()
  const move = (a: ActionDto, to: number) => void run(() => call('actions:move', { id: a.id, to })).then(() => reload())
  const remove = async () => {
    const a = deleting
    setDeleting(null)
    if (a && (await run(() => call('actions:delete', { id: a.id })))) reload()
  }
  return (
    <section data-testid="actions-tab">
      <div className="toolbar">
        <button className="primary" onClick={() => setEditing('new')} data-testid="action-new">
          {t('programme.action.new')}
        </button>
      </div>
      {error && (
        <div className="form-error" role="alert" data-testid="actions-error">
          {error}
        </div>
      )}
      {data.actions.length === 0 ? (
        <p className="muted">{t('programme.action.none')}</p>
      ) : (
        <div className="cards">
          {data.actions.map((a, i) => (
            <div key={a.id} className="card action" data-testid="action-card">
              <h3>
                <span className="badge">{a.code}</span> {a.name}
              </h3>
              {a.description && <p>{a.description}</p>}
              <p className="muted">
                {number(a.organisations)} {t('programme.organisations').toLowerCase()} · {number(a.activities)} {t('programme.activities').toLowerCase()}
                {a.periodStart && ` · ${date(a.periodStart)} – ${date(a.periodEnd)}`}
              </p>
              {a.lead && <p className="muted">{t('programme.action.leadIs', { lead: a.lead })}</p>}
              {a.sdgs.length > 0 && <p className="muted">SDG {a.sdgs.join(', ')}</p>}
              <div className="row-actions">
                <button className="link" onClick={() => setEditing(a)}>
                  {t('common.edit')}
                </button>
                <button className="link" disabled={i === 0} onClick={() => move(a, i - 1)} aria-label={t('programme.moveUp')}>
                  ↑
                </button>
                <button className="link" disabled={i === data.actions.length - 1} onClick={() => move(a, i + 1)} aria-label={t('programme.moveDown')}>
                  ↓
                </button>
                <button className="link danger" onClick={() => setDeleting(a)}>
                  {t('common.delete')}
                </button>
              </div>
            </div>
          ))}
        </div>
      )}
      {editing && (
        <ActionEditor
          data={data}
          action={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            reload()
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('ind.confirm.deleteTitle')}
          message={t('programme.action.confirmDelete', { code: deleting.code, name: deleting.name })}
          onClose={() => setDeleting(null)}
          onConfirm={() => void remove()}
        />
      )}
    </section>
  )
}
