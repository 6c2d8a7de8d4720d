import type { DemoInterview } from '../types'

/** Original text written for the demo; every name and figure is fictional. */
const text = `Progetto MIRE – Milano in Rete – Valutazione finale
Intervista semi-strutturata
Intervistata: Chiara Lombardi, responsabile risorse umane, Meccanica Vigentina S.r.l. (Municipio 5)
Data: 14 marzo 2023
Durata: 41 minuti
Luogo: sede dell’azienda, sala riunioni del primo piano

[00:00:05] INT: Allora, intanto grazie per il tempo. Come le avevo anticipato per mail, l'intervista fa parte della valutazione finale del progetto MIRE. Registriamo solo l'audio e nel rapporto non compariranno nomi. Va bene?

R: Sì, sì, nessun problema. Anzi, mi fa piacere, perché ogni tanto ci si chiede che fine fanno queste cose, dopo.

INT: Appunto. Partirei da lei: mi racconta in breve il suo ruolo e com'è arrivata al progetto?

R: Allora, io sono la responsabile delle risorse umane di Meccanica Vigentina, siamo un'azienda metalmeccanica, facciamo componenti per macchine utensili, lavorazioni conto terzi. Siamo circa centoventi persone, di cui una novantina in produzione e il resto tra ufficio tecnico, amministrazione, commerciale. Il progetto l’ho conosciuto, ehm, nel 2021, tramite l'associazione di categoria, che ci ha girato l'invito a un webinar sullo smart working. Era il periodo in cui eravamo appena usciti dall'emergenza, diciamo, e ci chiedevamo: e adesso? Cosa teniamo e cosa buttiamo?

INT: Quindi avevate già esperienza di lavoro da remoto.

R: Forzata, sì. Nel 2020 abbiamo mandato a casa tutti gli impiegati dall'oggi al domani, con i portatili che avevamo, che erano pochi, e qualcuno ha lavorato col computer del figlio, per dire. Quella non era smart working, era... cioè, era sopravvivenza. Il progetto ci è servito proprio a passare da quella cosa lì a qualcosa di organizzato.

[00:03:40] INT: In che senso organizzato? Cosa avete fatto concretamente?

R: Allora, abbiamo partecipato a tre webinar, poi abbiamo fatto il percorso di consulenza, che erano quattro incontri qui in azienda con la consulente del partner, e lì abbiamo scritto il regolamento interno. Prima non c'era niente di scritto, c'erano accordi a voce col singolo responsabile. Adesso abbiamo un regolamento che vale per tutti gli impiegati: due giorni a settimana da remoto, con una fascia di contattabilità dalle 9.30 alle 12.30 e dalle 14 alle 16, e il diritto alla disconnessione dopo le 18. Abbiamo firmato gli accordi individuali con sessantadue persone su sessantotto che potevano farlo.

INT: E i sei che non l'hanno firmato?

R: Alcuni per scelta, preferiscono venire in ufficio, abitano a dieci minuti. Due perché il loro ruolo, ehm, tipo il magazzino ricambi, non si presta. E questo è un punto delicato, glielo dico subito.

INT: Mi dica.

R: Il punto delicato è la produzione. Noi abbiamo novanta persone che lo smart working non lo possono fare, perché la fresa non la porti a casa. E all'inizio c'è stato un po' di malumore, cioè la sensazione che ci fossero dipendenti di serie A e di serie B. «Loro stanno a casa in pigiama e noi qui alle sei del mattino», questa frase l'ho sentita, gliela riporto così com'è.

INT: Come l'avete gestita?

R: Qui è entrata in gioco la parte di welfare, in realtà. Cioè, con la consulente ci siamo detti: non possiamo dare la flessibilità solo a chi sta in ufficio, dobbiamo trovare qualcosa che valga anche per la produzione. E allora abbiamo lavorato sugli orari, sulla banca ore, e poi sul piano welfare.

[00:08:15] INT: Ecco, ci arriviamo. Prima però restiamo un attimo sullo smart working: quali benefici vede, adesso, a distanza di un anno?

R: Guardi, il primo beneficio è banale ma è enorme: il tempo. La gente recupera il tempo dello spostamento. Noi abbiamo impiegati che vengono da Pavia, da Lodi, da Abbiategrasso, quindi parliamo di un'ora e mezza, due ore al giorno tra andata e ritorno. Due giorni a casa sono quattro ore a settimana restituite alla persona. E questo si vede, nel clima. Meno assenze per permessi brevi, per esempio: abbiamo calcolato un calo dei permessi di due-tre ore di circa il 30 per cento rispetto al 2019.

INT: Interessante. L'avete misurato voi?

R: Sì, l'abbiamo tirato fuori dal gestionale presenze, è un dato grezzo eh, non è uno studio. Però è indicativo. E poi, ehm, l'altro beneficio è sull'attrattività. Quando facciamo i colloqui per l'ufficio tecnico, la prima domanda che ci fanno i giovani è «quanti giorni di smart working avete?». Prima la domanda era sullo stipendio. Adesso, cioè, è sullo smart working, poi sullo stipendio.

INT: E le difficoltà?

R: Le difficoltà... allora, una è quella che le dicevo, l'equità con la produzione. L'altra è il management. I capi intermedi, soprattutto quelli più anziani, hanno fatto fatica a passare dal controllo della presenza al lavoro per obiettivi. Uno mi ha detto proprio: «ma se non lo vedo, come faccio a sapere che lavora?». E lì il percorso di consulenza ha aiutato, però non basta un incontro, è un cambio di testa che richiede anni.

INT: E sul piano degli strumenti?

R: Abbiamo comprato quaranta portatili nuovi, abbiamo messo la VPN per tutti, e siamo passati a Teams per le riunioni. Il gestionale della produzione però ancora oggi non è accessibile da fuori, per questioni di sicurezza informatica, e quindi chi fa programmazione della produzione il giorno di smart working fa altre cose, reportistica, mail. Non è l’ideale, lo so.

[00:14:02] INT: Passiamo al welfare. Lei ha partecipato anche all'azione della Cittadella del welfare. Com’è andata?

R: Sì. Allora, la Cittadella per me è stata la parte più nuova. Noi un piano welfare vero non l'avevamo, avevamo i buoni pasto e la convenzione con un'ottica, diciamo. La Cittadella ci ha fatto conoscere, ehm, il mondo del welfare territoriale, cioè i servizi che ci sono già nel Municipio e che le aziende piccole non conoscono. Abbiamo fatto un incontro allo sportello del Municipio 5, poi la consulente ci ha aiutato a fare un questionario ai dipendenti sui bisogni.

INT: Cosa è emerso dal questionario?

R: Ha risposto il 71 per cento dei dipendenti, che per noi è tantissimo. E la cosa che ci ha sorpreso è che il primo bisogno non era quello che pensavamo. Noi pensavamo la palestra, i buoni spesa. Invece il primo bisogno è stato l'assistenza ai genitori anziani. Cioè, abbiamo un'età media di quarantasei anni, e molti hanno genitori non autosufficienti. Il secondo erano i centri estivi per i figli, e il terzo il supporto per pratiche burocratiche, tipo ISEE, dichiarazione dei redditi.

INT: E cosa avete attivato?

R: Abbiamo attivato una piattaforma welfare con un credito di trecento euro a testa, che è poco, lo so, però è per tutti, produzione compresa, e questo era il messaggio. E dentro la piattaforma, grazie alla rete della Cittadella, ci sono anche servizi del territorio: una cooperativa sociale del Municipio 5 che fa assistenza domiciliare, i centri estivi di un'associazione sportiva qui vicino, e un CAF convenzionato. Quello lo usano tantissimo, il CAF.

INT: Quindi servizi di prossimità, diciamo.

R: Esatto. É la cosa che funziona di più, perché non è un servizio astratto su un sito, è un posto dove vai a piedi, a cinquecento metri, e trovi una persona.

[00:19:30] INT: E sui costi? Per un'azienda di centoventi persone...

R: Allora, i costi. Guardi, la piattaforma costa, ci sono le commissioni del provider, e trecento euro per centoventi sono trentaseimila euro l'anno, che non sono pochi per noi. Però c'è la detassazione, e quindi rispetto a un aumento in busta paga ci conviene. Il problema vero è che senza la consulenza gratuita del progetto non l'avremmo mai fatto. Cioè, una società di consulenza privata per progettare un piano welfare ci aveva chiesto dodicimila euro. Non esiste, per noi.

INT: Questo è un punto importante. E adesso che il progetto è finito?

R: Eh. Adesso la piattaforma la manteniamo, quella è a regime. Però l'accompagnamento non c'è più, e quindi se dovessimo cambiare qualcosa, rifare il questionario, non so se avremmo le competenze interne. Io sono da sola, all'ufficio del personale siamo in due, io e una collega part-time.

INT: Parliamo un attimo di conciliazione. Lei ha accennato ai carichi di cura.

R: Sì. Guardi, la cosa è questa: il carico di cura, sia sui figli che sui genitori anziani, da noi ricade soprattutto sulle donne. E noi abbiamo una popolazione aziendale che è per l’80 per cento maschile, perché la produzione è quasi tutta maschile. Però in ufficio le donne sono più della metà. E quando abbiamo guardato chi chiedeva più giorni di smart working, o il part-time, erano quasi tutte donne.

INT: E questo come lo legge?

R: Lo leggo in due modi. Da una parte lo smart working ha aiutato, cioè ci sono colleghe che senza quei due giorni a casa avrebbero chiesto il part-time, e una me l'ha detto esplicitamente. Dall'altra parte c'è il rischio, e l'abbiamo discusso anche in uno dei webinar, che lo smart working diventi una cosa da donne, che le donne stiano a casa a conciliare e gli uomini in ufficio a fare carriera. Ecco, questo rischio c'è, non lo nego.

[00:25:10] INT: Avete fatto qualcosa per contrastarlo?

R: Qualcosa. Abbiamo messo nel regolamento che lo smart working non può essere un criterio nella valutazione, né in positivo né in negativo. E poi, ehm, abbiamo chiesto ai responsabili di fare le riunioni importanti nei giorni in cui c'è più gente in presenza, il martedì e il giovedì, così nessuno è tagliato fuori. Poca cosa, però è un inizio.

INT: E il ruolo delle donne nel progetto, nelle decisioni?

R: Mah, guardi, io sono una donna e ho portato avanti tutto io, quindi... (ride). No, seriamente: nel gruppo di lavoro interno che abbiamo creato con la consulente c'erano quattro persone, tre donne e un uomo. E il direttore di produzione, che è un uomo, all’inizio non voleva neanche partecipare. Poi è venuto alla presentazione dei risultati del questionario e lì ha cambiato idea, perché ha visto che i bisogni dei suoi operai erano gli stessi degli impiegati.

INT: Passiamo all'ambiente, alla mobilità. Avete fatto considerazioni su questo?

R: Allora, sulla mobilità sì, perché nel questionario abbiamo chiesto anche come venivano al lavoro. Il 78 per cento veniva in auto, da solo. Qui siamo in una zona, ehm, non servitissima, c'è il tram ma poi devi camminare. Con i due giorni di smart working abbiamo stimato, più o meno, una riduzione di circa tremila chilometri a settimana, se faccio il conto sugli impiegati. Non l’abbiamo trasformato in CO2, però lo potremmo fare.

INT: E i consumi energetici in sede?

R: Quello è più complicato. Cioè, la produzione consuma tantissimo, l'ufficio è una piccola parte. Abbiamo provato a chiudere un piano della palazzina il venerdì, ma poi c'era sempre qualcuno, e alla fine non l'abbiamo fatto. Diciamo che il risparmio energetico l'ha avuto il dipendente sulla benzina, e magari l'ha perso sulla bolletta di casa. Questo è un tema che nessuno ci ha aiutato ad affrontare, a dire la verità.

[00:31:45] INT: Veniamo al programma nel suo complesso. Come ha vissuto la comunicazione, il coinvolgimento da parte del Comune e dei partner?

R: Allora, ci sono luci e ombre. Le persone che abbiamo incontrato erano molto competenti, la consulente in particolare. Però all'inizio era difficile capire chi faceva cosa. Arrivavano mail da tre o quattro soggetti diversi, il Comune, l'associazione, la fondazione, ognuno col suo logo, e io non capivo se era lo stesso progetto o no. Cioè, c'è voluto un po' per capire che era tutto MIRE.

INT: Quindi un problema di coordinamento tra i partner?

R: Sì, un po' sì. Per esempio, il questionario sui bisogni ce l'hanno proposto due volte, due partner diversi, con due modelli diversi. Alla fine abbiamo usato quello della Cittadella. Però, insomma, uno si chiede: ma voi vi parlate?

INT: Altre criticità nell'attuazione?

R: I tempi. Il percorso di consulenza è partito in ritardo di sei mesi rispetto a quello che ci avevano detto, credo per problemi amministrativi, di affidamento. E nel frattempo noi eravamo fermi. E poi, ehm, i webinar erano tutti alle 17, 17.30, che per chi lavora in produzione, o chi ha figli, non è proprio l'orario migliore. Ecco, questo è un po' paradossale per un progetto sulla conciliazione.

INT: (ride) Sì, è vero. Lo segnalo.

[00:36:20] INT: Se dovesse dire cosa è cambiato nell'organizzazione, grazie al progetto?

R: Allora, la cosa più importante è che adesso le persone sanno che l’azienda le ascolta. Cioè, il questionario, il regolamento, il piano welfare, sono tutte cose che prima non c'erano e che adesso ci sono, sono scritte. E poi è cambiato il modo di lavorare dei capi, non tutti, ma una parte sì. Adesso si parla di obiettivi, di risultati. Prima si parlava di ore. E anche la direzione, la proprietà, adesso vede il welfare come un investimento e non come un costo.

INT: E la continuità? Pensa che queste cose dureranno?

R: Il regolamento sì, quello ormai è parte del contratto. Il piano welfare dipende dai bilanci. Se l'anno prossimo va male, il primo taglio sarà quello, non mi illudo. La rete con il territorio invece è la cosa più fragile: senza la Cittadella, senza qualcuno che tiene insieme la cooperativa, il CAF, il Municipio, ho paura che ognuno torni a fare per conto suo.

INT: Un'ultima domanda: che raccomandazioni darebbe al Comune per un progetto futuro?

R: Tre cose. Primo: un unico punto di contatto, una persona, non dieci mail. Secondo: mantenere uno sportello stabile per le piccole aziende, anche solo un giorno a settimana, perché noi non abbiamo un ufficio welfare e non lo avremo mai. Terzo: coinvolgere di più la produzione, gli operai, fare gli incontri in azienda, in orario di lavoro, e non alle sei di sera online.

INT: Molto chiaro. C’è qualcosa che vuole aggiungere?

R: No, solo che... è stato utile, davvero. Non è retorica. Con tutti i limiti, è stato utile.

INT: Grazie mille, allora chiudo la registrazione.

[Fine registrazione: 00:41:07]
`

