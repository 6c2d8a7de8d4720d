import type { DemoInterview } from '../types'

/** Original text written for the demo; every name and figure is fictional. */
const text = `Progetto MIRE – Milano in Rete – Valutazione finale
Intervista semi-strutturata
Intervistata: Sara Colombo, coordinatrice di Spazio Comune Barona – Impresa sociale
Data: 4 aprile 2023
Durata: 47 minuti
Luogo: Spazio Comune Barona, sala riunioni

[00:00:08] INT: Possiamo cominciare. Le ricordo che l'intervista è registrata solo per la trascrizione, poi l'audio viene cancellato.

R: Va benissimo. Ah, se suona il citofono, mi scusi in anticipo, oggi arriva un corriere.

INT: Nessun problema. Mi racconta prima cos'è Spazio Comune Barona e come è nato?

R: Allora, Spazio Comune nasce nel 2019, quindi, ehm, pochi mesi prima della pandemia, che è stato un tempismo perfetto, diciamo (ride). Siamo un'impresa sociale, nata da una cooperativa che faceva doposcuola e attività per famiglie nel quartiere. Avevamo questi locali, un ex negozio di mobili di trecento metri quadri, e l'idea era: facciamo un coworking di quartiere, non il coworking figo del centro, ma un posto dove chi abita qui può lavorare vicino a casa, e magari lasciare i bambini nello spazio accanto.

INT: Quindi fin dall'inizio c'era l'idea della conciliazione.

R: Sì, sì, era proprio il cuore. Abbiamo ventiquattro postazioni, una sala riunioni da dieci persone, due cabine per le telefonate, e lo spazio bimbi, che è aperto il pomeriggio con un'educatrice. Ecco, lo spazio bimbi è la cosa che ci distingue, e anche la cosa che costa di più.

[00:03:15] INT: E come siete entrati nel progetto MIRE?

R: Noi eravamo già nell'elenco dei coworking del Comune, e quando è partita l'azione sul coworking di MIRE ci hanno contattati. L'idea dell'azione era, in sostanza, di portare nei coworking di quartiere i dipendenti delle aziende che partecipavano al progetto, con dei voucher, e poi di far conoscere i coworking anche ai liberi professionisti della zona. Noi abbiamo aderito subito, ovviamente.

INT: E come ha funzionato, concretamente?

R: Allora, i voucher coprivano tre mesi di postazione flessibile, dieci ingressi al mese. Le aziende li davano ai dipendenti che volevano provare, e noi fatturavamo al progetto. Nel 2021 e nel 2022 abbiamo avuto, mi sono preparata i numeri, trentasette persone con il voucher, di cui ventuno donne. La maggior parte erano impiegati che abitano qui, in Barona, al Giambellino, o giù verso Gratosoglio e Stadera, quindi anche dal Municipio 5. Perché noi siamo nel 6, ma al confine, e metà dei nostri utenti arriva dal 5.

INT: E perché venivano da voi? Cosa cercavano?

R: Guardi, la motivazione numero uno era: «a casa non riesco a lavorare». Cioè, case piccole, figli, il partner anche lui in smart working, la connessione che non regge. La seconda era la solitudine. Tanti mi dicevano: dopo un anno a casa, avevo bisogno di vedere delle facce. E la terza, ma questo soprattutto per le donne, era proprio lo spazio bimbi, cioè poter lavorare e sapere che tuo figlio è di là, a venti metri.

[00:07:40] INT: Come sono cambiati i numeri dello spazio con il progetto?

R: Allora, prima del progetto eravamo intorno al 35 per cento di occupazione media delle postazioni. Nel periodo dei voucher siamo arrivati al 60, 65 per cento. Adesso, a voucher finiti, siamo intorno al 45. Quindi qualcosa è rimasto, ma non tutto.

INT: Chi è rimasto?

R: Sono rimasti soprattutto i liberi professionisti. Dei trentasette dipendenti col voucher, ne sono rimasti sette, che adesso pagano di tasca loro o, in due casi, gli paga l'azienda. Gli altri sono tornati a lavorare da casa, o in ufficio. Ecco, questo è un punto su cui ragionare: il voucher ha fatto provare, ma poi senza un accordo con l'azienda la persona da sola non si paga il coworking, perché costa centoventi euro al mese per il pacchetto base.

INT: E dal punto di vista delle dotazioni, cosa chiedono le persone che lavorano qui?

R: La connessione, prima di tutto. Abbiamo la fibra, e la prima cosa che chi arriva dallo smart working ti chiede è «ma regge le videochiamate?». Poi le cabine, perché se sei un'impiegata che passa la giornata in call su Teams non puoi farlo in open space, disturbi tutti. Due cabine sono poche, lo so, nei giorni pieni c'è la coda, e qualcuno fa le telefonate in cortile. E poi ci chiedevano una cosa a cui non avevo pensato: la stampante e lo scanner, per firmare i documenti dell’azienda. Sembrano dettagli, ma se manca una cosa così la persona torna a casa.

INT: E il benessere? Le persone le dicevano qualcosa su come stavano?

R: Sì, tantissimo. C'è una signora, un'impiegata di un'azienda di logistica, che mi ha detto: «qui ho ricominciato a vestirmi la mattina». Detta così fa ridere, ma racconta molto, no? Dopo due anni in tuta in cucina, avere un posto dove andare, con degli orari, con delle persone, ti rimette in ordine la giornata. E poi, ehm, la pausa pranzo vera, lontano dallo schermo. Molti mi dicevano che da casa mangiavano davanti al computer.

INT: Lei ha parlato di rete. Si sono create delle relazioni tra le persone che venivano?

R: Sì, ed è forse la cosa più bella. Cioè, noi facciamo un pranzo condiviso il giovedì, una cosa semplice, ognuno porta qualcosa. E da lì sono nate delle collaborazioni che io non avrei mai immaginato. Le faccio un esempio: una ragazza che fa la traduttrice e un grafico, che è uno dei nostri utenti storici, hanno fatto insieme un lavoro per una casa editrice. Oppure un'impiegata di una delle aziende del progetto ha trovato qui la commercialista per l'attività di famiglia. Sono piccole cose, ma la contaminazione di cui si parla è quella.

INT: E con le aziende? C'è stato un rapporto diretto?

R: Poco, purtroppo. Cioè, il rapporto con le aziende passava tutto dal progetto. Io non ho mai parlato con un responsabile del personale, se non in un incontro di presentazione, all'inizio. E secondo me è stato un limite, perché se avessi potuto presentare lo spazio direttamente, spiegare cosa offriamo, forse qualche accordo stabile l’avremmo fatto.

[00:13:20] INT: Parliamo del territorio. Che rapporto ha lo spazio con il quartiere?

R: È la nostra ragione d'essere. Noi non siamo solo un coworking, siamo un pezzo di quartiere. Ospitiamo la riunione del comitato degli inquilini, facciamo i corsi di italiano per donne straniere il sabato mattina, la biblioteca di condominio... E durante il progetto abbiamo ospitato anche lo sportello della Cittadella del welfare, una mattina al mese, il secondo martedì.

INT: Ah, lo sportello della Cittadella veniva qui?

R: Sì, in via sperimentale, perché erano partiti nel Municipio 5 e nel 7 e noi siamo in mezzo, diciamo. Venivano due operatrici, una del patronato e una della cooperativa, e ricevevano su appuntamento. Le persone venivano per il bonus nido, per l'assegno unico, per l'assistenza agli anziani. Ecco, lì ho visto che il coworking può diventare davvero un presidio, un punto dove il welfare pubblico e quello privato si incontrano.

INT: E come andava lo sportello, in termini di affluenza?

R: Mah, le prime volte poca gente, due, tre persone. Poi quando si è sparsa la voce, col passaparola, arrivavamo a dieci, dodici appuntamenti a mattina. Il problema è che, quando la gente aveva cominciato a conoscerlo, il progetto è finito e lo sportello non è più venuto. Questo mi dispiace molto. Le persone ancora adesso vengono a chiedere «ma lo sportello quando c'è?» e io devo dire che non c'è più.

[00:18:05] INT: Passiamo ai costi e alla sostenibilità. Come sta economicamente lo spazio?

R: Guardi, le dico la verità: facciamo fatica. Il 2022 è stato un anno molto difficile per via dell’energia. Noi abbiamo trecento metri quadri con le vetrine, riscaldati a gas, e la bolletta è passata da circa milleduecento euro a bimestre a più di tremila, nell'inverno. Abbiamo dovuto ridurre l'orario d'apertura: prima eravamo aperti dalle 8 alle 20, adesso dalle 8.30 alle 18.30, e il sabato abbiamo chiuso.

INT: E questo come ha inciso?

R: Ha inciso sugli utenti che lavorano fino a tardi, tipo chi fa turni o chi ha clienti all'estero. Però non avevamo scelta. E abbiamo anche fatto delle cose per risparmiare, abbiamo messo le lampade LED, le valvole termostatiche, abbiamo chiesto alla gente di non lasciare i monitor accesi. Ho fatto il conto, così a spanne, abbiamo ridotto i consumi del 20 per cento. Ma con i prezzi che c'erano, non bastava.

INT: Il progetto vi ha aiutato economicamente?

R: I voucher sì, erano un'entrata importante, nel 2022 erano circa il 30 per cento del nostro fatturato del coworking. Però c'è un problema: i pagamenti arrivavano tardissimo. Noi abbiamo fatturato a marzo e siamo stati pagati a ottobre. Per un'impresa sociale piccola come la nostra sette mesi di ritardo sono un problema serio, ho dovuto chiedere un anticipo in banca.

INT: Questo è un punto importante. C'erano altre difficoltà dal punto di vista della gestione del progetto?

R: Allora, la rendicontazione. Per ogni voucher dovevamo tenere un registro presenze firmato, mese per mese, con la firma della persona e il timbro. Cioè, è giusto controllare, per carità, però era un lavoro enorme per noi che siamo in tre. Io ci passavo mezza giornata a settimana. E poi i moduli cambiavano: a un certo punto ci hanno mandato un modello nuovo, a metà progetto, e abbiamo dovuto rifare tutto.

[00:24:30] INT: E il coordinamento con gli altri partner? Gli altri coworking, la Cittadella, il Comune?

R: Con gli altri coworking bene. Ci siamo visti tre o quattro volte, e da lì è nata anche una chat tra noi gestori, che usiamo ancora, per scambiarci informazioni, fornitori, anche utenti: se io sono pieno e uno cerca una postazione, lo mando da loro. Con il Comune il rapporto c'era, le persone erano disponibili, però le decisioni arrivavano lente. Con la Cittadella ci siamo parlati solo per lo sportello, e secondo me è stato un peccato: coworking e welfare potevano lavorare molto di più insieme.

INT: Passiamo un momento al tema del genere. Lei ha detto che i voucher sono andati per più della metà a donne.

R: Sì, ventuno su trentasette. E se guardo chi usa lo spazio bimbi sono quasi tutte mamme. Qualche papà c'è, eh, non voglio fare la caricatura. Però, ecco, la conciliazione è ancora un affare femminile, e lo vedo ogni giorno qui dentro. Le donne che vengono qui spesso sono quelle che avevano lasciato il lavoro dopo il secondo figlio, e ripartono con una partita IVA, magari con dieci ore a settimana.

INT: E dal punto di vista della gestione? Chi guida questi processi?

R: (ride) Beh, noi siamo tre donne, io, la mia socia e l'educatrice. E anche ai tavoli del progetto, le persone che si occupavano di welfare e di conciliazione erano quasi tutte donne. Quando invece si parlava di soldi, di bandi, di governance, allora... Ecco, lì c'erano più uomini. Lo dico senza polemica, però l'ho notato.

[00:29:50] INT: Cosa è cambiato per voi, come organizzazione, grazie al progetto?

R: Allora, siamo cresciuti. Prima eravamo un po' improvvisati, adesso abbiamo un gestionale per le prenotazioni, un listino, dei contratti fatti bene. Il progetto ci ha obbligati a strutturarci, anche con la rendicontazione, per quanto fosse pesante. E poi abbiamo capito meglio chi siamo: non siamo un coworking come gli altri, siamo un servizio di prossimità. Questo adesso lo scriviamo anche nella presentazione.

INT: E il futuro? Pensa che l'attività continuerà così?

R: Noi continueremo, questo sì. Ma il modello, ehm, il modello del voucher da solo non regge nel tempo. Finito il progetto, il rischio è che tutto torni come prima. Per continuare servirebbero accordi stabili con le aziende del territorio: l'azienda paga una quota, il dipendente lavora qui due giorni a settimana invece di fare un'ora di macchina. Sarebbe un vantaggio per tutti, anche per l'ambiente.

INT: Ha accennato all'ambiente. Quanti dei suoi utenti arrivano a piedi o in bici?

R: Non l'abbiamo misurato in modo preciso, però nel questionario che ci avevano fatto fare per il progetto l'80 per cento arrivava a piedi, in bici o con i mezzi, in meno di quindici minuti. Quindi sì, è un coworking di quartiere davvero. Chi veniva con il voucher prima faceva in media quaranta minuti per andare in ufficio, quasi sempre in macchina.

INT: Ultima domanda: che raccomandazioni farebbe per il futuro?

R: Allora, la prima: pagare in tempo. Sembra banale, ma per realtà piccole come la nostra fa la differenza tra partecipare o no. La seconda: semplificare la rendicontazione, magari con un sistema online, non con i fogli firmati. La terza, e forse la più importante: tenere insieme coworking e welfare. Lo sportello qui funzionava, la gente lo cercava, e lasciarlo morire è uno spreco. Io offrirei lo spazio anche gratis, per lo sportello, se qualcuno lo organizza.

INT: È un'offerta che riporto volentieri.

R: Me la metta per iscritto! (ride) No, davvero, noi ci siamo.

INT: Grazie, Sara, è stata molto utile.

[Fine registrazione: 00:46:32]
`

