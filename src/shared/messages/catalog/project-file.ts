import { defineMessages } from './define'

/**
 * Issue 15: damage and odd files met when a project is opened, upgraded or undone, named precisely
 * instead of surfacing as internal errors.
 */
export const projectFile = defineMessages({
  en: {
    'oplog.damaged': 'The operation log of this project is damaged at entry {{seq}}: undo and redo are disabled; the data is intact.',
    'oplog.missing': 'This project has no operation log: undo, redo and history are disabled; the data is intact.',
    'oplog.missingForWrite': 'This project has no operation log, so no change can be recorded; the data is intact. Export what you need or restore a backup.'
  },
  it: {
    'oplog.damaged': 'Il registro delle operazioni di questo progetto è danneggiato alla voce {{seq}}: annulla e ripeti sono disattivati; i dati sono intatti.',
    'oplog.missing': 'Questo progetto non ha il registro delle operazioni: annulla, ripeti e cronologia sono disattivati; i dati sono intatti.',
    'oplog.missingForWrite': 'Questo progetto non ha il registro delle operazioni, quindi nessuna modifica può essere registrata; i dati sono intatti. Esporta ciò che ti serve o ripristina una copia di sicurezza.'
  }
})
