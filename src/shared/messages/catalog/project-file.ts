import { defineMessages } from './define'

/**
 * Issue 15: damage and odd files met when a project is opened, upgraded or undone, named precisely
 * instead of surfacing as internal errors.
 */
export const projectFile = defineMessages({
  en: {
    'project.notRegularFile': '{{file}} is not a regular file.',
    'project.tooNew': '{{file}} was saved by a newer version of Esiti (schema {{schema}}): update Esiti to open it.',
    'project.migrationRecordUnreadable': 'The record of schema changes in {{file}} cannot be read ({{detail}}): Esiti cannot open it safely; the file was not changed.',
    'project.migrationFailed': 'Esiti could not upgrade {{file}} to this version: step {{step}} failed ({{detail}}). The file was not changed.',
    'project.migrationFailedPartly': 'Esiti could not upgrade {{file}} to this version: step {{step}} failed ({{detail}}). The steps before it were applied; the copy made before the upgrade is {{backup}}.',
    'project.damagedValue': 'The project is damaged: the value of {{table}}.{{column}} for {{id}} cannot be read. The rest of the data is intact; restore a backup to recover this part.',
    'project.damagedJson': 'The project is damaged: a stored value cannot be read ({{detail}}). The rest of the data is intact; restore a backup to recover this part.',
    'file.isFolder': '{{file}} is a folder, not a file.',
    'file.notFound': '{{file}} was not found.',
    'file.pathNotFolder': '{{file}}: a part of this path is a file, not a folder.',
    'core.ioError': 'The disk reported an error while reading or writing the project ({{detail}}): check the disk; nothing half-written was kept.',
    'cli.limitRange': '--{{option}} must be a whole number from 1 to {{max}}, not "{{value}}".',
    'oplog.damaged': 'The operation log of this project is damaged at entry {{seq}}: undo and redo are disabled; the data is intact.',
    'oplog.missing': 'This project has no operation log: undo, redo and history are disabled; the data is intact.',
    'oplog.undoOf': 'Undo: {{what}}',
    'oplog.redoOf': 'Redo: {{what}}',
    'oplog.missingForWrite': 'This project has no operation log, so no change can be recorded; the data is intact. Export what you need or restore a backup.'
  },
  it: {
    'project.notRegularFile': '{{file}} non è un file normale.',
    'project.tooNew': '{{file}} è stato salvato da una versione più recente di Esiti (schema {{schema}}): aggiorna Esiti per aprirlo.',
    'project.migrationRecordUnreadable': 'Il registro delle modifiche di schema di {{file}} non si legge ({{detail}}): Esiti non può aprirlo con sicurezza; il file non è stato modificato.',
    'project.migrationFailed': 'Esiti non è riuscito ad aggiornare {{file}} a questa versione: il passo {{step}} non è riuscito ({{detail}}). Il file non è stato modificato.',
    'project.migrationFailedPartly': 'Esiti non è riuscito ad aggiornare {{file}} a questa versione: il passo {{step}} non è riuscito ({{detail}}). I passi precedenti sono stati applicati; la copia fatta prima dell’aggiornamento è {{backup}}.',
    'project.damagedValue': 'Il progetto è danneggiato: il valore di {{table}}.{{column}} per {{id}} non si legge. Il resto dei dati è intatto; ripristina una copia di sicurezza per recuperare questa parte.',
    'project.damagedJson': 'Il progetto è danneggiato: un valore salvato non si legge ({{detail}}). Il resto dei dati è intatto; ripristina una copia di sicurezza per recuperare questa parte.',
    'file.isFolder': '{{file}} è una cartella, non un file.',
    'file.notFound': '{{file}} non è stato trovato.',
    'file.pathNotFolder': '{{file}}: una parte di questo percorso è un file, non una cartella.',
    'core.ioError': 'Il disco ha segnalato un errore leggendo o scrivendo il progetto ({{detail}}): controlla il disco; nulla di scritto a metà è stato tenuto.',
    'cli.limitRange': '--{{option}} deve essere un numero intero da 1 a {{max}}, non «{{value}}».',
    'oplog.damaged': 'Il registro delle operazioni di questo progetto è danneggiato alla voce {{seq}}: annulla e ripeti sono disattivati; i dati sono intatti.',
    'oplog.missing': 'Questo progetto non ha il registro delle operazioni: annulla, ripeti e cronologia sono disattivati; i dati sono intatti.',
    'oplog.undoOf': 'Annullamento: {{what}}',
    'oplog.redoOf': 'Ripetizione: {{what}}',
    'oplog.missingForWrite': 'Questo progetto non ha il registro delle operazioni, quindi nessuna modifica può essere registrata; i dati sono intatti. Esporta ciò che ti serve o ripristina una copia di sicurezza.'
  }
})
