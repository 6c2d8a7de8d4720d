import type { DemoInterview } from '../types'

/** Original text written for the demo; every name and figure is fictional. */
const text = `Progetto MIRE – Valutazione
Intervista semi-strutturata
Intervistata: Paola Ricci, funzionaria responsabile del programma, Comune di Milano – Direzione Lavoro e Welfare
Data: 30 maggio 2023
Durata: 1 ora e 8 minuti
Luogo: uffici della Direzione (prima parte), videochiamata (seconda parte)
Note: la registrazione si interrompe per circa due minuti intorno al minuto 31 per problemi di connessione.

[00:00:10] INT: Dottoressa Ricci, grazie. Lei ha seguito MIRE fin dall'inizio, giusto?

R: Sì, dall'inizio, anzi da prima dell'inizio, perché ho seguito anche la scrittura del progetto nel 2019. Quindi ho visto tutto il percorso: l'idea, la pandemia che ci ha stravolto tutto dopo pochi mesi, la riprogettazione, e adesso la chiusura. Formalmente il programma si chiude il 30 giugno, quindi siamo proprio nelle ultime settimane, ehm, con tutta la parte di rendicontazione che è... impegnativa, diciamo così.

INT: Ci ricorda com'era costruito il programma?

R: Allora, MIRE nasce con un'idea abbastanza semplice: mettere in rete soggetti pubblici e privati per sperimentare soluzioni di conciliazione vita-lavoro che fossero alla portata anche delle piccole e medie imprese, non solo delle grandi. Le azioni erano tre. Lo smart working, con un percorso di accompagnamento per le aziende a introdurlo in modo organizzato. Il coworking, valorizzando gli spazi di coworking della città come luoghi di lavoro vicini a casa. E la Cittadella del welfare, che era l'azione più territoriale, concentrata nei Municipi 5 e 7, per costruire servizi di welfare aziendale e territoriale per le piccole imprese. Il partenariato era di diciassette soggetti, più ventisei aziende che hanno aderito in modo diretto.

[00:03:05] INT: Diciassette partner sono tanti. Come avete organizzato la governance?

R: Sono tanti, sì. (ride) Avevamo tre livelli. Una cabina di regia, con un rappresentante per partner, che si riuniva ogni due mesi, poi nel periodo più intenso ogni mese. Poi tre gruppi di lavoro, uno per azione, ciascuno con un capofila. E poi il Comune come coordinamento generale e come responsabile amministrativo verso il finanziatore. Sulla carta funzionava. Nella pratica la cabina di regia è diventata un luogo di aggiornamento più che di decisione, e le decisioni vere si prendevano nei gruppi di lavoro, o a volte, lo ammetto, al telefono tra due o tre persone.

INT: È stato un problema?

R: In parte sì. Perché chi non era in quelle telefonate si sentiva escluso, e qualche partner, soprattutto i più piccoli, ce l'ha fatto notare. A metà del 2021 abbiamo fatto una giornata di lavoro, una specie di ritiro, per ridefinire i ruoli, e da lì le cose sono migliorate. Abbiamo introdotto un verbale condiviso di ogni riunione, uno spazio documentale comune e una newsletter interna ogni quindici giorni. Sembrano cose banali, ma con diciassette soggetti fanno la differenza.

[00:07:20] INT: Lei accennava alla pandemia. Cosa è cambiato?

R: Tutto. Il progetto era stato scritto pensando allo smart working come a un'innovazione da introdurre con calma, azienda per azienda. A marzo 2020 ci siamo ritrovati con mezza Milano a lavorare da casa, o meglio in telelavoro d'emergenza, da un giorno all'altro. Quindi l'azione ha cambiato completamente natura: non si trattava più di convincere le aziende a provarlo, ma di aiutarle a passare dall'emergenza a un modello organizzato. Accordi individuali, regolamenti, strumenti, formazione dei responsabili a gestire per obiettivi. Tra il 2020 e il 2022 abbiamo organizzato 34 webinar su questi temi, con circa 1.300 partecipazioni complessive.

INT: E le aziende, su questo passaggio, cosa chiedevano?

R: Chiedevano soprattutto regole e strumenti. Le domande più frequenti nei webinar erano molto pratiche: chi paga il computer, come si misura il lavoro, cosa succede se uno si fa male a casa, come si gestisce la privacy sui documenti. E poi c'era una preoccupazione dei responsabili intermedi, i capiufficio, che si sentivano spiazzati: «se non li vedo, come faccio a sapere che lavorano?». Su questo abbiamo lavorato molto, con la formazione sulla gestione per obiettivi, ed è forse la cosa che ha cambiato di più la cultura delle aziende.

INT: E il coworking?

R: Il coworking ha sofferto di più. Nel 2020 gli spazi erano chiusi o semivuoti, alcuni hanno rischiato di chiudere. Però poi, dal 2021, c'è stata una riscoperta. Le persone non volevano più tornare in ufficio cinque giorni su cinque, ma lavorare dal tavolo della cucina con due figli in didattica a distanza non era sostenibile. Il coworking di quartiere è diventato una terza via. Con il progetto abbiamo sperimentato dei voucher per le aziende, che potevano comprare postazioni per i propri dipendenti vicino a casa loro. Ne abbiamo distribuiti, aspetti... 180 voucher mensili, usati da 11 aziende. Il voucher copriva fino a 150 euro al mese per postazione, il resto lo metteva l'azienda, e devo dire che quasi tutte hanno chiesto di rinnovarlo.

INT: Funzionavano?

R: Hanno funzionato dove c'era un coworking davvero vicino. Nelle periferie, e lo dico con un po' di amarezza, l’offerta di coworking è scarsa. In centro e nei quartieri semicentrali c'è tanto, a Gratosoglio o a Quarto Cagnino quasi niente. Quindi rischiamo di dare una risposta di prossimità dove la prossimità c'è già. Questo è un tema per le politiche future, secondo me: il Comune dovrebbe pensare al coworking come infrastruttura di quartiere, non solo come mercato.

[00:13:40] INT: Veniamo alla Cittadella del welfare. Come la valuta, vista dal Comune?

R: È l'azione che mi ha dato più soddisfazioni e anche più preoccupazioni. Soddisfazioni perché ha raggiunto un pezzo di tessuto economico che normalmente non vediamo: i negozi, gli artigiani, le piccole cooperative. Imprese che non hanno un ufficio del personale, che non leggono le circolari. E la cooperativa Il Ponte, con la dottoressa Greco, ha fatto un lavoro di relazione straordinario. Preoccupazioni perché è l’azione più fragile dal punto di vista della continuità: è fatta di persone, di presenza, e quando finiscono i fondi le persone sono le prime cose che si perdono.

INT: Ci sono state difficoltà attuative specifiche?

R: Sì, diverse. La prima è stata la pandemia, ovviamente, che ha reso impossibile per mesi il lavoro in presenza, che era proprio il cuore dell'azione. La seconda è amministrativa: le regole di rendicontazione del finanziamento erano pensate per progetti con costi standard, e qui c'erano attività difficili da documentare. Come documenti che un'operatrice è andata in quindici negozi a parlare coi titolari? Con un foglio firme? I titolari non firmano niente, giustamente. (ride) Quindi abbiamo dovuto inventarci delle schede di contatto, concordarle con l’ente finanziatore, e questo ha preso mesi. La terza è la piattaforma informatica della mappa dei servizi, che è arrivata tardi. Questo è un errore nostro, del Comune, lo dico chiaramente.

INT: E la relazione tra pubblico e privato, nella rete?

R: Allora, questa secondo me è la vera eredità del programma. Prima di MIRE, il Comune parlava con le aziende attraverso gli avvisi pubblici e basta. Con il sindacato attraverso i tavoli formali. Con il terzo settore attraverso i bandi. Qui, per tre anni, ci siamo seduti allo stesso tavolo tutti quanti, con un obiettivo comune. Non sempre è stato facile, perché le culture sono diverse: l'azienda vuole risposte veloci, il pubblico ha le sue procedure, il terzo settore ha i suoi valori e i suoi tempi. Ma si è creato un linguaggio comune. Oggi se il sindacato ha un'idea sul welfare territoriale mi chiama direttamente, e viceversa.

INT: E la comunicazione verso l'esterno, verso le aziende e i lavoratori?

R: Qui dobbiamo fare autocritica. Abbiamo comunicato molto, ma non sempre bene. Avevamo un sito, la newsletter esterna, i social del Comune, i webinar registrati, e i numeri di visualizzazione erano anche buoni. Però arrivavamo soprattutto a chi era già sensibile: le aziende medie, i responsabili del personale, i consulenti. Le micro imprese e i lavoratori, soprattutto quelli con meno strumenti digitali, li abbiamo raggiunti solo quando qualcuno è andato fisicamente da loro. E poi il linguaggio: parole come «conciliazione» o «welfare territoriale» per noi sono ovvie, per un commerciante di Baggio no. Nell'ultimo anno abbiamo rifatto i materiali con esempi concreti, tipo «il rimborso del centro estivo» invece di «servizi per la famiglia», e la risposta è cambiata.

[00:20:55] INT: Parliamo dei risultati. Cosa direbbe che il programma ha prodotto?

R: Sui numeri, abbiamo i dati di monitoraggio, e ve li ho mandati. In sintesi: 26 aziende coinvolte direttamente, di cui 19 hanno adottato un accordo o un regolamento di smart working, 12 hanno attivato qualche forma di welfare aziendale, 11 hanno usato i voucher coworking. Più di 2.400 persone raggiunte dalle attività, tra webinar, incontri, sportelli e consulenze. Di queste, il 64 per cento donne.

INT: Il 64 per cento. Come lo interpreta?

R: Eh, è un dato che ha due facce. Da un lato dice che il tema della conciliazione interessa soprattutto le donne, e questo lo sapevamo, anche perché il carico di cura è ancora sbilanciato. Dall'altro, se vogliamo essere onesti, dice anche che non siamo riusciti a coinvolgere abbastanza gli uomini. E se la conciliazione resta una questione da donne, non stiamo cambiando niente, stiamo solo aiutando le donne a reggere il doppio carico. Nel 2022 abbiamo provato a fare degli incontri specifici sulla paternità, sui congedi dei padri, con l'aiuto del sindacato. Sono venuti in venti. Però è un inizio.

INT: E nei processi decisionali del programma?

R: (pausa) Bella domanda. Nel programma le donne sono state la grande maggioranza delle persone che hanno lavorato sul campo: coordinatrici, operatrici, consulenti, referenti aziendali. Nei livelli decisionali delle aziende molto meno: dei 26 titolari o amministratori delegati, se non sbaglio, sei sono donne. Quindi le donne hanno fatto il progetto, ma le decisioni in azienda le hanno prese soprattutto uomini. È un dato che va messo nel rapporto, secondo me.

[00:27:10] INT: Sul fronte ambientale, il programma aveva obiettivi sulla mobilità?

R: Sì, era uno degli obiettivi secondari, legato agli obiettivi 11 e 13 dell'Agenda 2030. Lo smart working e il coworking di prossimità riducono gli spostamenti casa-lavoro. Abbiamo fatto una stima con i dati delle aziende: nel 2022 circa 310.000 chilometri di spostamenti in auto evitati, che sono, ehm, circa cinquanta tonnellate di CO2. È una stima, eh, con tutti i limiti delle stime. Sui consumi energetici il discorso è più complicato: quello che l'azienda risparmia in ufficio spesso lo paga il lavoratore a casa, soprattutto nell'inverno 2022, con i prezzi dell’energia alle stelle. E infatti parecchie aziende hanno usato i fringe benefit per rimborsare le bollette ai dipendenti in smart working.

[00:31:02] [interruzione della registrazione per problemi di connessione]

[00:33:15] INT: Eccoci, mi sente? Stavamo parlando di continuità.

R: Sì, la sento. Allora, continuità. Ci sono tre cose che restano sicuramente. Gli accordi di smart working nelle aziende: quelli ormai sono parte dell'organizzazione, e non credo che nessuno torni indietro. La rete: abbiamo firmato a marzo un protocollo d'intesa con undici dei diciassette partner per continuare a lavorare insieme sul welfare territoriale, senza fondi specifici ma con un impegno formale. E il materiale, le guide, i modelli di regolamento, che sono pubblici e che chiunque può usare. Quello che rischia di perdersi è la presenza sul territorio, appunto, lo sportello, l’operatrice di quartiere.

INT: Il Comune può intervenire su questo?

R: Stiamo cercando di farlo. C'è un'interlocuzione con i Municipi 5 e 7 per dare continuità allo sportello con fondi municipali, e stiamo guardando la nuova programmazione europea, il Fondo sociale europeo plus. Ma non voglio promettere cose che non dipendono da me.

INT: Quali raccomandazioni lascerebbe a chi progetterà la prossima edizione?

R: Allora, io ne direi quattro. Primo, un partenariato più snello, o comunque con ruoli definiti fin dall'inizio e una regia che abbia il tempo e le risorse per fare regia. Noi eravamo in due persone, part-time sul progetto, per diciassette partner. Secondo, mettere al centro le persone sul territorio, anche nel budget. Terzo, costruire il monitoraggio dall'inizio: noi lo abbiamo sistemato a metà strada e alcuni dati del primo anno non sono confrontabili. Quarto, e questo lo dico da donna che lavora in un'amministrazione, coinvolgere gli uomini, i padri, i titolari, perché la conciliazione non può essere solo una politica per le donne.

INT: C'è qualcosa che vuole aggiungere?

R: Solo che, nonostante tutto, è stato il progetto più bello che ho seguito. Faticoso, ma bello. Ci siamo trovati a fare innovazione in piena pandemia, senza manuale, e qualche volta abbiamo sbagliato. Però qualcosa è rimasto, e si vede: nelle aziende, nei quartieri, e anche qui dentro, negli uffici del Comune, dove adesso si parla di conciliazione con più naturalezza di prima.

INT: Grazie davvero, dottoressa.

R: Grazie a voi. Aspetto la bozza del rapporto.`

