import type { ActivityDto } from '../../../../../shared/ipc/indicators'
import { VirtualRows } from '../../../components/VirtualRows'
import { useI18n } from '../../../i18n/I18n'
import { formatCount, optionLabel } from '../format'

const COLUMNS = ['date', 'action', 'kind', 'title', 'organiser', 'participants', 'women', 'men', 'mode', 'area', 'hours', 'organisations'] as const
const NUMERIC = new Set(['participants', 'women', 'men', 'hours', 'organisations'])
const ROW_HEIGHT = 34

/** The activities register; rows are virtualised, so a register of thousands of rows stays fluid. */
export function RegisterGrid({ rows, onOpen }: { rows: ActivityDto[]; onOpen(a: ActivityDto): void }) {
  const i18n = useI18n()
  const { t, date } = i18n
  const cell = (a: ActivityDto, c: (typeof COLUMNS)[number]): string => {
    switch (c) {
      case 'date':
        return date(a.date)
      case 'action':
        return a.actionCode
      case 'kind':
        return optionLabel(i18n, 'reg.kind', a.kind)
      case 'title':
        return a.title
      case 'organiser':
        return a.organiser ?? '—'
      case 'participants':
        // A head count taken from a participant list is marked: those persons are counted once across activities.
        return a.listed > 0 ? `${formatCount(i18n, a.participants)} ●` : formatCount(i18n, a.participants)
      case 'women':
        return formatCount(i18n, a.women)
      case 'men':
        return formatCount(i18n, a.men)
      case 'mode':
        return a.mode ? optionLabel(i18n, 'reg.mode', a.mode) : '—'
      case 'area':
        return a.area ?? '—'
      case 'hours':
        return formatCount(i18n, a.hours)
      case 'organisations':
        return formatCount(i18n, a.organisations.length)
    }
  }
  return (
    <div className="reg-grid" role="table" aria-label={t('reg.title')} aria-rowcount={rows.length + 1} data-testid="register-grid">
      <div className="reg-row reg-head" role="row">
        {COLUMNS.map((c) => (
          <div key={c} role="columnheader" className={NUMERIC.has(c) ? 'num' : undefined} title={t(`reg.col.${c}`)}>
            {t(c === 'organisations' ? 'reg.col.orgsShort' : `reg.col.${c}`)}
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="muted reg-empty">{t('reg.empty')}</p>
      ) : (
        <VirtualRows
          count={rows.length}
          estimate={ROW_HEIGHT}
          height={Math.min(rows.length * ROW_HEIGHT + 2, 540)}
          testId="register-rows"
          render={(i) => {
            const a = rows[i]
            return (
              <div
                className="reg-row"
                role="row"
                aria-rowindex={i + 2}
                tabIndex={0}
                data-testid="register-row"
                onClick={() => onOpen(a)}
                onKeyDown={(e) => e.key === 'Enter' && onOpen(a)}
                title={a.organisations.map((o) => o.name).join(', ') || undefined}
              >
                {COLUMNS.map((c) => (
                  <div key={c} role="cell" className={NUMERIC.has(c) ? 'num' : c === 'title' ? 'reg-title' : undefined}>
                    {cell(a, c)}
                  </div>
                ))}
              </div>
            )
          }}
        />
      )}
    </div>
  )
}
