import type { Disaggregation } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'

const MAX = 6

/** Up to six breakdowns, each a dimension the source offers and an optional printed label. */
export function DisaggregationFields({
  value,
  onChange,
  choices
}: {
  value: Disaggregation[]
  onChange(v: Disaggregation[]): void
  choices: { value: string; label: string }[]
}) {
  const { t } = useI18n()
  const set = (k: number, patch: Partial<Disaggregation>) => onChange(value.map((d, i) => (i === k ? { ...d, ...patch } : d)))
  return (
    <div className="disaggregations" data-testid="disaggregations">
      {value.map((d, k) => (
        <div key={k} className="filter-row">
          <select aria-label={t('ind.dis.by', { n: k + 1 })} value={d.by} onChange={(e) => set(k, { by: e.target.value })}>
            <option value="">{t('ind.builder.choose')}</option>
            {!choices.some((c) => c.value === d.by) && d.by && <option value={d.by}>{d.by}</option>}
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <input aria-label={t('ind.dis.label', { n: k + 1 })} placeholder={t('ind.dis.labelPlaceholder')} value={d.label ?? ''} onChange={(e) => set(k, { label: e.target.value })} />
          <button type="button" className="link" onClick={() => onChange(value.filter((_, i) => i !== k))}>
            {t('ind.dis.remove')}
          </button>
        </div>
      ))}
      <button type="button" disabled={value.length >= MAX || choices.length === 0} onClick={() => onChange([...value, { by: '' }])}>
        {t('ind.dis.add')}
      </button>
    </div>
  )
}
