import { useEffect, useState, type FormEvent } from 'react'
import type { ActivityDto, ImportRowError, RegisterGridDto } from '../../../../../shared/ipc/indicators'
import type { ParticipantDto } from '../../../../../shared/ipc/register'
import type { Msg } from '../../../../../shared/messages'
import { ImportReport } from '../../../components/ImportReport'
import { Modal } from '../../../components/Modal'
import { ApiError, call } from '../../../lib/api'
import { useI18n } from '../../../i18n/I18n'
import { optionLabel } from '../format'
import { CheckList } from '../builder/CheckList'
import { FormFooter } from '../builder/FormFooter'
import { Field, GroupField } from '../builder/Field'
import { activityFormOf, activityInputOf, emptyActivity, emptyParticipant, participantInputs, type ActivityForm, type ParticipantRow } from './activity-form'
import { ParticipantsEditor } from './ParticipantsEditor'

const rowOf = (p: ParticipantDto): ParticipantRow => ({
  name: p.name,
  pseudonym: p.pseudonym,
  gender: p.gender ?? '',
  ageBand: p.ageBand ?? '',
  organisation: p.organisationId ?? '',
  role: p.role ?? ''
})
const isRowErrors = (d: unknown): d is ImportRowError[] => Array.isArray(d) && d.every((x) => typeof (x as ImportRowError)?.row === 'number')

