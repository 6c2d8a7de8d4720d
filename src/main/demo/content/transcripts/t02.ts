import type { DemoInterview } from '../types'

/** Original text written for the demo; every name and figure is fictional. */
const text = `Progetto MIRE – Milano in Rete – Valutazione finale
Intervista semi-strutturata (videochiamata)
Intervistato: Davide Russo, impiegato amministrativo, Logistica Chiaravalle S.p.A. (Municipio 5)
Data: 21 marzo 2023
Durata: 38 minuti
Note: l'intervistato si collega da casa in un giorno di lavoro agile; brevi interruzioni dovute alla figlia minore.

[00:00:12] Intervistatrice: Buongiorno Davide, mi sente bene?

Davide Russo: Sì, sì, la sento. Scusi, ho dovuto chiudere la porta perché oggi c'è la piccola a casa con la febbre. Se sente delle voci è lei.

Intervistatrice: Nessun problema, anzi, è perfettamente in tema. Allora, come le dicevo, stiamo facendo le interviste per la valutazione del progetto MIRE. Lei ha partecipato come dipendente di Logistica Chiaravalle, giusto?

Davide Russo: Esatto. Io lavoro nell’amministrazione, ufficio contabilità fornitori, da otto anni. L'azienda ha circa duecentosessanta dipendenti, ma la maggior parte sono nei magazzini, autisti, carrellisti. Negli uffici siamo una quarantina.

Intervistatrice: E come è entrato in contatto con il progetto?

Davide Russo: Allora, in realtà non è che io sapessi che si chiamava MIRE, all'inizio. Cioè, a un certo punto l'ufficio del personale ci ha mandato una mail dicendo che l'azienda partecipava a un progetto del Comune sullo smart working e che c'era un questionario da compilare. Poi c'è stato un webinar, in pausa pranzo, sulla disconnessione e l'organizzazione del lavoro da casa. Io l'ho seguito mangiando un panino davanti al computer, che già di per sé... (ride).

Intervistatrice: (ride) Eh, sì. E poi?

Davide Russo: E poi nel 2022 è arrivato l'accordo individuale. Prima c'era questa cosa un po' all'italiana, nel senso che durante il Covid eravamo tutti a casa, poi siamo rientrati, poi di nuovo a casa, e nessuno sapeva bene quali fossero le regole. Con l'accordo invece è scritto: due giorni a settimana, io faccio il lunedì e il venerdì, e c'è una fascia in cui devo essere raggiungibile.

[00:04:30] Intervistatrice: Mi racconta com'è una sua giornata, in presenza e da casa?

Davide Russo: Allora, io abito a Lodi. Quando vado in ufficio esco di casa alle 6.50, prendo il treno delle 7.12 per Rogoredo, poi da lì c'è un autobus che passa ogni venti minuti, se passa, e arrivo in azienda verso le 8.25, 8.30. La sera uguale, al contrario, e se perdo la coincidenza arrivo a casa alle sette e mezza. Sono quasi tre ore al giorno, tra andata e ritorno. Da casa invece accendo il computer alle 8.15 e alle 17 ho finito, e alle 17.05 sono al parco con i bambini.

Intervistatrice: Quindi la differenza è...

Davide Russo: È enorme. Cioè, non è solo il tempo, è la stanchezza. Il giorno in cui vado in ufficio torno a casa che non ho più voglia di niente, e mia moglie lo sa, il martedì sera non mi si chiede niente. (ride) No, ma seriamente, il venerdì da casa mi cambia la settimana.

Intervistatrice: Lei ha due figli, giusto?

Davide Russo: Sì, Tommaso ha otto anni e Giorgia quattro. Mia moglie fa l'infermiera in ospedale, lavora su turni, e quindi per lei lo smart working non esiste. Quindi nei giorni in cui sono a casa io, sono io che porto i bambini a scuola e all'asilo, e li vado a prendere. Questo prima era impossibile, prima c'erano i nonni, ma mia suocera ha settantacinque anni e non ce la fa più come prima.

[00:08:50] Intervistatrice: Quindi lo smart working ha cambiato anche l'organizzazione familiare.

Davide Russo: Completamente. Cioè, prima il carico era tutto su mia moglie e sua madre, diciamo la verità. Io uscivo alle sette meno dieci e tornavo alle sette e mezza, cosa potevo fare? Adesso due giorni a settimana la gestione è mia. E le dirò, all'inizio in ufficio qualche collega mi prendeva in giro, mi chiamavano «il mammo», cose così. Adesso meno, perché anche altri papà hanno cominciato a fare lo stesso.

Intervistatrice: Questo è interessante. Pensa che ci sia ancora una differenza tra uomini e donne nel modo in cui si usa lo smart working, in azienda?

Davide Russo: Sì, secondo me sì. In amministrazione siamo per lo più donne, e le colleghe con figli lo usano tutte, al massimo. Però c'è una collega che mi ha detto che ha paura che, stando a casa, la considerino meno per una promozione. Io questa paura non ce l'ho, ed è strano, no? Facciamo la stessa cosa. Poi, non so, forse è una sensazione. Però la caposervizio, che è una donna, va in ufficio tutti i giorni, e secondo me lo fa anche per dare un segnale.

Intervistatrice: Parliamo delle difficoltà. Cosa non funziona, o cosa ha funzionato meno?

Davide Russo: Allora, la prima cosa è lo spazio. Noi abitiamo in un appartamento di settanta metri quadri, con due bambini. Io lavoro sul tavolo della cucina. Quindi alle dodici devo sgomberare tutto perché si apparecchia, e se c'è la piccola a casa malata come oggi, ehm, è complicato. Ci sono giorni in cui, cioè, non è che lavori da casa, è che vivi in ufficio. Non so se mi spiego.

Intervistatrice: Si spiega benissimo.

Davide Russo: E poi la seconda cosa è che non si stacca. Cioè, nell'accordo c'è scritto il diritto alla disconnessione dopo le 18, però se il responsabile ti manda un messaggio su Teams alle 19 e tu vedi la notifica, che fai, non rispondi? Io all'inizio rispondevo sempre. Adesso ho tolto le notifiche dal telefono, ma c'è voluto un po'.

[00:14:15] Intervistatrice: E gli strumenti? L'azienda le ha dato quello che serviva?

Davide Russo: Il portatile sì, il telefono aziendale no, uso il mio, con il softphone installato. La VPN all'inizio cadeva in continuazione, soprattutto la mattina tra le nove e le dieci, quando tutti si collegavano insieme. Poi l'hanno potenziata, adesso va abbastanza bene. Quello che non ci hanno dato è una sedia, uno schermo. Io lo schermo l'ho comprato io, centoquaranta euro, perché lavorare sulle fatture col portatile da quattordici pollici è un massacro per gli occhi. Nel webinar avevano parlato di ergonomia, della postazione, però poi, insomma, la postazione ognuno se l'è fatta da sé.

Intervistatrice: E la bolletta? Nel 2022 i costi dell'energia sono aumentati molto.

Davide Russo: Eh, ecco, questo è un tema. L’inverno scorso, con il riscaldamento, la bolletta del gas è stata terribile. E nei giorni in cui sono a casa il riscaldamento è acceso tutto il giorno, e il computer, lo schermo, le luci. Io ho fatto un conto grossolano: risparmio circa novanta euro al mese tra abbonamento del treno e... no, scusi, l'abbonamento lo pago lo stesso, risparmio sui pasti fuori e sulla benzina per andare in stazione, e forse spendo quaranta, cinquanta euro in più di bolletta nei mesi invernali. Quindi alla fine sto in pari, forse un po' in guadagno. Però l'azienda non ci ha dato niente per le utenze, nemmeno un contributo simbolico.

Intervistatrice: E dal punto di vista ambientale, ci ha mai pensato?

Davide Russo: Sì, beh, nel senso che io non prendo la macchina fino a Milano, quindi da quel punto di vista... però due giorni a settimana non faccio nemmeno il tratto in macchina fino alla stazione. E poi, ecco, un collega che abita a Melzo e veniva in macchina tutti i giorni, adesso due giorni no. Nel questionario ci avevano chiesto i chilometri, e mi ricordo che la mia risposta era sessanta chilometri al giorno, andata e ritorno, solo di treno.

[00:19:40] Intervistatrice: Passiamo al welfare aziendale. Lei sa se l'azienda ha fatto qualcosa su questo, nell'ambito del progetto?

Davide Russo: Sì, c'è la piattaforma welfare, c'era già prima mi pare, ma hanno aggiunto delle cose. Io l'anno scorso l'ho usata per il centro estivo di Tommaso, trecentocinquanta euro rimborsati, che per noi non sono pochi. E poi c'è stato lo sportello. Ecco, lo sportello della Cittadella, io l'ho scoperto per caso.

Intervistatrice: Per caso in che senso?

Davide Russo: Nel senso che c'era un volantino in mensa, attaccato vicino alla macchinetta del caffè, che diceva che il giovedì c'era lo sportello welfare per i dipendenti, con orario dalle 12 alle 14. Ma io il giovedì sono in ufficio solo una settimana su due, e poi nessuno ci aveva spiegato bene cosa fosse. Una collega ci è andata per una questione di assistenza per sua madre, e le hanno dato i contatti di un servizio del Municipio che non conosceva. Lei è stata contentissima. Io ci sono andato una volta, per chiedere dei centri estivi, ma alla fine avevo già trovato.

Intervistatrice: Quindi secondo lei la comunicazione poteva essere migliore?

Davide Russo: Sì, molto. Cioè, il volantino in mensa... con rispetto, eh. Ma noi in ufficio non andiamo in mensa tutti i giorni, e i ragazzi del magazzino, che fanno i turni, la mensa la vedono di corsa. Secondo me serviva un messaggio chiaro sul telefono, che ne so, un gruppo, o che il capo reparto lo dicesse a voce. Io del progetto MIRE come progetto, con questo nome, ho sentito parlare davvero solo quando mi avete contattato per l'intervista.

Intervistatrice: E i bisogni, secondo lei? Cosa servirebbe davvero ai lavoratori dell’azienda?

Davide Russo: Allora, per me, e credo per tanti colleghi con figli piccoli, la cosa più importante sono i servizi per i bambini nei periodi scoperti. Cioè, la scuola chiude a metà giugno, i centri estivi costano, e a settembre c'è quella settimana prima che riapra la scuola in cui non sai dove metterli. E poi, per i colleghi più grandi, l’assistenza agli anziani. E per i magazzinieri, che guadagnano poco, secondo me più che la palestra servirebbero buoni spesa, o un aiuto per l'affitto. Però questo è un parere mio, eh.

[00:26:05] Intervistatrice: E il coworking? Il progetto prevedeva anche degli spazi di coworking. Lei li ha mai considerati?

Davide Russo: Sì, ci ho pensato, perché il problema del tavolo della cucina... Ma gli spazi che c'erano nell'elenco erano tutti a Milano, quindi per me non aveva senso, farei metà del viaggio. Se ci fosse stato un coworking a Lodi, vicino alla stazione, magari convenzionato, io ci sarei andato subito, anche pagando qualcosa.

Intervistatrice: Ecco, questo è un punto interessante. E adesso, come stanno le cose in azienda? Lo smart working continua?

Davide Russo: Allora, questa è la nota dolente. A gennaio è cambiato il direttore generale, e si è cominciato a dire che lo smart working va «ripensato». Per ora abbiamo ancora i due giorni, l'accordo scade a dicembre. Però l'aria è quella, cioè, c'è chi dice che si tornerà a un giorno. E se si torna a un giorno, io, ehm, sinceramente mi guardo intorno. Non lo dico per fare il drammatico, ma tre ore di viaggio cinque giorni su cinque con due bambini non le reggo più.

Intervistatrice: Quindi lo smart working è diventato un elemento per decidere se restare in azienda.

Davide Russo: Sì, assolutamente. E non sono l'unico. In amministrazione almeno quattro o cinque persone la pensano come me. È una cosa che l'azienda dovrebbe sapere, e forse è per questo che ho accettato l'intervista, diciamo. (ride)

Intervistatrice: Lei prima ha detto: «non è che lavori da casa, è che vivi in ufficio». Se potesse cambiare qualcosa dell'organizzazione, cosa cambierebbe?

Davide Russo: Mah, io lascerei i due giorni, ma li renderei più flessibili. Cioè, non sempre lunedì e venerdì, ma secondo le esigenze della settimana. Se la piccola è malata il mercoledì, poter fare il mercoledì da casa invece di prendere un giorno di permesso. E poi darei un contributo per la postazione, anche una tantum. Non costa niente all'azienda, rispetto a quello che risparmia: meno luce, meno scrivanie. Hanno anche chiuso un'ala dell’ufficio, tra l'altro, proprio perché c'era meno gente.

[00:32:20] Intervistatrice: E al Comune, ai promotori del progetto, cosa direbbe?

Davide Russo: Direi di parlare anche con noi, con i dipendenti, e non solo con l'ufficio del personale. Perché noi abbiamo compilato il questionario, ma poi non abbiamo mai saputo i risultati. Non è che ci interessino i grafici, però sapere «avete risposto in tanti, è emerso questo, faremo quest'altro», ecco, questo avrebbe fatto sentire la gente parte della cosa. E poi direi di pensare anche a chi abita fuori Milano. Metà dei miei colleghi viene da fuori, Lodi, Pavia, la Brianza. I progetti del Comune ovviamente pensano al Comune, però il lavoro è qui.

Intervistatrice: Direi che è molto chiaro. C’è altro che vuole aggiungere?

Davide Russo: No, solo... se lo dice all'azienda, che lo smart working funziona, mi fa un favore. (ride) Scherzo. Però, ecco, funziona.

Intervistatrice: Grazie Davide, e auguri alla piccola.

Davide Russo: Grazie a lei. Buona giornata.

[Fine registrazione: 00:37:48]
`