export const interview: DemoInterview = {
  transcript: {
    name: 'Intervista 07 – Referente Comune di Milano',
    caseName: 'Paola Ricci',
    date: '2023-05-30',
    text
  },
  codings: [
    // Giulia
    { coder: 'Giulia', code: 'Welfare territoriale > Rete pubblico-privato', quote: "Allora, MIRE nasce con un'idea abbastanza semplice: mettere in rete soggetti pubblici e privati per sperimentare soluzioni di conciliazione vita-lavoro che fossero alla portata anche delle piccole e medie imprese, non solo delle grandi." },
    { coder: 'Giulia', code: 'Welfare territoriale > Cittadella del welfare', quote: "E la Cittadella del welfare, che era l'azione più territoriale, concentrata nei Municipi 5 e 7, per costruire servizi di welfare aziendale e territoriale per le piccole imprese." },
    { coder: 'Giulia', code: 'Governance del programma > Coordinamento tra partner', quote: "Nella pratica la cabina di regia è diventata un luogo di aggiornamento più che di decisione, e le decisioni vere si prendevano nei gruppi di lavoro, o a volte, lo ammetto, al telefono tra due o tre persone." },
    { coder: 'Giulia', code: 'Governance del programma > Criticità attuative', quote: "Perché chi non era in quelle telefonate si sentiva escluso, e qualche partner, soprattutto i più piccoli, ce l'ha fatto notare." },
    { coder: 'Giulia', code: 'Governance del programma > Coordinamento tra partner', quote: "Abbiamo introdotto un verbale condiviso di ogni riunione, uno spazio documentale comune e una newsletter interna ogni quindici giorni." },
    { coder: 'Giulia', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "uno spazio documentale comune e una newsletter interna ogni quindici giorni. Sembrano cose banali, ma con diciassette soggetti fanno la differenza." },
    { coder: 'Giulia', code: 'Governance del programma > Criticità attuative', quote: "A marzo 2020 ci siamo ritrovati con mezza Milano a lavorare da casa, o meglio in telelavoro d'emergenza, da un giorno all'altro." },
    { coder: 'Giulia', code: 'Smart working > Accordi e regolamenti', quote: "Quindi l'azione ha cambiato completamente natura: non si trattava più di convincere le aziende a provarlo, ma di aiutarle a passare dall'emergenza a un modello organizzato." },
    { coder: 'Giulia', code: 'Smart working > Strumenti e tecnologie', quote: "Le domande più frequenti nei webinar erano molto pratiche: chi paga il computer, come si misura il lavoro, cosa succede se uno si fa male a casa, come si gestisce la privacy sui documenti." },
    { coder: 'Giulia', code: 'Smart working > Accordi e regolamenti', quote: "chi paga il computer, come si misura il lavoro, cosa succede se uno si fa male a casa" },
    { coder: 'Giulia', code: 'Smart working > Difficoltà e limiti', quote: "E poi c'era una preoccupazione dei responsabili intermedi, i capiufficio, che si sentivano spiazzati: «se non li vedo, come faccio a sapere che lavorano?»." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "«se non li vedo, come faccio a sapere che lavorano?». Su questo abbiamo lavorato molto, con la formazione sulla gestione per obiettivi, ed è forse la cosa che ha cambiato di più la cultura delle aziende." },
    { coder: 'Giulia', code: 'Coworking > Uso degli spazi', quote: "Le persone non volevano più tornare in ufficio cinque giorni su cinque, ma lavorare dal tavolo della cucina con due figli in didattica a distanza non era sostenibile. Il coworking di quartiere è diventato una terza via." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "lavorare dal tavolo della cucina con due figli in didattica a distanza non era sostenibile" },
    { coder: 'Giulia', code: 'Coworking > Prossimità al territorio', quote: "Nelle periferie, e lo dico con un po' di amarezza, l’offerta di coworking è scarsa. In centro e nei quartieri semicentrali c'è tanto, a Gratosoglio o a Quarto Cagnino quasi niente." },
    { coder: 'Giulia', code: 'Governance del programma > Criticità attuative', quote: "La seconda è amministrativa: le regole di rendicontazione del finanziamento erano pensate per progetti con costi standard, e qui c'erano attività difficili da documentare." },
    { coder: 'Giulia', code: 'Welfare territoriale > Rete pubblico-privato', quote: "Qui, per tre anni, ci siamo seduti allo stesso tavolo tutti quanti, con un obiettivo comune." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Continuità nel tempo', quote: "Ma si è creato un linguaggio comune. Oggi se il sindacato ha un'idea sul welfare territoriale mi chiama direttamente, e viceversa." },
    { coder: 'Giulia', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "E poi il linguaggio: parole come «conciliazione» o «welfare territoriale» per noi sono ovvie, per un commerciante di Baggio no." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "In sintesi: 26 aziende coinvolte direttamente, di cui 19 hanno adottato un accordo o un regolamento di smart working, 12 hanno attivato qualche forma di welfare aziendale, 11 hanno usato i voucher coworking." },
    { coder: 'Giulia', code: 'Smart working > Accordi e regolamenti', quote: "di cui 19 hanno adottato un accordo o un regolamento di smart working" },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Divario di genere', quote: "E se la conciliazione resta una questione da donne, non stiamo cambiando niente, stiamo solo aiutando le donne a reggere il doppio carico." },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Ruolo delle donne nei processi', quote: "dei 26 titolari o amministratori delegati, se non sbaglio, sei sono donne. Quindi le donne hanno fatto il progetto, ma le decisioni in azienda le hanno prese soprattutto uomini." },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Mobilità e spostamenti', quote: "Abbiamo fatto una stima con i dati delle aziende: nel 2022 circa 310.000 chilometri di spostamenti in auto evitati, che sono, ehm, circa cinquanta tonnellate di CO2.", comment: 'Stima dichiarata dall’intervistata: da confrontare con i dati di monitoraggio.' },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Consumi energetici', quote: "Sui consumi energetici il discorso è più complicato: quello che l'azienda risparmia in ufficio spesso lo paga il lavoratore a casa, soprattutto nell'inverno 2022, con i prezzi dell’energia alle stelle." },
    { coder: 'Giulia', code: 'Welfare aziendale > Servizi attivati', quote: "E infatti parecchie aziende hanno usato i fringe benefit per rimborsare le bollette ai dipendenti in smart working." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Continuità nel tempo', quote: "La rete: abbiamo firmato a marzo un protocollo d'intesa con undici dei diciassette partner per continuare a lavorare insieme sul welfare territoriale, senza fondi specifici ma con un impegno formale." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Continuità nel tempo', quote: "Quello che rischia di perdersi è la presenza sul territorio, appunto, lo sportello, l’operatrice di quartiere." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Raccomandazioni', quote: "Primo, un partenariato più snello, o comunque con ruoli definiti fin dall'inizio e una regia che abbia il tempo e le risorse per fare regia." },
    // Marco
    { coder: 'Marco', code: 'Welfare territoriale > Rete pubblico-privato', quote: "MIRE nasce con un'idea abbastanza semplice: mettere in rete soggetti pubblici e privati per sperimentare soluzioni di conciliazione vita-lavoro che fossero alla portata anche delle piccole e medie imprese, non solo delle grandi." },
    { coder: 'Marco', code: 'Welfare territoriale > Cittadella del welfare', quote: "E la Cittadella del welfare, che era l'azione più territoriale, concentrata nei Municipi 5 e 7, per costruire servizi di welfare aziendale e territoriale per le piccole imprese." },
    { coder: 'Marco', code: 'Governance del programma > Coordinamento tra partner', quote: "Sulla carta funzionava. Nella pratica la cabina di regia è diventata un luogo di aggiornamento più che di decisione, e le decisioni vere si prendevano nei gruppi di lavoro, o a volte, lo ammetto, al telefono tra due o tre persone." },
    { coder: 'Marco', code: 'Governance del programma > Coordinamento tra partner', quote: "Perché chi non era in quelle telefonate si sentiva escluso, e qualche partner, soprattutto i più piccoli, ce l'ha fatto notare." },
    { coder: 'Marco', code: 'Governance del programma > Coordinamento tra partner', quote: "Abbiamo introdotto un verbale condiviso di ogni riunione, uno spazio documentale comune e una newsletter interna ogni quindici giorni." },
    { coder: 'Marco', code: 'Governance del programma > Criticità attuative', quote: "A marzo 2020 ci siamo ritrovati con mezza Milano a lavorare da casa, o meglio in telelavoro d'emergenza, da un giorno all'altro." },
    { coder: 'Marco', code: 'Governance del programma > Criticità attuative', quote: "Quindi l'azione ha cambiato completamente natura: non si trattava più di convincere le aziende a provarlo, ma di aiutarle a passare dall'emergenza a un modello organizzato.", comment: 'La riprogettazione forzata dal COVID è una criticità di attuazione, non un contenuto degli accordi.' },
    { coder: 'Marco', code: 'Smart working > Strumenti e tecnologie', quote: "Le domande più frequenti nei webinar erano molto pratiche: chi paga il computer, come si misura il lavoro, cosa succede se uno si fa male a casa, come si gestisce la privacy sui documenti." },
    { coder: 'Marco', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "Su questo abbiamo lavorato molto, con la formazione sulla gestione per obiettivi, ed è forse la cosa che ha cambiato di più la cultura delle aziende." },
    { coder: 'Marco', code: 'Coworking > Uso degli spazi', quote: "Le persone non volevano più tornare in ufficio cinque giorni su cinque, ma lavorare dal tavolo della cucina con due figli in didattica a distanza non era sostenibile. Il coworking di quartiere è diventato una terza via." },
    { coder: 'Marco', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Il voucher copriva fino a 150 euro al mese per postazione, il resto lo metteva l'azienda, e devo dire che quasi tutte hanno chiesto di rinnovarlo." },
    { coder: 'Marco', code: 'Coworking > Prossimità al territorio', quote: "Nelle periferie, e lo dico con un po' di amarezza, l’offerta di coworking è scarsa. In centro e nei quartieri semicentrali c'è tanto, a Gratosoglio o a Quarto Cagnino quasi niente." },
    { coder: 'Marco', code: 'Governance del programma > Criticità attuative', quote: "La seconda è amministrativa: le regole di rendicontazione del finanziamento erano pensate per progetti con costi standard, e qui c'erano attività difficili da documentare. Come documenti che un'operatrice è andata in quindici negozi a parlare coi titolari?" },
    { coder: 'Marco', code: 'Welfare territoriale > Rete pubblico-privato', quote: "Qui, per tre anni, ci siamo seduti allo stesso tavolo tutti quanti, con un obiettivo comune. Non sempre è stato facile, perché le culture sono diverse: l'azienda vuole risposte veloci, il pubblico ha le sue procedure, il terzo settore ha i suoi valori e i suoi tempi." },
    { coder: 'Marco', code: 'Welfare territoriale > Rete pubblico-privato', quote: "Ma si è creato un linguaggio comune. Oggi se il sindacato ha un'idea sul welfare territoriale mi chiama direttamente, e viceversa." },
    { coder: 'Marco', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "parole come «conciliazione» o «welfare territoriale» per noi sono ovvie, per un commerciante di Baggio no." },
    { coder: 'Marco', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "In sintesi: 26 aziende coinvolte direttamente, di cui 19 hanno adottato un accordo o un regolamento di smart working, 12 hanno attivato qualche forma di welfare aziendale, 11 hanno usato i voucher coworking." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "E se la conciliazione resta una questione da donne, non stiamo cambiando niente, stiamo solo aiutando le donne a reggere il doppio carico." },
    { coder: 'Marco', code: 'Genere e pari opportunità > Ruolo delle donne nei processi', quote: "Quindi le donne hanno fatto il progetto, ma le decisioni in azienda le hanno prese soprattutto uomini." },
    { coder: 'Marco', code: 'Sostenibilità ambientale > Mobilità e spostamenti', quote: "Abbiamo fatto una stima con i dati delle aziende: nel 2022 circa 310.000 chilometri di spostamenti in auto evitati, che sono, ehm, circa cinquanta tonnellate di CO2." },
    { coder: 'Marco', code: 'Sostenibilità ambientale > Consumi energetici', quote: "Sui consumi energetici il discorso è più complicato: quello che l'azienda risparmia in ufficio spesso lo paga il lavoratore a casa, soprattutto nell'inverno 2022, con i prezzi dell’energia alle stelle." },
    { coder: 'Marco', code: 'Smart working > Difficoltà e limiti', quote: "quello che l'azienda risparmia in ufficio spesso lo paga il lavoratore a casa" },
    { coder: 'Marco', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "E infatti parecchie aziende hanno usato i fringe benefit per rimborsare le bollette ai dipendenti in smart working." },
    { coder: 'Marco', code: 'Risultati ed esiti > Continuità nel tempo', quote: "La rete: abbiamo firmato a marzo un protocollo d'intesa con undici dei diciassette partner per continuare a lavorare insieme sul welfare territoriale, senza fondi specifici ma con un impegno formale." },
    { coder: 'Marco', code: 'Welfare territoriale > Rete pubblico-privato', quote: "abbiamo firmato a marzo un protocollo d'intesa con undici dei diciassette partner per continuare a lavorare insieme sul welfare territoriale" },
    { coder: 'Marco', code: 'Risultati ed esiti > Continuità nel tempo', quote: "Quello che rischia di perdersi è la presenza sul territorio, appunto, lo sportello, l’operatrice di quartiere." },
    { coder: 'Marco', code: 'Risultati ed esiti > Raccomandazioni', quote: "Primo, un partenariato più snello, o comunque con ruoli definiti fin dall'inizio e una regia che abbia il tempo e le risorse per fare regia." }
  ]
}
