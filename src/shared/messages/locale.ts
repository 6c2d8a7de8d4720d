/** The interface languages. Italian first: it is the default everywhere but the CLI, which speaks English unless `--locale it`. */
export type Locale = 'it' | 'en'

export const LOCALES: readonly Locale[] = ['it', 'en']

/** BCP 47 tag used for number, date and list formats. */
export const localeTag = (l: Locale): string => (l === 'it' ? 'it-IT' : 'en-GB')

export const isLocale = (v: unknown): v is Locale => v === 'it' || v === 'en'
