import type { DemoSection } from './types'

/** Structure of the MIRE evaluation report: one section per action, framed by context and conclusions. */
export const sections: DemoSection[] = [
  {
    number: 1,
    title: 'Contesto, programma e disegno della valutazione',
    titleEn: 'Context, programme and evaluation design',
    description:
      'Ricostruisce il contesto socio-economico dei Municipi 5 e 7 e l\u2019impatto della pandemia sul lavoro, ' +
      'presenta la teoria del cambiamento di MIRE, la rete dei partner e le imprese aderenti, e descrive domande ' +
      'valutative, fonti (registro di monitoraggio, interviste, questionario) e limiti dei dati.'
  },
  {
    number: 2,
    title: 'Smart working: dall\u2019emergenza a un modello organizzativo',
    titleEn: 'Smart working: from emergency to an organisational model',
    description:
      'Analizza le attività di accompagnamento al lavoro agile, la loro copertura per dimensione d\u2019impresa e ' +
      'genere, e gli esiti percepiti da responsabili e lavoratori: accordi individuali, strumenti, benefici, ' +
      'difficoltà e differenze tra chi può lavorare da remoto e chi no.'
  },
  {
    number: 3,
    title: 'Coworking di prossimità',
    titleEn: 'Neighbourhood coworking',
    description:
      'Esamina l\u2019uso degli spazi di coworking di quartiere, i profili di chi li frequenta, le reti nate tra ' +
      'utenti e con il territorio, e il contributo alla riduzione degli spostamenti casa-lavoro.'
  },
  {
    number: 4,
    title: 'Cittadella del welfare: welfare aziendale e territoriale',
    titleEn: 'The welfare citadel: company and territorial welfare',
    description:
      'Valuta se e come la Cittadella ha reso accessibile il welfare alle micro e piccole imprese: sportelli, ' +
      'servizi attivati, bisogni emersi, sostenibilità economica e qualità della collaborazione pubblico-privato.'
  },
  {
    number: 5,
    title: 'Esiti trasversali, parità di genere e contributo agli SDG',
    titleEn: 'Cross-cutting outcomes, gender equality and SDG contribution',
    description:
      'Mette a confronto le tre azioni sugli esiti comuni (conciliazione, benessere, cambiamenti organizzativi), ' +
      'legge i risultati in ottica di genere e collega indicatori ed evidenze qualitative ai target SDG 3, 4, 5, ' +
      '8, 9, 11 e 13.'
  },
  {
    number: 6,
    title: 'Conclusioni, sostenibilità e raccomandazioni',
    titleEn: 'Conclusions, sustainability and recommendations',
    description:
      'Risponde alle domande valutative, discute cosa resterà dopo la fine del finanziamento e formula ' +
      'raccomandazioni operative per il Comune, i partner e le imprese in vista di una nuova edizione.'
  }
]
