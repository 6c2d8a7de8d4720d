import type { DemoInterview } from '../types'

/** Original text written for the demo; every name and figure is fictional. */
const text = `Progetto MIRE – Valutazione
Intervista semi-strutturata
Intervistata: Elena Greco, coordinatrice della Cittadella del welfare, Cooperativa Sociale Il Ponte di Gratosoglio (Municipio 5)
Data: 9 maggio 2023
Durata: 54 minuti
Luogo: sede della cooperativa, stanza dello sportello

[00:00:15] INT: Allora, intanto grazie per il tempo. Come le dicevo al telefono, stiamo facendo le interviste per la valutazione finale di MIRE. Partirei da lei: qual è il suo ruolo e come è arrivata alla Cittadella del welfare?

[00:00:31] R: Sì, certo. Allora, io lavoro al Ponte da... ehm, saranno undici anni a settembre. Sono partita come educatrice nel doposcuola del quartiere, poi ho coordinato i servizi per i minori e dal 2020, quando è partito il progetto, mi hanno chiesto di coordinare la Cittadella. Che all'inizio, glielo dico sinceramente, era più un'idea che una cosa concreta. Cioè, c'era scritto nel progetto «polo di servizi di welfare territoriale per le piccole e medie imprese dei Municipi 5 e 7», ma nessuno di noi sapeva bene cosa volesse dire in pratica.

INT: E in pratica cosa è diventata?

R: In pratica è diventata tre cose, se devo semplificare. La prima è uno sportello, fisico e anche online, dove un'azienda piccola, ma anche un singolo lavoratore, può venire e chiedere: «io ho questo bisogno, cosa c'è sul territorio?». La seconda è una mappa dei servizi di prossimità, quindi i centri estivi, il pre e post scuola, l'assistenza domiciliare per gli anziani, i CAF, le palestre convenzionate... abbiamo censito più di centoquaranta servizi tra il 5 e il 7. E la terza, che è quella più difficile, è l'accompagnamento delle aziende a costruire un piccolo piano di welfare, che per un'impresa di otto, dieci persone non è una cosa scontata.

[00:02:48] INT: Partiamo dallo sportello. Come funzionava?

R: Allora, lo sportello era aperto due mattine e un pomeriggio a settimana qui in cooperativa, e poi il giovedì pomeriggio stavamo nella sede decentrata del Municipio 7. Però la verità è che nel primo anno, per via del COVID, lo sportello è stato quasi solo online. Abbiamo aperto a ottobre 2020 e a novembre eravamo di nuovo in zona rossa, quindi... (ride) insomma, un inizio non proprio facile. Le videochiamate con i titolari dei negozi, poi, erano un'impresa: metà non avevano mai usato un programma per le riunioni.

INT: Quante persone sono passate dallo sportello, più o meno?

R: Guardi, i numeri li ho qui perché li abbiamo appena mandati al Comune per la rendicontazione. Dall'apertura a marzo di quest'anno abbiamo registrato 412 contatti, di cui 268 lavoratori e lavoratrici e il resto aziende, consulenti del lavoro, qualche commercialista. Le aziende diverse che sono venute almeno una volta sono 31, di cui 14 fanno parte delle ventisei aziende del progetto. Le altre sono arrivate col passaparola, soprattutto dal mercato comunale e dai negozi di Baggio.

INT: E chi sono queste persone? Che bisogni portano?

R: Eh, qui c'è una cosa che ci ha colpito. Il 71 per cento dei lavoratori che sono venuti allo sportello sono donne. E quasi tutte vengono per lo stesso tipo di problema, cioè la cura: il figlio piccolo da prendere a scuola alle quattro e mezza quando il turno finisce alle sei, oppure, sempre di più, il genitore anziano. Questa è una cosa che all'inizio non avevamo previsto. Pensavamo che il tema forte fossero i bambini e invece l'anziano non autosufficiente è venuto fuori tantissimo. Ho in mente una signora, lavora in una lavanderia industriale qui in zona, che mi ha detto: «io esco di casa alle sei, mia madre resta sola fino alle tre e ho paura ogni giorno che cada». Ecco, queste sono le storie che arrivano.

INT: E voi cosa riuscivate a offrire?

R: Dipende. Cioè, in alcuni casi la risposta c'era già sul territorio e la persona semplicemente non la conosceva, quindi bastava orientarla: il servizio di custodia sociale del Comune, il centro diurno, l'associazione di volontari che fa la compagnia telefonica. In altri casi la risposta non c'era, o c'era ma costava troppo. E lì entra l'azienda, perché se l'azienda mette nel piano welfare il rimborso delle spese di assistenza ai familiari, allora per la lavoratrice cambia davvero qualcosa.

[00:09:05] INT: Ecco, parliamo delle aziende. Come avete lavorato con loro?

R: Allora, con le aziende piccole la prima barriera è culturale, ed è anche una barriera di linguaggio. Se io vado da un artigiano e gli dico «welfare aziendale», lui pensa ai buoni pasto, oppure pensa che sia una cosa da grandi aziende, da multinazionali. E poi c'è la paura dei costi e della burocrazia. Quindi noi abbiamo cambiato approccio dopo i primi sei mesi: invece di presentare il welfare in astratto, partivamo da un questionario molto semplice ai dipendenti, dieci domande, e poi tornavamo dal titolare con i risultati. «Guardi, su nove dipendenti, sei hanno problemi con il trasporto e quattro hanno figli sotto i dieci anni». Lì cambia la conversazione.

INT: E sui costi, cosa emergeva?

R: Sui costi c'è un equivoco di fondo. Molti titolari pensano che fare welfare significhi spendere tanto di più. In realtà, ehm, se il piano è fatto bene, con un regolamento, una parte dei servizi non è tassata né per l'azienda né per il lavoratore, quindi a parità di spesa il lavoratore riceve di più che con un aumento in busta paga. Poi nel 2022 c'è stata la questione dei fringe benefit alzati prima a 600 euro e poi a 3.000, anche per le bollette, e lì devo dire che molte aziende si sono svegliate. Però, attenzione: per un'impresa di dieci persone anche 300 euro a testa sono 3.000 euro l'anno, non sono pochi, soprattutto nell’anno in cui la bolletta dell’energia è triplicata.

INT: Quante aziende alla fine hanno attivato un piano?

R: Un piano vero e proprio, con il regolamento, sette. Altre cinque hanno fatto qualcosa di più leggero, tipo una convenzione con il centro estivo o con una palestra del quartiere. Sembrano numeri piccoli, e lo sono, però bisogna pensare che si partiva da zero. Nessuna di queste dodici aveva mai fatto niente prima.

[00:14:30] INT: Lei parlava prima di rete. Com'è stato lavorare con gli altri partner del progetto?

R: Mah, ci sono luci e ombre, glielo dico con franchezza. La parte bella è che per la prima volta ci siamo trovati allo stesso tavolo con soggetti che di solito non si parlano: il Comune, i sindacati, le associazioni di categoria, i coworking, noi del terzo settore. E questo ha creato delle relazioni che restano, cioè io adesso se ho un'azienda con un problema di smart working so chi chiamare. La parte più faticosa è stata il coordinamento. Eravamo diciassette partner e, ehm, ognuno con i suoi tempi, le sue procedure, il suo linguaggio. Le riunioni della cabina di regia a volte erano... come dire, molto lunghe e poco operative.

INT: Mi fa un esempio?

R: Sì. Per esempio, la mappa dei servizi. Noi l'avevamo fatta in un foglio Excel condiviso, poi un altro partner doveva metterla sul portale, poi il portale è cambiato, poi c'era il problema della privacy sui nomi dei referenti... insomma, tra quando l'abbiamo finita e quando è stata online sono passati quasi otto mesi. E nel frattempo metà dei dati erano vecchi. Questo è un problema attuativo serio, perché un servizio di prossimità funziona se l'informazione è aggiornata, se no non serve.

INT: E la comunicazione verso l'esterno? Verso le aziende, i cittadini?

R: Quella secondo me è stata la cosa più debole. Abbiamo fatto webinar, volantini, post sui social, però alle piccole aziende non arrivi così. Alle piccole aziende arrivi andandoci, entrando in negozio, parlando col titolare alle sette di sera quando chiude. Abbiamo capito che ci voleva una persona che facesse proprio questo, una specie di «agente di quartiere», e dal secondo anno l'abbiamo avuta, Silvia, che ha fatto un lavoro enorme. Da quando c'è lei i contatti con le aziende sono più che raddoppiati.

[00:19:12] INT: Parliamo un attimo di smart working e coworking. Come si legano con la Cittadella?

R: Allora, più di quanto sembrava all'inizio. Il tema dello smart working per le nostre aziende è, diciamo, marginale, perché sono in gran parte commercio, artigianato, servizi alla persona, dove il lavoro si fa in presenza. Però negli uffici amministrativi, anche piccoli, qualcosa si è mosso. E per le lavoratrici che hanno carichi di cura poter fare anche solo un giorno a casa è, cioè, è una boccata d'ossigeno. Il coworking invece l'abbiamo usato in un modo un po' diverso: lo spazio di coworking qui vicino ci ha ospitato per gli incontri con le aziende, e questo è stato utile perché era un luogo neutro, non era né la cooperativa né il Comune. Alcune persone poi sono tornate a lavorare lì, qualche libero professionista, una grafica che prima lavorava dalla cucina di casa.

INT: Quindi il coworking come luogo di prossimità.

R: Esatto. Un coworking a dieci minuti a piedi da casa significa non prendere la macchina, non fare un'ora di tangenziale, e poter andare a prendere il bambino all'uscita di scuola. Per me il coworking di quartiere è un servizio di welfare, anche se nessuno lo chiama così.

INT: Lei ha toccato il tema della mobilità. È emerso anche in altri modi?

R: Sì, moltissimo. Nel questionario ai dipendenti il trasporto era il secondo bisogno dopo la cura. Gratosoglio ha il tram, ma se lavori in una zona artigianale verso Chiaravalle i collegamenti sono pochi, e con i turni del mattino presto non ci sono proprio. Due aziende hanno messo nel piano il rimborso dell'abbonamento annuale ai mezzi, e una ha comprato due bici elettriche che i dipendenti usano a turno. Piccole cose, ma anche per l'ambiente fanno la loro parte.

[00:24:40] INT: Torniamo al tema di genere. Lei diceva che la maggior parte delle persone allo sportello erano donne. Come lo legge?

R: Lo leggo come una conferma di una cosa che sapevamo già, cioè che il lavoro di cura ricade ancora quasi tutto sulle donne. Quello che però mi ha fatto riflettere è un'altra cosa: che anche nei processi del progetto, chi portava avanti le cose erano quasi sempre donne. Le referenti delle aziende, le operatrici dello sportello, le responsabili del personale. I titolari, i decisori, invece, quasi sempre uomini. Quindi c'è un tema di... di chi fa il lavoro e chi prende le decisioni, anche dentro un progetto che parlava di pari opportunità.

INT: E gli uomini, i lavoratori uomini, sono venuti?

R: Pochi, ma qualcuno sì, e quelli che sono venuti spesso erano padri separati, oppure uomini che si occupavano del genitore anziano perché non c'era nessun altro. Mi è rimasto in mente un papà che lavorava in un magazzino e mi ha chiesto se esisteva un congedo per stare col figlio durante un intervento chirurgico. Non lo sapeva nessuno in azienda, nemmeno il titolare.

[00:28:55] INT: Pensando ai risultati, cosa è cambiato secondo lei nelle aziende che hanno partecipato?

R: Allora, io direi che il cambiamento più grosso non è tanto nei servizi, che sono ancora limitati, ma nel modo di guardare i dipendenti. Nelle aziende più coinvolte il titolare ha cominciato a chiedere, a fare domande, a non dare per scontato che se uno arriva in ritardo è perché è pigro. In due aziende hanno cambiato gli orari, per esempio spostando l'inizio del turno di mezz'ora per chi ha figli alle elementari. Sembra niente, però per quelle persone ha cambiato la giornata.

INT: E adesso che il finanziamento è finito, cosa succede?

R: Eh, questa è la domanda che ci facciamo tutti. (sospira) Allora, la cooperativa ha deciso di tenere aperto lo sportello, ma ridotto, una mattina a settimana, con fondi nostri e con un piccolo contributo del Municipio 5 che stiamo ancora definendo. La mappa dei servizi rischia di invecchiare se nessuno la aggiorna. E le aziende... alcune andranno avanti da sole, quelle che hanno il regolamento e hanno visto che funziona. Altre, temo, si fermeranno, perché senza qualcuno che le accompagna non hanno il tempo.

INT: Se dovesse dare delle raccomandazioni al Comune, per un progetto futuro?

R: Tre cose. La prima: meno partner, o comunque ruoli più chiari, perché diciassette soggetti senza una regia forte si disperdono. La seconda: dare tempo. Tre anni, con in mezzo una pandemia, sono pochissimi per cambiare la cultura delle piccole imprese. La terza: finanziare le persone sul territorio, non solo i portali e i webinar. La figura di Silvia, quella che va nei negozi, è stata la cosa che ha funzionato di più, e paradossalmente era quella meno prevista nel budget.

INT: C'è qualcosa che non le ho chiesto e che vorrebbe aggiungere?

R: Forse solo una cosa. Abbiamo guardato anche all’esperienza francese delle case dei servizi di quartiere, ce l’aveva raccontata Émilie, una ricercatrice che collaborava con l’università. L’idea che il welfare non stia dentro l’azienda ma nel quartiere, e che l’azienda ci si appoggi, secondo me è la strada giusta per le piccole imprese. Da sole non ce la fanno, insieme sì.

INT: Grazie mille, è stata molto chiara.

R: Grazie a voi. Poi se vi servono i dati dello sportello ve li mando, li abbiamo divisi per mese e per Municipio.`

