import type { IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { useSdgColours } from '../use-sdg-colours'

type Picked = { goal: number; targets: string[] }[]

/** The programme's SDG goals as toggles; each chosen goal shows its targets to tick. */
export function SdgPicker({ options, value, onChange }: { options: IndicatorOptionsDto['sdgs']; value: Picked; onChange(v: Picked): void }) {
  const { t } = useI18n()
  const colours = useSdgColours()
  const find = (g: number) => value.find((p) => p.goal === g)
  const toggleGoal = (g: number) => onChange(find(g) ? value.filter((p) => p.goal !== g) : [...value, { goal: g, targets: [] }].sort((a, b) => a.goal - b.goal))
  const toggleTarget = (g: number, code: string) =>
    onChange(value.map((p) => (p.goal !== g ? p : { ...p, targets: p.targets.includes(code) ? p.targets.filter((x) => x !== code) : [...p.targets, code].sort() })))
  if (options.length === 0) return <span className="muted">{t('ind.builder.noSdgs')}</span>
  const picked = options.filter((g) => find(g.number) && g.targets.length > 0)
  return (
    <div className="sdg-picker" data-testid="sdg-picker">
      <div className="sdg-toggles">
        {options.map((g) => {
          const on = !!find(g.number)
          const colour = colours.colour(g.number)
          return (
            <button
              key={g.number}
              type="button"
              className={on ? 'sdg-toggle on' : 'sdg-toggle'}
              aria-pressed={on}
              style={on ? { background: colour, borderColor: colour } : { borderColor: colour, color: colour }}
              title={g.title}
              onClick={() => toggleGoal(g.number)}
            >
              {t('ind.sdgShort', { goal: g.number })}
            </button>
          )
        })}
      </div>
      {picked.map((g) => (
        <div key={g.number} className="sdg-targets">
          <span className="muted">{t('ind.builder.targetsOf', { goal: g.number })}</span>
          {g.targets.map((code) => (
            <label key={code} className="check">
              <input type="checkbox" checked={find(g.number)!.targets.includes(code)} onChange={() => toggleTarget(g.number, code)} />
              {code}
            </label>
          ))}
        </div>
      ))}
    </div>
  )
}
