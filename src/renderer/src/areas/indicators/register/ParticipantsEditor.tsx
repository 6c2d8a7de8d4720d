import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { RegisterGridDto } from '../../../../../shared/ipc/indicators'
import type { ParticipantDto } from '../../../../../shared/ipc/register'
import { call } from '../../../lib/api'
import { useI18n } from '../../../i18n/I18n'
import { optionLabel } from '../format'
import { emptyParticipant, type ParticipantRow } from './activity-form'

/**
 * The participant list of an activity, typed quickly from the keyboard: Enter on a row opens the
 * next one, a name already recorded is suggested and fills in what is known about the person
 * (the same person attending another activity is counted once).
 */
export function ParticipantsEditor({
  grid,
  rows,
  onChange,
  onImport,
  importing
}: {
  grid: RegisterGridDto
  rows: ParticipantRow[]
  onChange(rows: ParticipantRow[]): void
  /** Present for an activity already saved: adds the people of an attendance sheet. */
  onImport?: () => void
  importing?: boolean
}) {
  const i18n = useI18n()
  const { t } = i18n
  const listId = useId()
  const [suggestions, setSuggestions] = useState<ParticipantDto[]>([])
  const [focusRow, setFocusRow] = useState<number | null>(null)
  const names = useRef<(HTMLInputElement | null)[]>([])
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    if (focusRow !== null) names.current[focusRow]?.focus()
  }, [focusRow, rows.length])

  const set = (i: number, patch: Partial<ParticipantRow>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)))
  const typeName = (i: number, name: string) => {
    const known = suggestions.find((s) => s.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase())
    const r = rows[i]
    // A recorded person: what is known about them is filled in where the row is still empty.
    set(i, {
      name,
      ...(known
        ? {
            gender: r.gender || known.gender || '',
            ageBand: r.ageBand || known.ageBand || '',
            organisation: r.organisation || known.organisationId || '',
            pseudonym: r.pseudonym || known.pseudonym
          }
        : {})
    })
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      if (name.trim().length < 2) return setSuggestions([])
      call('register:searchPersons', { text: name, limit: 12 }).then(setSuggestions, () => setSuggestions([]))
    }, 150)
  }
  const addAfter = (i: number) => {
    const next = [...rows.slice(0, i + 1), emptyParticipant(), ...rows.slice(i + 1)]
    onChange(next)
    setFocusRow(i + 1)
  }
  const onKey = (i: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      addAfter(i)
    }
  }
  const named = rows.filter((r) => r.name.trim())
  const women = named.filter((r) => r.gender === 'F').length
  const men = named.filter((r) => r.gender === 'M').length

  return (
    <div className="participants" data-testid="participants-editor">
      <div className="participants-head">
        <strong>{t('reg.part.title', { count: named.length })}</strong>
        <span className="muted">{t('reg.part.split', { women, men, other: named.length - women - men })}</span>
        <span className="toolbar-sep" />
        <button type="button" onClick={() => addAfter(rows.length - 1)} data-testid="participant-add">
          {t('reg.part.add')}
        </button>
        {onImport && (
          <button type="button" onClick={onImport} disabled={importing} data-testid="participants-import">
            {importing ? t('reg.import.running') : t('reg.part.import')}
          </button>
        )}
      </div>
      <p className="hint">{t('reg.part.hint')}</p>
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s.personId} value={s.name}>
            {[s.organisation, t('reg.part.attended', { count: s.activities })].filter(Boolean).join(' · ')}
          </option>
        ))}
      </datalist>
      {rows.length > 0 && (
        <table className="grid compact participants-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('reg.part.name')}</th>
              <th scope="col" title={t('reg.part.pseudonymHint')}>
                {t('reg.part.pseudonym')}
              </th>
              <th scope="col">{t('reg.part.gender')}</th>
              <th scope="col">{t('reg.part.ageBand')}</th>
              <th scope="col">{t('reg.part.organisation')}</th>
              <th scope="col">{t('reg.part.role')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-testid="participant-row">
                <td className="num muted">{i + 1}</td>
                <td>
                  <input
                    ref={(el) => {
                      names.current[i] = el
                    }}
                    value={r.name}
                    list={listId}
                    maxLength={200}
                    aria-label={`${t('reg.part.name')} ${i + 1}`}
                    data-testid="participant-name"
                    onChange={(e) => typeName(i, e.target.value)}
                    onKeyDown={onKey(i)}
                  />
                </td>
                <td className="center">
                  <input type="checkbox" checked={r.pseudonym} aria-label={`${t('reg.part.pseudonym')} ${i + 1}`} onChange={(e) => set(i, { pseudonym: e.target.checked })} />
                </td>
                <td>
                  <select value={r.gender} aria-label={`${t('reg.part.gender')} ${i + 1}`} data-testid="participant-gender" onChange={(e) => set(i, { gender: e.target.value })} onKeyDown={onKey(i)}>
                    <option value="">—</option>
                    {grid.genders.map((g) => (
                      <option key={g} value={g}>
                        {optionLabel(i18n, 'reg.gender', g)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select value={r.ageBand} aria-label={`${t('reg.part.ageBand')} ${i + 1}`} onChange={(e) => set(i, { ageBand: e.target.value })} onKeyDown={onKey(i)}>
                    <option value="">—</option>
                    {grid.ageBands.map((b) => (
                      <option key={b} value={b}>
                        {optionLabel(i18n, 'reg.ageBand', b)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select value={r.organisation} aria-label={`${t('reg.part.organisation')} ${i + 1}`} onChange={(e) => set(i, { organisation: e.target.value })} onKeyDown={onKey(i)}>
                    <option value="">—</option>
                    {grid.organisations.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input value={r.role} maxLength={200} size={12} aria-label={`${t('reg.part.role')} ${i + 1}`} onChange={(e) => set(i, { role: e.target.value })} onKeyDown={onKey(i)} />
                </td>
                <td>
                  <button type="button" className="link" aria-label={`${t('common.delete')} ${i + 1}`} onClick={() => onChange(rows.filter((_, k) => k !== i))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