export const interview: DemoInterview = {
  transcript: {
    name: 'Intervista 01 – HR Meccanica Vigentina',
    caseName: 'Chiara Lombardi',
    date: '2023-03-14',
    text
  },
  codings: [
    {
      code: 'Risultati ed esiti > Cambiamenti organizzativi',
      quote:
        "Quella non era smart working, era... cioè, era sopravvivenza. Il progetto ci è servito proprio a passare da quella cosa lì a qualcosa di organizzato.",
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Cambiamenti organizzativi',
      quote: 'Il progetto ci è servito proprio a passare da quella cosa lì a qualcosa di organizzato.',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Strumenti e tecnologie',
      quote:
        "Nel 2020 abbiamo mandato a casa tutti gli impiegati dall'oggi al domani, con i portatili che avevamo, che erano pochi, e qualcuno ha lavorato col computer del figlio, per dire.",
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        "Nel 2020 abbiamo mandato a casa tutti gli impiegati dall'oggi al domani, con i portatili che avevamo, che erano pochi, e qualcuno ha lavorato col computer del figlio, per dire.",
      coder: 'Marco'
    },
    {
      code: 'Smart working > Accordi e regolamenti',
      quote:
        'Adesso abbiamo un regolamento che vale per tutti gli impiegati: due giorni a settimana da remoto, con una fascia di contattabilità dalle 9.30 alle 12.30 e dalle 14 alle 16, e il diritto alla disconnessione dopo le 18.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        'due giorni a settimana da remoto, con una fascia di contattabilità dalle 9.30 alle 12.30 e dalle 14 alle 16, e il diritto alla disconnessione dopo le 18',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Accordi e regolamenti',
      quote:
        'Adesso abbiamo un regolamento che vale per tutti gli impiegati: due giorni a settimana da remoto, con una fascia di contattabilità dalle 9.30 alle 12.30 e dalle 14 alle 16, e il diritto alla disconnessione dopo le 18.',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        "E all'inizio c'è stato un po' di malumore, cioè la sensazione che ci fossero dipendenti di serie A e di serie B.",
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        "Noi abbiamo novanta persone che lo smart working non lo possono fare, perché la fresa non la porti a casa. E all'inizio c'è stato un po' di malumore, cioè la sensazione che ci fossero dipendenti di serie A e di serie B.",
      coder: 'Marco'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        "«Loro stanno a casa in pigiama e noi qui alle sei del mattino», questa frase l'ho sentita, gliela riporto così com'è.",
      coder: 'Marco',
      comment: 'Citazione forte: nel rapporto usarla senza riferimenti al reparto.'
    },
    {
      code: 'Risultati ed esiti > Cambiamenti organizzativi',
      quote:
        'non possiamo dare la flessibilità solo a chi sta in ufficio, dobbiamo trovare qualcosa che valga anche per la produzione. E allora abbiamo lavorato sugli orari, sulla banca ore, e poi sul piano welfare.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote: 'E allora abbiamo lavorato sugli orari, sulla banca ore, e poi sul piano welfare.',
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        'non possiamo dare la flessibilità solo a chi sta in ufficio, dobbiamo trovare qualcosa che valga anche per la produzione. E allora abbiamo lavorato sugli orari, sulla banca ore, e poi sul piano welfare.',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Benefici percepiti',
      quote: 'Guardi, il primo beneficio è banale ma è enorme: il tempo. La gente recupera il tempo dello spostamento.',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Benefici percepiti',
      quote: 'Guardi, il primo beneficio è banale ma è enorme: il tempo. La gente recupera il tempo dello spostamento.',
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Tempi e orari',
      quote:
        "Noi abbiamo impiegati che vengono da Pavia, da Lodi, da Abbiategrasso, quindi parliamo di un'ora e mezza, due ore al giorno tra andata e ritorno. Due giorni a casa sono quattro ore a settimana restituite alla persona.",
      coder: 'Marco'
    },
    {
      code: 'Smart working > Benefici percepiti',
      quote:
        "Quando facciamo i colloqui per l'ufficio tecnico, la prima domanda che ci fanno i giovani è «quanti giorni di smart working avete?».",
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Benefici percepiti',
      quote:
        "Quando facciamo i colloqui per l'ufficio tecnico, la prima domanda che ci fanno i giovani è «quanti giorni di smart working avete?».",
      coder: 'Marco'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        'I capi intermedi, soprattutto quelli più anziani, hanno fatto fatica a passare dal controllo della presenza al lavoro per obiettivi.',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        'I capi intermedi, soprattutto quelli più anziani, hanno fatto fatica a passare dal controllo della presenza al lavoro per obiettivi.',
      coder: 'Marco'
    },
    {
      code: 'Smart working > Strumenti e tecnologie',
      quote:
        'Il gestionale della produzione però ancora oggi non è accessibile da fuori, per questioni di sicurezza informatica, e quindi chi fa programmazione della produzione il giorno di smart working fa altre cose, reportistica, mail.',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Difficoltà e limiti',
      quote:
        'Il gestionale della produzione però ancora oggi non è accessibile da fuori, per questioni di sicurezza informatica, e quindi chi fa programmazione della produzione il giorno di smart working fa altre cose, reportistica, mail.',
      coder: 'Giulia'
    },
    {
      code: 'Smart working > Strumenti e tecnologie',
      quote:
        'Il gestionale della produzione però ancora oggi non è accessibile da fuori, per questioni di sicurezza informatica, e quindi chi fa programmazione della produzione il giorno di smart working fa altre cose, reportistica, mail. Non è l’ideale, lo so.',
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote:
        'La Cittadella ci ha fatto conoscere, ehm, il mondo del welfare territoriale, cioè i servizi che ci sono già nel Municipio e che le aziende piccole non conoscono.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Servizi di prossimità',
      quote: 'cioè i servizi che ci sono già nel Municipio e che le aziende piccole non conoscono',
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote:
        'La Cittadella ci ha fatto conoscere, ehm, il mondo del welfare territoriale, cioè i servizi che ci sono già nel Municipio e che le aziende piccole non conoscono.',
      coder: 'Marco'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        'Abbiamo fatto un incontro allo sportello del Municipio 5, poi la consulente ci ha aiutato a fare un questionario ai dipendenti sui bisogni.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Cittadella del welfare',
      quote:
        'Abbiamo fatto un incontro allo sportello del Municipio 5, poi la consulente ci ha aiutato a fare un questionario ai dipendenti sui bisogni.',
      coder: 'Marco'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        "Invece il primo bisogno è stato l'assistenza ai genitori anziani. Cioè, abbiamo un'età media di quarantasei anni, e molti hanno genitori non autosufficienti.",
      coder: 'Giulia'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        "Invece il primo bisogno è stato l'assistenza ai genitori anziani. Cioè, abbiamo un'età media di quarantasei anni, e molti hanno genitori non autosufficienti.",
      coder: 'Giulia'
    },
    {
      code: 'Welfare aziendale > Bisogni dei lavoratori',
      quote:
        "Invece il primo bisogno è stato l'assistenza ai genitori anziani. Cioè, abbiamo un'età media di quarantasei anni, e molti hanno genitori non autosufficienti.",
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote: "Cioè, abbiamo un'età media di quarantasei anni, e molti hanno genitori non autosufficienti.",
      coder: 'Marco'
    },
    {
      code: 'Welfare aziendale > Servizi attivati',
      quote:
        'Abbiamo attivato una piattaforma welfare con un credito di trecento euro a testa, che è poco, lo so, però è per tutti, produzione compresa, e questo era il messaggio.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare aziendale > Servizi attivati',
      quote:
        'Abbiamo attivato una piattaforma welfare con un credito di trecento euro a testa, che è poco, lo so, però è per tutti, produzione compresa, e questo era il messaggio.',
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Rete pubblico-privato',
      quote:
        "E dentro la piattaforma, grazie alla rete della Cittadella, ci sono anche servizi del territorio: una cooperativa sociale del Municipio 5 che fa assistenza domiciliare, i centri estivi di un'associazione sportiva qui vicino, e un CAF convenzionato.",
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Servizi di prossimità',
      quote:
        "E dentro la piattaforma, grazie alla rete della Cittadella, ci sono anche servizi del territorio: una cooperativa sociale del Municipio 5 che fa assistenza domiciliare, i centri estivi di un'associazione sportiva qui vicino, e un CAF convenzionato.",
      coder: 'Marco',
      comment: 'Qui conta la vicinanza più della rete: da discutere con Giulia.'
    },
    {
      code: 'Welfare territoriale > Servizi di prossimità',
      quote:
        'É la cosa che funziona di più, perché non è un servizio astratto su un sito, è un posto dove vai a piedi, a cinquecento metri, e trovi una persona.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Servizi di prossimità',
      quote:
        'É la cosa che funziona di più, perché non è un servizio astratto su un sito, è un posto dove vai a piedi, a cinquecento metri, e trovi una persona.',
      coder: 'Marco'
    },
    {
      code: 'Welfare aziendale > Costi e sostenibilità economica',
      quote:
        "Il problema vero è che senza la consulenza gratuita del progetto non l'avremmo mai fatto. Cioè, una società di consulenza privata per progettare un piano welfare ci aveva chiesto dodicimila euro.",
      coder: 'Giulia',
      comment: "Evidenza di addizionalità: senza il progetto il piano welfare non sarebbe partito."
    },
    {
      code: 'Welfare aziendale > Costi e sostenibilità economica',
      quote:
        "Il problema vero è che senza la consulenza gratuita del progetto non l'avremmo mai fatto. Cioè, una società di consulenza privata per progettare un piano welfare ci aveva chiesto dodicimila euro.",
      coder: 'Marco'
    },
    {
      code: 'Conciliazione vita-lavoro > Carichi di cura',
      quote:
        'il carico di cura, sia sui figli che sui genitori anziani, da noi ricade soprattutto sulle donne.',
      coder: 'Giulia'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        'il carico di cura, sia sui figli che sui genitori anziani, da noi ricade soprattutto sulle donne.',
      coder: 'Marco'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        "c'è il rischio, e l'abbiamo discusso anche in uno dei webinar, che lo smart working diventi una cosa da donne, che le donne stiano a casa a conciliare e gli uomini in ufficio a fare carriera.",
      coder: 'Giulia',
      comment: 'Rischio di segregazione: riprenderlo nella sezione del rapporto su genere e pari opportunità.'
    },
    {
      code: 'Genere e pari opportunità > Divario di genere',
      quote:
        "c'è il rischio, e l'abbiamo discusso anche in uno dei webinar, che lo smart working diventi una cosa da donne, che le donne stiano a casa a conciliare e gli uomini in ufficio a fare carriera.",
      coder: 'Marco'
    },
    {
      code: 'Genere e pari opportunità > Ruolo delle donne nei processi',
      quote:
        "nel gruppo di lavoro interno che abbiamo creato con la consulente c'erano quattro persone, tre donne e un uomo.",
      coder: 'Giulia'
    },
    {
      code: 'Sostenibilità ambientale > Mobilità e spostamenti',
      quote:
        'Con i due giorni di smart working abbiamo stimato, più o meno, una riduzione di circa tremila chilometri a settimana, se faccio il conto sugli impiegati.',
      coder: 'Giulia'
    },
    {
      code: 'Sostenibilità ambientale > Mobilità e spostamenti',
      quote:
        'Il 78 per cento veniva in auto, da solo. Qui siamo in una zona, ehm, non servitissima, c\'è il tram ma poi devi camminare. Con i due giorni di smart working abbiamo stimato, più o meno, una riduzione di circa tremila chilometri a settimana',
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Comunicazione e coinvolgimento',
      quote:
        "Arrivavano mail da tre o quattro soggetti diversi, il Comune, l'associazione, la fondazione, ognuno col suo logo, e io non capivo se era lo stesso progetto o no.",
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Coordinamento tra partner',
      quote:
        "Arrivavano mail da tre o quattro soggetti diversi, il Comune, l'associazione, la fondazione, ognuno col suo logo, e io non capivo se era lo stesso progetto o no.",
      coder: 'Marco'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        'Il percorso di consulenza è partito in ritardo di sei mesi rispetto a quello che ci avevano detto, credo per problemi amministrativi, di affidamento.',
      coder: 'Giulia'
    },
    {
      code: 'Governance del programma > Criticità attuative',
      quote:
        'Il percorso di consulenza è partito in ritardo di sei mesi rispetto a quello che ci avevano detto, credo per problemi amministrativi, di affidamento.',
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote:
        'La rete con il territorio invece è la cosa più fragile: senza la Cittadella, senza qualcuno che tiene insieme la cooperativa, il CAF, il Municipio, ho paura che ognuno torni a fare per conto suo.',
      coder: 'Giulia'
    },
    {
      code: 'Welfare territoriale > Rete pubblico-privato',
      quote:
        'La rete con il territorio invece è la cosa più fragile: senza la Cittadella, senza qualcuno che tiene insieme la cooperativa, il CAF, il Municipio, ho paura che ognuno torni a fare per conto suo.',
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Continuità nel tempo',
      quote:
        'La rete con il territorio invece è la cosa più fragile: senza la Cittadella, senza qualcuno che tiene insieme la cooperativa, il CAF, il Municipio, ho paura che ognuno torni a fare per conto suo.',
      coder: 'Marco'
    },
    {
      code: 'Welfare territoriale > Rete pubblico-privato',
      quote:
        'senza la Cittadella, senza qualcuno che tiene insieme la cooperativa, il CAF, il Municipio, ho paura che ognuno torni a fare per conto suo.',
      coder: 'Marco'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Secondo: mantenere uno sportello stabile per le piccole aziende, anche solo un giorno a settimana, perché noi non abbiamo un ufficio welfare e non lo avremo mai.',
      coder: 'Giulia'
    },
    {
      code: 'Risultati ed esiti > Raccomandazioni',
      quote:
        'Secondo: mantenere uno sportello stabile per le piccole aziende, anche solo un giorno a settimana, perché noi non abbiamo un ufficio welfare e non lo avremo mai.',
      coder: 'Marco'
    }
  ]
}