/** Adds or edits one activity; main checks it against the programme and its message is shown here. */
export function ActivityEditor({
  grid,
  activity,
  onClose,
  onSaved,
  onDelete
}: {
  grid: RegisterGridDto
  activity: ActivityDto | null
  onClose(): void
  onSaved(a: ActivityDto): void
  onDelete(a: ActivityDto): void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const [form, setForm] = useState<ActivityForm>(() => (activity ? activityFormOf(activity) : emptyActivity(grid.actions[0]?.id ?? '', grid.kinds[0] ?? '')))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [people, setPeople] = useState<ParticipantRow[]>([])
  const [importing, setImporting] = useState(false)
  const [importError, setImportError] = useState<{ message: string; rows: ImportRowError[] } | null>(null)
  /** What the sheet reader noted while reading an attendance sheet (in the interface language). */
  const [importNotes, setImportNotes] = useState<string[]>([])
  const loadPeople = async (id: string) => setPeople((await call('register:participants', { activityId: id })).participants.map(rowOf))
  useEffect(() => {
    if (activity && activity.listed > 0) loadPeople(activity.id).catch((e) => setError(e instanceof ApiError ? i18n.error(e.info) : String(e)))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activity?.id])
  const listed = people.filter((p) => p.name.trim()).length > 0
  const set = (patch: Partial<ActivityForm>) => setForm((f) => ({ ...f, ...patch }))
  const organisers = [...grid.organisations].sort((a, b) => (a.kind === 'company' ? 1 : 0) - (b.kind === 'company' ? 1 : 0) || a.name.localeCompare(b.name))

  async function save(e: FormEvent) {
    e.preventDefault()
    // The list goes with the activity when it has one (or had one: an emptied list is cleared).
    const list = listed || (activity?.listed ?? 0) > 0 ? participantInputs(people) : null
    const built = activityInputOf(form, list)
    if ('bad' in built) {
      setError(t('reg.form.badNumber', { field: t(`reg.col.${built.bad}`) }))
      return
    }
    setBusy(true)
    setError(null)
    try {
      const saved = activity ? await call('register:update', { id: activity.id, patch: built.input }) : await call('register:create', built.input)
      onSaved(saved)
    } catch (err) {
      setError(err instanceof ApiError ? wordAll(err) : String((err as Error)?.message ?? err))
    } finally {
      setBusy(false)
    }
  }

  /** Main's message names the first problem; the form lists every problem of the activity it refused. */
  const wordAll = (err: ApiError): string => {
    const d = err.info.details
    if (err.info.key === 'register.activityRefused' && Array.isArray(d) && d.length > 1)
      return `${form.title}: ${(d as Msg[]).map((p) => i18n.msg(p)).join('; ')}.`
    return i18n.error(err.info)
  }

  const importSheet = async () => {
    if (!activity) return
    setImporting(true)
    try {
      const r = await call('register:importParticipants', { activityId: activity.id })
      if (r) {
        setImportNotes(r.warnings.map((w) => i18n.msg(w)))
        await loadPeople(activity.id)
      }
    } catch (e) {
      if (e instanceof ApiError) setImportError({ message: i18n.error(e.info), rows: isRowErrors(e.info.details) ? e.info.details : [] })
      else setError(String(e))
    } finally {
      setImporting(false)
    }
  }

  // With a list the counts are the list's: shown, not typed.
  const named = people.filter((p) => p.name.trim())
  const fromList: Record<string, number> = {
    participants: named.length,
    women: named.filter((p) => p.gender === 'F').length,
    men: named.filter((p) => p.gender === 'M').length,
    other: named.filter((p) => p.gender && p.gender !== 'F' && p.gender !== 'M').length
  }
  const numberInput = (k: 'participants' | 'women' | 'men' | 'other' | 'hours') => (id: string) => (
    <input
      id={id}
      value={listed && k !== 'hours' ? String(fromList[k]) : form[k]}
      disabled={listed && k !== 'hours'}
      title={listed && k !== 'hours' ? t('reg.part.fromList') : undefined}
      inputMode={k === 'hours' ? 'decimal' : 'numeric'}
      size={8}
      data-testid={`activity-${k}`}
      onChange={(e) => set({ [k]: e.target.value })}
    />
  )

  return (
    <Modal title={activity ? t('reg.form.editTitle') : t('reg.form.newTitle')} onClose={onClose} wide>
      <form className="builder" onSubmit={save} data-testid="activity-form" noValidate>
        <div className="form-grid two-cols">
          <Field label={t('reg.col.date')}>
            {(id) => <input id={id} type="date" value={form.date} min={grid.period.start ?? undefined} max={grid.period.end ?? undefined} data-testid="activity-date" onChange={(e) => set({ date: e.target.value })} />}
          </Field>
          <Field label={t('reg.col.action')}>
            {(id) => (
              <select id={id} value={form.action} data-testid="activity-action" onChange={(e) => set({ action: e.target.value })}>
                {grid.actions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.code} – {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('reg.col.kind')}>
            {(id) => (
              <select id={id} value={form.kind} data-testid="activity-kind" onChange={(e) => set({ kind: e.target.value })}>
                {grid.kinds.map((k) => (
                  <option key={k} value={k}>
                    {optionLabel(i18n, 'reg.kind', k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('reg.col.mode')}>
            {(id) => (
              <select id={id} value={form.mode} onChange={(e) => set({ mode: e.target.value })}>
                <option value="">—</option>
                {grid.modes.map((m) => (
                  <option key={m} value={m}>
                    {optionLabel(i18n, 'reg.mode', m)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form-grid">
          <Field label={t('reg.col.title')}>
            {(id) => <input id={id} value={form.title} maxLength={500} data-testid="activity-title" onChange={(e) => set({ title: e.target.value })} />}
          </Field>
          <Field label={t('reg.col.organiser')}>
            {(id) => (
              <select id={id} value={form.organiser} onChange={(e) => set({ organiser: e.target.value })}>
                <option value="">—</option>
                {organisers.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} ({t(`kind.${o.kind}`)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form-grid two-cols">
          <Field label={t('reg.col.participants')}>{numberInput('participants')}</Field>
          <Field label={t('reg.col.women')}>{numberInput('women')}</Field>
          <Field label={t('reg.col.men')}>{numberInput('men')}</Field>
          <Field label={t('reg.col.other')}>{numberInput('other')}</Field>
          <Field label={grid.areaLabel ?? t('reg.col.area')} hint={grid.areas.length ? undefined : t('reg.noAreas')}>
            {(id) => (
              <select id={id} value={form.area} data-testid="activity-area" onChange={(e) => set({ area: e.target.value })}>
                <option value="">—</option>
                {grid.areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('reg.col.hours')}>{numberInput('hours')}</Field>
        </div>
        <div className="form-grid">
          <GroupField label={t('reg.col.organisations')}>
            <CheckList
              label={t('reg.col.organisations')}
              options={grid.organisations.map((o) => ({ value: o.id, label: o.name, hint: t(`kind.${o.kind}`) }))}
              value={form.organisations}
              onChange={(organisations) => set({ organisations })}
              searchAbove={8}
            />
          </GroupField>
          <Field label={t('reg.col.notes')}>{(id) => <textarea id={id} rows={2} maxLength={5000} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />}</Field>
        </div>
        <ParticipantsEditor
          grid={grid}
          rows={people}
          onChange={setPeople}
          onImport={activity ? () => void importSheet() : undefined}
          importing={importing}
        />
        {people.length === 0 && (
          <button type="button" className="link" data-testid="participants-start" onClick={() => setPeople([emptyParticipant()])}>
            {t('reg.part.start')}
          </button>
        )}
        {importNotes.map((n, i) => (
          <p key={i} className="status-warn" data-testid="participants-import-note">
            {n}
          </p>
        ))}
        <FormFooter error={error} testId="activity-error">
          {activity && (
            <button type="button" className="danger push-left" onClick={() => onDelete(activity)}>
              {t('common.delete')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="activity-save">
            {activity ? t('common.save') : t('reg.form.add')}
          </button>
        </FormFooter>
      </form>
      {importError && <ImportReport message={importError.message} rows={importError.rows} onClose={() => setImportError(null)} />}
    </Modal>
  )
}
