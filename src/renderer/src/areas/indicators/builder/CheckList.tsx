import { useId, useState } from 'react'
import { useI18n } from '../../../i18n/I18n'

export interface CheckOption<V> {
  value: V
  label: string
  hint?: string
}

/** A multi-choice list of checkboxes, with a search box when it is long. */
export function CheckList<V extends string | number>({
  options,
  value,
  onChange,
  label,
  testId,
  searchAbove = 12,
  inline
}: {
  options: CheckOption<V>[]
  value: V[]
  onChange(v: V[]): void
  label: string
  testId?: string
  searchAbove?: number
  inline?: boolean
}) {
  const { t } = useI18n()
  const [q, setQ] = useState('')
  const id = useId()
  const needle = q.trim().toLowerCase()
  const shown = needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options
  const toggle = (v: V) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v])
  return (
    <fieldset className={inline ? 'checklist inline' : 'checklist'} data-testid={testId}>
      <legend className="sr-only">{label}</legend>
      {options.length > searchAbove && (
        <input
          type="search"
          className="checklist-search"
          placeholder={t('common.search')}
          aria-label={`${t('common.search')}: ${label}`}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      )}
      <div className="checklist-items">
        {shown.map((o, k) => (
          <label key={String(o.value)} className="check" htmlFor={`${id}-${k}`} title={o.hint}>
            <input id={`${id}-${k}`} type="checkbox" checked={value.includes(o.value)} onChange={() => toggle(o.value)} />
            {o.label}
          </label>
        ))}
        {shown.length === 0 && <span className="muted">{t('common.empty')}</span>}
      </div>
    </fieldset>
  )
}