export const interview: DemoInterview = {
  transcript: {
    name: 'Intervista 03 – Spazio Comune Barona',
    caseName: 'Sara Colombo',
    date: '2023-04-04',
    text
  },
  codings: [
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        'facciamo un coworking di quartiere, non il coworking figo del centro, ma un posto dove chi abita qui può lavorare vicino a casa, e magari lasciare i bambini nello spazio accanto.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        'facciamo un coworking di quartiere, non il coworking figo del centro, ma un posto dove chi abita qui può lavorare vicino a casa, e magari lasciare i bambini nello spazio accanto.',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        'facciamo un coworking di quartiere, non il coworking figo del centro, ma un posto dove chi abita qui può lavorare vicino a casa, e magari lasciare i bambini nello spazio accanto.',
      coder: 'Marco'
    },
    {
      code: 'Coworking > Uso degli spazi',
      quote:
        "Abbiamo ventiquattro postazioni, una sala riunioni da dieci persone, due cabine per le telefonate, e lo spazio bimbi, che è aperto il pomeriggio con un'educatrice.",
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Uso degli spazi',
      quote:
        "Abbiamo ventiquattro postazioni, una sala riunioni da dieci persone, due cabine per le telefonate, e lo spazio bimbi, che è aperto il pomeriggio con un'educatrice.",
      coder: 'Marco'
    },
    {
      code: 'Coworking > Uso degli spazi',
      quote:
        'Allora, i voucher coprivano tre mesi di postazione flessibile, dieci ingressi al mese.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare aziendale > Servizi attivati',
      quote:
        'Allora, i voucher coprivano tre mesi di postazione flessibile, dieci ingressi al mese.',
      coder: 'Marco',
      comment: 'Il voucher è di fatto un servizio offerto dalle aziende ai dipendenti.'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        'abbiamo avuto, mi sono preparata i numeri, trentasette persone con il voucher, di cui ventuno donne.',
      coder: 'Giulia',
      comment: 'Dato da incrociare con i registri dei voucher.'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        'La maggior parte erano impiegati che abitano qui, in Barona, al Giambellino, o giù verso Gratosoglio e Stadera, quindi anche dal Municipio 5. Perché noi siamo nel 6, ma al confine, e metà dei nostri utenti arriva dal 5.',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        'Guardi, la motivazione numero uno era: «a casa non riesco a lavorare». Cioè, case piccole, figli, il partner anche lui in smart working, la connessione che non regge.',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        'Cioè, case piccole, figli, il partner anche lui in smart working, la connessione che non regge.',
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote:
        'La seconda era la solitudine. Tanti mi dicevano: dopo un anno a casa, avevo bisogno di vedere delle facce.',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        'La seconda era la solitudine. Tanti mi dicevano: dopo un anno a casa, avevo bisogno di vedere delle facce.',
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        'E la terza, ma questo soprattutto per le donne, era proprio lo spazio bimbi, cioè poter lavorare e sapere che tuo figlio è di là, a venti metri.',
      coder: 'Giulia'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        'E la terza, ma questo soprattutto per le donne, era proprio lo spazio bimbi, cioè poter lavorare e sapere che tuo figlio è di là, a venti metri.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        'E la terza, ma questo soprattutto per le donne, era proprio lo spazio bimbi, cioè poter lavorare e sapere che tuo figlio è di là, a venti metri.',
      coder: 'Marco'
    },
    {
      code: 'Welfare aziendale > Costi e sostenibilità economica',
      quote:
        "il voucher ha fatto provare, ma poi senza un accordo con l'azienda la persona da sola non si paga il coworking, perché costa centoventi euro al mese per il pacchetto base.",
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote:
        "il voucher ha fatto provare, ma poi senza un accordo con l'azienda la persona da sola non si paga il coworking, perché costa centoventi euro al mese per il pacchetto base.",
      coder: 'Giulia'
    },
    {
      code: 'Welfare aziendale > Costi e sostenibilità economica',
      quote:
        "il voucher ha fatto provare, ma poi senza un accordo con l'azienda la persona da sola non si paga il coworking, perché costa centoventi euro al mese per il pacchetto base.",
      coder: 'Marco'
    },
    {
      code: 'Smart working > Strumenti e tecnologie',
      quote:
        'Abbiamo la fibra, e la prima cosa che chi arriva dallo smart working ti chiede è «ma regge le videochiamate?».',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Strumenti e tecnologie',
      quote:
        'Abbiamo la fibra, e la prima cosa che chi arriva dallo smart working ti chiede è «ma regge le videochiamate?».',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Strumenti e tecnologie',
      quote:
        'E poi ci chiedevano una cosa a cui non avevo pensato: la stampante e lo scanner, per firmare i documenti dell’azienda.',
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote:
        "C'è una signora, un'impiegata di un'azienda di logistica, che mi ha detto: «qui ho ricominciato a vestirmi la mattina».",
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote:
        "C'è una signora, un'impiegata di un'azienda di logistica, che mi ha detto: «qui ho ricominciato a vestirmi la mattina».",
      coder: 'Marco'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        'Cioè, noi facciamo un pranzo condiviso il giovedì, una cosa semplice, ognuno porta qualcosa. E da lì sono nate delle collaborazioni che io non avrei mai immaginato.',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        'E da lì sono nate delle collaborazioni che io non avrei mai immaginato. Le faccio un esempio: una ragazza che fa la traduttrice e un grafico, che è uno dei nostri utenti storici, hanno fatto insieme un lavoro per una casa editrice.',
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Coordinamento tra partner',
      quote:
        "Io non ho mai parlato con un responsabile del personale, se non in un incontro di presentazione, all'inizio.",
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        "Io non ho mai parlato con un responsabile del personale, se non in un incontro di presentazione, all'inizio.",
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote:
        'E durante il progetto abbiamo ospitato anche lo sportello della Cittadella del welfare, una mattina al mese, il secondo martedì.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote:
        'E durante il progetto abbiamo ospitato anche lo sportello della Cittadella del welfare, una mattina al mese, il secondo martedì.',
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Servizi di prossimità',
      quote:
        "Le persone venivano per il bonus nido, per l'assegno unico, per l'assistenza agli anziani.",
      coder: 'Giulia'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        "Le persone venivano per il bonus nido, per l'assegno unico, per l'assistenza agli anziani.",
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Rete pubblico-privato',
      quote:
        'Ecco, lì ho visto che il coworking può diventare davvero un presidio, un punto dove il welfare pubblico e quello privato si incontrano.',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        'Ecco, lì ho visto che il coworking può diventare davvero un presidio, un punto dove il welfare pubblico e quello privato si incontrano.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Rete pubblico-privato',
      quote:
        'Ecco, lì ho visto che il coworking può diventare davvero un presidio, un punto dove il welfare pubblico e quello privato si incontrano.',
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote:
        'Il problema è che, quando la gente aveva cominciato a conoscerlo, il progetto è finito e lo sportello non è più venuto.',
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote:
        'Il problema è che, quando la gente aveva cominciato a conoscerlo, il progetto è finito e lo sportello non è più venuto.',
      coder: 'Marco'
    },
    {
      code: 'Sostenibilità ambientale > Consumi energetici',
      quote:
        "Noi abbiamo trecento metri quadri con le vetrine, riscaldati a gas, e la bolletta è passata da circa milleduecento euro a bimestre a più di tremila, nell'inverno.",
      coder: 'Giulia'
    },
    {
      code: 'Sostenibilità ambientale > Consumi energetici',
      quote:
        "Noi abbiamo trecento metri quadri con le vetrine, riscaldati a gas, e la bolletta è passata da circa milleduecento euro a bimestre a più di tremila, nell'inverno.",
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        "Noi abbiamo fatturato a marzo e siamo stati pagati a ottobre. Per un'impresa sociale piccola come la nostra sette mesi di ritardo sono un problema serio, ho dovuto chiedere un anticipo in banca.",
      coder: 'Giulia',
      comment: 'Ritardo nei pagamenti: verificare con i dati amministrativi del Comune.'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        "Noi abbiamo fatturato a marzo e siamo stati pagati a ottobre. Per un'impresa sociale piccola come la nostra sette mesi di ritardo sono un problema serio, ho dovuto chiedere un anticipo in banca.",
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        'E poi i moduli cambiavano: a un certo punto ci hanno mandato un modello nuovo, a metà progetto, e abbiamo dovuto rifare tutto.',
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Coordinamento tra partner',
      quote:
        'E poi i moduli cambiavano: a un certo punto ci hanno mandato un modello nuovo, a metà progetto, e abbiamo dovuto rifare tutto.',
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Coordinamento tra partner',
      quote:
        'Ci siamo visti tre o quattro volte, e da lì è nata anche una chat tra noi gestori, che usiamo ancora, per scambiarci informazioni, fornitori, anche utenti',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        'Ci siamo visti tre o quattro volte, e da lì è nata anche una chat tra noi gestori, che usiamo ancora, per scambiarci informazioni, fornitori, anche utenti',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        'da lì è nata anche una chat tra noi gestori, che usiamo ancora, per scambiarci informazioni, fornitori, anche utenti: se io sono pieno e uno cerca una postazione, lo mando da loro.',
      coder: 'Marco'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        'Però, ecco, la conciliazione è ancora un affare femminile, e lo vedo ogni giorno qui dentro.',
      coder: 'Giulia'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        'Però, ecco, la conciliazione è ancora un affare femminile, e lo vedo ogni giorno qui dentro.',
      coder: 'Marco'
    },
    {
      code: 'Genere e pari opportunità > Ruolo delle donne nei processi',
      quote:
        "E anche ai tavoli del progetto, le persone che si occupavano di welfare e di conciliazione erano quasi tutte donne. Quando invece si parlava di soldi, di bandi, di governance, allora... Ecco, lì c'erano più uomini.",
      coder: 'Giulia'
    },
    {
      code: 'Genere e pari opportunità > Ruolo delle donne nei processi',
      quote:
        "E anche ai tavoli del progetto, le persone che si occupavano di welfare e di conciliazione erano quasi tutte donne. Quando invece si parlava di soldi, di bandi, di governance, allora... Ecco, lì c'erano più uomini.",
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Cambiamenti organizzativi',
      quote:
        "Prima eravamo un po' improvvisati, adesso abbiamo un gestionale per le prenotazioni, un listino, dei contratti fatti bene.",
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Cambiamenti organizzativi',
      quote:
        "Prima eravamo un po' improvvisati, adesso abbiamo un gestionale per le prenotazioni, un listino, dei contratti fatti bene.",
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        "Per continuare servirebbero accordi stabili con le aziende del territorio: l'azienda paga una quota, il dipendente lavora qui due giorni a settimana invece di fare un'ora di macchina.",
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Allora, la prima: pagare in tempo. Sembra banale, ma per realtà piccole come la nostra fa la differenza tra partecipare o no.',
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Allora, la prima: pagare in tempo. Sembra banale, ma per realtà piccole come la nostra fa la differenza tra partecipare o no.',
      coder: 'Marco'
    },
    {
      code: 'Sostenibilità ambientale > Mobilità e spostamenti',
      quote: "l'80 per cento arrivava a piedi, in bici o con i mezzi, in meno di quindici minuti.",
      coder: 'Giulia'
    },
    {
      code: 'Sostenibilità ambientale > Mobilità e spostamenti',
      quote:
        "nel questionario che ci avevano fatto fare per il progetto l'80 per cento arrivava a piedi, in bici o con i mezzi, in meno di quindici minuti.",
      coder: 'Marco'
    }
  ]
}
