import { useState } from 'react'
import type { IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { useI18n } from '../../../i18n/I18n'
import { useSdgColours } from '../use-sdg-colours'

type Picked = { goal: number; targets: string[] }[]

/**
 * SDG goals as toggles; each chosen goal shows its targets to tick. The programme's adopted goals
 * and targets come first; the rest of the 2030 Agenda is one click away.
 */
export function SdgPicker({ options, value, onChange }: { options: IndicatorOptionsDto['sdgs']; value: Picked; onChange(v: Picked): void }) {
  const { t } = useI18n()
  const colours = useSdgColours()
  const [allGoals, setAllGoals] = useState(false)
  const [allTargets, setAllTargets] = useState<Set<number>>(new Set())
  const find = (g: number) => value.find((p) => p.goal === g)
  const toggleGoal = (g: number) => onChange(find(g) ? value.filter((p) => p.goal !== g) : [...value, { goal: g, targets: [] }].sort((a, b) => a.goal - b.goal))
  const toggleTarget = (g: number, code: string) =>
    onChange(value.map((p) => (p.goal !== g ? p : { ...p, targets: p.targets.includes(code) ? p.targets.filter((x) => x !== code) : [...p.targets, code] })))
  if (options.length === 0) return <span className="muted">{t('ind.builder.noSdgs')}</span>
  const anyAdopted = options.some((g) => g.adopted)
  const shown = options.filter((g) => allGoals || !anyAdopted || g.adopted || find(g.number))
  const picked = options.filter((g) => find(g.number) && g.targets.length > 0)
  return (
    <div className="sdg-picker" data-testid="sdg-picker">
      <div className="sdg-toggles">
        {shown.map((g) => {
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
        {anyAdopted && (
          <button type="button" className="link" onClick={() => setAllGoals(!allGoals)}>
            {allGoals ? t('ind.builder.adoptedGoals') : t('ind.builder.allGoals')}
          </button>
        )}
      </div>
      {picked.map((g) => {
        const chosen = find(g.number)!.targets
        const full = allTargets.has(g.number) || g.adoptedTargets.length === 0
        const codes = full ? g.targets : g.targets.filter((c) => g.adoptedTargets.includes(c) || chosen.includes(c))
        return (
          <div key={g.number} className="sdg-targets">
            <span className="muted">{t('ind.builder.targetsOf', { goal: g.number })}</span>
            {codes.map((code) => (
              <label key={code} className={g.adoptedTargets.includes(code) ? 'check adopted' : 'check'}>
                <input type="checkbox" checked={chosen.includes(code)} onChange={() => toggleTarget(g.number, code)} />
                {code}
              </label>
            ))}
            {!full && (
              <button type="button" className="link" onClick={() => setAllTargets(new Set([...allTargets, g.number]))}>
                {t('ind.builder.allTargets')}
              </button>
            )}
          </div>
        )
      })}
    </div>
  )
}
