import type { DemoInterview } from '../types'

/** Original text written for the demo; every name and figure is fictional. */
const text = `Progetto MIRE – Valutazione
Intervista semi-strutturata
Intervistato: Roberto Gallo, socio titolare di Forno San Siro S.n.c. (Municipio 7)
Data: 16 maggio 2023
Durata: 47 minuti
Luogo: retrobottega del forno
Note: registrata con il consenso dell'intervistato; nei primi minuti si sente l'impastatrice in sottofondo.

[00:00:08] Intervistatore: Buongiorno, grazie di averci ricevuto. Immagino che per lei questo sia un orario tranquillo.

Roberto Gallo: (ride) Tranquillo è una parola grossa. Diciamo che il pane è sfornato, la gente del mattino è passata e fino alle undici e mezza respiro. Noi cominciamo alle tre, io e il fornaio, Mario, che sta con me da ventidue anni.

Intervistatore: Ci racconta brevemente il forno? Quante persone siete?

Roberto Gallo: Allora, il forno l'ha aperto mio padre nel 1979, qui, in questa stessa via. Adesso siamo io e mia sorella Lucia come soci, è una S.n.c., e poi abbiamo nove dipendenti: tre in produzione, quindi fornai e pasticceria, cinque al banco, divise su due turni, e una ragazza che fa mezza giornata in amministrazione. Delle nove persone, sei sono donne. Facciamo pane, focacce, un po' di pasticceria secca e da due anni anche le forniture per due scuole materne del quartiere.

[00:02:20] Intervistatore: Come siete arrivati al progetto MIRE e alla Cittadella del welfare?

Roberto Gallo: Guardi, per puro caso. È venuta qui una ragazza, Silvia, a comprare il pane, e poi è tornata il giorno dopo con un volantino e mi ha detto: «lei lo sa che c'è uno sportello che aiuta i negozi come il suo a fare il welfare?». E io, sinceramente, le ho risposto: «signorina, il welfare lo fanno le banche e le multinazionali, io faccio il pane». (ride) Però lei è stata brava, è tornata altre due volte, ha parlato con mia sorella, e alla fine siamo andati allo sportello. Era, ehm, ottobre del 2021 mi sembra.

Intervistatore: E allo sportello cosa è successo?

Roberto Gallo: Allora, la prima cosa che ci hanno fatto fare è un questionarietto per i dipendenti, anonimo. E lì sono uscite delle cose che io, che li vedo tutti i giorni, non sapevo. Per esempio che tre su nove avevano problemi con un genitore anziano. Che la Giovanna, quella del turno del pomeriggio, pagava quasi duecento euro al mese di babysitter per coprire le due ore tra la fine della scuola e quando torna il marito. Che due ragazzi venivano da Quarto Oggiaro con due mezzi e ci mettevano un'ora e dieci. Cose così. Io pensavo di conoscerli, e invece.

Intervistatore: E poi cosa avete deciso di fare?

[00:06:45] Roberto Gallo: Con la dottoressa Greco e con un consulente del lavoro che ci hanno affiancato, abbiamo fatto un regolamento, che è una cosa di quattro pagine, niente di complicato. Abbiamo deciso 400 euro all'anno a testa, uguali per tutti, part-time compresi, da usare in tre modi: rimborso dell'abbonamento dei mezzi, rimborso delle spese per i figli, quindi nido, centro estivo, libri di scuola, e rimborso delle spese di assistenza per i familiari anziani. Poi, nel 2022, ci abbiamo aggiunto i buoni benzina e il rimborso delle bollette, quando il governo ha alzato la soglia dei fringe benefit.

Intervistatore: 400 euro per nove persone sono 3.600 euro l'anno. Per un forno è un impegno?

Roberto Gallo: È un impegno, sì. Non glielo nego. Le dico solo che nel 2022 la bolletta del gas ci è passata da circa 1.900 euro al mese a 5.400 nel mese peggiore, ottobre. Il forno va a gas, i frigoriferi vanno a corrente, l’abbattitore pure. Ci sono stati due mesi in cui io e mia sorella non ci siamo presi lo stipendio. Però, ecco, il consulente ci ha fatto vedere che quei 400 euro, dati come welfare, a noi costano 400 euro, mentre se li dessi in busta paga per fare arrivare 400 euro netti al dipendente dovrei spenderne quasi il doppio. E allora il conto l'abbiamo fatto ed era conveniente. Poi c'è una cosa che non sta nei conti.

Intervistatore: Cioè?

Roberto Gallo: Cioè che la gente è contenta. Le faccio vedere una cosa. (prende il telefono) Questo è il messaggio che mi ha mandato la Giovanna quando le abbiamo rimborsato il centro estivo della bambina, luglio dell'anno scorso: «Ho visto il bonifico, non me l'aspettavo proprio, grazie capo 😊». Ecco. In quarant'anni che sto in questo forno, contando anche quando c'era mio padre, nessuno mi aveva mai scritto grazie capo per una cosa che non fosse la tredicesima.

[00:11:30] Intervistatore: Avete avuto difficoltà a metterlo in pratica?

Roberto Gallo: Sì, soprattutto all'inizio. La parte burocratica è stata un po' pesante: bisognava raccogliere le ricevute, controllare che fossero intestate giuste, tenere tutto in ordine per il commercialista. La ragazza dell'amministrazione, la Chiara, che fa mezza giornata, si è trovata a fare questo lavoro in più. Poi allo sportello ci hanno suggerito una piattaforma, ma per nove persone costava troppo, c'era un canone fisso. Alla fine facciamo tutto con un foglio di calcolo e una cartellina. Funziona. Non è elegante, ma funziona.

Intervistatore: E lo smart working? È un tema che vi ha toccato?

Roberto Gallo: (ride) Eh, il pane da casa non si fa. No, a parte gli scherzi, per noi lo smart working praticamente non esiste. L'unica è la Chiara, che durante il COVID ha lavorato da casa e adesso un giorno a settimana, il venerdì, fa le fatture da casa sua. Ci eravamo messi d'accordo a voce, ehm, poi allo sportello ci hanno detto che bisognava fare un accordo scritto, e l’abbiamo fatto, una paginetta. Lei ha un bambino piccolo e per lei quel venerdì vale più di un aumento, me l’ha detto lei.

Intervistatore: E per gli altri? Per chi è al banco o in produzione?

Roberto Gallo: Per loro la flessibilità è sugli orari, non sul luogo. Questa è una cosa che abbiamo imparato col progetto. Prima i turni li decidevo io, punto. Adesso facciamo il calendario del mese insieme, su un gruppo WhatsApp, e chi ha esigenze le dice prima. La Giovanna, per esempio, adesso fa dalle sette alle tredici invece che il pomeriggio, così la bambina la va a prendere lei. Ci abbiamo messo un po' a far quadrare tutto, ma adesso va.

Intervistatore: Lei ha citato il COVID. Com'è stato quel periodo per il forno?

Roberto Gallo: Guardi, noi non abbiamo mai chiuso, il pane è un bene di prima necessità. Però è stato durissimo. Metà delle ragazze del banco avevano i figli a casa con la scuola chiusa, e io non sapevo come fare i turni. Una l'ho dovuta mettere in cassa integrazione per due mesi, perché non aveva nessuno a cui lasciare il bambino, e lei piangeva e io stavo male. Abbiamo fatto le consegne a domicilio agli anziani del palazzo, col motorino di mio nipote. Ecco, forse è lì che ho cominciato a capire che il problema della cura non era una cosa privata dei miei dipendenti, ma era anche un problema mio, del forno.

[00:16:10] Intervistatore: Parliamo del quartiere. Lei ha avuto contatti con altri servizi, altre realtà, attraverso la Cittadella?

Roberto Gallo: Sì, e questa è forse la cosa che mi è piaciuta di più. Agli incontri della Cittadella ho conosciuto altri commercianti e artigiani della zona: un'officina, una farmacia, un'impresa di pulizie, due parrucchiere. Gente che vedevo da anni e con cui non avevo mai parlato di queste cose. Con la farmacia e con una delle parrucchiere abbiamo fatto una cosa insieme: una convenzione con il centro estivo della parrocchia, così i figli dei nostri dipendenti hanno uno sconto. Da soli non l'avremmo mai ottenuta, in tre sì.

Intervistatore: Dove si tenevano questi incontri?

Roberto Gallo: Un paio in Municipio, poi diversi in un coworking a Baggio, uno spazio carino, con la cucina, la sala grande. Io un coworking non sapevo neanche cosa fosse, pensavo fosse roba da ragazzi col computer. (ride) E invece lì ho conosciuto un ragazzo che fa grafica e che poi mi ha rifatto l'insegna e il sito, che era fermo al 2012. Quindi anche da quel lato è servito.

Intervistatore: E gli incontri online, i webinar?

Roberto Gallo: Ne ho fatto uno, ma le dico la verità, alle due del pomeriggio io dormo, perché mi alzo alle due di notte. Quindi i webinar per noi non erano pensati. Quelli in presenza alle sette di sera invece sì, lì ci potevo andare. Questo lo direi al Comune: se volete i piccoli, dovete venire negli orari dei piccoli.

[00:20:40] Intervistatore: Lei prima ha parlato dei mezzi e degli spostamenti. Qualcosa è cambiato anche lì?

Roberto Gallo: Un po' sì. Con il rimborso dell'abbonamento due ragazzi che prima venivano in motorino hanno preso l'abbonamento ai mezzi. Poi c'è Mario, il fornaio, che viene alle tre di notte e a quell’ora non c'è niente, deve per forza venire in macchina. Per lui abbiamo messo il buono benzina nel 2022. Non è ecologico, lo so, ma alle tre di notte l’alternativa non c'è.

Intervistatore: E sul fronte dei consumi energetici? Avete cambiato qualcosa dopo le bollette del 2022?

Roberto Gallo: Eh, abbiamo dovuto. Abbiamo cambiato le luci del negozio e del laboratorio, tutto LED, e abbiamo rifatto le guarnizioni delle celle frigorifere, che perdevano. Adesso stiamo guardando un forno elettrico nuovo, ma costa sessantamila euro e senza un contributo non ce la facciamo. Allo sportello ci hanno passato un contatto per un bando della Camera di Commercio. Vedremo.

[00:23:15] Intervistatore: Una domanda un po' diversa. Lei ha detto che sei su nove dipendenti sono donne. Il progetto parlava anche di parità di genere. Le è sembrato un tema che vi riguardava?

Roberto Gallo: Ehm... all'inizio le avrei detto di no. Qui le donne e gli uomini guadagnano uguale, il contratto è quello, non c'è niente da discutere. Però poi, guardando il questionario, mi sono accorto che tutti i problemi di figli e genitori erano delle donne. Gli uomini avevano il problema dei mezzi, le donne avevano il problema della casa. E un'altra cosa: la pasticceria, che è la parte dove si guadagna di più, l'hanno sempre fatta gli uomini, e le donne sempre al banco. Adesso la Martina, una delle ragazze del banco, sta facendo il corso di pasticceria. L'ha chiesto lei e io ho detto va bene. Vediamo.

Intervistatore: E sua sorella, che ruolo ha avuto?

Roberto Gallo: Lucia? Eh, diciamo che senza di lei non si faceva niente. Io sono quello che ha detto sì, ma quella che è andata allo sportello, che ha compilato i moduli, che ha parlato coi dipendenti, è stata lei. Anche con la dottoressa Greco parlava più lei. Io ci mettevo la firma. (ride) No, va be', esagero, ma neanche tanto.

[00:27:30] Intervistatore: Guardando indietro, cosa direbbe che è cambiato nel forno grazie al progetto?

Roberto Gallo: Che adesso parliamo. Sembra una banalità. Prima io ero il titolare e loro erano i dipendenti, punto. Adesso una volta ogni tre mesi ci fermiamo mezz'ora dopo la chiusura, con una pizza, e parliamo di come va, di cosa serve. E un'altra cosa: in due anni non se n'è andato nessuno. Prima cambiavamo due, tre commesse all'anno, e ogni volta era un mese per formarle. Questo non glielo so quantificare esattamente, ma per un negozio piccolo vale tantissimo.

Intervistatore: E andrete avanti anche adesso che il progetto è finito?

Roberto Gallo: Il regolamento resta, i 400 euro restano, almeno finché i conti tengono. Quest'anno il gas è sceso, quindi sono più tranquillo. Quello che mi preoccupa è che lo sportello si riduce, ho sentito che sarà aperto solo una mattina. E per le cose nuove, tipo quest'anno la regola dei fringe benefit è cambiata di nuovo, vale solo per chi ha figli, io da solo non ci capisco niente. Il commercialista fa le sue cose ma non è il suo mestiere.

Intervistatore: Cosa suggerirebbe a chi organizzerà progetti simili?

Roberto Gallo: Di fare come ha fatto Silvia. Venire in negozio, comprare il pane, tornare. (ride) Seriamente: i piccoli hanno bisogno di una persona, non di un portale. E poi di tenere le cose semplici. Un regolamento di quattro pagine, un foglio di calcolo, e via. Se mi avessero portato un manuale di cinquanta pagine io l'avrei messo sotto il bancone e ciao. E un'ultima cosa: i soldi. Un contributo anche piccolo, mille euro per partire, per chi fa il primo piano, avrebbe convinto tanti miei colleghi che sono rimasti alla finestra. Qui in via ne conosco almeno cinque che mi hanno chiesto come ho fatto.

Intervistatore: Perfetto. La ringrazio molto.

Roberto Gallo: Grazie a lei. Prenda una focaccia, che è appena uscita, e la porti anche ai suoi colleghi del Comune.`

