import type { DemoSdgGoal } from './types'

/**
 * The SDG goals MIRE contributes to. Colours are the official goal colours; titles and target texts are
 * short paraphrases written for the demo, not the UN wording.
 */
export const sdgGoals: DemoSdgGoal[] = [
  {
    number: 3,
    title: 'Salute e benessere',
    titleEn: 'Health and well-being',
    color: '#4C9F38',
    targets: [
      { code: '3.4', text: 'Ridurre le morti precoci per malattie croniche e sostenere la salute mentale e il benessere.', textEn: 'Cut early deaths from chronic disease and support mental health and well-being.' },
      { code: '3.6', text: 'Dimezzare morti e feriti causati dagli incidenti stradali.', textEn: 'Halve the deaths and injuries caused by road crashes.' },
      { code: '3.8', text: 'Garantire a tutti servizi sanitari essenziali di qualità senza costi insostenibili.', textEn: 'Give everyone good essential health services without ruinous costs.' },
      { code: '3.9', text: 'Ridurre le malattie e i decessi dovuti all\u2019inquinamento di aria, acqua e suolo.', textEn: 'Reduce illness and death caused by polluted air, water and soil.' }
    ]
  },
  {
    number: 4,
    title: 'Istruzione di qualità',
    titleEn: 'Quality education',
    color: '#C5192D',
    targets: [
      { code: '4.3', text: 'Assicurare a donne e uomini un accesso equo alla formazione tecnica, professionale e universitaria.', textEn: 'Give women and men fair access to technical, vocational and university training.' },
      { code: '4.4', text: 'Aumentare il numero di persone con competenze, anche digitali, utili al lavoro e all\u2019impresa.', textEn: 'Grow the number of people with skills, digital ones included, that help them work or run a business.' },
      { code: '4.5', text: 'Eliminare le disparità di genere e le barriere di accesso all\u2019istruzione per le persone più fragili.', textEn: 'Remove gender gaps and access barriers to learning for the most vulnerable.' },
      { code: '4.7', text: 'Diffondere le conoscenze necessarie per promuovere stili di vita e sviluppo sostenibili.', textEn: 'Spread the knowledge people need to promote sustainable lifestyles and development.' }
    ]
  },
  {
    number: 5,
    title: 'Parità di genere',
    titleEn: 'Gender equality',
    color: '#FF3A21',
    targets: [
      { code: '5.1', text: 'Porre fine a ogni forma di discriminazione verso donne e ragazze.', textEn: 'End every form of discrimination against women and girls.' },
      { code: '5.4', text: 'Riconoscere il lavoro di cura non pagato e promuoverne la condivisione in famiglia, con servizi e politiche adeguati.', textEn: 'Value unpaid care work and encourage sharing it within households, backed by services and policies.' },
      { code: '5.5', text: 'Garantire alle donne piena partecipazione e pari possibilità di guida nei luoghi di decisione.', textEn: 'Ensure women take full part, with equal chances to lead, where decisions are made.' },
      { code: '5.b', text: 'Usare le tecnologie digitali per rafforzare l\u2019autonomia delle donne.', textEn: 'Use digital technology to strengthen women\u2019s autonomy.' },
      { code: '5.c', text: 'Adottare e rafforzare politiche e norme che promuovano la parità di genere.', textEn: 'Adopt and strengthen policies and rules that advance gender equality.' }
    ]
  },
  {
    number: 8,
    title: 'Lavoro dignitoso e crescita economica',
    titleEn: 'Decent work and economic growth',
    color: '#A21942',
    targets: [
      { code: '8.2', text: 'Aumentare la produttività attraverso innovazione, tecnologia e nuova organizzazione del lavoro.', textEn: 'Raise productivity through innovation, technology and new ways of organising work.' },
      { code: '8.3', text: 'Sostenere politiche che favoriscano lavoro dignitoso e la crescita di micro, piccole e medie imprese.', textEn: 'Back policies that foster decent jobs and the growth of micro, small and medium firms.' },
      { code: '8.5', text: 'Raggiungere piena occupazione e lavoro dignitoso per tutte e tutti, con parità di retribuzione.', textEn: 'Reach full employment and decent work for all, with equal pay.' },
      { code: '8.8', text: 'Tutelare i diritti dei lavoratori e garantire ambienti di lavoro sicuri per tutti.', textEn: 'Protect workers\u2019 rights and keep every workplace safe.' }
    ]
  },
  {
    number: 9,
    title: 'Imprese, innovazione e infrastrutture',
    titleEn: 'Industry, innovation and infrastructure',
    color: '#FD6925',
    targets: [
      { code: '9.1', text: 'Realizzare infrastrutture affidabili e accessibili che sostengano il benessere delle persone.', textEn: 'Build reliable, accessible infrastructure that supports people\u2019s well-being.' },
      { code: '9.3', text: 'Migliorare l\u2019accesso delle piccole imprese a credito, servizi e reti di valore.', textEn: 'Improve small firms\u2019 access to credit, services and value chains.' },
      { code: '9.5', text: 'Rafforzare la ricerca e la capacità di innovazione delle imprese.', textEn: 'Strengthen research and the innovation capacity of businesses.' },
      { code: '9.c', text: 'Ampliare l\u2019accesso alle tecnologie dell\u2019informazione e a internet a costi sostenibili.', textEn: 'Widen affordable access to information technology and the internet.' }
    ]
  },
  {
    number: 11,
    title: 'Città e comunità sostenibili',
    titleEn: 'Sustainable cities and communities',
    color: '#FD9D24',
    targets: [
      { code: '11.2', text: 'Offrire sistemi di trasporto sicuri, accessibili e sostenibili per tutti.', textEn: 'Provide safe, accessible and sustainable transport for everyone.' },
      { code: '11.3', text: 'Rendere l\u2019urbanizzazione più inclusiva e la pianificazione più partecipata.', textEn: 'Make urban growth more inclusive and planning more participatory.' },
      { code: '11.6', text: 'Ridurre l\u2019impatto ambientale delle città, con attenzione alla qualità dell\u2019aria.', textEn: 'Shrink cities\u2019 environmental footprint, paying attention to air quality.' },
      { code: '11.7', text: 'Garantire spazi pubblici e verdi sicuri, inclusivi e accessibili.', textEn: 'Guarantee safe, inclusive and accessible public and green spaces.' }
    ]
  },
  {
    number: 13,
    title: 'Lotta contro il cambiamento climatico',
    titleEn: 'Climate action',
    color: '#3F7E44',
    targets: [
      { code: '13.1', text: 'Rafforzare la capacità dei territori di resistere e adattarsi ai rischi climatici.', textEn: 'Make places better able to withstand and adapt to climate risks.' },
      { code: '13.2', text: 'Inserire le misure per il clima nelle politiche, nelle strategie e nella pianificazione.', textEn: 'Build climate measures into policies, strategies and planning.' },
      { code: '13.3', text: 'Migliorare l\u2019educazione e la consapevolezza su mitigazione e adattamento al clima.', textEn: 'Improve education and awareness about climate mitigation and adaptation.' }
    ]
  }
]
