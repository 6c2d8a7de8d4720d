import type { DemoCase } from './types'

export interface DemoCaseAttribute {
  name: string
  type: 'category' | 'number' | 'text' | 'date'
  choices?: string[]
}

/** Attributes describing the interviewees; category choices cover every value used below. */
export const caseAttributes: DemoCaseAttribute[] = [
  { name: 'Ruolo', type: 'text' },
  {
    name: 'Tipo organizzazione',
    type: 'category',
    choices: [
      'Impresa',
      'Gestore di coworking',
      'Cooperativa sociale',
      'Sindacato',
      'Ente pubblico',
      'Libero professionista'
    ]
  },
  { name: 'Azione', type: 'category', choices: ['SW', 'CW', 'CWF', 'Tutte'] },
  { name: 'Municipio', type: 'category', choices: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] },
  { name: 'Genere', type: 'category', choices: ['F', 'M', 'Altro'] },
  {
    name: 'Classe dimensionale',
    type: 'category',
    choices: ['micro', 'piccola', 'media', 'grande', 'non applicabile']
  },
  { name: 'Anzianità nel programma (anni)', type: 'number' }
]

/**
 * The eight interviewees of the qualitative strand. "Azione" holds the main action the person is
 * interviewed about; Chiara Lombardi and Giorgio Conti also followed the Cittadella.
 */
export const cases: DemoCase[] = [
  {
    name: 'Chiara Lombardi',
    kind: 'person',
    organisation: 'Meccanica Vigentina S.r.l.',
    attributes: {
      Ruolo: 'HR manager',
      'Tipo organizzazione': 'Impresa',
      Azione: 'SW',
      Municipio: '5',
      Genere: 'F',
      'Classe dimensionale': 'media',
      'Anzianità nel programma (anni)': 2.5
    }
  },
  {
    name: 'Davide Russo',
    kind: 'person',
    organisation: 'Logistica Chiaravalle S.p.A.',
    attributes: {
      Ruolo: 'Impiegato amministrativo',
      'Tipo organizzazione': 'Impresa',
      Azione: 'SW',
      Municipio: '5',
      Genere: 'M',
      'Classe dimensionale': 'grande',
      'Anzianità nel programma (anni)': 2
    }
  },
  {
    name: 'Sara Colombo',
    kind: 'person',
    organisation: 'Spazio Comune Barona – Impresa sociale',
    attributes: {
      Ruolo: 'Responsabile dello spazio di coworking',
      'Tipo organizzazione': 'Gestore di coworking',
      Azione: 'CW',
      Municipio: '6',
      Genere: 'F',
      'Classe dimensionale': 'non applicabile',
      'Anzianità nel programma (anni)': 2
    }
  },
  {
    name: 'Luca Marino',
    kind: 'person',
    organisation: null,
    attributes: {
      Ruolo: 'Libero professionista (grafico), utente del coworking',
      'Tipo organizzazione': 'Libero professionista',
      Azione: 'CW',
      Municipio: '7',
      Genere: 'M',
      'Classe dimensionale': 'micro',
      'Anzianità nel programma (anni)': 1.5
    }
  },
  {
    name: 'Elena Greco',
    kind: 'person',
    organisation: 'Cooperativa Sociale Il Ponte di Gratosoglio',
    attributes: {
      Ruolo: 'Coordinatrice della Cittadella del welfare',
      'Tipo organizzazione': 'Cooperativa sociale',
      Azione: 'CWF',
      Municipio: '5',
      Genere: 'F',
      'Classe dimensionale': 'non applicabile',
      'Anzianità nel programma (anni)': 2
    }
  },
  {
    name: 'Roberto Gallo',
    kind: 'person',
    organisation: 'Forno San Siro S.n.c.',
    attributes: {
      Ruolo: 'Titolare',
      'Tipo organizzazione': 'Impresa',
      Azione: 'CWF',
      Municipio: '7',
      Genere: 'M',
      'Classe dimensionale': 'micro',
      'Anzianità nel programma (anni)': 1.5
    }
  },
  {
    name: 'Paola Ricci',
    kind: 'person',
    organisation: 'Comune di Milano – Direzione Lavoro e Welfare',
    attributes: {
      Ruolo: 'Referente del programma',
      'Tipo organizzazione': 'Ente pubblico',
      Azione: 'Tutte',
      Municipio: '1',
      Genere: 'F',
      'Classe dimensionale': 'non applicabile',
      'Anzianità nel programma (anni)': 3
    }
  },
  {
    name: 'Giorgio Conti',
    kind: 'person',
    organisation: 'Sindacato Lavoratori Uniti Milano',
    attributes: {
      Ruolo: 'Sindacalista',
      'Tipo organizzazione': 'Sindacato',
      Azione: 'SW',
      Municipio: '1',
      Genere: 'M',
      'Classe dimensionale': 'non applicabile',
      'Anzianità nel programma (anni)': 2.5
    }
  }
]
