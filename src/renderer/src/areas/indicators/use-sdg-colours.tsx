import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useCall } from '../../lib/use-call'
import { useI18n } from '../../i18n/I18n'

interface SdgColours {
  colour(goal: number): string
  title(goal: number): string | null
}

const FALLBACK = '#667085'
const Ctx = createContext<SdgColours>({ colour: () => FALLBACK, title: () => null })

/** Loads the programme's SDG goals once for the whole area, so chips take their colour from the data. */
export function SdgColoursProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n()
  const { data } = useCall('programme:get', {})
  const value = useMemo<SdgColours>(() => {
    const byNumber = new Map((data?.sdgs ?? []).map((g) => [g.number, g]))
    return {
      colour: (goal) => byNumber.get(goal)?.color ?? FALLBACK,
      title: (goal) => {
        const g = byNumber.get(goal)
        return g ? (locale === 'en' ? g.titleEn : g.title) : null
      }
    }
  }, [data, locale])
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export const useSdgColours = (): SdgColours => useContext(Ctx)
