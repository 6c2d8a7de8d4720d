/** Open answers of the employees' survey (original text, with the apostrophes people really type). */
export const COMMENTS = [
  'Il lavoro agile mi ha permesso di stare più vicino a mia madre che non è autosufficiente.',
  'Vorrei più giorni di smart working, almeno d’estate.',
  'Lo spazio di coworking vicino a casa è comodo ma la connessione a volte è lenta.',
  'Non sapevo dell’esistenza della Cittadella del welfare fino a poco tempo fa.',
  "Lo sportello mi ha aiutato con l'ISEE e con la domanda per il nido.",
  'In ufficio si lavora meglio in squadra, da casa ci si sente un po’ isolati.',
  'Risparmio quasi due ore al giorno di viaggio: per me è cambiato tutto.',
  'Servirebbero orari più flessibili anche per chi lavora in produzione.',
  'La consulenza fiscale è stata utilissima, grazie!',
  "Il coworking di quartiere dovrebbe essere aperto anche il sabato mattina.",
  'Sarebbe utile un servizio di doposcuola collegato alla Cittadella.',
  'Nel mio reparto lo smart working non è possibile, ma i servizi di welfare sì.',
  'Ho apprezzato i webinar sulla gestione del tempo.',
  'Troppa burocrazia per accedere ai buoni.',
  'Mi piacerebbe che l’iniziativa continuasse anche dopo la fine del progetto.',
  "L'azienda ci ha informati tardi delle opportunità del programma.",
  'Con due figli piccoli il lavoro da remoto è un aiuto ma anche una fatica.',
  'Gli spazi condivisi sono un’occasione per conoscere persone di altre aziende.',
  'niente da segnalare',
  'Ok così',
  'Più informazione sui servizi per gli anziani, per favore.',
  "Ho usato la telemedicina per mio padre: un servizio che non conoscevo e che funziona."
]

/** The comment of the evaluation team's test submission. */
export const TEST_COMMENT = 'Compilazione di prova del gruppo di valutazione – non considerare'
