import type { DemoInterview } from '../types'

/** Original text written for the demo; every name and figure is fictional. */
const text = `Progetto MIRE – Valutazione
Intervista semi-strutturata
Intervistato: Giorgio Conti, segreteria territoriale del Sindacato Lavoratori Uniti Milano, delega a contrattazione e welfare
Data: 13 giugno 2023
Durata: 58 minuti
Luogo: sede del sindacato, sala riunioni
Note: nella trascrizione sono omessi i nomi delle aziende citate come esempi negativi.

[00:00:12] Intervistatore: Buongiorno, Conti. Grazie della disponibilità. Partiamo dal suo ruolo nel programma.

Giorgio Conti: Buongiorno a voi. Allora, io sono nella segreteria territoriale, mi occupo di contrattazione di secondo livello e di welfare. Nel progetto MIRE il sindacato era partner, e io ho seguito soprattutto due cose: la parte sugli accordi di smart working e la parte sul welfare aziendale, in particolare come si contratta il welfare nelle aziende piccole, dove di solito noi, diciamo la verità, facciamo fatica ad arrivare.

Intervistatore: Cominciamo dallo smart working. Qual era la situazione quando è partito il programma?

Giorgio Conti: Eh, la situazione era il caos. Marzo 2020, tutti a casa, smart working semplificato, senza accordo individuale, senza regole. Le persone lavoravano dalla cucina, dalla camera da letto, col portatile personale, con la connessione di casa pagata da loro. E soprattutto senza orari. Noi abbiamo raccolto decine di segnalazioni di persone che ricevevano mail alle dieci di sera, messaggi su WhatsApp la domenica. Quello non era lavoro agile, era lavoro sempre.

Intervistatore: Che effetti vedevate sul benessere delle persone?

Giorgio Conti: Effetti doppi, e questo va detto onestamente. Da un lato tante persone, soprattutto chi abitava lontano, hanno scoperto che potevano lavorare bene senza due ore di treno al giorno, e non volevano più tornare indietro. Dall'altro, ehm, abbiamo visto crescere la stanchezza, l'isolamento, la sensazione di non staccare mai. Nel 2021 abbiamo fatto un piccolo sondaggio tra i nostri iscritti del terziario, hanno risposto in 640: quasi uno su due diceva di lavorare più ore di prima, e uno su tre di sentirsi solo. Ecco, il benessere non viene da sé perché lavori da casa. Dipende da come è organizzato.

[00:02:40] Intervistatore: E il programma come è intervenuto?

Giorgio Conti: Il contributo del programma è stato, secondo me, aiutare il passaggio da quella situazione a una situazione regolata. Noi abbiamo partecipato ai webinar per le aziende e abbiamo preparato, insieme ai consulenti del progetto, un modello di accordo. Poi a dicembre 2021 è arrivato il protocollo nazionale sul lavoro agile, firmato dalle parti sociali, e lì abbiamo aggiornato tutto. I punti per noi irrinunciabili erano tre: la volontarietà, quindi nessuno può essere obbligato né a stare a casa né a tornare in ufficio, il diritto alla disconnessione con delle fasce orarie chiare, e gli strumenti forniti dall'azienda, non dal lavoratore. Nel nostro modello, per esempio, la fascia di disconnessione andava dalle 19 alle 8 del mattino, più il fine settimana.

Intervistatore: E le aziende come hanno reagito?

Giorgio Conti: In modo molto diverso. Le aziende medie, quelle con un ufficio del personale strutturato, hanno capito subito che un accordo chiaro conveniva anche a loro. Le piccole erano più diffidenti. Alcuni titolari pensavano che se la persona è a casa non lavora, e quindi volevano il controllo: la webcam accesa, il programma che registra i clic... Su questo abbiamo dovuto essere molto fermi, perché il controllo a distanza dei lavoratori ha dei limiti precisi, e non si scavalcano con un accordo individuale. Ecco, in alcuni casi il confronto è stato duro. In altri, ehm, devo dire che il lavoro fatto nel programma ha cambiato la testa delle persone. Ho in mente un'azienda di servizi informatici di quaranta dipendenti, in Municipio 5, dove siamo partiti con il titolare che diceva «da me lo smart working non esiste» e abbiamo finito con un accordo di due giorni a settimana per tutti gli impiegati.

[00:07:30] Intervistatore: Lei ha parlato di strumenti. Come è andata su quel fronte?

Giorgio Conti: Male all'inizio, meglio dopo. Nel 2020 il problema era la dotazione: metà delle persone usava il proprio computer. Poi le aziende hanno comprato i portatili, hanno attivato le VPN, le piattaforme per le riunioni. Ma resta un tema che il programma ha toccato poco, secondo me, cioè i costi che il lavoratore sostiene a casa: la corrente, il riscaldamento, la connessione. Nell'inverno 2022, con le bollette che c’erano, qualcuno ci ha detto chiaramente che preferiva andare in ufficio per non accendere il riscaldamento a casa. Questo è un tema che va negoziato, con un'indennità o con i fringe benefit, e non tutte le aziende l'hanno fatto.

Intervistatore: E sul piano di genere? Lo smart working ha avuto effetti diversi su uomini e donne?

Giorgio Conti: Sì, e questo è un punto su cui io insisto sempre. Lo smart working può essere uno strumento di conciliazione, ma può diventare anche una trappola. Se le donne lavorano da casa e gli uomini vanno in ufficio, abbiamo ricreato la divisione di sempre, solo con il computer. Nelle aziende che abbiamo seguito, almeno in quelle che ci hanno dato i dati, le richieste di smart working erano per due terzi di donne, e le richieste di più giorni a casa quasi solo di donne con figli. E il rischio è che poi, quando c'è una promozione, una responsabilità, si scelga chi è più visibile, chi è in ufficio. È quella che qualcuno chiama la penalità della distanza.

Intervistatore: Il programma ha fatto qualcosa su questo?

Giorgio Conti: Qualcosa sì. Abbiamo insistito perché negli accordi ci fosse scritto che lo smart working non può avere effetti negativi sulla carriera, sulla valutazione, sui premi. E abbiamo fatto gli incontri sulla paternità, sui congedi dei padri, che erano pochi, una ventina di persone, però sono stati molto belli. Ricordo un ragazzo, magazziniere, che non sapeva di avere diritto a dieci giorni di congedo obbligatorio quando gli è nato il figlio. Dieci giorni! Non lo sapeva né lui né il suo capo. Ecco, queste sono le cose che un sindacato dovrebbe fare e che spesso, nelle aziende piccole, non riesce a fare.

[00:14:05] Intervistatore: Passiamo al welfare aziendale. Qual è la posizione del sindacato?

Giorgio Conti: Allora, la nostra posizione, semplificando, è: welfare sì, ma contrattato, e non al posto del salario. Il welfare aziendale ha dei vantaggi fiscali reali, e se serve a dare servizi che le persone non troverebbero altrimenti, asili, assistenza agli anziani, sanità integrativa, va benissimo. Il problema nasce quando diventa un modo per non dare aumenti. Perché il welfare non conta per la pensione, non conta per il TFR. E se un lavoratore a fine anno ha 500 euro di welfare invece di 500 euro di aumento, nel lungo periodo ci perde. Questo va detto con chiarezza.

Intervistatore: E nelle piccole aziende del programma?

Giorgio Conti: Lì il discorso è diverso, perché spesso non c'è contrattazione aziendale, non c'è la RSU, non ci siamo proprio noi. Quindi il welfare, quando c'è, è deciso unilateralmente dal titolare. Nel programma abbiamo cercato, insieme alla Cittadella del welfare, di fare in modo che almeno il piano nascesse da un ascolto dei lavoratori, con il questionario, con un incontro. Non è contrattazione in senso stretto, ma è un passo. E in alcune aziende, due o tre, l'incontro sul welfare è stato la prima volta in cui i dipendenti si sono seduti a un tavolo con il titolare per parlare di qualcosa che non fosse un problema.

Intervistatore: Come valuta la Cittadella, dal vostro punto di vista?

Giorgio Conti: Bene, con qualche riserva. Bene perché porta il welfare dove il welfare non arriva, cioè nelle micro imprese di quartiere, e lo fa partendo dal territorio, dai servizi che ci sono già. Questa idea del welfare territoriale, in cui le piccole aziende si mettono insieme e usano i servizi del quartiere, per noi è la direzione giusta, anzi l’abbiamo sempre chiesta. La riserva è sulla sostenibilità: finito il progetto, chi paga lo sportello? Se la risposta è «nessuno», allora abbiamo acceso una luce per tre anni e poi l'abbiamo spenta.

[00:20:20] Intervistatore: Com'è stato il rapporto con gli altri partner?

Giorgio Conti: Mah, sinceramente meglio di quanto temessi. All'inizio c'era diffidenza, reciproca. Le associazioni datoriali ci guardavano come quelli che rallentano, noi guardavamo loro come quelli che vogliono il welfare per non pagare gli aumenti. (ride) Poi lavorando insieme ci si conosce. Il Comune ha fatto un buon lavoro di mediazione, la dottoressa Ricci in particolare. Il limite è stato la quantità di riunioni: io nel 2021 avevo il progetto in agenda praticamente ogni settimana, e per un'organizzazione come la nostra, con poche persone e tante vertenze aperte, era difficile stare dietro a tutto. E poi, cioè, per il primo anno e mezzo tutte le riunioni erano online, per via del COVID, e online è più difficile costruire fiducia tra soggetti che non si conoscono. Le cose si sono sbloccate davvero quando abbiamo cominciato a vederci di persona, nel 2022.

Intervistatore: E il coinvolgimento dei lavoratori? Le iniziative arrivavano a loro?

Giorgio Conti: Poco, direi. Le iniziative arrivavano ai titolari e ai responsabili del personale. I lavoratori li abbiamo raggiunti quando c'era un'occasione concreta, il questionario, l'assemblea. Ma i webinar, per dire, li guardavano i manager. Io avrei voluto più assemblee nei luoghi di lavoro, più momenti in presenza, anche brevi, in pausa pranzo. E poi la comunicazione era troppo in italiano da progetto, «conciliazione», «welfare territoriale», «governance». Un cassiere non si riconosce in queste parole.

[00:24:50] Intervistatore: Il coworking, lo avete seguito?

Giorgio Conti: Poco direttamente, però una cosa ve la dico. Il coworking può essere una buona risposta per chi non ha a casa uno spazio adatto. Pensate a una famiglia in un bilocale in periferia, con due figli: lo smart working lì non è conciliazione, è sopravvivenza. Se l'azienda paga una postazione in un coworking a dieci minuti, la persona ha un posto dove lavorare, ha dei colleghi, anche se di altre aziende, e non si isola. Però deve essere l'azienda a pagare, e il coworking deve essere davvero vicino. Su questo il programma ha fatto una sperimentazione interessante, ma piccola.

Intervistatore: Anche per gli spostamenti, immagino.

Giorgio Conti: Certo. Meno macchine in tangenziale, meno ore sui mezzi. Per un lavoratore che fa un'ora e mezza al giorno di viaggio, due giorni di smart working significano tre ore in più alla settimana. Tre ore che sono tempo di vita. E poi c'è l'ambiente, naturalmente. Ma io da sindacalista guardo prima alle persone: il tempo risparmiato va tutelato, non deve diventare tempo di lavoro in più.

[00:28:30] Intervistatore: Pensando ai risultati, cosa è cambiato nelle aziende?

Giorgio Conti: Nelle aziende più grandi è cambiata l'organizzazione: si lavora di più per obiettivi, le riunioni sono più brevi, ci sono regole sulla disconnessione. Nelle piccole è cambiato, più che altro, il clima: il titolare ha scoperto che i dipendenti hanno una vita fuori, e che se li aiuti a gestirla lavorano meglio. Sembra ovvio, ma non lo è. E per noi è cambiata una cosa importante: siamo entrati in aziende dove non c'eravamo mai stati, non come controparte, ma come soggetto che aiuta. In tre di queste adesso abbiamo degli iscritti e in una si sta parlando di eleggere un rappresentante.

Intervistatore: E dopo il programma?

Giorgio Conti: Gli accordi di smart working restano, quelli sono firmati. Per il welfare dipende molto dai soldi delle aziende e dalla normativa, che cambia ogni anno: quest'anno, per esempio, i fringe benefit alzati solo per chi ha figli, che per noi è anche discutibile, perché chi si occupa di un genitore anziano resta fuori. La rete spero che resti. Noi abbiamo firmato il protocollo con il Comune e continueremo a esserci.

Intervistatore: Un'ultima domanda: cosa raccomanderebbe per il futuro?

Giorgio Conti: Tre cose. Primo, il welfare deve essere contrattato, anche nelle piccole imprese: si possono fare accordi territoriali, di settore, che valgano per tutte le aziende di una zona, così anche l'artigiano con cinque dipendenti ha un quadro. Secondo, lo smart working va accompagnato con attenzione al genere, se no allarga il divario invece di ridurlo. Terzo, i servizi di prossimità vanno finanziati stabilmente dal pubblico: le aziende possono contribuire, ma non possono sostituirsi al welfare pubblico. Un asilo nido di quartiere è un servizio pubblico, non un benefit.

Intervistatore: Grazie, Conti.

Giorgio Conti: Grazie a voi. E mandatemi il rapporto quando è pronto, che lo leggo volentieri. Anche se so già che non sarò d’accordo su tutto. (ride)`

