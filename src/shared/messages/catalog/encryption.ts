import { defineMessages } from './define'

/**
 * Encryption at rest (issue 17, decision 0026): the passphrase, encrypting and decrypting a project.
 * A wrong passphrase is always named as such, never as a damaged file.
 */
export const encryption = defineMessages({
  en: {
    'encryption.wrongPassphrase': 'Wrong passphrase for {{file}}: the file was not opened. Check it (capitals, accents) and try again.',
    'encryption.wrongPassphraseConfirm': 'That is not the passphrase of {{file}}: nothing was changed.',
    'encryption.passphraseRequired': '{{file}} is encrypted: its passphrase is needed to open it.',
    'encryption.passphraseEmpty': 'The passphrase is empty.',
    'encryption.noFileAsked': 'No encrypted file is waiting for its passphrase: choose the file again.',
    'encryption.passphraseTooShort': 'A project passphrase has at least {{min}} characters.',
    'encryption.alreadyEncrypted': '{{file}} is already encrypted.',
    'encryption.notEncrypted': '{{file}} is not encrypted.',
    'encryption.walLeft': '{{file}} has unsaved changes in its write-ahead log that another program holds: close it there and try again. Nothing was changed.',
    'encryption.checkFailed': 'The rewritten copy of {{file}} did not match the project, so it was discarded: the project was not changed.',
    'encryption.prompt': 'Passphrase for {{file}}: ',
    'encryption.promptNew': 'New passphrase for {{file}}: ',
    'encryption.promptAgain': 'The same passphrase again: ',
    'encryption.cli.summary': 'Encrypts a project with a passphrase (ESITI_PASSPHRASE or a prompt, never an argument): it cannot be read without it.',
    'encryption.cli.decryptSummary': 'Decrypts an encrypted project (its passphrase from ESITI_PASSPHRASE or a prompt).',
    'encryption.cli.encrypted': '{{file}} is now encrypted: keep the passphrase safe, without it the project cannot be opened.',
    'encryption.cli.decrypted': '{{file}} is no longer encrypted.',
    'encryption.cli.statusEncrypted': 'The project file is encrypted at rest.',
    'encryption.cli.statusPlain': 'The project file is not encrypted (esiti encrypt PROJECT encrypts it).',
    'encryption.cli.plainBackups_one': 'Note: {{count}} earlier backup beside it is not encrypted ({{names}}): remove it or keep it somewhere safe.',
    'encryption.cli.plainBackups_other': 'Note: {{count}} earlier backups beside it are not encrypted ({{names}}): remove them or keep them somewhere safe.'
  },
  it: {
    'encryption.wrongPassphrase': 'Passphrase errata per {{file}}: il file non è stato aperto. Controllala (maiuscole, accenti) e riprova.',
    'encryption.wrongPassphraseConfirm': 'Non è la passphrase di {{file}}: non è stato cambiato nulla.',
    'encryption.passphraseRequired': '{{file}} è cifrato: per aprirlo serve la sua passphrase.',
    'encryption.passphraseEmpty': 'La passphrase è vuota.',
    'encryption.noFileAsked': 'Nessun file cifrato attende la sua passphrase: scegli di nuovo il file.',
    'encryption.passphraseTooShort': 'La passphrase di un progetto ha almeno {{min}} caratteri.',
    'encryption.alreadyEncrypted': '{{file}} è già cifrato.',
    'encryption.notEncrypted': '{{file}} non è cifrato.',
    'encryption.walLeft': '{{file}} ha modifiche non ancora salvate nel suo registro WAL, tenute da un altro programma: chiudilo lì e riprova. Non è stato cambiato nulla.',
    'encryption.checkFailed': 'La copia riscritta di {{file}} non corrispondeva al progetto ed è stata scartata: il progetto non è stato cambiato.',
    'encryption.prompt': 'Passphrase di {{file}}: ',
    'encryption.promptNew': 'Nuova passphrase per {{file}}: ',
    'encryption.promptAgain': 'Di nuovo la stessa passphrase: ',
    'encryption.cli.summary': 'Cifra un progetto con una passphrase (ESITI_PASSPHRASE o richiesta a terminale, mai come argomento): senza di essa non si può leggere.',
    'encryption.cli.decryptSummary': 'Decifra un progetto cifrato (la passphrase da ESITI_PASSPHRASE o richiesta a terminale).',
    'encryption.cli.encrypted': '{{file}} ora è cifrato: conserva la passphrase con cura, senza di essa il progetto non si può aprire.',
    'encryption.cli.decrypted': '{{file}} non è più cifrato.',
    'encryption.cli.statusEncrypted': 'Il file del progetto è cifrato.',
    'encryption.cli.statusPlain': 'Il file del progetto non è cifrato (esiti encrypt PROGETTO lo cifra).',
    'encryption.cli.plainBackups_one': 'Nota: {{count}} copia di sicurezza precedente accanto al progetto non è cifrata ({{names}}): eliminala o conservala in un luogo sicuro.',
    'encryption.cli.plainBackups_other': 'Nota: {{count}} copie di sicurezza precedenti accanto al progetto non sono cifrate ({{names}}): eliminale o conservale in un luogo sicuro.'
  }
})
