import { defineMessages } from './define'

/** Writing an export's files (workbooks, CSV folders, REFI-QDA packages). */
export const output = defineMessages({
  en: {
    'output.isFolder': '{{file}} is a folder: give a file name.',
    'output.notAFolder': '{{folder}} is a file, not a folder: choose another name for the folder.',
    'output.diskFull': 'The disk is full: {{file}} was not written.',
    'output.cannotWrite': 'Cannot write {{file}}: the folder is read-only, not permitted, or the file is open in another program. Nothing was written.'
  },
  it: {
    'output.isFolder': '{{file}} è una cartella: indica un nome di file.',
    'output.notAFolder': '{{folder}} è un file, non una cartella: scegli un altro nome per la cartella.',
    'output.diskFull': 'Il disco è pieno: {{file}} non è stato scritto.',
    'output.cannotWrite': 'Impossibile scrivere {{file}}: la cartella è in sola lettura, non consentita, oppure il file è aperto in un altro programma. Non è stato scritto nulla.'
  }
})
