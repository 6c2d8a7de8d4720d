import { defineMessages } from './define'

/**
 * Messages of the team server (issue 18): connecting to PostgreSQL, publishing, joining, syncing,
 * members, blind coding and the conflicts a sync lists for review.
 */
export const sync = defineMessages({
  en: {
    'sync.cliMissing': 'Missing {{what}}. Usage: esiti {{usage}}',
    'sync.badUrl': '"{{url}}" is not a team server address: write postgresql://ROLE@HOST[:PORT]/DATABASE?project=ID.',
    'sync.badUrlParam': 'The team server address has an unknown parameter "{{param}}" (allowed: project, sslmode, sslrootcert, host, user).',
    'sync.badProjectId': '"{{id}}" is not a project id (a UUID).',
    'sync.badSslMode': 'sslmode "{{mode}}" is not one of disable, allow, prefer, require, verify-ca, verify-full.',
    'sync.passwordInUrl': 'The address contains a password: remove it. Esiti reads the password from PGPASSWORD, the system keychain or a pgpass file, never from an address or an argument.',
    'sync.certificateMissing': 'The certificate file {{file}} cannot be read.',
    'sync.unreachable': 'The team server {{server}} cannot be reached: work goes on in the local file and is synced later.',
    'sync.authFailed': 'The team server {{server}} refused role "{{user}}": check the password (PGPASSWORD, the keychain or ~/.pgpass).',
    'sync.noDatabase': 'The team server {{server}} has no database "{{database}}": ask IT to run scripts/team-server-setup.sh.',
    'sync.forbidden': 'The team server refused the operation: {{detail}}',
    'sync.serverNotSetUp': 'The database "{{database}}" on {{server}} is not set up for Esiti: ask IT to run scripts/team-server-setup.sh.',
    'sync.serverOutdated': 'The team server {{server}} ({{database}}) needs an upgrade ({{schema}}): ask IT to run scripts/team-server-setup.sh again.',
    'sync.serverNewer': 'The team server {{server}} ({{database}}) was set up by a newer Esiti ({{schema}}): update Esiti.',
    'sync.serverMigrationFailed': 'Setting up the team server failed at {{step}}: {{detail}}. Nothing of that step was kept.',
    'sync.serverWantsTls': 'The team server {{server}} accepts only encrypted (TLS) connections: remove sslmode=disable.',
    'sync.serverHasNoTls': 'The team server {{server}} does not offer encrypted (TLS) connections, and sslmode asks for them.',
    'sync.tlsCertificate': 'The certificate of the team server {{server}} was not accepted: {{detail}}',
    'sync.serverInitDone_one': 'Team server schema is up to date ({{count}} migration applied).',
    'sync.serverInitDone_other': 'Team server schema is up to date ({{count}} migrations applied).'
  },
  it: {
    'sync.cliMissing': 'Manca {{what}}. Uso: esiti {{usage}}',
    'sync.badUrl': '"{{url}}" non è l’indirizzo di un server del gruppo: scrivere postgresql://RUOLO@HOST[:PORTA]/DATABASE?project=ID.',
    'sync.badUrlParam': 'L’indirizzo del server ha un parametro sconosciuto "{{param}}" (ammessi: project, sslmode, sslrootcert, host, user).',
    'sync.badProjectId': '"{{id}}" non è l’identificativo di un progetto (un UUID).',
    'sync.badSslMode': 'sslmode "{{mode}}" non è uno tra disable, allow, prefer, require, verify-ca, verify-full.',
    'sync.passwordInUrl': 'L’indirizzo contiene una password: toglierla. Esiti legge la password da PGPASSWORD, dal portachiavi di sistema o da un file pgpass, mai da un indirizzo o da un argomento.',
    'sync.certificateMissing': 'Il file del certificato {{file}} non si può leggere.',
    'sync.unreachable': 'Il server del gruppo {{server}} non è raggiungibile: il lavoro continua nel file locale e sarà sincronizzato più tardi.',
    'sync.authFailed': 'Il server del gruppo {{server}} ha rifiutato il ruolo "{{user}}": controllare la password (PGPASSWORD, il portachiavi o ~/.pgpass).',
    'sync.noDatabase': 'Il server del gruppo {{server}} non ha il database "{{database}}": chiedere all’IT di eseguire scripts/team-server-setup.sh.',
    'sync.forbidden': 'Il server del gruppo ha rifiutato l’operazione: {{detail}}',
    'sync.serverNotSetUp': 'Il database "{{database}}" su {{server}} non è predisposto per Esiti: chiedere all’IT di eseguire scripts/team-server-setup.sh.',
    'sync.serverOutdated': 'Il server del gruppo {{server}} ({{database}}) va aggiornato ({{schema}}): chiedere all’IT di rieseguire scripts/team-server-setup.sh.',
    'sync.serverNewer': 'Il server del gruppo {{server}} ({{database}}) è stato predisposto da un Esiti più recente ({{schema}}): aggiornare Esiti.',
    'sync.serverMigrationFailed': 'La predisposizione del server si è fermata a {{step}}: {{detail}}. Di quel passo non è rimasto nulla.',
    'sync.serverWantsTls': 'Il server del gruppo {{server}} accetta solo connessioni cifrate (TLS): togliere sslmode=disable.',
    'sync.serverHasNoTls': 'Il server del gruppo {{server}} non offre connessioni cifrate (TLS) e sslmode le richiede.',
    'sync.tlsCertificate': 'Il certificato del server del gruppo {{server}} non è stato accettato: {{detail}}',
    'sync.serverInitDone_one': 'Lo schema del server del gruppo è aggiornato ({{count}} migrazione applicata).',
    'sync.serverInitDone_other': 'Lo schema del server del gruppo è aggiornato ({{count}} migrazioni applicate).'
  }
})
