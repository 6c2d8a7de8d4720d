/** Column headers of the coding exports, in the two interface languages. */
export type ExportLocale = 'it' | 'en'

const HEADERS = {
  it: {
    source: 'Fonte',
    case: 'Caso',
    coder: 'Codificatore',
    codePath: 'Percorso codice',
    code: 'Codice',
    start: 'Inizio',
    end: 'Fine',
    quote: 'Citazione',
    comment: 'Commento',
    quotes: 'Citazioni',
    level: 'Livello',
    color: 'Colore',
    definition: 'Definizione',
    whenToUse: 'Quando usarlo',
    whenNotToUse: 'Quando non usarlo',
    example: 'Esempio',
    shortcut: 'Scorciatoia',
    links: 'Collegamenti (SDG, azioni, indicatori)',
    codings: 'Codifiche',
    codingsTotal: 'Codifiche con sotto-codici',
    codebook: 'Codebook',
    bySource: 'Codici × fonti',
    byCase: 'Codici × casi',
    presence: 'Presenza per caso',
    cooccurrence: 'Co-occorrenze',
    total: 'Totale',
    rowsWith: 'Righe con almeno una codifica',
    noCase: '(senza caso)'
  },
  en: {
    source: 'Source',
    case: 'Case',
    coder: 'Coder',
    codePath: 'Code path',
    code: 'Code',
    start: 'Start',
    end: 'End',
    quote: 'Quote',
    comment: 'Comment',
    quotes: 'Quotes',
    level: 'Level',
    color: 'Colour',
    definition: 'Definition',
    whenToUse: 'When to use',
    whenNotToUse: 'When not to use',
    example: 'Example',
    shortcut: 'Shortcut',
    links: 'Links (SDG, actions, indicators)',
    codings: 'Codings',
    codingsTotal: 'Codings incl. sub-codes',
    codebook: 'Codebook',
    bySource: 'Codes × sources',
    byCase: 'Codes × cases',
    presence: 'Presence by case',
    cooccurrence: 'Co-occurrence',
    total: 'Total',
    rowsWith: 'Rows with at least one coding',
    noCase: '(no case)'
  }
}

export type HeaderKey = keyof (typeof HEADERS)['it']
export const headers = (locale: ExportLocale = 'it'): Record<HeaderKey, string> => HEADERS[locale]