export const interview: DemoInterview = {
  transcript: {
    name: 'Intervista 05 – Coordinatrice Cittadella del welfare',
    caseName: 'Elena Greco',
    date: '2023-05-09',
    text
  },
  codings: [
    // Giulia
    { coder: 'Giulia', code: 'Welfare territoriale > Cittadella del welfare', quote: "In pratica è diventata tre cose, se devo semplificare. La prima è uno sportello, fisico e anche online, dove un'azienda piccola, ma anche un singolo lavoratore, può venire e chiedere: «io ho questo bisogno, cosa c'è sul territorio?»." },
    { coder: 'Giulia', code: 'Welfare territoriale > Servizi di prossimità', quote: "La seconda è una mappa dei servizi di prossimità, quindi i centri estivi, il pre e post scuola, l'assistenza domiciliare per gli anziani, i CAF, le palestre convenzionate... abbiamo censito più di centoquaranta servizi tra il 5 e il 7." },
    { coder: 'Giulia', code: 'Welfare aziendale > Servizi attivati', quote: "E la terza, che è quella più difficile, è l'accompagnamento delle aziende a costruire un piccolo piano di welfare, che per un'impresa di otto, dieci persone non è una cosa scontata." },
    { coder: 'Giulia', code: 'Governance del programma > Criticità attuative', quote: "Però la verità è che nel primo anno, per via del COVID, lo sportello è stato quasi solo online." },
    { coder: 'Giulia', code: 'Smart working > Strumenti e tecnologie', quote: "Le videochiamate con i titolari dei negozi, poi, erano un'impresa: metà non avevano mai usato un programma per le riunioni.", comment: 'Competenze digitali delle micro imprese: vale per lo sportello online, non solo per il lavoro da remoto.' },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Divario di genere', quote: "Il 71 per cento dei lavoratori che sono venuti allo sportello sono donne." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "E quasi tutte vengono per lo stesso tipo di problema, cioè la cura: il figlio piccolo da prendere a scuola alle quattro e mezza quando il turno finisce alle sei, oppure, sempre di più, il genitore anziano." },
    { coder: 'Giulia', code: 'Welfare aziendale > Bisogni dei lavoratori', quote: "Pensavamo che il tema forte fossero i bambini e invece l'anziano non autosufficiente è venuto fuori tantissimo." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Ho in mente una signora, lavora in una lavanderia industriale qui in zona, che mi ha detto: «io esco di casa alle sei, mia madre resta sola fino alle tre e ho paura ogni giorno che cada»." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "«io esco di casa alle sei, mia madre resta sola fino alle tre e ho paura ogni giorno che cada»", comment: 'Il turno comincia prima dei servizi di cura: lo stesso passo è anche un carico di cura.' },
    { coder: 'Giulia', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "Allora, con le aziende piccole la prima barriera è culturale, ed è anche una barriera di linguaggio. Se io vado da un artigiano e gli dico «welfare aziendale», lui pensa ai buoni pasto, oppure pensa che sia una cosa da grandi aziende, da multinazionali." },
    { coder: 'Giulia', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "In realtà, ehm, se il piano è fatto bene, con un regolamento, una parte dei servizi non è tassata né per l'azienda né per il lavoratore, quindi a parità di spesa il lavoratore riceve di più che con un aumento in busta paga." },
    { coder: 'Giulia', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Però, attenzione: per un'impresa di dieci persone anche 300 euro a testa sono 3.000 euro l'anno, non sono pochi, soprattutto nell’anno in cui la bolletta dell’energia è triplicata." },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Consumi energetici', quote: "soprattutto nell’anno in cui la bolletta dell’energia è triplicata" },
    { coder: 'Giulia', code: 'Governance del programma > Coordinamento tra partner', quote: "Eravamo diciassette partner e, ehm, ognuno con i suoi tempi, le sue procedure, il suo linguaggio. Le riunioni della cabina di regia a volte erano... come dire, molto lunghe e poco operative." },
    { coder: 'Giulia', code: 'Governance del programma > Coordinamento tra partner', quote: "Noi l'avevamo fatta in un foglio Excel condiviso, poi un altro partner doveva metterla sul portale, poi il portale è cambiato, poi c'era il problema della privacy sui nomi dei referenti... insomma, tra quando l'abbiamo finita e quando è stata online sono passati quasi otto mesi." },
    { coder: 'Giulia', code: 'Governance del programma > Criticità attuative', quote: "insomma, tra quando l'abbiamo finita e quando è stata online sono passati quasi otto mesi. E nel frattempo metà dei dati erano vecchi." },
    { coder: 'Giulia', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "Abbiamo fatto webinar, volantini, post sui social, però alle piccole aziende non arrivi così. Alle piccole aziende arrivi andandoci, entrando in negozio, parlando col titolare alle sette di sera quando chiude." },
    { coder: 'Giulia', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "Abbiamo capito che ci voleva una persona che facesse proprio questo, una specie di «agente di quartiere», e dal secondo anno l'abbiamo avuta, Silvia, che ha fatto un lavoro enorme." },
    { coder: 'Giulia', code: 'Coworking > Prossimità al territorio', quote: "Un coworking a dieci minuti a piedi da casa significa non prendere la macchina, non fare un'ora di tangenziale, e poter andare a prendere il bambino all'uscita di scuola." },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Mobilità e spostamenti', quote: "significa non prendere la macchina, non fare un'ora di tangenziale" },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Mobilità e spostamenti', quote: "Due aziende hanno messo nel piano il rimborso dell'abbonamento annuale ai mezzi, e una ha comprato due bici elettriche che i dipendenti usano a turno." },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Divario di genere', quote: "Lo leggo come una conferma di una cosa che sapevamo già, cioè che il lavoro di cura ricade ancora quasi tutto sulle donne." },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Ruolo delle donne nei processi', quote: "che anche nei processi del progetto, chi portava avanti le cose erano quasi sempre donne. Le referenti delle aziende, le operatrici dello sportello, le responsabili del personale. I titolari, i decisori, invece, quasi sempre uomini." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "In due aziende hanno cambiato gli orari, per esempio spostando l'inizio del turno di mezz'ora per chi ha figli alle elementari." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "In due aziende hanno cambiato gli orari, per esempio spostando l'inizio del turno di mezz'ora per chi ha figli alle elementari. Sembra niente, però per quelle persone ha cambiato la giornata." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Continuità nel tempo', quote: "Allora, la cooperativa ha deciso di tenere aperto lo sportello, ma ridotto, una mattina a settimana, con fondi nostri e con un piccolo contributo del Municipio 5 che stiamo ancora definendo." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Raccomandazioni', quote: "La prima: meno partner, o comunque ruoli più chiari, perché diciassette soggetti senza una regia forte si disperdono." },
    { coder: 'Giulia', code: 'Welfare territoriale > Rete pubblico-privato', quote: "L’idea che il welfare non stia dentro l’azienda ma nel quartiere, e che l’azienda ci si appoggi, secondo me è la strada giusta per le piccole imprese.", comment: 'Richiamo a un modello estero di servizi di quartiere.' },
    // Marco
    { coder: 'Marco', code: 'Welfare territoriale > Cittadella del welfare', quote: "La prima è uno sportello, fisico e anche online, dove un'azienda piccola, ma anche un singolo lavoratore, può venire e chiedere: «io ho questo bisogno, cosa c'è sul territorio?»." },
    { coder: 'Marco', code: 'Welfare territoriale > Servizi di prossimità', quote: "La seconda è una mappa dei servizi di prossimità, quindi i centri estivi, il pre e post scuola, l'assistenza domiciliare per gli anziani, i CAF, le palestre convenzionate... abbiamo censito più di centoquaranta servizi tra il 5 e il 7." },
    { coder: 'Marco', code: 'Welfare territoriale > Cittadella del welfare', quote: "E la terza, che è quella più difficile, è l'accompagnamento delle aziende a costruire un piccolo piano di welfare, che per un'impresa di otto, dieci persone non è una cosa scontata." },
    { coder: 'Marco', code: 'Governance del programma > Criticità attuative', quote: "Però la verità è che nel primo anno, per via del COVID, lo sportello è stato quasi solo online. Abbiamo aperto a ottobre 2020 e a novembre eravamo di nuovo in zona rossa" },
    { coder: 'Marco', code: 'Genere e pari opportunità > Divario di genere', quote: "Il 71 per cento dei lavoratori che sono venuti allo sportello sono donne. E quasi tutte vengono per lo stesso tipo di problema, cioè la cura" },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "E quasi tutte vengono per lo stesso tipo di problema, cioè la cura: il figlio piccolo da prendere a scuola alle quattro e mezza quando il turno finisce alle sei, oppure, sempre di più, il genitore anziano." },
    { coder: 'Marco', code: 'Welfare aziendale > Bisogni dei lavoratori', quote: "Pensavamo che il tema forte fossero i bambini e invece l'anziano non autosufficiente è venuto fuori tantissimo." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Benessere', quote: "Ho in mente una signora, lavora in una lavanderia industriale qui in zona, che mi ha detto: «io esco di casa alle sei, mia madre resta sola fino alle tre e ho paura ogni giorno che cada»." },
    { coder: 'Marco', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "Se io vado da un artigiano e gli dico «welfare aziendale», lui pensa ai buoni pasto, oppure pensa che sia una cosa da grandi aziende, da multinazionali." },
    { coder: 'Marco', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Molti titolari pensano che fare welfare significhi spendere tanto di più. In realtà, ehm, se il piano è fatto bene, con un regolamento, una parte dei servizi non è tassata né per l'azienda né per il lavoratore, quindi a parità di spesa il lavoratore riceve di più che con un aumento in busta paga." },
    { coder: 'Marco', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Però, attenzione: per un'impresa di dieci persone anche 300 euro a testa sono 3.000 euro l'anno, non sono pochi, soprattutto nell’anno in cui la bolletta dell’energia è triplicata." },
    { coder: 'Marco', code: 'Welfare territoriale > Rete pubblico-privato', quote: "La parte bella è che per la prima volta ci siamo trovati allo stesso tavolo con soggetti che di solito non si parlano: il Comune, i sindacati, le associazioni di categoria, i coworking, noi del terzo settore." },
    { coder: 'Marco', code: 'Welfare territoriale > Rete pubblico-privato', quote: "E questo ha creato delle relazioni che restano, cioè io adesso se ho un'azienda con un problema di smart working so chi chiamare." },
    { coder: 'Marco', code: 'Governance del programma > Coordinamento tra partner', quote: "La parte più faticosa è stata il coordinamento. Eravamo diciassette partner e, ehm, ognuno con i suoi tempi, le sue procedure, il suo linguaggio. Le riunioni della cabina di regia a volte erano... come dire, molto lunghe e poco operative." },
    { coder: 'Marco', code: 'Governance del programma > Criticità attuative', quote: "insomma, tra quando l'abbiamo finita e quando è stata online sono passati quasi otto mesi. E nel frattempo metà dei dati erano vecchi." },
    { coder: 'Marco', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "Abbiamo fatto webinar, volantini, post sui social, però alle piccole aziende non arrivi così. Alle piccole aziende arrivi andandoci, entrando in negozio, parlando col titolare alle sette di sera quando chiude." },
    { coder: 'Marco', code: 'Welfare territoriale > Cittadella del welfare', quote: "Abbiamo capito che ci voleva una persona che facesse proprio questo, una specie di «agente di quartiere», e dal secondo anno l'abbiamo avuta, Silvia, che ha fatto un lavoro enorme.", comment: "L'operatrice di quartiere fa parte del dispositivo della Cittadella, più che della comunicazione." },
    { coder: 'Marco', code: 'Coworking > Prossimità al territorio', quote: "Un coworking a dieci minuti a piedi da casa significa non prendere la macchina, non fare un'ora di tangenziale, e poter andare a prendere il bambino all'uscita di scuola." },
    { coder: 'Marco', code: 'Sostenibilità ambientale > Mobilità e spostamenti', quote: "Gratosoglio ha il tram, ma se lavori in una zona artigianale verso Chiaravalle i collegamenti sono pochi, e con i turni del mattino presto non ci sono proprio. Due aziende hanno messo nel piano il rimborso dell'abbonamento annuale ai mezzi, e una ha comprato due bici elettriche che i dipendenti usano a turno." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Lo leggo come una conferma di una cosa che sapevamo già, cioè che il lavoro di cura ricade ancora quasi tutto sulle donne." },
    { coder: 'Marco', code: 'Genere e pari opportunità > Ruolo delle donne nei processi', quote: "chi portava avanti le cose erano quasi sempre donne. Le referenti delle aziende, le operatrici dello sportello, le responsabili del personale. I titolari, i decisori, invece, quasi sempre uomini." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Mi è rimasto in mente un papà che lavorava in un magazzino e mi ha chiesto se esisteva un congedo per stare col figlio durante un intervento chirurgico." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "In due aziende hanno cambiato gli orari, per esempio spostando l'inizio del turno di mezz'ora per chi ha figli alle elementari." },
    { coder: 'Marco', code: 'Risultati ed esiti > Continuità nel tempo', quote: "Allora, la cooperativa ha deciso di tenere aperto lo sportello, ma ridotto, una mattina a settimana, con fondi nostri e con un piccolo contributo del Municipio 5 che stiamo ancora definendo." },
    { coder: 'Marco', code: 'Risultati ed esiti > Raccomandazioni', quote: "La prima: meno partner, o comunque ruoli più chiari, perché diciassette soggetti senza una regia forte si disperdono." },
    { coder: 'Marco', code: 'Governance del programma > Coordinamento tra partner', quote: "meno partner, o comunque ruoli più chiari, perché diciassette soggetti senza una regia forte si disperdono" },
    { coder: 'Marco', code: 'Risultati ed esiti > Raccomandazioni', quote: "L’idea che il welfare non stia dentro l’azienda ma nel quartiere, e che l’azienda ci si appoggi, secondo me è la strada giusta per le piccole imprese." }
  ]
}
