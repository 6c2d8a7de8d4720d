import { defineMessages } from './define'

/**
 * The one-line descriptions `esiti --help` and `esiti VERB --help` print for each verb, by command
 * module (the project and team verbs' are in cli.ts). The key is `cli.summary.` and the verb words in
 * camel case; a static test checks that every verb's summary is a key of the catalog.
 */
export const cliHelp = defineMessages({
  en: {
    // coding
    'cli.summary.transcriptsImport':
      'Import transcripts (.docx, .odt, .pdf, .txt, .md, .srt, .vtt); each file is all-or-nothing, the others still land. Speakers of subtitle files become cases (or join existing ones) unless --no-speaker-cases; --speaker-cases does it for any transcript.',
    'cli.summary.transcriptsList': 'Sources with their size, encoding, case and codings.',
    'cli.summary.transcriptsShow': 'The stored text of a source (offsets are UTF-16 code units of this text) and its structure.',
    'cli.summary.transcriptsRename': 'Rename a source.',
    'cli.summary.transcriptsDelete': 'Remove a source (undoable).',
    'cli.summary.mediaAttach':
      'Attach an audio or video recording ({{extensions}}) to a transcript, kept inside the project; replaces the one it had (undoable).',
    'cli.summary.mediaDetach': 'Detach the recording of a transcript (undoable).',
    'cli.summary.codesAdd': 'Add a code to the codebook.',
    'cli.summary.codesList': 'The codebook in tree order with coding counts.',
    'cli.summary.codesRename': 'Rename a code.',
    'cli.summary.codesEdit': 'Change a code’s colour, definition, usage notes, example or shortcut.',
    'cli.summary.codesMove': 'Move a code under another code (or to the top level); a code cannot go below itself.',
    'cli.summary.codesMerge': 'Merge code FROM into INTO (codings move, exact duplicates collapse, FROM is deleted); undoable.',
    'cli.summary.codesDelete': 'Delete a code with its sub-codes and codings (undoable).',
    'cli.summary.codesLink': 'Link a code to SDG goals or targets, programme actions or indicators.',
    'cli.summary.codesExport': 'Write the codebook (definitions, usage notes, examples, links, counts) to Excel.',
    'cli.summary.code': 'Code a passage, by offsets or by quote (the k-th occurrence; a quote that does not occur is an error).',
    'cli.summary.uncode': 'Remove codings by id, or the coding of a code on exactly that passage.',
    'cli.summary.segments':
      'Coded segments: --code (with sub-codes unless --exact) united, --and overlapping, --not overlapping none; filtered.',
    'cli.summary.matrix':
      'Codes per source, case or attribute value (rows): codings, coded segments or cases in each cell (--aggregate adds sub-codes into their parents; totals count each unit once).',
    'cli.summary.words':
      'Word frequencies (lower-cased, accents folded, stop words removed unless none; speaker labels and timestamps left out) over sources, cases or the text coded with codes.',
    'cli.summary.cooccurrence': 'Pairs of overlapping codings per pair of codes (same source); the diagonal counts each code’s codings.',
    'cli.summary.search':
      'Search all transcripts (accent- and case-insensitive by default); with --code, code every hit in one undoable step.',
    'cli.summary.casesAdd': 'Add a case (interviewee, organisation…).',
    'cli.summary.casesList': 'Cases with their attribute values and counts.',
    'cli.summary.casesSet': 'Set attribute values of a case; a new attribute is created (of --type, default text).',
    'cli.summary.casesImport': 'Import case attributes from .xlsx or .csv (first column: case name; header row: attribute names).',
    'cli.summary.casesLink': 'Link whole sources to a case.',
    'cli.summary.memosAdd': 'Write a memo: on the project journal (default), a source, code, case or coding.',
    'cli.summary.memosList': 'Memos, newest first.',
    'cli.summary.exportSegments':
      'Coded segments with source, case and attributes, coder, time and comment: a quote bank in Excel (.xlsx), or a Word document grouped by code (.docx).',
    'cli.summary.exportMemos': 'Every memo (project journal, sources, cases, codes, coded segments) in a Word document.',
    'cli.summary.exportCodebook':
      'The codebook: each code with its definition, when to use it and when not, example, shortcut, links and counts (Word adds up to N quotes from the data, default 2).',
    'cli.summary.exportMatrix': 'Code × source, code × case (counts and presence) and co-occurrence matrices to Excel.',
    'cli.summary.anchorsVerify': 'Re-extract every coded quote from its source and report mismatches.',
    // indicators
    'cli.summary.indicators':
      'Compute every indicator (value, base n, missing, 95% interval, breakdowns); a broken one carries status "error" and a message.',
    'cli.summary.indicatorsAdd':
      'Add indicators from a JSON file (one object or an array): code, name, spec, disaggregations, sdgs, target…',
    'cli.summary.indicatorsRemove': 'Delete indicators (and their SDG links and joint displays); undoable.',
    'cli.summary.tablesAdd':
      'Add report tables from a JSON file: section, title, spec (rows: indicators | categories | items), chart, stats ({ ci, tests, minBase }: 95% intervals, tests of group differences, figures hidden under a base).',
    'cli.summary.tablesList':
      'The report tables as computed now: rows, cells with their base n (and 95% interval, significance letters), notes, status.',
    'cli.summary.sdg': 'SDG overview: for each goal its indicators, value against target.',
    'cli.summary.export':
      'Write the report workbook (index, indicators, one sheet per section with native charts, SDG, methods in words), ready to print; optionally the same tables in Word and as CSV. --ci adds 95% intervals, --tests significance letters and chi-square, --min-base N hides figures on fewer than N respondents.',
    // privacy
    'cli.summary.identifiers':
      'Questionnaire variables that identify people (e-mails, names, phones, tax codes, IP addresses…): exports leave them out unless asked. --set corrects a decision.',
    'cli.summary.share':
      'Write a copy safe to share: pseudonymised texts only, no direct identifiers, no original files or recordings, no history, no private memos, no key; checked byte by byte; a report of what was removed beside it.',
    'cli.summary.erase':
      'Right to erasure: remove a person from sources, cases, attributes, participant lists and questionnaire rows, purge the history and the free pages; prints a certificate. Cannot be undone.',
    'cli.summary.privacyKeyExport':
      'Write the key between pseudonyms and real identities to a separate file protected with a passphrase (scrypt, AES-256-GCM), taken from ESITI_KEY_PASSPHRASE or asked for.',
    'cli.summary.privacyKeyImport': 'Read a key file back into the project (the entries it does not have).',
    'cli.summary.privacyKeyRemove': 'Remove the key from the project for good (and from its history); export it first to keep a way back.',
    'cli.summary.privacyKeyList': 'The key: each real name or identifier and its surrogate.',
    'cli.summary.privacyStatus':
      'Where personal data lives in the project (counts per table), whether it is encrypted, when it was last reviewed.',
    'cli.summary.privacyReviewed': 'Record that the team reviewed where personal data lives today.',
    'cli.summary.pseudonymise':
      'Find names, organisations, e-mails, phone numbers, tax codes, VAT numbers, IBANs, addresses and dates of birth in transcripts (--preview), or replace them with consistent surrogates in a new version of each source (--accept), keeping or destroying the originals.',
    'cli.summary.privacyOriginals': 'The hidden originals of pseudonymised sources still kept in the project.',
    'cli.summary.privacyRulesAdd':
      '"always": replace TEXT wherever it appears (a nickname, a village); "never": leave it alone (a place, a word).',
    'cli.summary.privacyRulesList': 'The always/never rules of pseudonymisation.',
    'cli.summary.privacyRulesRemove': 'Remove an always/never rule.',
    // programme
    'cli.summary.programmeSet': 'Set the programme details (only the options given change); undoable.',
    'cli.summary.programmeShow': 'The programme details.',
    'cli.summary.actionsAdd': 'Add an action of the programme (codes are unique).',
    'cli.summary.actionsUpdate': 'Change an action (only the options given).',
    'cli.summary.actionsList': 'The actions of the programme.',
    'cli.summary.actionsRemove': 'Remove an action without activities; undoable.',
    'cli.summary.areasAdd': 'Add territorial areas of the programme (quartieri, comuni, municipi…).',
    'cli.summary.areasPreset': 'Add a ready-made list of areas: Milan\'s 9 municipi or Rome\'s 15.',
    'cli.summary.areasList': 'The territorial areas of the programme.',
    'cli.summary.areasRename': 'Rename an area (indicator filters follow).',
    'cli.summary.areasRemove': 'Remove an area nothing uses.',
    'cli.summary.organisationsAdd': 'Add an organisation (partner, company reached, promoter…).',
    'cli.summary.organisationsImport':
      'Import organisations (columns Nome, Tipo, Settore, Dimensione, Zona, Azioni — Azioni as codes joined by ";" — or Name, Type, Sector, Size, Area, Actions); all or nothing.',
    'cli.summary.organisationsExport': 'Write the organisations with the headers the import reads (Italian, or English with --locale en).',
    'cli.summary.organisationsList': 'The organisations with their type and the actions they joined.',
    'cli.summary.organisationsRemove': 'Remove organisations the register does not name; undoable.',
    'cli.summary.sectionsAdd': 'Add a report section at the end.',
    'cli.summary.sectionsList': 'The report sections in order.',
    'cli.summary.sectionsRename': 'Rename a section (SECTION: its number, title or id).',
    'cli.summary.sectionsMove': 'Move a section to position N; the others shift.',
    'cli.summary.sectionsRemove': 'Remove a section; its tables and indicators stay outside any section.',
    'cli.summary.sdgTargets': 'The 17 goals and 169 targets of the 2030 Agenda (UN text; Italian: UNRIC), with what the programme adopts.',
    'cli.summary.sdgAdopt': 'The programme adopts SDG targets or goals (e.g. 5.4 8.5, or a whole goal: 13).',
    'cli.summary.sdgDrop': 'The programme no longer adopts these SDG targets or goals.',
    'cli.summary.templateSave':
      'Save the project structure (programme, actions, areas, partners, sections, SDGs, codebook, indicators, report tables, recipes) as a template, without data or personal data.',
    'cli.summary.templateRecipes': 'The cleaning recipes a template brought, by questionnaire name.',
    'cli.summary.templateRecipe': 'Print a saved recipe as `survey recipe` does (for `survey apply --recipe`).',
    'cli.summary.templateApplyRecipe': 'Apply a saved recipe to a questionnaire imported here (variables matched by name and label).',
    // register
    'cli.summary.registerList': 'Activities of the monitoring register.',
    'cli.summary.registerAdd':
      'Add one activity to the monitoring register (checked against the programme); --participant records who attended (GENDER: F, M or another code of the programme’s list), and their number is the head count.',
    'cli.summary.registerImport':
      'Import activities (columns Data, Azione, Tipo, Titolo, Organizzatore, Partecipanti, Donne, Uomini, Organizzazioni, Modalità, Zona — or the English names); all or nothing.',
    'cli.summary.registerParticipants': 'The participant list of one activity.',
    'cli.summary.registerParticipantsSet': 'Replace an activity’s participant list (its head count and gender split follow the list).',
    'cli.summary.registerParticipantsImport':
      'Add the people of an attendance sheet (columns Nome/Name or Pseudonimo/Pseudonym, Genere/Gender, Fascia d’età/Age band or Età/Age, Organizzazione/Organisation, Ruolo/Role); all or nothing.',
    'cli.summary.registerPersons':
      'Distinct persons reached and participations (a person attending several activities counts once in persons).',
    'cli.summary.registerKindsAdd':
      'Add activity kinds of the programme’s own (the list starts with webinar, incontro, consulenza, sportello, formazione, evento).',
    'cli.summary.registerKindsList': 'The programme’s activity kinds.',
    'cli.summary.registerKindsRename': 'Rename an activity kind; its activities and indicator filters follow.',
    'cli.summary.registerKindsRemove': 'Remove an activity kind nothing uses.',
    'cli.summary.registerValuesAdd': 'Add codes to the gender or age-band list participants are checked against.',
    'cli.summary.registerValuesRemove': 'Remove a code no person has (F and M stay).',
    'cli.summary.registerValuesList': 'The gender and age-band lists.',
    // survey
    'cli.summary.surveyImport':
      'Import a questionnaire export (.xlsx, .ods, .xls, .csv, .tsv, SPSS .sav) as a dataset; --preview lists what the import decides, --revert ID undoes a decision.',
    'cli.summary.surveyList': 'Questionnaire datasets with rows, variables, waves and recipe version.',
    'cli.summary.surveyProfile': 'Per-variable profile: missing, distinct, value counts (categorical), distribution (numeric).',
    'cli.summary.surveyRecipe':
      'Print a dataset\'s cleaning recipe as the JSON `survey apply --recipe` reads (always JSON: `> recipe.json` saves it).',
    'cli.summary.surveyExport':
      'Write the clean data: .xlsx (data + dictionary sheets), .csv (--dialect standard: comma, UTF-8; excel-it: semicolon, decimal comma, BOM) or SPSS .sav (labels, missing values, levels). Identifiers are left out unless --identifiers hash|keep.',
    'cli.summary.surveyDictionary':
      'Write the data dictionary (.xlsx): name, label, type, values, missing codes and the recipe steps that changed each variable.',
    'cli.summary.surveyApply': 'Apply a recipe file to a dataset (columns are matched by name and label; --map old=new overrides).',
    'cli.summary.surveyAppend':
      'Append a file as the next wave of a dataset, mapping drifted columns; the recipe is replayed on all waves.',
    'cli.summary.surveyIssues': 'Validation issues and excluded rows of a dataset (from its recipe).',
    'cli.summary.surveyClusters': 'Groups of similar spellings in a variable (candidates for a recode step).',
    'cli.summary.surveyStepAdd':
      'Add one cleaning step (JSON, or @file.json) to a dataset’s recipe; a step that cannot apply (a bad expression, a missing variable) is refused.',
    'cli.summary.surveyOverride':
      'Change what the import decided about a variable (type, role, label, missing codes, non-substantive answers) as recipe steps.',
    'cli.summary.surveyCheck':
      'Check an expression (computed variable, row filter, rule) against a dataset before adding it: position of the error and a short syntax help.',
    // team-server
    'cli.summary.teamServerInit':
      'IT: install or upgrade Esiti’s schema on a team server (PostgreSQL); scripts/team-server-setup.sh runs it as esiti_owner.',
    'cli.summary.teamLogin':
      'Save the password of your role on a team server in the system keychain (read from PGPASSWORD or typed, never an argument); --forget removes it.',
    'cli.summary.teamPublish':
      'Publish the project to a team server (PostgreSQL): it becomes the team’s starting point; members join it. Password from PGPASSWORD, the keychain or ~/.pgpass.',
    'cli.summary.teamJoin': 'Join a team project: download it into a new local file and pull everything done since it was published.',
    'cli.summary.teamSync': 'Push this copy’s changes to the team server and pull the others’: { pushed, pulled, conflicts }.',
    'cli.summary.teamStatus':
      'Team server, changes not yet pushed, open conflicts, last sync; the members and their last sync when the server answers.',
    'cli.summary.teamMembers':
      'List the members; the lead adds or removes one, hides a coder’s work from the others (blind) or reveals it.',
    'cli.summary.teamConflicts':
      'Conflicts found by syncs: work set aside under a deletion, names taken twice, fields changed by two members (--all: resolved ones too).',
    'cli.summary.teamResolve':
      'Resolve a conflict in one undoable step that syncs: restore what was deleted and set aside, discard it, keep, or use the other value.'
  },
  it: {
    // coding
    'cli.summary.transcriptsImport':
      'Importa trascrizioni (.docx, .odt, .pdf, .txt, .md, .srt, .vtt); ogni file entra per intero o per niente, gli altri entrano comunque. Chi parla nei sottotitoli diventa un caso (o si unisce a uno esistente) salvo --no-speaker-cases; --speaker-cases lo fa per qualsiasi trascrizione.',
    'cli.summary.transcriptsList': 'Le fonti con dimensione, codifica dei caratteri, caso e codifiche.',
    'cli.summary.transcriptsShow': 'Il testo conservato di una fonte (le posizioni sono unità UTF-16 di questo testo) e la sua struttura.',
    'cli.summary.transcriptsRename': 'Rinomina una fonte.',
    'cli.summary.transcriptsDelete': 'Rimuove una fonte (annullabile).',
    'cli.summary.mediaAttach':
      'Allega a una trascrizione una registrazione audio o video ({{extensions}}), conservata nel progetto; sostituisce quella che aveva (annullabile).',
    'cli.summary.mediaDetach': 'Stacca la registrazione da una trascrizione (annullabile).',
    'cli.summary.codesAdd': 'Aggiunge un codice al codebook.',
    'cli.summary.codesList': 'Il codebook in ordine di albero, con il numero di codifiche.',
    'cli.summary.codesRename': 'Rinomina un codice.',
    'cli.summary.codesEdit': 'Cambia colore, definizione, note d’uso, esempio o scorciatoia di un codice.',
    'cli.summary.codesMove': 'Sposta un codice sotto un altro (o al primo livello); un codice non può finire sotto sé stesso.',
    'cli.summary.codesMerge':
      'Unisce il codice FROM in INTO (le codifiche passano, i duplicati esatti si fondono, FROM viene eliminato); annullabile.',
    'cli.summary.codesDelete': 'Elimina un codice con i suoi sottocodici e le sue codifiche (annullabile).',
    'cli.summary.codesLink': 'Collega un codice a obiettivi o target SDG, azioni del programma o indicatori.',
    'cli.summary.codesExport': 'Scrive il codebook (definizioni, note d’uso, esempi, collegamenti, conteggi) in Excel.',
    'cli.summary.code':
      'Codifica un passo, per posizioni o per citazione (la k-esima occorrenza; una citazione che non compare è un errore).',
    'cli.summary.uncode': 'Rimuove codifiche per identificativo, o la codifica di un codice esattamente su quel passo.',
    'cli.summary.segments':
      'Segmenti codificati: --code (con i sottocodici salvo --exact) uniti, --and sovrapposti, --not senza sovrapposizione; filtrati.',
    'cli.summary.matrix':
      'Codici per fonte, caso o valore di attributo (righe): codifiche, segmenti codificati o casi in ogni cella (--aggregate somma i sottocodici ai genitori; i totali contano ogni unità una volta).',
    'cli.summary.words':
      'Frequenze delle parole (minuscole, senza accenti, senza parole vuote salvo none; esclusi nomi di chi parla e tempi) su fonti, casi o testo codificato con dei codici.',
    'cli.summary.cooccurrence':
      'Coppie di codifiche sovrapposte per coppia di codici (stessa fonte); la diagonale conta le codifiche di ogni codice.',
    'cli.summary.search':
      'Cerca in tutte le trascrizioni (per impostazione predefinita senza distinguere accenti e maiuscole); con --code codifica ogni risultato in un solo passo annullabile.',
    'cli.summary.casesAdd': 'Aggiunge un caso (intervistato, organizzazione…).',
    'cli.summary.casesList': 'I casi con i valori degli attributi e i conteggi.',
    'cli.summary.casesSet':
      'Imposta valori di attributo di un caso; un attributo nuovo viene creato (di tipo --type, testo se non indicato).',
    'cli.summary.casesImport':
      'Importa attributi dei casi da .xlsx o .csv (prima colonna: nome del caso; riga di intestazione: nomi degli attributi).',
    'cli.summary.casesLink': 'Collega fonti intere a un caso.',
    'cli.summary.memosAdd': 'Scrive un memo: sul diario del progetto (predefinito), su una fonte, un codice, un caso o una codifica.',
    'cli.summary.memosList': 'I memo, dal più recente.',
    'cli.summary.exportSegments':
      'Segmenti codificati con fonte, caso e attributi, codificatore, data e commento: una raccolta di citazioni in Excel (.xlsx) o un documento Word raggruppato per codice (.docx).',
    'cli.summary.exportMemos': 'Tutti i memo (diario del progetto, fonti, casi, codici, segmenti codificati) in un documento Word.',
    'cli.summary.exportCodebook':
      'Il codebook: ogni codice con definizione, quando usarlo e quando no, esempio, scorciatoia, collegamenti e conteggi (Word aggiunge fino a N citazioni dai dati, 2 se non indicato).',
    'cli.summary.exportMatrix': 'Matrici codice × fonte, codice × caso (conteggi e presenza) e di co-occorrenza in Excel.',
    'cli.summary.anchorsVerify': 'Estrae di nuovo ogni citazione codificata dalla sua fonte e segnala le differenze.',
    // indicators
    'cli.summary.indicators':
      'Calcola tutti gli indicatori (valore, base n, mancanti, intervallo al 95%, disaggregazioni); uno non calcolabile ha stato "error" e un messaggio.',
    'cli.summary.indicatorsAdd':
      'Aggiunge indicatori da un file JSON (un oggetto o un array): codice, nome, specifica, disaggregazioni, sdgs, target…',
    'cli.summary.indicatorsRemove': 'Elimina indicatori (con i collegamenti SDG e le visualizzazioni congiunte); annullabile.',
    'cli.summary.tablesAdd':
      'Aggiunge tavole del rapporto da un file JSON: sezione, titolo, specifica (righe: indicators | categories | items), grafico, statistiche ({ ci, tests, minBase }: intervalli al 95%, test delle differenze tra gruppi, valori nascosti sotto una base minima).',
    'cli.summary.tablesList':
      'Le tavole del rapporto come risultano ora: righe, celle con la base n (e intervallo al 95%, lettere di significatività), note, stato.',
    'cli.summary.sdg': 'Quadro SDG: per ogni obiettivo i suoi indicatori, con il valore rispetto al target.',
    'cli.summary.export':
      'Scrive la cartella di lavoro del rapporto (indice, indicatori, un foglio per sezione con grafici nativi, SDG, metodi a parole), pronta da stampare; a scelta le stesse tavole in Word e in CSV. --ci aggiunge gli intervalli al 95%, --tests le lettere di significatività e il chi quadrato, --min-base N nasconde i valori con meno di N rispondenti.',
    // privacy
    'cli.summary.identifiers':
      'Le variabili del questionario che identificano persone (e-mail, nomi, telefoni, codici fiscali, indirizzi IP…): le esportazioni le escludono salvo richiesta. --set corregge una decisione.',
    'cli.summary.share':
      'Scrive una copia da condividere: solo testi pseudonimizzati, nessun identificativo diretto, nessun file originale o registrazione, nessuna cronologia, nessun memo privato, nessuna chiave; controllata byte per byte; accanto, un resoconto di ciò che è stato tolto.',
    'cli.summary.erase':
      'Diritto alla cancellazione: toglie una persona da fonti, casi, attributi, elenchi dei partecipanti e righe dei questionari, ripulisce la cronologia e le pagine libere; stampa un certificato. Non si può annullare.',
    'cli.summary.privacyKeyExport':
      'Scrive la chiave tra pseudonimi e identità reali in un file separato protetto da una passphrase (scrypt, AES-256-GCM), presa da ESITI_KEY_PASSPHRASE o chiesta.',
    'cli.summary.privacyKeyImport': 'Rilegge un file di chiave nel progetto (le voci che non ha).',
    'cli.summary.privacyKeyRemove':
      'Toglie la chiave dal progetto per sempre (anche dalla cronologia); esportala prima per tenere una via di ritorno.',
    'cli.summary.privacyKeyList': 'La chiave: ogni nome o identificativo reale e il suo sostituto.',
    'cli.summary.privacyStatus':
      'Dove si trovano i dati personali nel progetto (conteggi per tabella), se è cifrato, quando è stato rivisto l’ultima volta.',
    'cli.summary.privacyReviewed': 'Registra che il gruppo ha rivisto oggi dove si trovano i dati personali.',
    'cli.summary.pseudonymise':
      'Trova nomi, organizzazioni, e-mail, numeri di telefono, codici fiscali, partite IVA, IBAN, indirizzi e date di nascita nelle trascrizioni (--preview), o li sostituisce con sostituti coerenti in una nuova versione di ogni fonte (--accept), conservando o distruggendo gli originali.',
    'cli.summary.privacyOriginals': 'Gli originali nascosti delle fonti pseudonimizzate ancora conservati nel progetto.',
    'cli.summary.privacyRulesAdd':
      '"always": sostituisce TESTO ovunque compaia (un soprannome, un paese); "never": lo lascia com’è (un luogo, una parola).',
    'cli.summary.privacyRulesList': 'Le regole always/never della pseudonimizzazione.',
    'cli.summary.privacyRulesRemove': 'Rimuove una regola always/never.',
    // programme
    'cli.summary.programmeSet': 'Imposta i dati del programma (cambiano solo le opzioni date); annullabile.',
    'cli.summary.programmeShow': 'I dati del programma.',
    'cli.summary.actionsAdd': 'Aggiunge un’azione del programma (i codici sono unici).',
    'cli.summary.actionsUpdate': 'Cambia un’azione (solo le opzioni date).',
    'cli.summary.actionsList': 'Le azioni del programma.',
    'cli.summary.actionsRemove': 'Rimuove un’azione senza attività; annullabile.',
    'cli.summary.areasAdd': 'Aggiunge zone territoriali del programma (quartieri, comuni, municipi…).',
    'cli.summary.areasPreset': 'Aggiunge un elenco di zone già pronto: i 9 municipi di Milano o i 15 di Roma.',
    'cli.summary.areasList': 'Le zone territoriali del programma.',
    'cli.summary.areasRename': 'Rinomina una zona (i filtri degli indicatori seguono).',
    'cli.summary.areasRemove': 'Rimuove una zona che nulla usa.',
    'cli.summary.organisationsAdd': 'Aggiunge un’organizzazione (partner, impresa raggiunta, promotore…).',
    'cli.summary.organisationsImport':
      'Importa organizzazioni (colonne Nome, Tipo, Settore, Dimensione, Zona, Azioni — Azioni come codici separati da ";" — o Name, Type, Sector, Size, Area, Actions); tutto o niente.',
    'cli.summary.organisationsExport':
      'Scrive le organizzazioni con le intestazioni che l’importazione legge (in italiano, o in inglese con --locale en).',
    'cli.summary.organisationsList': 'Le organizzazioni con il loro tipo e le azioni a cui partecipano.',
    'cli.summary.organisationsRemove': 'Rimuove organizzazioni che il registro non nomina; annullabile.',
    'cli.summary.sectionsAdd': 'Aggiunge una sezione del rapporto in fondo.',
    'cli.summary.sectionsList': 'Le sezioni del rapporto in ordine.',
    'cli.summary.sectionsRename': 'Rinomina una sezione (SECTION: il suo numero, titolo o id).',
    'cli.summary.sectionsMove': 'Sposta una sezione alla posizione N; le altre scorrono.',
    'cli.summary.sectionsRemove': 'Rimuove una sezione; le sue tavole e i suoi indicatori restano fuori da ogni sezione.',
    'cli.summary.sdgTargets':
      'I 17 obiettivi e i 169 target dell’Agenda 2030 (testo ONU; in italiano: UNRIC), con quelli adottati dal programma.',
    'cli.summary.sdgAdopt': 'Il programma adotta target od obiettivi SDG (per esempio 5.4 8.5, o un obiettivo intero: 13).',
    'cli.summary.sdgDrop': 'Il programma non adotta più questi target od obiettivi SDG.',
    'cli.summary.templateSave':
      'Salva la struttura del progetto (programma, azioni, zone, partner, sezioni, SDG, codebook, indicatori, tavole del rapporto, ricette) come modello, senza dati né dati personali.',
    'cli.summary.templateRecipes': 'Le ricette di pulizia portate da un modello, per nome del questionario.',
    'cli.summary.templateRecipe': 'Stampa una ricetta salvata come fa `survey recipe` (per `survey apply --recipe`).',
    'cli.summary.templateApplyRecipe':
      'Applica una ricetta salvata a un questionario importato qui (variabili abbinate per nome ed etichetta).',
    // register
    'cli.summary.registerList': 'Le attività del registro di monitoraggio.',
    'cli.summary.registerAdd':
      'Aggiunge un’attività al registro di monitoraggio (verificata rispetto al programma); --participant registra chi ha partecipato (GENDER: F, M o un altro codice dell’elenco del programma), e il loro numero è il conteggio dei presenti.',
    'cli.summary.registerImport':
      'Importa attività (colonne Data, Azione, Tipo, Titolo, Organizzatore, Partecipanti, Donne, Uomini, Organizzazioni, Modalità, Zona — o i nomi inglesi); tutto o niente.',
    'cli.summary.registerParticipants': 'L’elenco dei partecipanti di un’attività.',
    'cli.summary.registerParticipantsSet':
      'Sostituisce l’elenco dei partecipanti di un’attività (il conteggio dei presenti e la ripartizione per genere seguono l’elenco).',
    'cli.summary.registerParticipantsImport':
      'Aggiunge le persone di un foglio presenze (colonne Nome/Name o Pseudonimo/Pseudonym, Genere/Gender, Fascia d’età/Age band o Età/Age, Organizzazione/Organisation, Ruolo/Role); tutto o niente.',
    'cli.summary.registerPersons':
      'Persone distinte raggiunte e partecipazioni (chi partecipa a più attività conta una volta tra le persone).',
    'cli.summary.registerKindsAdd':
      'Aggiunge tipi di attività propri del programma (l’elenco parte da webinar, incontro, consulenza, sportello, formazione, evento).',
    'cli.summary.registerKindsList': 'I tipi di attività del programma.',
    'cli.summary.registerKindsRename': 'Rinomina un tipo di attività; le sue attività e i filtri degli indicatori seguono.',
    'cli.summary.registerKindsRemove': 'Rimuove un tipo di attività che nulla usa.',
    'cli.summary.registerValuesAdd': 'Aggiunge codici all’elenco dei generi o delle fasce d’età con cui si verificano i partecipanti.',
    'cli.summary.registerValuesRemove': 'Rimuove un codice che nessuna persona ha (F e M restano).',
    'cli.summary.registerValuesList': 'Gli elenchi dei generi e delle fasce d’età.',
    // survey
    'cli.summary.surveyImport':
      'Importa l’esportazione di un questionario (.xlsx, .ods, .xls, .csv, .tsv, SPSS .sav) come dataset; --preview elenca ciò che l’importazione decide, --revert ID annulla una decisione.',
    'cli.summary.surveyList': 'I dataset dei questionari con righe, variabili, ondate e versione della ricetta.',
    'cli.summary.surveyProfile': 'Profilo per variabile: mancanti, valori distinti, frequenze (categoriali), distribuzione (numeriche).',
    'cli.summary.surveyRecipe':
      'Stampa la ricetta di pulizia di un dataset come il JSON che `survey apply --recipe` legge (sempre JSON: `> recipe.json` la salva).',
    'cli.summary.surveyExport':
      'Scrive i dati puliti: .xlsx (fogli dati e dizionario), .csv (--dialect standard: virgola, UTF-8; excel-it: punto e virgola, virgola decimale, BOM) o SPSS .sav (etichette, valori mancanti, livelli). Gli identificativi sono esclusi salvo --identifiers hash|keep.',
    'cli.summary.surveyDictionary':
      'Scrive il dizionario dei dati (.xlsx): nome, etichetta, tipo, valori, codici mancanti e i passi della ricetta che hanno cambiato ogni variabile.',
    'cli.summary.surveyApply':
      'Applica un file di ricetta a un dataset (colonne abbinate per nome ed etichetta; --map vecchio=nuovo le forza).',
    'cli.summary.surveyAppend':
      'Aggiunge un file come ondata successiva di un dataset, abbinando le colonne cambiate; la ricetta viene ripetuta su tutte le ondate.',
    'cli.summary.surveyIssues': 'Problemi di validazione e righe escluse di un dataset (dalla sua ricetta).',
    'cli.summary.surveyClusters': 'Gruppi di grafie simili in una variabile (candidati per un passo di ricodifica).',
    'cli.summary.surveyStepAdd':
      'Aggiunge un passo di pulizia (JSON, o @file.json) alla ricetta di un dataset; un passo che non si può applicare (un’espressione errata, una variabile mancante) viene rifiutato.',
    'cli.summary.surveyOverride':
      'Cambia ciò che l’importazione ha deciso su una variabile (tipo, ruolo, etichetta, codici mancanti, risposte non sostanziali) come passi della ricetta.',
    'cli.summary.surveyCheck':
      'Verifica un’espressione (variabile calcolata, filtro di righe, regola) su un dataset prima di aggiungerla: posizione dell’errore e una breve guida alla sintassi.',
    // team-server
    'cli.summary.teamServerInit':
      'Per l’assistenza informatica: installa o aggiorna lo schema di Esiti su un server di gruppo (PostgreSQL); scripts/team-server-setup.sh lo esegue come esiti_owner.',
    'cli.summary.teamLogin':
      'Salva la password del tuo ruolo su un server di gruppo nel portachiavi di sistema (letta da PGPASSWORD o digitata, mai come argomento); --forget la toglie.',
    'cli.summary.teamPublish':
      'Pubblica il progetto su un server di gruppo (PostgreSQL): diventa il punto di partenza del gruppo, a cui i membri si uniscono. Password da PGPASSWORD, dal portachiavi o da ~/.pgpass.',
    'cli.summary.teamJoin':
      'Si unisce a un progetto di gruppo: lo scarica in un nuovo file locale e riceve tutto ciò che è stato fatto dopo la pubblicazione.',
    'cli.summary.teamSync':
      'Invia al server di gruppo le modifiche di questa copia e riceve quelle degli altri: { pushed, pulled, conflicts }.',
    'cli.summary.teamStatus':
      'Server di gruppo, modifiche non ancora inviate, conflitti aperti, ultima sincronizzazione; i membri e la loro ultima sincronizzazione quando il server risponde.',
    'cli.summary.teamMembers':
      'Elenca i membri; il responsabile ne aggiunge o toglie uno, nasconde il lavoro di un codificatore agli altri (cieco) o lo rivela.',
    'cli.summary.teamConflicts':
      'Conflitti trovati dalle sincronizzazioni: lavoro messo da parte sotto un’eliminazione, nomi presi due volte, campi cambiati da due membri (--all: anche quelli risolti).',
    'cli.summary.teamResolve':
      'Risolve un conflitto in un solo passo annullabile che si sincronizza: ripristina ciò che era stato eliminato e messo da parte, lo scarta, tiene il proprio valore o usa l’altro.'
  }
})