export const interview: DemoInterview = {
  transcript: {
    name: 'Intervista 08 – Sindacato Lavoratori Uniti Milano',
    caseName: 'Giorgio Conti',
    date: '2023-06-13',
    text
  },
  codings: [
    // Giulia
    { coder: 'Giulia', code: 'Smart working > Difficoltà e limiti', quote: "Le persone lavoravano dalla cucina, dalla camera da letto, col portatile personale, con la connessione di casa pagata da loro." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "Noi abbiamo raccolto decine di segnalazioni di persone che ricevevano mail alle dieci di sera, messaggi su WhatsApp la domenica. Quello non era lavoro agile, era lavoro sempre." },
    { coder: 'Giulia', code: 'Smart working > Difficoltà e limiti', quote: "Quello non era lavoro agile, era lavoro sempre." },
    { coder: 'Giulia', code: 'Smart working > Benefici percepiti', quote: "Da un lato tante persone, soprattutto chi abitava lontano, hanno scoperto che potevano lavorare bene senza due ore di treno al giorno, e non volevano più tornare indietro." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Benessere', quote: "Nel 2021 abbiamo fatto un piccolo sondaggio tra i nostri iscritti del terziario, hanno risposto in 640: quasi uno su due diceva di lavorare più ore di prima, e uno su tre di sentirsi solo." },
    { coder: 'Giulia', code: 'Smart working > Accordi e regolamenti', quote: "I punti per noi irrinunciabili erano tre: la volontarietà, quindi nessuno può essere obbligato né a stare a casa né a tornare in ufficio, il diritto alla disconnessione con delle fasce orarie chiare, e gli strumenti forniti dall'azienda, non dal lavoratore." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "il diritto alla disconnessione con delle fasce orarie chiare" },
    { coder: 'Giulia', code: 'Smart working > Difficoltà e limiti', quote: "Alcuni titolari pensavano che se la persona è a casa non lavora, e quindi volevano il controllo: la webcam accesa, il programma che registra i clic..." },
    { coder: 'Giulia', code: 'Smart working > Strumenti e tecnologie', quote: "Poi le aziende hanno comprato i portatili, hanno attivato le VPN, le piattaforme per le riunioni." },
    { coder: 'Giulia', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Ma resta un tema che il programma ha toccato poco, secondo me, cioè i costi che il lavoratore sostiene a casa: la corrente, il riscaldamento, la connessione. Nell'inverno 2022, con le bollette che c’erano, qualcuno ci ha detto chiaramente che preferiva andare in ufficio per non accendere il riscaldamento a casa.", comment: 'Costi dello smart working scaricati sul lavoratore: tema da negoziare.' },
    { coder: 'Giulia', code: 'Sostenibilità ambientale > Consumi energetici', quote: "Nell'inverno 2022, con le bollette che c’erano, qualcuno ci ha detto chiaramente che preferiva andare in ufficio per non accendere il riscaldamento a casa." },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Divario di genere', quote: "Se le donne lavorano da casa e gli uomini vanno in ufficio, abbiamo ricreato la divisione di sempre, solo con il computer." },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Divario di genere', quote: "Nelle aziende che abbiamo seguito, almeno in quelle che ci hanno dato i dati, le richieste di smart working erano per due terzi di donne, e le richieste di più giorni a casa quasi solo di donne con figli." },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Divario di genere', quote: "E il rischio è che poi, quando c'è una promozione, una responsabilità, si scelga chi è più visibile, chi è in ufficio." },
    { coder: 'Giulia', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Ricordo un ragazzo, magazziniere, che non sapeva di avere diritto a dieci giorni di congedo obbligatorio quando gli è nato il figlio." },
    { coder: 'Giulia', code: 'Welfare aziendale > Bisogni dei lavoratori', quote: "se serve a dare servizi che le persone non troverebbero altrimenti, asili, assistenza agli anziani, sanità integrativa, va benissimo" },
    { coder: 'Giulia', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Perché il welfare non conta per la pensione, non conta per il TFR. E se un lavoratore a fine anno ha 500 euro di welfare invece di 500 euro di aumento, nel lungo periodo ci perde." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "E in alcune aziende, due o tre, l'incontro sul welfare è stato la prima volta in cui i dipendenti si sono seduti a un tavolo con il titolare per parlare di qualcosa che non fosse un problema." },
    { coder: 'Giulia', code: 'Welfare territoriale > Cittadella del welfare', quote: "Bene perché porta il welfare dove il welfare non arriva, cioè nelle micro imprese di quartiere, e lo fa partendo dal territorio, dai servizi che ci sono già." },
    { coder: 'Giulia', code: 'Welfare territoriale > Servizi di prossimità', quote: "Questa idea del welfare territoriale, in cui le piccole aziende si mettono insieme e usano i servizi del quartiere, per noi è la direzione giusta, anzi l’abbiamo sempre chiesta." },
    { coder: 'Giulia', code: 'Risultati ed esiti > Continuità nel tempo', quote: "La riserva è sulla sostenibilità: finito il progetto, chi paga lo sportello? Se la risposta è «nessuno», allora abbiamo acceso una luce per tre anni e poi l'abbiamo spenta." },
    { coder: 'Giulia', code: 'Governance del programma > Coordinamento tra partner', quote: "Le associazioni datoriali ci guardavano come quelli che rallentano, noi guardavamo loro come quelli che vogliono il welfare per non pagare gli aumenti." },
    { coder: 'Giulia', code: 'Governance del programma > Criticità attuative', quote: "E poi, cioè, per il primo anno e mezzo tutte le riunioni erano online, per via del COVID, e online è più difficile costruire fiducia tra soggetti che non si conoscono." },
    { coder: 'Giulia', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "E poi la comunicazione era troppo in italiano da progetto, «conciliazione», «welfare territoriale», «governance». Un cassiere non si riconosce in queste parole." },
    { coder: 'Giulia', code: 'Coworking > Prossimità al territorio', quote: "Se l'azienda paga una postazione in un coworking a dieci minuti, la persona ha un posto dove lavorare, ha dei colleghi, anche se di altre aziende, e non si isola." },
    { coder: 'Giulia', code: 'Coworking > Reti e contaminazione', quote: "la persona ha un posto dove lavorare, ha dei colleghi, anche se di altre aziende, e non si isola" },
    { coder: 'Giulia', code: 'Risultati ed esiti > Raccomandazioni', quote: "Secondo, lo smart working va accompagnato con attenzione al genere, se no allarga il divario invece di ridurlo." },
    { coder: 'Giulia', code: 'Genere e pari opportunità > Divario di genere', quote: "lo smart working va accompagnato con attenzione al genere, se no allarga il divario invece di ridurlo" },
    // Marco
    { coder: 'Marco', code: 'Smart working > Strumenti e tecnologie', quote: "Le persone lavoravano dalla cucina, dalla camera da letto, col portatile personale, con la connessione di casa pagata da loro." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Tempi e orari', quote: "Noi abbiamo raccolto decine di segnalazioni di persone che ricevevano mail alle dieci di sera, messaggi su WhatsApp la domenica. Quello non era lavoro agile, era lavoro sempre." },
    { coder: 'Marco', code: 'Smart working > Benefici percepiti', quote: "Da un lato tante persone, soprattutto chi abitava lontano, hanno scoperto che potevano lavorare bene senza due ore di treno al giorno, e non volevano più tornare indietro." },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Benessere', quote: "Dall'altro, ehm, abbiamo visto crescere la stanchezza, l'isolamento, la sensazione di non staccare mai. Nel 2021 abbiamo fatto un piccolo sondaggio tra i nostri iscritti del terziario, hanno risposto in 640: quasi uno su due diceva di lavorare più ore di prima, e uno su tre di sentirsi solo." },
    { coder: 'Marco', code: 'Smart working > Accordi e regolamenti', quote: "I punti per noi irrinunciabili erano tre: la volontarietà, quindi nessuno può essere obbligato né a stare a casa né a tornare in ufficio, il diritto alla disconnessione con delle fasce orarie chiare, e gli strumenti forniti dall'azienda, non dal lavoratore." },
    { coder: 'Marco', code: 'Smart working > Strumenti e tecnologie', quote: "e gli strumenti forniti dall'azienda, non dal lavoratore" },
    { coder: 'Marco', code: 'Smart working > Difficoltà e limiti', quote: "Alcuni titolari pensavano che se la persona è a casa non lavora, e quindi volevano il controllo: la webcam accesa, il programma che registra i clic..." },
    { coder: 'Marco', code: 'Smart working > Accordi e regolamenti', quote: "Ho in mente un'azienda di servizi informatici di quaranta dipendenti, in Municipio 5, dove siamo partiti con il titolare che diceva «da me lo smart working non esiste» e abbiamo finito con un accordo di due giorni a settimana per tutti gli impiegati." },
    { coder: 'Marco', code: 'Smart working > Difficoltà e limiti', quote: "Ma resta un tema che il programma ha toccato poco, secondo me, cioè i costi che il lavoratore sostiene a casa: la corrente, il riscaldamento, la connessione." },
    { coder: 'Marco', code: 'Sostenibilità ambientale > Consumi energetici', quote: "Nell'inverno 2022, con le bollette che c’erano, qualcuno ci ha detto chiaramente che preferiva andare in ufficio per non accendere il riscaldamento a casa." },
    { coder: 'Marco', code: 'Genere e pari opportunità > Divario di genere', quote: "Se le donne lavorano da casa e gli uomini vanno in ufficio, abbiamo ricreato la divisione di sempre, solo con il computer." },
    { coder: 'Marco', code: 'Genere e pari opportunità > Divario di genere', quote: "le richieste di smart working erano per due terzi di donne, e le richieste di più giorni a casa quasi solo di donne con figli." },
    { coder: 'Marco', code: 'Smart working > Difficoltà e limiti', quote: "E il rischio è che poi, quando c'è una promozione, una responsabilità, si scelga chi è più visibile, chi è in ufficio.", comment: 'Penalità della distanza: limite dello smart working in sé.' },
    { coder: 'Marco', code: 'Conciliazione vita-lavoro > Carichi di cura', quote: "Ricordo un ragazzo, magazziniere, che non sapeva di avere diritto a dieci giorni di congedo obbligatorio quando gli è nato il figlio." },
    { coder: 'Marco', code: 'Welfare aziendale > Servizi attivati', quote: "se serve a dare servizi che le persone non troverebbero altrimenti, asili, assistenza agli anziani, sanità integrativa, va benissimo" },
    { coder: 'Marco', code: 'Welfare aziendale > Costi e sostenibilità economica', quote: "Perché il welfare non conta per la pensione, non conta per il TFR. E se un lavoratore a fine anno ha 500 euro di welfare invece di 500 euro di aumento, nel lungo periodo ci perde." },
    { coder: 'Marco', code: 'Risultati ed esiti > Cambiamenti organizzativi', quote: "l'incontro sul welfare è stato la prima volta in cui i dipendenti si sono seduti a un tavolo con il titolare per parlare di qualcosa che non fosse un problema." },
    { coder: 'Marco', code: 'Welfare territoriale > Cittadella del welfare', quote: "Bene perché porta il welfare dove il welfare non arriva, cioè nelle micro imprese di quartiere, e lo fa partendo dal territorio, dai servizi che ci sono già." },
    { coder: 'Marco', code: 'Welfare territoriale > Rete pubblico-privato', quote: "Questa idea del welfare territoriale, in cui le piccole aziende si mettono insieme e usano i servizi del quartiere, per noi è la direzione giusta, anzi l’abbiamo sempre chiesta." },
    { coder: 'Marco', code: 'Risultati ed esiti > Continuità nel tempo', quote: "La riserva è sulla sostenibilità: finito il progetto, chi paga lo sportello? Se la risposta è «nessuno», allora abbiamo acceso una luce per tre anni e poi l'abbiamo spenta." },
    { coder: 'Marco', code: 'Governance del programma > Coordinamento tra partner', quote: "All'inizio c'era diffidenza, reciproca. Le associazioni datoriali ci guardavano come quelli che rallentano, noi guardavamo loro come quelli che vogliono il welfare per non pagare gli aumenti." },
    { coder: 'Marco', code: 'Governance del programma > Criticità attuative', quote: "E poi, cioè, per il primo anno e mezzo tutte le riunioni erano online, per via del COVID, e online è più difficile costruire fiducia tra soggetti che non si conoscono." },
    { coder: 'Marco', code: 'Governance del programma > Comunicazione e coinvolgimento', quote: "E poi la comunicazione era troppo in italiano da progetto, «conciliazione», «welfare territoriale», «governance». Un cassiere non si riconosce in queste parole." },
    { coder: 'Marco', code: 'Coworking > Prossimità al territorio', quote: "Se l'azienda paga una postazione in un coworking a dieci minuti, la persona ha un posto dove lavorare, ha dei colleghi, anche se di altre aziende, e non si isola." },
    { coder: 'Marco', code: 'Sostenibilità ambientale > Mobilità e spostamenti', quote: "Certo. Meno macchine in tangenziale, meno ore sui mezzi. Per un lavoratore che fa un'ora e mezza al giorno di viaggio, due giorni di smart working significano tre ore in più alla settimana." },
    { coder: 'Marco', code: 'Risultati ed esiti > Raccomandazioni', quote: "Secondo, lo smart working va accompagnato con attenzione al genere, se no allarga il divario invece di ridurlo." },
    { coder: 'Marco', code: 'Welfare territoriale > Servizi di prossimità', quote: "Terzo, i servizi di prossimità vanno finanziati stabilmente dal pubblico: le aziende possono contribuire, ma non possono sostituirsi al welfare pubblico." }
  ]
}
