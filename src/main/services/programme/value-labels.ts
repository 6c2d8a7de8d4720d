/**
 * Words for the coded values users see in exports and CLI tables (the window has the same words in
 * its dictionaries). Codes stay as stored; a value the programme typed itself (a new activity kind,
 * a gender code of its own) is shown as it was typed.
 */
export type ValueLocale = 'it' | 'en'
export type ValueList = 'orgKind' | 'sizeClass' | 'gender' | 'ageBand' | 'activityKind' | 'mode' | 'direction'

const WORDS: Record<ValueList, Record<string, { it: string; en: string }>> = {
  orgKind: {
    promoter: { it: 'Promotore', en: 'Promoter' },
    partner: { it: 'Partner', en: 'Partner' },
    company: { it: 'Impresa', en: 'Company' },
    other: { it: 'Altro', en: 'Other' }
  },
  sizeClass: {
    micro: { it: 'micro', en: 'micro' },
    piccola: { it: 'piccola', en: 'small' },
    media: { it: 'media', en: 'medium' },
    grande: { it: 'grande', en: 'large' }
  },
  gender: {
    F: { it: 'Donne', en: 'Women' },
    M: { it: 'Uomini', en: 'Men' },
    NB: { it: 'Persone non binarie', en: 'Non-binary people' }
  },
  ageBand: {
    '<18': { it: 'meno di 18 anni', en: 'under 18' },
    '18-29': { it: '18–29 anni', en: '18–29' },
    '30-54': { it: '30–54 anni', en: '30–54' },
    '55+': { it: '55 anni e più', en: '55 and over' }
  },
  activityKind: {
    webinar: { it: 'Webinar', en: 'Webinar' },
    incontro: { it: 'Incontro', en: 'Meeting' },
    consulenza: { it: 'Consulenza', en: 'Consultancy' },
    sportello: { it: 'Sportello', en: 'Help desk' },
    formazione: { it: 'Formazione', en: 'Training' },
    evento: { it: 'Evento', en: 'Event' }
  },
  mode: {
    online: { it: 'online', en: 'online' },
    presenza: { it: 'in presenza', en: 'in person' },
    ibrida: { it: 'ibrida', en: 'hybrid' }
  },
  direction: {
    increase: { it: 'aumentare', en: 'increase' },
    decrease: { it: 'diminuire', en: 'decrease' }
  }
}

export function valueLabel(list: ValueList, code: string | null | undefined, locale: ValueLocale): string {
  if (code === null || code === undefined) return ''
  return WORDS[list][code]?.[locale] ?? code
}

/** Every known word (both languages) for a list, folded → code: what an import accepts besides the codes. */
export function valueAliases(list: ValueList): Map<string, string> {
  const out = new Map<string, string>()
  for (const [code, w] of Object.entries(WORDS[list])) for (const s of [code, w.it, w.en]) out.set(s.toLocaleLowerCase('it'), code)
  return out
}
