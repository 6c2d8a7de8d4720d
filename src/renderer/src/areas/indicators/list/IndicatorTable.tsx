import type { IndicatorResultDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { formatCount, formatValue, unitSuffix } from '../format'
import { SdgChips } from '../SdgChips'
import { StatusBadge } from '../StatusBadge'

interface Group {
  key: string
  title: string
  items: IndicatorResultDto[]
}

/** Indicators grouped by report section, in section order; those outside the sections come last. */
export function groupBySection(items: IndicatorResultDto[], noSection: string): Group[] {
  const groups = new Map<string, Group & { order: number }>()
  for (const r of items) {
    const key = r.section?.id ?? '—'
    let g = groups.get(key)
    if (!g) {
      g = {
        key,
        order: r.section?.number ?? Number.MAX_SAFE_INTEGER,
        title: r.section ? `${r.section.number}. ${r.section.title}` : noSection,
        items: []
      }
      groups.set(key, g)
    }
    g.items.push(r)
  }
  return [...groups.values()].sort((a, b) => a.order - b.order)
}

export function IndicatorTable({
  items,
  selected,
  onSelect
}: {
  items: IndicatorResultDto[]
  selected: string | null
  onSelect(id: string): void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const groups = groupBySection(items, t('ind.noSection'))
  return (
    <div className="ind-groups" data-testid="indicator-list">
      {groups.map((g) => (
        <section key={g.key} className="ind-group" aria-label={g.title}>
          <h2 className="ind-group-title">
            {g.title} <span className="muted">({i18n.number(g.items.length)})</span>
          </h2>
          <table className="grid ind-table">
            <thead>
              <tr>
                <th scope="col">{t('ind.col.code')}</th>
                <th scope="col">{t('ind.col.name')}</th>
                <th scope="col" className="num">
                  {t('ind.col.value')}
                </th>
                <th scope="col" className="num">
                  {t('ind.col.n')}
                </th>
                <th scope="col" className="num">
                  {t('ind.col.missing')}
                </th>
                <th scope="col" className="num">
                  {t('ind.col.target')}
                </th>
                <th scope="col">{t('ind.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {g.items.map((r) => {
                const suffix = unitSuffix(r.unit, r.format)
                return (
                  <tr
                    key={r.id}
                    className={r.id === selected ? 'ind-row selected' : 'ind-row'}
                    tabIndex={0}
                    aria-current={r.id === selected ? true : undefined}
                    data-testid="indicator-row"
                    data-code={r.code}
                    onClick={() => onSelect(r.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault()
                        onSelect(r.id)
                      }
                    }}
                  >
                    <td className="ind-code">{r.code}</td>
                    <td>
                      <div className="ind-name-cell">
                        <span className="ind-name">{r.name}</span>
                        <SdgChips goals={r.sdg} targets={r.sdgTargets} />
                      </div>
                    </td>
                    <td className="num ind-value" data-testid="indicator-value">
                      {r.status === 'error' ? '—' : formatValue(i18n, r.value, r.format)}
                      {suffix && r.status !== 'error' && r.value !== null && <span className="ind-unit"> {suffix}</span>}
                    </td>
                    <td className="num">{r.status === 'error' ? '—' : formatCount(i18n, r.n)}</td>
                    <td className="num">{r.status === 'error' ? '—' : formatCount(i18n, r.missing)}</td>
                    <td className="num">{formatValue(i18n, r.target, r.format)}</td>
                    <td>
                      <StatusBadge status={r.status} achievement={r.achievement} message={r.message} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  )
}
