/** Strings of the survey area (Italian first, English too). */
export const survey: { it: Record<string, string>; en: Record<string, string> } = { it: {}, en: {} }
