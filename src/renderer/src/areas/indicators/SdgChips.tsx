import { useI18n } from '../../i18n/I18n'
import { useSdgColours } from './use-sdg-colours'

/** Small coloured chips "SDG 5" in the official goal colours (from the project's SDG data). */
export function SdgChips({ goals, targets = [] }: { goals: number[]; targets?: string[] }) {
  const { t } = useI18n()
  const colours = useSdgColours()
  if (goals.length === 0) return null
  return (
    <span className="sdg-chips">
      {goals.map((g) => {
        const own = targets.filter((code) => code.split('.')[0] === String(g))
        const title = colours.title(g)
        return (
          <span
            key={g}
            className="sdg-chip"
            style={{ background: colours.colour(g) }}
            title={[title, ...own].filter(Boolean).join(' · ')}
            aria-label={t('ind.sdgChip', { goal: String(g), title: title ?? '' })}
          >
            {g}
            {own.length > 0 && <span className="sdg-chip-targets">{own.join(', ')}</span>}
          </span>
        )
      })}
    </span>
  )
}
