import { defineMessages } from './define'

/** The service process (issue 15): what a request in flight is told when the process ends, or cannot run. */
export const service = defineMessages({
  en: {
    'service.restarted': 'The Esiti service stopped unexpectedly while working on the request: nothing was half-written. It was restarted; try again.',
    'service.interruptedByCancel': 'The request was interrupted when Esiti stopped a cancelled operation: nothing was half-written; try again.',
    'service.failed_one': 'The Esiti service stopped {{count}} time in a minute and was not restarted: close and reopen Esiti.',
    'service.failed_other': 'The Esiti service stopped {{count}} times in a minute and was not restarted: close and reopen Esiti.',
    'service.stopping': 'Esiti is closing: the request was not completed.',
    'service.jobRunning': 'An operation is still running on this project: wait for it to finish or cancel it first.',
    'service.dialogFailed': 'The dialog could not be shown: {{detail}}'
  },
  it: {
    'service.restarted': 'Il servizio di Esiti si è interrotto mentre eseguiva la richiesta: nulla è stato scritto a metà. È stato riavviato; riprova.',
    'service.interruptedByCancel': 'La richiesta è stata interrotta quando Esiti ha fermato un’operazione annullata: nulla è stato scritto a metà; riprova.',
    'service.failed_one': 'Il servizio di Esiti si è interrotto {{count}} volta in un minuto e non è stato riavviato: chiudi e riapri Esiti.',
    'service.failed_other': 'Il servizio di Esiti si è interrotto {{count}} volte in un minuto e non è stato riavviato: chiudi e riapri Esiti.',
    'service.stopping': 'Esiti si sta chiudendo: la richiesta non è stata completata.',
    'service.jobRunning': 'Un’operazione è ancora in corso su questo progetto: attendi che finisca o annullala prima.',
    'service.dialogFailed': 'Non è stato possibile mostrare la finestra di dialogo: {{detail}}'
  }
})
