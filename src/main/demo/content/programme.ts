import type { DemoAction } from './types'

/** The fictional-but-plausible MIRE programme the demo project evaluates. */
export const programme = {
  name: 'MIRE – Milano in Rete',
  fullName: 'MIRE – Milano in Rete: lavoro agile, spazi condivisi e welfare di prossimità nei Municipi 5 e 7',
  promoter: 'Comune di Milano',
  periodStart: '2020-09-01',
  periodEnd: '2023-06-30',
  area: 'Milano, Municipi 5 e 7',
  description:
    'MIRE è un programma triennale di conciliazione vita-lavoro promosso dal Comune di Milano insieme a una rete di ' +
    '17 partner tra cooperative sociali, associazioni di categoria, università, fondazioni, sindacati e gestori di ' +
    'coworking. Nato durante l\u2019emergenza sanitaria, accompagna 26 imprese del territorio sud di Milano ' +
    'nell\u2019introduzione del lavoro agile, apre spazi di coworking di quartiere e costruisce una Cittadella del ' +
    'welfare che mette in comune servizi di welfare aziendale e territoriale. La valutazione ne ricostruisce ' +
    'attività, esiti per lavoratori e imprese e contributo agli Obiettivi di sviluppo sostenibile.'
} as const

export const actions: DemoAction[] = [
  {
    code: 'SW',
    name: 'Smart working',
    description:
      'Accompagna le imprese aderenti nella progettazione e nella messa a regime del lavoro agile, con consulenze ' +
      'organizzative, modelli di accordo individuale e formazione per responsabili e lavoratori. L\u2019obiettivo è ' +
      'passare dal lavoro da remoto emergenziale a un modello stabile, equo e negoziato con le rappresentanze.'
  },
  {
    code: 'CW',
    name: 'Coworking',
    description:
      'Sostiene una rete di spazi di coworking di quartiere nei Municipi 5 e 7, con postazioni a tariffa agevolata ' +
      'per dipendenti in lavoro agile e per liberi professionisti. Gli spazi ospitano anche incontri e attività ' +
      'aperte al quartiere, per ridurre gli spostamenti e favorire nuove collaborazioni tra chi li frequenta.'
  },
  {
    code: 'CWF',
    name: 'Cittadella del welfare',
    description:
      'Costruisce un polo di welfare condiviso per le imprese dei Municipi 5 e 7, in particolare micro e piccole, ' +
      'che da sole non riescono a offrire un piano di welfare aziendale. Sportelli informativi, convenzioni con ' +
      'servizi del territorio e una regia pubblico-privata collegano il welfare aziendale a quello territoriale.'
  }
]