export const interview: DemoInterview = {
  transcript: {
    name: 'Intervista 02 – Dipendente Logistica Chiaravalle',
    caseName: 'Davide Russo',
    date: '2023-03-21',
    text
  },
  codings: [
    {
      code: 'Smart working > Accordi e regolamenti',
      quote:
        "Con l'accordo invece è scritto: due giorni a settimana, io faccio il lunedì e il venerdì, e c'è una fascia in cui devo essere raggiungibile.",
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Accordi e regolamenti',
      quote:
        "Con l'accordo invece è scritto: due giorni a settimana, io faccio il lunedì e il venerdì, e c'è una fascia in cui devo essere raggiungibile.",
      coder: 'Marco'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        "Prima c'era questa cosa un po' all'italiana, nel senso che durante il Covid eravamo tutti a casa, poi siamo rientrati, poi di nuovo a casa, e nessuno sapeva bene quali fossero le regole.",
      coder: 'Marco'
    },
    {
      code: 'Sostenibilità ambientale > Mobilità e spostamenti',
      quote:
        "Quando vado in ufficio esco di casa alle 6.50, prendo il treno delle 7.12 per Rogoredo, poi da lì c'è un autobus che passa ogni venti minuti, se passa, e arrivo in azienda verso le 8.25, 8.30.",
      coder: 'Giulia'
    },
    {
      code: 'Sostenibilità ambientale > Mobilità e spostamenti',
      quote:
        "Quando vado in ufficio esco di casa alle 6.50, prendo il treno delle 7.12 per Rogoredo, poi da lì c'è un autobus che passa ogni venti minuti, se passa, e arrivo in azienda verso le 8.25, 8.30.",
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        'Da casa invece accendo il computer alle 8.15 e alle 17 ho finito, e alle 17.05 sono al parco con i bambini.',
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote:
        'Cioè, non è solo il tempo, è la stanchezza. Il giorno in cui vado in ufficio torno a casa che non ho più voglia di niente, e mia moglie lo sa, il martedì sera non mi si chiede niente.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote:
        'Il giorno in cui vado in ufficio torno a casa che non ho più voglia di niente, e mia moglie lo sa, il martedì sera non mi si chiede niente.',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Benefici percepiti',
      quote: '(ride) No, ma seriamente, il venerdì da casa mi cambia la settimana.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        "Quindi nei giorni in cui sono a casa io, sono io che porto i bambini a scuola e all'asilo, e li vado a prendere.",
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        "Quindi nei giorni in cui sono a casa io, sono io che porto i bambini a scuola e all'asilo, e li vado a prendere.",
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote: 'Cioè, prima il carico era tutto su mia moglie e sua madre, diciamo la verità.',
      coder: 'Giulia'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote: 'Cioè, prima il carico era tutto su mia moglie e sua madre, diciamo la verità.',
      coder: 'Giulia'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote: 'Cioè, prima il carico era tutto su mia moglie e sua madre, diciamo la verità.',
      coder: 'Marco'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        "E le dirò, all'inizio in ufficio qualche collega mi prendeva in giro, mi chiamavano «il mammo», cose così.",
      coder: 'Giulia',
      comment: 'Stereotipo sul padre che concilia: utile per la sezione su genere e pari opportunità.'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        "E le dirò, all'inizio in ufficio qualche collega mi prendeva in giro, mi chiamavano «il mammo», cose così. Adesso meno, perché anche altri papà hanno cominciato a fare lo stesso.",
      coder: 'Marco'
    },
    {
      code: 'Genere e pari opportunità > Ruolo delle donne nei processi',
      quote:
        'Però la caposervizio, che è una donna, va in ufficio tutti i giorni, e secondo me lo fa anche per dare un segnale.',
      coder: 'Giulia'
    },
    {
      code: 'Genere e pari opportunità > Ruolo delle donne nei processi',
      quote:
        'Però la caposervizio, che è una donna, va in ufficio tutti i giorni, e secondo me lo fa anche per dare un segnale.',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote: 'Ci sono giorni in cui, cioè, non è che lavori da casa, è che vivi in ufficio.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote: 'non è che lavori da casa, è che vivi in ufficio',
      occurrence: 1,
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote: 'non è che lavori da casa, è che vivi in ufficio',
      occurrence: 1,
      coder: 'Marco'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        "nell'accordo c'è scritto il diritto alla disconnessione dopo le 18, però se il responsabile ti manda un messaggio su Teams alle 19 e tu vedi la notifica, che fai, non rispondi?",
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Accordi e regolamenti',
      quote:
        "nell'accordo c'è scritto il diritto alla disconnessione dopo le 18, però se il responsabile ti manda un messaggio su Teams alle 19 e tu vedi la notifica, che fai, non rispondi?",
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        "nell'accordo c'è scritto il diritto alla disconnessione dopo le 18, però se il responsabile ti manda un messaggio su Teams alle 19 e tu vedi la notifica, che fai, non rispondi?",
      coder: 'Marco'
    },
    {
      code: 'Smart working > Strumenti e tecnologie',
      quote:
        "La VPN all'inizio cadeva in continuazione, soprattutto la mattina tra le nove e le dieci, quando tutti si collegavano insieme.",
      coder: 'Marco'
    },
    {
      code: 'Sostenibilità ambientale > Consumi energetici',
      quote:
        'L’inverno scorso, con il riscaldamento, la bolletta del gas è stata terribile. E nei giorni in cui sono a casa il riscaldamento è acceso tutto il giorno, e il computer, lo schermo, le luci.',
      coder: 'Giulia'
    },
    {
      code: 'Sostenibilità ambientale > Consumi energetici',
      quote:
        'L’inverno scorso, con il riscaldamento, la bolletta del gas è stata terribile. E nei giorni in cui sono a casa il riscaldamento è acceso tutto il giorno, e il computer, lo schermo, le luci.',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote: "Però l'azienda non ci ha dato niente per le utenze, nemmeno un contributo simbolico.",
      coder: 'Giulia',
      comment: 'Costo scaricato sul lavoratore; valutare anche il codice sui consumi energetici.'
    },
    {
      code: 'Sostenibilità ambientale > Consumi energetici',
      quote: "Però l'azienda non ci ha dato niente per le utenze, nemmeno un contributo simbolico.",
      coder: 'Marco'
    },
    {
      code: 'Welfare aziendale > Servizi attivati',
      quote:
        "Io l'anno scorso l'ho usata per il centro estivo di Tommaso, trecentocinquanta euro rimborsati, che per noi non sono pochi.",
      coder: 'Giulia'
    },
    {
      code: 'Welfare aziendale > Servizi attivati',
      quote:
        "Io l'anno scorso l'ho usata per il centro estivo di Tommaso, trecentocinquanta euro rimborsati, che per noi non sono pochi.",
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        "c'era un volantino in mensa, attaccato vicino alla macchinetta del caffè, che diceva che il giovedì c'era lo sportello welfare per i dipendenti, con orario dalle 12 alle 14.",
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote:
        "c'era un volantino in mensa, attaccato vicino alla macchinetta del caffè, che diceva che il giovedì c'era lo sportello welfare per i dipendenti, con orario dalle 12 alle 14.",
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        "c'era un volantino in mensa, attaccato vicino alla macchinetta del caffè, che diceva che il giovedì c'era lo sportello welfare per i dipendenti, con orario dalle 12 alle 14.",
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Servizi di prossimità',
      quote:
        'Una collega ci è andata per una questione di assistenza per sua madre, e le hanno dato i contatti di un servizio del Municipio che non conosceva.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Rete pubblico-privato',
      quote:
        'Una collega ci è andata per una questione di assistenza per sua madre, e le hanno dato i contatti di un servizio del Municipio che non conosceva.',
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        "Io del progetto MIRE come progetto, con questo nome, ho sentito parlare davvero solo quando mi avete contattato per l'intervista.",
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        "Io del progetto MIRE come progetto, con questo nome, ho sentito parlare davvero solo quando mi avete contattato per l'intervista.",
      coder: 'Marco',
      comment: 'Il marchio MIRE è poco riconoscibile tra i dipendenti.'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        "Cioè, la scuola chiude a metà giugno, i centri estivi costano, e a settembre c'è quella settimana prima che riapra la scuola in cui non sai dove metterli.",
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        "Cioè, la scuola chiude a metà giugno, i centri estivi costano, e a settembre c'è quella settimana prima che riapra la scuola in cui non sai dove metterli.",
      coder: 'Giulia'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        "Cioè, la scuola chiude a metà giugno, i centri estivi costano, e a settembre c'è quella settimana prima che riapra la scuola in cui non sai dove metterli.",
      coder: 'Marco'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        "Ma gli spazi che c'erano nell'elenco erano tutti a Milano, quindi per me non aveva senso, farei metà del viaggio.",
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        "Ma gli spazi che c'erano nell'elenco erano tutti a Milano, quindi per me non aveva senso, farei metà del viaggio.",
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Se ci fosse stato un coworking a Lodi, vicino alla stazione, magari convenzionato, io ci sarei andato subito, anche pagando qualcosa.',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        'Se ci fosse stato un coworking a Lodi, vicino alla stazione, magari convenzionato, io ci sarei andato subito, anche pagando qualcosa.',
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote:
        'A gennaio è cambiato il direttore generale, e si è cominciato a dire che lo smart working va «ripensato».',
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote:
        'A gennaio è cambiato il direttore generale, e si è cominciato a dire che lo smart working va «ripensato».',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Accordi e regolamenti',
      quote: "Per ora abbiamo ancora i due giorni, l'accordo scade a dicembre.",
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote: "Per ora abbiamo ancora i due giorni, l'accordo scade a dicembre.",
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Se la piccola è malata il mercoledì, poter fare il mercoledì da casa invece di prendere un giorno di permesso.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        'Se la piccola è malata il mercoledì, poter fare il mercoledì da casa invece di prendere un giorno di permesso.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        'Se la piccola è malata il mercoledì, poter fare il mercoledì da casa invece di prendere un giorno di permesso.',
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        "Direi di parlare anche con noi, con i dipendenti, e non solo con l'ufficio del personale.",
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        "Direi di parlare anche con noi, con i dipendenti, e non solo con l'ufficio del personale.",
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        'Perché noi abbiamo compilato il questionario, ma poi non abbiamo mai saputo i risultati.',
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        'Perché noi abbiamo compilato il questionario, ma poi non abbiamo mai saputo i risultati.',
      coder: 'Marco'
    }
  ]
}