export const interview: DemoInterview = {
  transcript: {
    name: 'Intervista 06 – Titolare Forno San Siro',
    caseName: 'Roberto Gallo',
    date: '2023-05-16',
    text
  },
  codings: [
    // Giulia
    { coder: 'Giulia', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "È venuta qui una ragazza, Silvia, a comprare il pane, e poi è tornata il giorno dopo con un volantino e mi ha detto: «lei lo sa che c'è uno sportello che aiuta i negozi come il suo a fare il welfare?»." },
    { coder: 'Giulia', code: 'Welfare aziendale > Bisogni dei lavoratori', quote: "Per esempio che tre su nove avevano problemi con un genitore anziano. Che la Giovanna, quella del turno del pomeriggio, pagava quasi duecento euro al mese di babysitter per coprire le due ore tra la fine della scuola e quando torna il marito." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Che la Giovanna, quella del turno del pomeriggio, pagava quasi duecento euro al mese di babysitter per coprire le due ore tra la fine della scuola e quando torna il marito." },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Mobilità e spostamenti', quote: "Che due ragazzi venivano da Quarto Oggiaro con due mezzi e ci mettevano un'ora e dieci." },
    { coder: 'Giulia', code: 'Welfare aziendale > Servizi attivati', quote: "Abbiamo deciso 400 euro all'anno a testa, uguali per tutti, part-time compresi, da usare in tre modi: rimborso dell'abbonamento dei mezzi, rimborso delle spese per i figli, quindi nido, centro estivo, libri di scuola, e rimborso delle spese di assistenza per i familiari anziani." },
    { coder: 'Giulia', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "È un impegno, sì. Non glielo nego. Le dico solo che nel 2022 la bolletta del gas ci è passata da circa 1.900 euro al mese a 5.400 nel mese peggiore, ottobre." },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Consumi energetici', quote: "Le dico solo che nel 2022 la bolletta del gas ci è passata da circa 1.900 euro al mese a 5.400 nel mese peggiore, ottobre. Il forno va a gas, i frigoriferi vanno a corrente, l’abbattitore pure." },
    { coder: 'Giulia', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Però, ecco, il consulente ci ha fatto vedere che quei 400 euro, dati come welfare, a noi costano 400 euro, mentre se li dessi in busta paga per fare arrivare 400 euro netti al dipendente dovrei spenderne quasi il doppio." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Benessere', quote: "Questo è il messaggio che mi ha mandato la Giovanna quando le abbiamo rimborsato il centro estivo della bambina, luglio dell'anno scorso: «Ho visto il bonifico, non me l'aspettavo proprio, grazie capo 😊»." },
    { coder: 'Giulia', code: 'Welfare aziendale > Servizi attivati', quote: "Questo è il messaggio che mi ha mandato la Giovanna quando le abbiamo rimborsato il centro estivo della bambina" },
    { coder: 'Giulia', code: 'Governance del programma > Criticità attuative', quote: "La parte burocratica è stata un po' pesante: bisognava raccogliere le ricevute, controllare che fossero intestate giuste, tenere tutto in ordine per il commercialista." },
    { coder: 'Giulia', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Poi allo sportello ci hanno suggerito una piattaforma, ma per nove persone costava troppo, c'era un canone fisso. Alla fine facciamo tutto con un foglio di calcolo e una cartellina." },
    { coder: 'Giulia', code: 'Smart working > Difficoltà e limiti', quote: "No, a parte gli scherzi, per noi lo smart working praticamente non esiste." },
    { coder: 'Giulia', code: 'Smart working > Accordi e regolamenti', quote: "Ci eravamo messi d'accordo a voce, ehm, poi allo sportello ci hanno detto che bisognava fare un accordo scritto, e l’abbiamo fatto, una paginetta." },
    { coder: 'Giulia', code: 'Smart working > Benefici percepiti', quote: "Lei ha un bambino piccolo e per lei quel venerdì vale più di un aumento, me l’ha detto lei." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "Per loro la flessibilità è sugli orari, non sul luogo. Questa è una cosa che abbiamo imparato col progetto. Prima i turni li decidevo io, punto." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "Prima i turni li decidevo io, punto. Adesso facciamo il calendario del mese insieme, su un gruppo WhatsApp, e chi ha esigenze le dice prima." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Metà delle ragazze del banco avevano i figli a casa con la scuola chiusa, e io non sapevo come fare i turni." },
    { coder: 'Giulia', code: 'Welfare aziendale > Bisogni dei lavoratori', quote: "Ecco, forse è lì che ho cominciato a capire che il problema della cura non era una cosa privata dei miei dipendenti, ma era anche un problema mio, del forno.", comment: 'Momento di svolta: il titolare riconosce la cura come questione aziendale.' },
    { coder: 'Giulia', code: 'Welfare territoriale > Servizi di prossimità', quote: "Con la farmacia e con una delle parrucchiere abbiamo fatto una cosa insieme: una convenzione con il centro estivo della parrocchia, così i figli dei nostri dipendenti hanno uno sconto." },
    { coder: 'Giulia', code: 'Welfare territoriale > Rete pubblico-privato', quote: "così i figli dei nostri dipendenti hanno uno sconto. Da soli non l'avremmo mai ottenuta, in tre sì." },
    { coder: 'Giulia', code: 'Coworking > Uso degli spazi', quote: "Un paio in Municipio, poi diversi in un coworking a Baggio, uno spazio carino, con la cucina, la sala grande." },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Consumi energetici', quote: "Abbiamo cambiato le luci del negozio e del laboratorio, tutto LED, e abbiamo rifatto le guarnizioni delle celle frigorifere, che perdevano." },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Divario di genere', quote: "Però poi, guardando il questionario, mi sono accorto che tutti i problemi di figli e genitori erano delle donne. Gli uomini avevano il problema dei mezzi, le donne avevano il problema della casa." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "mi sono accorto che tutti i problemi di figli e genitori erano delle donne" },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Ruolo delle donne nei processi', quote: "Io sono quello che ha detto sì, ma quella che è andata allo sportello, che ha compilato i moduli, che ha parlato coi dipendenti, è stata lei." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "Adesso una volta ogni tre mesi ci fermiamo mezz'ora dopo la chiusura, con una pizza, e parliamo di come va, di cosa serve." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Continuità nel tempo', quote: "Quello che mi preoccupa è che lo sportello si riduce, ho sentito che sarà aperto solo una mattina." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Raccomandazioni', quote: "Seriamente: i piccoli hanno bisogno di una persona, non di un portale. E poi di tenere le cose semplici." },
    // Marco
    { coder: 'Marco', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "È venuta qui una ragazza, Silvia, a comprare il pane, e poi è tornata il giorno dopo con un volantino e mi ha detto: «lei lo sa che c'è uno sportello che aiuta i negozi come il suo a fare il welfare?»." },
    { coder: 'Marco', code: 'Welfare aziendale > Bisogni dei lavoratori', quote: "Per esempio che tre su nove avevano problemi con un genitore anziano. Che la Giovanna, quella del turno del pomeriggio, pagava quasi duecento euro al mese di babysitter per coprire le due ore tra la fine della scuola e quando torna il marito." },
    { coder: 'Marco', code: 'Welfare aziendale > Bisogni dei lavoratori', quote: "Che due ragazzi venivano da Quarto Oggiaro con due mezzi e ci mettevano un'ora e dieci." },
    { coder: 'Marco', code: 'Welfare aziendale > Servizi attivati', quote: "Abbiamo deciso 400 euro all'anno a testa, uguali per tutti, part-time compresi, da usare in tre modi: rimborso dell'abbonamento dei mezzi, rimborso delle spese per i figli, quindi nido, centro estivo, libri di scuola, e rimborso delle spese di assistenza per i familiari anziani." },
    { coder: 'Marco', code: 'Sostenibilità ambientale > Consumi energetici', quote: "Le dico solo che nel 2022 la bolletta del gas ci è passata da circa 1.900 euro al mese a 5.400 nel mese peggiore, ottobre. Il forno va a gas, i frigoriferi vanno a corrente, l’abbattitore pure." },
    { coder: 'Marco', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Però, ecco, il consulente ci ha fatto vedere che quei 400 euro, dati come welfare, a noi costano 400 euro, mentre se li dessi in busta paga per fare arrivare 400 euro netti al dipendente dovrei spenderne quasi il doppio." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Benessere', quote: "«Ho visto il bonifico, non me l'aspettavo proprio, grazie capo 😊»" },
    { coder: 'Marco', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "In quarant'anni che sto in questo forno, contando anche quando c'era mio padre, nessuno mi aveva mai scritto grazie capo per una cosa che non fosse la tredicesima." },
    { coder: 'Marco', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "La parte burocratica è stata un po' pesante: bisognava raccogliere le ricevute, controllare che fossero intestate giuste, tenere tutto in ordine per il commercialista.", comment: 'Costo nascosto: tempo amministrativo in più per la dipendente part-time.' },
    { coder: 'Marco', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Poi allo sportello ci hanno suggerito una piattaforma, ma per nove persone costava troppo, c'era un canone fisso." },
    { coder: 'Marco', code: 'Smart working > Difficoltà e limiti', quote: "(ride) Eh, il pane da casa non si fa. No, a parte gli scherzi, per noi lo smart working praticamente non esiste." },
    { coder: 'Marco', code: 'Smart working > Accordi e regolamenti', quote: "Ci eravamo messi d'accordo a voce, ehm, poi allo sportello ci hanno detto che bisognava fare un accordo scritto, e l’abbiamo fatto, una paginetta." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Lei ha un bambino piccolo e per lei quel venerdì vale più di un aumento, me l’ha detto lei." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "Prima i turni li decidevo io, punto. Adesso facciamo il calendario del mese insieme, su un gruppo WhatsApp, e chi ha esigenze le dice prima." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "La Giovanna, per esempio, adesso fa dalle sette alle tredici invece che il pomeriggio, così la bambina la va a prendere lei." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Però è stato durissimo. Metà delle ragazze del banco avevano i figli a casa con la scuola chiusa, e io non sapevo come fare i turni." },
    { coder: 'Marco', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "Ecco, forse è lì che ho cominciato a capire che il problema della cura non era una cosa privata dei miei dipendenti, ma era anche un problema mio, del forno." },
    { coder: 'Marco', code: 'Welfare territoriale > Servizi di prossimità', quote: "Con la farmacia e con una delle parrucchiere abbiamo fatto una cosa insieme: una convenzione con il centro estivo della parrocchia, così i figli dei nostri dipendenti hanno uno sconto." },
    { coder: 'Marco', code: 'Coworking > Uso degli spazi', quote: "Un paio in Municipio, poi diversi in un coworking a Baggio, uno spazio carino, con la cucina, la sala grande." },
    { coder: 'Marco', code: 'Coworking > Reti e contaminazione', quote: "E invece lì ho conosciuto un ragazzo che fa grafica e che poi mi ha rifatto l'insegna e il sito, che era fermo al 2012." },
    { coder: 'Marco', code: 'Sostenibilità ambientale > Consumi energetici', quote: "Abbiamo cambiato le luci del negozio e del laboratorio, tutto LED, e abbiamo rifatto le guarnizioni delle celle frigorifere, che perdevano." },
    { coder: 'Marco', code: 'Genere e pari opportunità > Divario di genere', quote: "Però poi, guardando il questionario, mi sono accorto che tutti i problemi di figli e genitori erano delle donne. Gli uomini avevano il problema dei mezzi, le donne avevano il problema della casa." },
    { coder: 'Marco', code: 'Genere e pari opportunità > Ruolo delle donne nei processi', quote: "Io sono quello che ha detto sì, ma quella che è andata allo sportello, che ha compilato i moduli, che ha parlato coi dipendenti, è stata lei." },
    { coder: 'Marco', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "Adesso una volta ogni tre mesi ci fermiamo mezz'ora dopo la chiusura, con una pizza, e parliamo di come va, di cosa serve." },
    { coder: 'Marco', code: 'Risultati ed esiti > Continuità nel tempo', quote: "Il regolamento resta, i 400 euro restano, almeno finché i conti tengono. Quest'anno il gas è sceso, quindi sono più tranquillo." },
    { coder: 'Marco', code: 'Welfare territoriale > Cittadella del welfare', quote: "Quello che mi preoccupa è che lo sportello si riduce, ho sentito che sarà aperto solo una mattina." },
    { coder: 'Marco', code: 'Risultati ed esiti > Raccomandazioni', quote: "Seriamente: i piccoli hanno bisogno di una persona, non di un portale. E poi di tenere le cose semplici." }
  ]
}
