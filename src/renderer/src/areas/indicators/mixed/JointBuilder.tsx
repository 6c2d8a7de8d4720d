import { useState, type FormEvent } from 'react'
import type { IndicatorDefDto, IndicatorOptionsDto, JointDisplayDto } from '../../../../../shared/ipc/indicators'
import { Modal } from '../../../components/Modal'
import { ApiError, call } from '../../../lib/api'
import { useI18n } from '../../../i18n/I18n'
import { CheckList } from '../builder/CheckList'
import { FormFooter } from '../builder/FormFooter'
import { Field, GroupField } from '../builder/Field'
import { QuotePicker } from './QuotePicker'

/** Creates or edits a joint display: indicator, codes (empty = those linked to it) and quotes. */
export function JointBuilder({
  options,
  defs,
  joint,
  onClose,
  onSaved
}: {
  options: IndicatorOptionsDto
  defs: IndicatorDefDto[]
  joint: JointDisplayDto | null
  onClose(): void
  onSaved(): void
}) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const [indicator, setIndicator] = useState(joint?.indicator.id ?? defs[0]?.id ?? '')
  const [title, setTitle] = useState(joint?.title ?? '')
  const [codes, setCodes] = useState<string[]>(joint?.codes.map((c) => c.id) ?? [])
  const [quotes, setQuotes] = useState<string[]>(joint?.quotes.map((q) => q.id) ?? [])
  const [notes, setNotes] = useState(joint?.notes ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function save(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    const input = { indicator, title, codes, quotes, notes: notes.trim() || null }
    try {
      if (joint) await call('joint:update', { id: joint.id, patch: input, locale })
      else await call('joint:create', { ...input, locale })
      onSaved()
    } catch (err) {
      setError(err instanceof ApiError ? i18n.error(err.info) : String((err as Error)?.message ?? err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title={joint ? t('ind.joint.editTitle') : t('ind.joint.newTitle')} onClose={onClose} wide>
      <form className="builder" onSubmit={save} data-testid="joint-builder" noValidate>
        <div className="form-grid">
          <Field label={t('ind.joint.indicator')}>
            {(id) => (
              <select id={id} value={indicator} onChange={(e) => setIndicator(e.target.value)}>
                {defs.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.code} – {d.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('ind.tables.title')}>{(id) => <input id={id} value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} />}</Field>
          <GroupField label={t('ind.joint.codes')}>
            <CheckList label={t('ind.joint.codes')} options={options.codes.map((c) => ({ value: c.id, label: c.path }))} value={codes} onChange={setCodes} />
            <div className="hint">{t('ind.joint.codesHint')}</div>
          </GroupField>
          <GroupField label={t('ind.joint.quotes')}>
            <QuotePicker codeIds={codes.length ? codes : (joint?.codes.map((c) => c.id) ?? [])} current={joint?.quotes ?? []} value={quotes} onChange={setQuotes} />
          </GroupField>
          <Field label={t('ind.tables.notes')}>
            {(id) => <textarea id={id} rows={3} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
          </Field>
        </div>
        <FormFooter error={error}>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !indicator}>
            {joint ? t('common.save') : t('ind.joint.create')}
          </button>
        </FormFooter>
      </form>
    </Modal>
  )
}
