import { useCall } from '../../lib/use-call'
import { useI18n } from '../../i18n/I18n'
import type { PickItem } from './PickList'

export interface TeamLists {
  coders: PickItem[]
  codes: PickItem[]
  sources: PickItem[]
  loading: boolean
}

/**
 * Coders, codes and sources of the open project with their coding counts, for the pickers
 * (reloaded when the project changes: after a decision, a merge or an import).
 */
export function useTeamLists(): TeamLists {
  const { t } = useI18n()
  const { data, loading } = useCall('team:overview', {})
  const n = (codings: number) => t('team.pick.codings', { count: codings })
  return {
    coders: (data?.coders ?? []).map((c) => ({ id: c.id, name: c.name, color: c.color, hint: n(c.codings) })),
    codes: (data?.codes ?? []).map((c) => {
      const parent = c.path.split(' > ').slice(0, -1).join(' > ')
      return { id: c.id, name: c.name, path: c.path, color: c.color, hint: parent ? `${parent} · ${n(c.codings)}` : n(c.codings) }
    }),
    sources: (data?.sources ?? []).map((s) => ({ id: s.id, name: s.name, hint: n(s.codings) })),
    loading
  }
}
