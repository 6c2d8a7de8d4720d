import type { DemoCode } from './types'

/**
 * Codebook used by the two demo coders on the MIRE interviews. Top-level codes follow the evaluation
 * questions (one per action, then cross-cutting themes); children carry a shade of the parent colour so
 * the tree reads as families in the coding stripes.
 */
export const codebook: DemoCode[] = [
  {
    name: 'Smart working',
    color: '#4E79A7',
    definition: 'Esperienze, opinioni e pratiche legate al lavoro agile introdotto o consolidato con MIRE.',
    whenToUse: 'Quando l\u2019intervistato parla di lavoro da remoto o ibrido nella propria organizzazione, anche in generale.',
    whenNotToUse: 'Per il lavoro svolto nei coworking (usa Coworking) o per la sola conciliazione senza riferimento al lavoro agile.',
    example: '\u00abCon il percorso siamo passati dal "tutti a casa" a due giorni a settimana concordati.\u00bb',
    sdgs: [8],
    actions: ['SW'],
    children: [
      {
        name: 'Benefici percepiti',
        color: '#7199C4',
        definition: 'Vantaggi del lavoro agile riferiti da lavoratori o responsabili: tempo, concentrazione, autonomia, produttività.',
        whenToUse: 'Quando un vantaggio è attribuito esplicitamente al lavorare da remoto.',
        whenNotToUse: 'Per vantaggi del welfare o del coworking; per aspettative non ancora verificate.',
        example: '\u00abRisparmio un\u2019ora e mezza di tangenziale, e la sera arrivo meno stanco.\u00bb',
        sdgs: [3, 8]
      },
      {
        name: 'Difficoltà e limiti',
        color: '#96B4D6',
        definition: 'Problemi, rischi e limiti del lavoro agile: isolamento, confini sfumati tra lavoro e vita, mansioni escluse.',
        whenToUse: 'Quando si descrivono ostacoli, effetti indesiderati o categorie di lavoratori che non possono accedervi.',
        whenNotToUse: 'Per problemi tecnici di strumenti e connessione (usa Strumenti e tecnologie).',
        example: '\u00abIn magazzino lo smart working non esiste, e questo qualche malumore lo crea.\u00bb',
        sdgs: [8]
      },
      {
        name: 'Strumenti e tecnologie',
        color: '#3C6390',
        definition: 'Dotazioni, software, connessioni e competenze digitali che rendono possibile il lavoro a distanza.',
        whenToUse: 'Quando si parla di computer, piattaforme, VPN, formazione digitale o loro carenze.',
        whenNotToUse: 'Per le regole d\u2019uso degli strumenti stabilite negli accordi (usa Accordi e regolamenti).',
        example: '\u00abAll\u2019inizio metà dei colleghi si collegava dal telefono del figlio.\u00bb',
        sdgs: [4, 9]
      },
      {
        name: 'Accordi e regolamenti',
        color: '#2F4E73',
        definition: 'Accordi individuali, regolamenti aziendali e intese sindacali che disciplinano il lavoro agile.',
        whenToUse: 'Quando si citano giorni, fasce di reperibilità, diritto alla disconnessione o la negoziazione delle regole.',
        whenNotToUse: 'Per prassi informali non scritte né concordate (usa Smart working o Difficoltà e limiti).',
        example: '\u00abNell\u2019accordo abbiamo scritto che dopo le 18 nessuno è tenuto a rispondere.\u00bb',
        sdgs: [8]
      }
    ]
  },
  {
    name: 'Coworking',
    color: '#F28E2B',
    definition: 'Uso e ruolo degli spazi di coworking di quartiere sostenuti dal programma.',
    whenToUse: 'Quando si parla degli spazi della rete MIRE, di chi li frequenta e di che cosa vi accade.',
    whenNotToUse: 'Per il lavoro da casa (usa Smart working) o per gli sportelli della Cittadella.',
    example: '\u00abLo spazio è diventato il mio ufficio, ma anche il posto dove incontro i clienti.\u00bb',
    sdgs: [11],
    actions: ['CW'],
    children: [
      {
        name: 'Uso degli spazi',
        color: '#F5A95D',
        definition: 'Frequenza, modalità e motivi di utilizzo delle postazioni e delle sale.',
        whenToUse: 'Quando si descrive quanto, quando e perché si usa lo spazio, o perché non lo si usa.',
        whenNotToUse: 'Per le relazioni nate nello spazio (usa Reti e contaminazione).',
        example: '\u00abVengo il martedì e il giovedì, gli altri giorni lavoro da casa.\u00bb',
        sdgs: [11]
      },
      {
        name: 'Reti e contaminazione',
        color: '#F8C390',
        definition: 'Relazioni professionali, collaborazioni e scambi di competenze tra chi frequenta gli spazi.',
        whenToUse: 'Quando l\u2019intervistato racconta incontri, progetti comuni o clienti nati dal coworking.',
        whenNotToUse: 'Per semplici rapporti di vicinato senza contenuto professionale (usa Prossimità al territorio).',
        example: '\u00abCon la fotografa della postazione accanto abbiamo fatto tre lavori insieme.\u00bb',
        sdgs: [8, 9]
      },
      {
        name: 'Prossimità al territorio',
        color: '#C9701C',
        definition: 'Legame dello spazio con il quartiere: vicinanza a casa, apertura ad abitanti e associazioni.',
        whenToUse: 'Quando si valorizza la vicinanza o l\u2019effetto dello spazio sulla vita del quartiere.',
        whenNotToUse: 'Per i risparmi di tempo e chilometri in sé (usa Sostenibilità ambientale > Mobilità e spostamenti).',
        example: '\u00abLa sera la sala la usano le mamme del comitato di via, e questo ci ha fatto conoscere.\u00bb',
        sdgs: [11]
      }
    ]
  },
  {
    name: 'Welfare aziendale',
    color: '#E15759',
    definition: 'Beni, servizi e misure che le imprese offrono ai propri dipendenti oltre alla retribuzione.',
    whenToUse: 'Quando si parla di piani, servizi o benefit messi a disposizione dal datore di lavoro.',
    whenNotToUse: 'Per servizi pubblici o del terzo settore aperti a tutti (usa Welfare territoriale).',
    example: '\u00abPrima il welfare per noi era il buono benzina a Natale, e basta.\u00bb',
    sdgs: [3, 8],
    actions: ['CWF'],
    children: [
      {
        name: 'Servizi attivati',
        color: '#E87F80',
        definition: 'Servizi di welfare effettivamente introdotti in azienda grazie al programma.',
        whenToUse: 'Quando si nomina un servizio concreto avviato, con o senza dati di utilizzo.',
        whenNotToUse: 'Per servizi solo desiderati o in discussione (usa Bisogni dei lavoratori).',
        example: '\u00abAbbiamo attivato la convenzione con il centro estivo e l\u2019hanno usata in undici.\u00bb',
        sdgs: [3]
      },
      {
        name: 'Bisogni dei lavoratori',
        color: '#F0A6A7',
        definition: 'Necessità espresse o rilevate tra i dipendenti a cui il welfare potrebbe rispondere.',
        whenToUse: 'Quando emergono bisogni di cura, salute, tempo, reddito o formazione dei lavoratori.',
        whenNotToUse: 'Per bisogni dell\u2019impresa come organizzazione (usa Risultati ed esiti > Cambiamenti organizzativi).',
        example: '\u00abDal questionario è venuto fuori che quasi tutti hanno un genitore anziano da seguire.\u00bb',
        sdgs: [3, 5]
      },
      {
        name: 'Costi e sostenibilità economica',
        color: '#B94345',
        definition: 'Costi, vantaggi fiscali e capacità dell\u2019impresa di mantenere il welfare nel tempo.',
        whenToUse: 'Quando si parla di budget, risparmi fiscali, economie di scala o timori sui costi futuri.',
        whenNotToUse: 'Per la sostenibilità della Cittadella come struttura (usa Welfare territoriale > Cittadella del welfare).',
        example: '\u00abDa soli, con nove dipendenti, un piano di welfare non ce lo saremmo mai potuti permettere.\u00bb',
        sdgs: [8]
      }
    ]
  },
  {
    name: 'Welfare territoriale',
    color: '#76B7B2',
    definition: 'Servizi e reti di welfare radicati nel territorio, che coinvolgono enti pubblici, terzo settore e imprese.',
    whenToUse: 'Quando il welfare è descritto come bene del quartiere o frutto di una rete, non di una singola impresa.',
    whenNotToUse: 'Per benefit interni a un\u2019azienda (usa Welfare aziendale).',
    example: '\u00abIl punto è che i servizi ci sono già nel quartiere, bisognava solo collegarli alle aziende.\u00bb',
    sdgs: [11],
    actions: ['CWF'],
    children: [
      {
        name: 'Rete pubblico-privato',
        color: '#96CAC6',
        definition: 'Collaborazione tra Comune, terzo settore, parti sociali e imprese nella costruzione dei servizi.',
        whenToUse: 'Quando si descrivono ruoli, fiducia o attriti tra attori pubblici e privati.',
        whenNotToUse: 'Per il coordinamento interno alla partnership di progetto (usa Governance del programma > Coordinamento tra partner).',
        example: '\u00abPer la prima volta il Municipio e le aziende si sono seduti allo stesso tavolo.\u00bb',
        sdgs: [11]
      },
      {
        name: 'Cittadella del welfare',
        color: '#B6DCD9',
        definition: 'Il polo condiviso creato dal programma: sportelli, catalogo di servizi, regia comune.',
        whenToUse: 'Quando si parla della Cittadella come luogo, servizio o organizzazione.',
        whenNotToUse: 'Per singoli servizi attivati in azienda (usa Welfare aziendale > Servizi attivati).',
        example: '\u00abAllo sportello della Cittadella mi hanno spiegato in mezz\u2019ora quello che cercavo da mesi.\u00bb',
        sdgs: [8, 11],
        actions: ['CWF']
      },
      {
        name: 'Servizi di prossimità',
        color: '#4F9590',
        definition: 'Servizi vicini ai luoghi di vita e di lavoro: cura dei bambini e degli anziani, salute, commissioni.',
        whenToUse: 'Quando conta la vicinanza fisica del servizio a casa o al lavoro.',
        whenNotToUse: 'Per servizi digitali o a distanza senza legame con il quartiere.',
        example: '\u00abIl doposcuola è a due isolati dal forno, la bambina la vado a prendere io.\u00bb',
        sdgs: [3, 11]
      }
    ]
  },
  {
    name: 'Conciliazione vita-lavoro',
    color: '#EDC948',
    definition: 'Equilibrio tra tempi di lavoro, responsabilità familiari e vita personale.',
    whenToUse: 'Quando si parla di come lavoro e vita privata si incastrano, migliorano o entrano in conflitto.',
    whenNotToUse: 'Per i benefici organizzativi per l\u2019impresa (usa Risultati ed esiti).',
    example: '\u00abAdesso riesco a fare la spesa in pausa pranzo, sembra poco ma cambia la settimana.\u00bb',
    sdgs: [5, 8],
    children: [
      {
        name: 'Carichi di cura',
        color: '#F2D76F',
        definition: 'Cura di figli, genitori anziani o familiari fragili e la sua distribuzione in famiglia.',
        whenToUse: 'Quando si menzionano compiti di cura, chi se ne fa carico e come il programma li ha toccati.',
        whenNotToUse: 'Per la sola organizzazione degli orari senza riferimento alla cura (usa Tempi e orari).',
        example: '\u00abMia madre ha ottantasei anni, senza la flessibilità avrei dovuto lasciare.\u00bb',
        sdgs: [5]
      },
      {
        name: 'Tempi e orari',
        color: '#F6E499',
        definition: 'Flessibilità, fasce orarie, turni e tempi di spostamento.',
        whenToUse: 'Quando si parla di quando si lavora e di quanto margine si ha per organizzarlo.',
        whenNotToUse: 'Per regole formalizzate negli accordi di lavoro agile (usa Smart working > Accordi e regolamenti).',
        example: '\u00abL\u2019entrata flessibile fino alle 9 e 30 per me vale più di un aumento.\u00bb',
        sdgs: [8]
      },
      {
        name: 'Benessere',
        color: '#C9A827',
        definition: 'Stato di salute fisica e psicologica, stress, fatica e qualità della vita riferiti al lavoro.',
        whenToUse: 'Quando l\u2019intervistato descrive come sta, in meglio o in peggio, in relazione al lavoro.',
        whenNotToUse: 'Per la soddisfazione verso un singolo servizio (usa il codice del servizio).',
        example: '\u00abHo ricominciato a dormire la notte, prima pensavo sempre a chi stava con i bambini.\u00bb',
        sdgs: [3]
      }
    ]
  },
  {
    name: 'Genere e pari opportunità',
    color: '#B07AA1',
    definition: 'Differenze tra donne e uomini nell\u2019accesso alle azioni del programma e nei loro esiti.',
    whenToUse: 'Quando il genere è esplicitamente tematizzato o le differenze tra donne e uomini sono evidenti nel racconto.',
    whenNotToUse: 'Per la cura in generale quando il genere non è in gioco (usa Conciliazione vita-lavoro > Carichi di cura).',
    example: '\u00abA chiedere lo smart working per i figli sono quasi sempre le colleghe.\u00bb',
    sdgs: [5],
    children: [
      {
        name: 'Divario di genere',
        color: '#C69CBB',
        definition: 'Disuguaglianze tra donne e uomini in carriera, reddito, carichi o accesso alle misure.',
        whenToUse: 'Quando si osserva o si denuncia uno squilibrio a sfavore di un genere.',
        whenNotToUse: 'Per iniziative delle donne come protagoniste (usa Ruolo delle donne nei processi).',
        example: '\u00abChi è rimasto in presenza ha avuto le promozioni, e in presenza c\u2019erano soprattutto uomini.\u00bb',
        sdgs: [5, 8]
      },
      {
        name: 'Ruolo delle donne nei processi',
        color: '#8C5A7F',
        definition: 'Protagonismo delle donne nelle decisioni, nella progettazione e nella guida delle attività del programma.',
        whenToUse: 'Quando le donne sono descritte come promotrici, decisori o riferimenti delle iniziative.',
        whenNotToUse: 'Per la semplice partecipazione femminile alle attività, senza un ruolo attivo.',
        example: '\u00abIl tavolo del welfare l\u2019ha voluto e guidato la nostra responsabile amministrativa.\u00bb',
        sdgs: [5]
      }
    ]
  },
  {
    name: 'Sostenibilità ambientale',
    color: '#59A14F',
    definition: 'Effetti del programma sull\u2019ambiente: spostamenti, emissioni, consumi.',
    whenToUse: 'Quando si collegano le azioni a effetti ambientali, misurati o percepiti.',
    whenNotToUse: 'Per la sostenibilità economica (usa Welfare aziendale > Costi e sostenibilità economica).',
    example: '\u00abTra smart working e coworking abbiamo tolto dalla strada una ventina di auto al giorno.\u00bb',
    sdgs: [13, 11],
    children: [
      {
        name: 'Mobilità e spostamenti',
        color: '#7DBA74',
        definition: 'Tragitti casa-lavoro evitati, accorciati o fatti con mezzi diversi.',
        whenToUse: 'Quando si parla di chilometri, tempi di viaggio, auto, mezzi pubblici o bicicletta.',
        whenNotToUse: 'Per il tempo liberato usato per la famiglia (usa Conciliazione vita-lavoro > Tempi e orari).',
        example: '\u00abOra vado al coworking in bici, la macchina la uso solo nel weekend.\u00bb',
        sdgs: [11, 13]
      },
      {
        name: 'Consumi energetici',
        color: '#42803A',
        definition: 'Consumi di energia di uffici, abitazioni e spazi condivisi e loro spostamento con il lavoro a distanza.',
        whenToUse: 'Quando si discutono bollette, riscaldamento, spazi chiusi o condivisi in relazione al lavoro.',
        whenNotToUse: 'Per i costi generali dell\u2019impresa senza riferimento all\u2019energia.',
        example: '\u00abIl venerdì chiudiamo il secondo piano e spegniamo il riscaldamento.\u00bb',
        sdgs: [13]
      }
    ]
  },
  {
    name: 'Governance del programma',
    color: '#9C755F',
    definition: 'Come il programma è stato guidato, comunicato e gestito dalla rete dei partner.',
    whenToUse: 'Quando si parla dell\u2019organizzazione di MIRE in quanto progetto, non dei suoi contenuti.',
    whenNotToUse: 'Per gli esiti nelle singole organizzazioni (usa Risultati ed esiti).',
    example: '\u00abIl progetto funzionava perché c\u2019era sempre qualcuno del Comune che rispondeva.\u00bb',
    children: [
      {
        name: 'Comunicazione e coinvolgimento',
        color: '#B5937F',
        definition: 'Modi in cui imprese, lavoratori e cittadini sono stati informati e coinvolti.',
        whenToUse: 'Quando si racconta come si è venuti a sapere del programma o perché si è deciso di aderire.',
        whenNotToUse: 'Per le relazioni tra partner (usa Coordinamento tra partner).',
        example: '\u00abL\u2019ho saputo dalla mia associazione di categoria, una mail e poi una telefonata.\u00bb',
        sdgs: [11]
      },
      {
        name: 'Coordinamento tra partner',
        color: '#CDB3A3',
        definition: 'Divisione dei compiti, tavoli di regia e collaborazione all\u2019interno della partnership.',
        whenToUse: 'Quando si parla di come i partner hanno lavorato insieme, bene o male.',
        whenNotToUse: 'Per il rapporto più ampio tra pubblico e privato nel territorio (usa Welfare territoriale > Rete pubblico-privato).',
        example: '\u00abOgni mese il tavolo di regia: faticoso, ma senza non ci saremmo parlati.\u00bb'
      },
      {
        name: 'Criticità attuative',
        color: '#7A5A48',
        definition: 'Ritardi, ostacoli burocratici, cambi di programma e problemi pratici nella realizzazione.',
        whenToUse: 'Quando si descrivono difficoltà nel fare le attività previste e come sono state affrontate.',
        whenNotToUse: 'Per i limiti intrinseci del lavoro agile (usa Smart working > Difficoltà e limiti).',
        example: '\u00abGli sportelli dovevano partire a marzo 2021, con le chiusure siamo slittati a ottobre.\u00bb'
      }
    ]
  },
  {
    name: 'Risultati ed esiti',
    color: '#6B6ECF',
    definition: 'Cambiamenti osservati o attesi attribuiti, anche in parte, al programma.',
    whenToUse: 'Quando si afferma che qualcosa è cambiato, o non è cambiato, grazie a MIRE.',
    whenNotToUse: 'Per descrizioni di attività senza un cambiamento associato.',
    example: '\u00abSenza MIRE saremmo tornati tutti in ufficio come prima, ne sono sicura.\u00bb',
    children: [
      {
        name: 'Cambiamenti organizzativi',
        color: '#8B8DDB',
        definition: 'Nuovi modi di organizzare il lavoro, ruoli, procedure o cultura aziendale emersi con il programma.',
        whenToUse: 'Quando l\u2019organizzazione come tale ha modificato pratiche o regole.',
        whenNotToUse: 'Per cambiamenti nella vita dei singoli (usa Conciliazione vita-lavoro).',
        example: '\u00abAbbiamo smesso di misurare le ore e iniziato a ragionare per obiettivi.\u00bb',
        sdgs: [8]
      },
      {
        name: 'Continuità nel tempo',
        color: '#ABACE6',
        definition: 'Che cosa rimarrà dopo la fine del programma e a quali condizioni.',
        whenToUse: 'Quando si parla di sostenibilità, consolidamento o abbandono delle pratiche dopo il 2023.',
        whenNotToUse: 'Per i soli costi del welfare aziendale (usa Welfare aziendale > Costi e sostenibilità economica).',
        example: '\u00abL\u2019accordo resta, quello è firmato; lo sportello invece non so chi lo pagherà.\u00bb'
      },
      {
        name: 'Raccomandazioni',
        color: '#5053A8',
        definition: 'Suggerimenti degli intervistati per migliorare o riproporre il programma.',
        whenToUse: 'Quando l\u2019intervistato propone cosa fare diversamente o cosa mantenere.',
        whenNotToUse: 'Per semplici giudizi positivi o negativi senza una proposta.',
        example: '\u00abLa prossima volta coinvolgete anche i turnisti fin dall\u2019inizio.\u00bb'
      }
    ]
  }
]

/** Every code as a path: each parent, followed by "Parent > Child" for its children. */
export function codePaths(): string[] {
  const out: string[] = []
  const walk = (codes: DemoCode[], prefix: string): void => {
    for (const c of codes) {
      const path = prefix ? `${prefix} > ${c.name}` : c.name
      out.push(path)
      if (c.children) walk(c.children, path)
    }
  }
  walk(codebook, '')
  return out
}
