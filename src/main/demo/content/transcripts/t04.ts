import type { DemoInterview } from '../types'

/** Original text written for the demo; every name and figure is fictional. */
const text = `Progetto MIRE – Milano in Rete – Valutazione finale
Intervista semi-strutturata
Intervistato: Luca Marino, grafico libero professionista, utente di un coworking di quartiere (Municipio 7)
Data: 18 aprile 2023
Durata: 44 minuti
Luogo: Bottega Sette coworking, Baggio – saletta riunioni

[00:00:04] Intervistatrice: Ok, sta registrando. Allora Luca, grazie per averci fatto entrare nel tuo ufficio, diciamo. Posso darti del tu?

Luca Marino: Ma certo, figurati. Qui ci diamo tutti del tu, anche con la signora delle pulizie. (ride)

Intervistatrice: Perfetto. Mi racconti un po' chi sei e che lavoro fai?

Luca Marino: Allora, sono Luca, ho trentaquattro anni, faccio il grafico, libero professionista da sei anni. Lavoro soprattutto per piccole aziende, associazioni, qualche cooperativa: loghi, impaginazione, materiali per i social. Prima lavoravo in un'agenzia in centro, in zona Porta Venezia, poi nel 2017 ho aperto la partita IVA e da allora, ehm, lavoravo da casa. Io abito qui a Baggio, a dieci minuti in bici.

Intervistatrice: E com'era lavorare da casa?

Luca Marino: All'inizio bello, poi no. (ride) Cioè, io vivo con la mia compagna in un bilocale di quarantacinque metri quadri, e quando nel 2020 anche lei è andata in smart working eravamo in due nello stesso soggiorno, tutti e due al telefono tutto il giorno. Lei fa la customer care per una compagnia assicurativa, quindi è sempre in cuffia. Io avevo il monitor grande sul tavolo da pranzo, lei il portatile sul divano. Dopo sei mesi, ti giuro, non ci parlavamo più, non perché litigassimo, ma perché non c'era più niente da raccontarsi la sera. Eravamo sempre lì.

[00:03:30] Intervistatrice: E come sei arrivato al coworking?

Luca Marino: Per caso, su Instagram. Ho visto un post del Municipio, credo, o di MIRE, non ricordo, che parlava di un open day nei coworking di quartiere, con un mese di prova gratuito per i liberi professionisti del Municipio 7. E ho detto: vabbè, proviamo. Era ottobre 2021. Sono venuto all'open day qui alla Bottega, c'erano tipo quindici persone, il caffè, due chiacchiere, e la settimana dopo avevo già la mia scrivania.

Intervistatrice: E dopo il mese di prova?

Luca Marino: Dopo il mese di prova c'era uno sconto del 50 per cento per sei mesi, sempre col progetto. Quindi pagavo novanta euro al mese invece di centottanta per la postazione fissa. Poi, da maggio 2022, pago il prezzo pieno. E... guarda, centottanta euro al mese per me non sono pochi, ho fatto i conti tante volte. Però sono rimasto.

Intervistatrice: Perché?

Luca Marino: Per tre motivi. Il primo è la testa: separare casa e lavoro. Quando esco di casa alle nove e arrivo qui, sono al lavoro. Quando chiudo il portatile alle sei e torno a casa, sono a casa. Sembra una banalità, ma per me ha cambiato tutto. Dormo meglio, ti dico la verità. Il secondo sono le persone. E il terzo, che non mi aspettavo, è il lavoro: da quando sono qui il mio fatturato è cresciuto, e buona parte dei nuovi clienti li ho conosciuti qui dentro.

[00:08:10] Intervistatrice: Raccontami di questo. Come sono nati questi lavori?

Luca Marino: Allora, qui siamo una ventina di postazioni, e ci sono persone che fanno lavori diversissimi. C'è una copywriter, Elena, con cui adesso lavoro praticamente in coppia: io faccio la grafica, lei i testi, e ci proponiamo insieme. Poi c'è un ragazzo che fa siti, Kevin, e quando ha un cliente che ha bisogno del logo me lo passa. E poi c'è stata una cosa carina: l'associazione dei commercianti di Baggio, che ha la sede qui di fianco, mi ha chiesto di rifare il volantino per la festa di via, e da lì ho fatto il logo a tre negozi della zona. Il fornaio, la ferramenta e una libreria. Cioè, lavori piccoli, ma del quartiere.

Intervistatrice: Quindi il coworking ti ha messo in rete anche con il territorio.

Luca Marino: Sì, totalmente. Prima i miei clienti erano tutti fuori, a Milano centro, o addirittura a Torino, a Bologna, tutto online. Adesso il trenta, quaranta per cento del mio lavoro è qui in zona. E mi piace, perché poi passi davanti al negozio e vedi la tua insegna. (ride) È una soddisfazione un po' stupida, però c'è.

Intervistatrice: E come vi organizzate, tra di voi? C'è una comunità?

Luca Marino: Abbiamo un gruppo WhatsApp del coworking, che è diventato un po' il centro di tutto. Ci si scrive se qualcuno ha bisogno di una mano, se c'è un evento, se si ordina il pranzo insieme. Aspetta che ti faccio vedere... ecco, questo di ieri, Elena scrive: «Stasera aperitivo al bar di piazza per il compleanno di Kevin, ci vediamo lì 👍». E sotto, diciotto risposte. (ride) Ecco, questa è la comunità.

[00:12:45] Intervistatrice: Parliamo della vicinanza. Quanto conta che il coworking sia vicino a casa?

Luca Marino: Tantissimo, è la cosa principale. Io vengo in bici, dieci minuti, e quando piove a piedi, un quarto d'ora. Non ho la macchina, l’abbiamo venduta nel 2021, e non ci manca. Se il coworking fosse stato in centro non ci sarei mai venuto: quaranta minuti tra metro e tram per andare a sedermi a una scrivania? No. Il fatto che sia qui, nel quartiere, fa tutta la differenza. E poi a pranzo vado da mia madre, che abita a due vie da qui.

Intervistatrice: Ah, vai da tua madre?

Luca Marino: Sì, due o tre volte a settimana. Ha settantotto anni, è vedova, vive da sola, e da un anno ha qualche problema di memoria. Niente di grave, per ora, però bisogna controllare che prenda le medicine, che mangi. Mia sorella abita a Monza, quindi quello vicino sono io. E con il coworking qui, posso farlo: esco all'una, vado da lei, mangiamo insieme, alle due e mezza sono di nuovo qui. Se lavorassi in un ufficio in centro non potrei.

Intervistatrice: Quindi, in qualche modo, anche per te c'è un tema di carichi di cura.

Luca Marino: Sì, anche se di solito non se ne parla per gli uomini. Cioè, io sono un figlio che si occupa della madre, e quando lo dico la gente mi guarda tipo «bravo», come se fosse una cosa eccezionale. Mentre mia sorella, che lo faceva prima di trasferirsi, nessuno le diceva brava. Era normale. Ecco, questa cosa mi fa un po' pensare.

Intervistatrice: E qui nel coworking, hai notato differenze tra uomini e donne nel modo di lavorare, di conciliare?

Luca Marino: Eh, sì. Qui la maggioranza sono donne, direi il 60 per cento. E molte sono mamme che hanno aperto la partita IVA perché in azienda, dopo la maternità, non le facevano più lavorare come prima, oppure perché volevano orari diversi. C'è un'illustratrice che il martedì pomeriggio porta la figlia qui, la bambina disegna accanto a lei, tutti la conoscono. Però, ecco, lei lavora fino alle quattro e poi scappa, e di notte recupera. Io questa cosa non la devo fare. È una differenza.

[00:19:20] Intervistatrice: Parliamo di welfare. Da libero professionista, hai accesso a qualche forma di welfare?

Luca Marino: (ride) No. Cioè, il welfare aziendale per noi partite IVA non esiste. Non ho buoni pasto, non ho una piattaforma, niente. Se mi ammalo non lavoro e non guadagno. Per questo, quando qui al coworking è venuto lo sportello della Cittadella, una volta, ci sono andato con curiosità.

Intervistatrice: Lo sportello è venuto qui?

Luca Marino: Sì, una mattina, nella primavera dell’anno scorso, credo a marzo o aprile. Avevano organizzato un incontro informativo per i professionisti e le micro imprese del coworking, e poi uno sportello. Io ho chiesto per mia madre, appunto, e mi hanno spiegato che il Municipio ha un servizio di assistenza domiciliare, e che c'è un centro diurno qui vicino, in via... vabbè, non importa. Non lo sapevo. Abito qui da trent'anni e non lo sapevo. Adesso mia madre ci va due mattine a settimana.

Intervistatrice: Questa è una cosa importante.

Luca Marino: Sì, per me è stata la cosa più utile di tutto il progetto, sinceramente, più dello sconto. Però è successo una volta sola. Se non fossi stato qui quella mattina, non l'avrei saputo.

Intervistatrice: E cosa ti servirebbe, come professionista, in termini di welfare?

Luca Marino: Allora, mi servirebbe... ehm, una specie di welfare per chi non ha un'azienda. Tipo, se i coworking potessero fare da punto di accesso per i servizi, che ne so, convenzioni con il CAF, con un consulente previdenziale, con un medico, con i centri estivi. Noi freelance siamo tanti, in questo quartiere, ma siamo soli. E la Cittadella, per quello che ho capito, lavorava con le aziende, non con noi.

[00:25:05] Intervistatrice: Passiamo ai costi. Prima accennavi ai centottanta euro al mese.

Luca Marino: Sì. Allora, ho fatto due conti, anche col commercialista. Da una parte è un costo fisso, che deduco, ma rimane un costo. Dall'altra parte, a casa l'inverno scorso avremmo speso una follia di riscaldamento, con tutti e due a casa tutto il giorno. Invece io sto qui al caldo, e la mia compagna da gennaio ha ripreso ad andare in ufficio tre giorni. Quindi la bolletta di casa è scesa, direi di un terzo rispetto al 2021. E il lavoro in più che ho preso qui dentro paga il coworking tre volte. Quindi, conti alla mano, per me conviene. Ma il primo anno, senza lo sconto del progetto, non so se avrei fatto il salto.

Intervistatrice: E dal punto di vista degli strumenti? Il coworking ti dà quello che ti serve?

Luca Marino: Allora, la fibra è molto meglio di quella di casa, e per me che mando file da due giga è fondamentale. C'è la stampante laser a colori, che io non avrei mai comprato, e la sala riunioni, che prenoto quando vengono i clienti. Prima i clienti li incontravo al bar, con il rumore, oppure in videochiamata. Adesso ho un posto dove riceverli, e fa un’altra impressione, diciamo.

Intervistatrice: E il progetto nel suo insieme? Come l'hai vissuto, dal punto di vista della comunicazione, dell'organizzazione?

Luca Marino: Guarda, io del progetto ho visto poco, onestamente. Ho visto il post su Instagram, l'open day, lo sconto, lo sportello una volta. Sul sito del Comune ho provato a cercare, ma c'erano tre pagine diverse, con nomi diversi, e non si capiva a chi rivolgersi. Per lo sconto bisognava compilare un modulo PDF, stamparlo, firmarlo, scansionarlo... Per un progetto sull'innovazione, un po' faticoso, diciamo. (ride) Però le persone del coworking erano bravissime, mi hanno aiutato loro.

Intervistatrice: Hai avuto la sensazione di essere coinvolto, di poter dire la tua?

Luca Marino: No, non proprio. Ci hanno fatto compilare un questionario all'inizio, e basta. Nessuno ci ha mai chiesto, dopo, com'era andata. Questa intervista è la prima volta. E mi sembra strano, perché noi siamo quelli che ci stanno tutti i giorni, negli spazi.

[00:31:40] Intervistatrice: Secondo te cosa è rimasto del progetto, qui, oggi?

Luca Marino: È rimasto il coworking, che si è riempito: quando sono arrivato eravamo in otto, adesso le postazioni sono quasi tutte occupate. È rimasta la comunità, il gruppo, le collaborazioni. Quello che non è rimasto è lo sportello, e lo sconto per i nuovi. Gli ultimi due che sono arrivati, a febbraio, pagano pieno da subito, e uno mi ha detto che ci sta pensando, se restare.

Intervistatrice: E tu, resterai?

Luca Marino: Sì, io sì. Finché posso permettermelo, sì. Ormai questo è il mio ufficio, e il quartiere è diventato anche il mio mercato.

Intervistatrice: Ultima cosa: se potessi dare un consiglio al Comune per il futuro?

Luca Marino: Allora, il primo: non fate progetti che durano due anni e poi spariscono. Cioè, se una cosa funziona, lo sportello per esempio, tenetela. Il secondo: pensate anche a noi freelance, non solo alle aziende. Un voucher coworking per le partite IVA sotto una certa soglia di reddito, anche piccolo, sarebbe tantissimo. E il terzo: comunicate meglio, in un posto solo. Anche un gruppo WhatsApp, se serve! (ride)

Intervistatrice: Me lo segno. Grazie Luca, davvero.

Luca Marino: Grazie a te. Se ti serve un logo per il rapporto, sai dove trovarmi. (ride)

[Fine registrazione: 00:43:58]
`

