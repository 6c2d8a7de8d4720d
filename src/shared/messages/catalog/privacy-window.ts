import { defineMessages } from './define'

/** What the window's privacy dialogs ask main to word: system dialog titles, file names, refusals. */
export const privacyWindow = defineMessages({
  en: {
    'privacy.dialog.share': 'Save a shareable copy of the project',
    'privacy.dialog.shareName': '{{name}} – shareable copy',
    'privacy.dialog.projectFilter': 'Esiti project',
    'privacy.dialog.keyExport': 'Export the pseudonym key',
    'privacy.dialog.keyName': '{{name}} – pseudonym key',
    'privacy.dialog.keyFilter': 'Esiti pseudonym key',
    'privacy.dialog.eraseConfirmMismatch': 'The name typed to confirm differs from the person to erase: nothing was erased.'
  },
  it: {
    'privacy.dialog.share': 'Salva una copia condivisibile del progetto',
    'privacy.dialog.shareName': '{{name}} – copia condivisibile',
    'privacy.dialog.projectFilter': 'Progetto Esiti',
    'privacy.dialog.keyExport': 'Esporta la chiave degli pseudonimi',
    'privacy.dialog.keyName': '{{name}} – chiave degli pseudonimi',
    'privacy.dialog.keyFilter': 'Chiave degli pseudonimi di Esiti',
    'privacy.dialog.eraseConfirmMismatch': 'Il nome scritto per conferma è diverso dalla persona da cancellare: non è stato cancellato nulla.'
  }
})
