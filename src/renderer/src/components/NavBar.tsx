import { useI18n } from '../i18n/I18n'

export type Area = 'programme' | 'interviews' | 'questionnaires' | 'indicators' | 'team' | 'export'
const AREAS: Area[] = ['programme', 'interviews', 'questionnaires', 'indicators', 'team', 'export']

export function NavBar({ area, setArea }: { area: Area; setArea(a: Area): void }) {
  const { t } = useI18n()
  return (
    <nav className="nav" aria-label="Esiti">
      {AREAS.map((a) => (
        <button
          key={a}
          className={a === area ? 'nav-item active' : 'nav-item'}
          aria-current={a === area ? 'page' : undefined}
          data-testid={`nav-${a}`}
          onClick={() => setArea(a)}
        >
          {t(`nav.${a}`)}
        </button>
      ))}
    </nav>
  )
}