export const interview: DemoInterview = {
  transcript: {
    name: 'Intervista 04 – Libero professionista in coworking',
    caseName: 'Luca Marino',
    date: '2023-04-18',
    text
  },
  codings: [
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        'quando nel 2020 anche lei è andata in smart working eravamo in due nello stesso soggiorno, tutti e due al telefono tutto il giorno.',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        'quando nel 2020 anche lei è andata in smart working eravamo in due nello stesso soggiorno, tutti e due al telefono tutto il giorno.',
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote:
        "Dopo sei mesi, ti giuro, non ci parlavamo più, non perché litigassimo, ma perché non c'era più niente da raccontarsi la sera.",
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote:
        "Dopo sei mesi, ti giuro, non ci parlavamo più, non perché litigassimo, ma perché non c'era più niente da raccontarsi la sera. Eravamo sempre lì.",
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        'Ho visto un post del Municipio, credo, o di MIRE, non ricordo, che parlava di un open day nei coworking di quartiere, con un mese di prova gratuito per i liberi professionisti del Municipio 7.',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Uso degli spazi',
      quote:
        'Ho visto un post del Municipio, credo, o di MIRE, non ricordo, che parlava di un open day nei coworking di quartiere, con un mese di prova gratuito per i liberi professionisti del Municipio 7.',
      coder: 'Marco'
    },
    {
      code: 'Coworking > Uso degli spazi',
      quote:
        "Sono venuto all'open day qui alla Bottega, c'erano tipo quindici persone, il caffè, due chiacchiere, e la settimana dopo avevo già la mia scrivania.",
      coder: 'Marco'
    },
    {
      code: 'Welfare aziendale > Costi e sostenibilità economica',
      quote:
        "Dopo il mese di prova c'era uno sconto del 50 per cento per sei mesi, sempre col progetto. Quindi pagavo novanta euro al mese invece di centottanta per la postazione fissa.",
      coder: 'Giulia',
      comment: 'Costo del coworking per un professionista: è il codice più vicino, anche se non è welfare aziendale.'
    },
    {
      code: 'Coworking > Uso degli spazi',
      quote:
        "Dopo il mese di prova c'era uno sconto del 50 per cento per sei mesi, sempre col progetto. Quindi pagavo novanta euro al mese invece di centottanta per la postazione fissa.",
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        'Quando esco di casa alle nove e arrivo qui, sono al lavoro. Quando chiudo il portatile alle sei e torno a casa, sono a casa.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Benessere',
      quote:
        'Quando esco di casa alle nove e arrivo qui, sono al lavoro. Quando chiudo il portatile alle sei e torno a casa, sono a casa.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        'Quando esco di casa alle nove e arrivo qui, sono al lavoro. Quando chiudo il portatile alle sei e torno a casa, sono a casa.',
      coder: 'Marco'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        'E il terzo, che non mi aspettavo, è il lavoro: da quando sono qui il mio fatturato è cresciuto, e buona parte dei nuovi clienti li ho conosciuti qui dentro.',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        'E il terzo, che non mi aspettavo, è il lavoro: da quando sono qui il mio fatturato è cresciuto, e buona parte dei nuovi clienti li ho conosciuti qui dentro.',
      coder: 'Marco'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        "C'è una copywriter, Elena, con cui adesso lavoro praticamente in coppia: io faccio la grafica, lei i testi, e ci proponiamo insieme. Poi c'è un ragazzo che fa siti, Kevin, e quando ha un cliente che ha bisogno del logo me lo passa.",
      coder: 'Marco'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        "l'associazione dei commercianti di Baggio, che ha la sede qui di fianco, mi ha chiesto di rifare il volantino per la festa di via, e da lì ho fatto il logo a tre negozi della zona.",
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        "l'associazione dei commercianti di Baggio, che ha la sede qui di fianco, mi ha chiesto di rifare il volantino per la festa di via, e da lì ho fatto il logo a tre negozi della zona.",
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        "l'associazione dei commercianti di Baggio, che ha la sede qui di fianco, mi ha chiesto di rifare il volantino per la festa di via, e da lì ho fatto il logo a tre negozi della zona.",
      coder: 'Marco'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        'Elena scrive: «Stasera aperitivo al bar di piazza per il compleanno di Kevin, ci vediamo lì 👍». E sotto, diciotto risposte.',
      coder: 'Giulia',
      comment: 'Esempio concreto della comunità: adatto a un box nel rapporto.'
    },
    {
      code: 'Coworking > Reti e contaminazione',
      quote:
        'Elena scrive: «Stasera aperitivo al bar di piazza per il compleanno di Kevin, ci vediamo lì 👍». E sotto, diciotto risposte.',
      coder: 'Marco'
    },
    {
      code: 'Sostenibilità ambientale > Mobilità e spostamenti',
      quote:
        "Io vengo in bici, dieci minuti, e quando piove a piedi, un quarto d'ora. Non ho la macchina, l’abbiamo venduta nel 2021, e non ci manca.",
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        "Io vengo in bici, dieci minuti, e quando piove a piedi, un quarto d'ora. Non ho la macchina, l’abbiamo venduta nel 2021, e non ci manca.",
      coder: 'Giulia'
    },
    {
      code: 'Sostenibilità ambientale > Mobilità e spostamenti',
      quote:
        "Io vengo in bici, dieci minuti, e quando piove a piedi, un quarto d'ora. Non ho la macchina, l’abbiamo venduta nel 2021, e non ci manca.",
      coder: 'Marco'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        'Se il coworking fosse stato in centro non ci sarei mai venuto: quaranta minuti tra metro e tram per andare a sedermi a una scrivania? No.',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote:
        'Se il coworking fosse stato in centro non ci sarei mai venuto: quaranta minuti tra metro e tram per andare a sedermi a una scrivania? No. Il fatto che sia qui, nel quartiere, fa tutta la differenza.',
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        "E con il coworking qui, posso farlo: esco all'una, vado da lei, mangiamo insieme, alle due e mezza sono di nuovo qui.",
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        "E con il coworking qui, posso farlo: esco all'una, vado da lei, mangiamo insieme, alle due e mezza sono di nuovo qui.",
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        "E con il coworking qui, posso farlo: esco all'una, vado da lei, mangiamo insieme, alle due e mezza sono di nuovo qui.",
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        'Ha settantotto anni, è vedova, vive da sola, e da un anno ha qualche problema di memoria.',
      coder: 'Marco'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        'Cioè, io sono un figlio che si occupa della madre, e quando lo dico la gente mi guarda tipo «bravo», come se fosse una cosa eccezionale.',
      coder: 'Giulia'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        'Cioè, io sono un figlio che si occupa della madre, e quando lo dico la gente mi guarda tipo «bravo», come se fosse una cosa eccezionale.',
      coder: 'Marco'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        'Mentre mia sorella, che lo faceva prima di trasferirsi, nessuno le diceva brava. Era normale.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        'Mentre mia sorella, che lo faceva prima di trasferirsi, nessuno le diceva brava. Era normale.',
      coder: 'Marco'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        'Cioè, il welfare aziendale per noi partite IVA non esiste. Non ho buoni pasto, non ho una piattaforma, niente.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        'Cioè, il welfare aziendale per noi partite IVA non esiste. Non ho buoni pasto, non ho una piattaforma, niente.',
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Servizi di prossimità',
      quote:
        "Io ho chiesto per mia madre, appunto, e mi hanno spiegato che il Municipio ha un servizio di assistenza domiciliare, e che c'è un centro diurno qui vicino",
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Servizi di prossimità',
      quote:
        "Io ho chiesto per mia madre, appunto, e mi hanno spiegato che il Municipio ha un servizio di assistenza domiciliare, e che c'è un centro diurno qui vicino, in via... vabbè, non importa. Non lo sapevo.",
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote:
        'Sì, per me è stata la cosa più utile di tutto il progetto, sinceramente, più dello sconto. Però è successo una volta sola.',
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        'Sì, per me è stata la cosa più utile di tutto il progetto, sinceramente, più dello sconto. Però è successo una volta sola.',
      coder: 'Marco',
      comment: 'Lo sportello è stato una tantum: lo leggo come limite di attuazione.'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        'Tipo, se i coworking potessero fare da punto di accesso per i servizi, che ne so, convenzioni con il CAF, con un consulente previdenziale, con un medico, con i centri estivi.',
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Tipo, se i coworking potessero fare da punto di accesso per i servizi, che ne so, convenzioni con il CAF, con un consulente previdenziale, con un medico, con i centri estivi.',
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Tipo, se i coworking potessero fare da punto di accesso per i servizi, che ne so, convenzioni con il CAF, con un consulente previdenziale, con un medico, con i centri estivi.',
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote: 'E la Cittadella, per quello che ho capito, lavorava con le aziende, non con noi.',
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote: 'E la Cittadella, per quello che ho capito, lavorava con le aziende, non con noi.',
      coder: 'Marco'
    },
    {
      code: 'Sostenibilità ambientale > Consumi energetici',
      quote:
        "Dall'altra parte, a casa l'inverno scorso avremmo speso una follia di riscaldamento, con tutti e due a casa tutto il giorno.",
      coder: 'Giulia'
    },
    {
      code: 'Sostenibilità ambientale > Consumi energetici',
      quote:
        "Dall'altra parte, a casa l'inverno scorso avremmo speso una follia di riscaldamento, con tutti e due a casa tutto il giorno. Invece io sto qui al caldo, e la mia compagna da gennaio ha ripreso ad andare in ufficio tre giorni. Quindi la bolletta di casa è scesa, direi di un terzo rispetto al 2021.",
      coder: 'Marco'
    },
    {
      code: 'Smart working > Strumenti e tecnologie',
      quote:
        'Allora, la fibra è molto meglio di quella di casa, e per me che mando file da due giga è fondamentale.',
      coder: 'Giulia'
    },
    {
      code: 'Coworking > Uso degli spazi',
      quote:
        'Allora, la fibra è molto meglio di quella di casa, e per me che mando file da due giga è fondamentale.',
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        "Sul sito del Comune ho provato a cercare, ma c'erano tre pagine diverse, con nomi diversi, e non si capiva a chi rivolgersi.",
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        "Sul sito del Comune ho provato a cercare, ma c'erano tre pagine diverse, con nomi diversi, e non si capiva a chi rivolgersi.",
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        "Per lo sconto bisognava compilare un modulo PDF, stamparlo, firmarlo, scansionarlo... Per un progetto sull'innovazione, un po' faticoso, diciamo.",
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        "Per lo sconto bisognava compilare un modulo PDF, stamparlo, firmarlo, scansionarlo... Per un progetto sull'innovazione, un po' faticoso, diciamo.",
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote:
        'È rimasto il coworking, che si è riempito: quando sono arrivato eravamo in otto, adesso le postazioni sono quasi tutte occupate.',
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote:
        'È rimasto il coworking, che si è riempito: quando sono arrivato eravamo in otto, adesso le postazioni sono quasi tutte occupate.',
      coder: 'Marco'
    },
    {
      code: 'Coworking > Prossimità al territorio',
      quote: 'Ormai questo è il mio ufficio, e il quartiere è diventato anche il mio mercato.',
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Allora, il primo: non fate progetti che durano due anni e poi spariscono. Cioè, se una cosa funziona, lo sportello per esempio, tenetela.',
      coder: 'Giulia'
    }
  ]
}
