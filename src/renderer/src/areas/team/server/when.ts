import type { I18n } from '../../../i18n/I18n'

/** A moment of the team's work (a sync, a change) with its time, in the interface language. */
export const when = (i18n: I18n, iso: string): string => i18n.date(iso, { day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
