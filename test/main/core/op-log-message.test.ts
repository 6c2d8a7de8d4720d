import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { formatMessage, msg } from '../../../src/shared/messages'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { history, mutate, redo, undo, undoState } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { addActions, removeAction } from '../../../src/main/services/programme/actions'
import { addAreas } from '../../../src/main/services/programme/areas'
import { addValues } from '../../../src/main/services/register/register-lists'
import { addCode, moveCode, updateCode } from '../../../src/main/services/coding/codes'
import { createCase } from '../../../src/main/services/coding/cases'
import { purgeLog } from '../../../src/main/services/privacy/purge'
import { cli } from '../../support/cli'
import { tempDir, tempProject } from '../../support/temp-project'

const tmp = tempDir('esiti-oplog-msg-')
afterAll(() => tmp.cleanup())

describe('operation summaries as messages (migration 0004)', () => {
  it('upgrades a project written before 0004: old operations keep their text, new ones carry a message', async () => {
    const file = path.join(tmp.dir, 'vecchio.esiti')
    // A project as the previous version wrote it: every migration but 0004 (later numbers included,
    // they land in any order), one logged operation.
    const m0004 = MIGRATIONS['0004-op-log-message']
    delete MIGRATIONS['0004-op-log-message']
    try {
      const old = await openProjectFile(file, { create: true, actor: 'Giulia' })
      expect((old.sqlite.pragma('table_info(op_log)') as { name: string }[]).map((c) => c.name)).not.toContain('message')
      old.sqlite.prepare("INSERT INTO op_log (id, at, actor, kind, summary, changes) VALUES ('op-1', '2024-01-01T10:00:00Z', 'Giulia', 'codes.add', 'Add code \"Benefici\"', '[]')").run()
      old.close()
    } finally {
      MIGRATIONS['0004-op-log-message'] = m0004
    }
    const p = await openProjectFile(file, { actor: 'Giulia' })
    try {
      const applied = (p.sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name)
      expect(applied).toEqual(Object.keys(MIGRATIONS).sort())
      expect(fs.readdirSync(tmp.dir).some((f) => f.startsWith('vecchio.esiti.') && f.endsWith('.backup.esiti'))).toBe(true)
      expect(history(p)[0]).toMatchObject({ summary: 'Add code "Benefici"', message: null })
      mutate(p, { actor: 'Giulia', kind: 'team.merge', summary: msg('merge.op', { file: 'copia.esiti' }) }, (w) =>
        w.insert('coders', { name: 'Marco', color: '#4e79a7', created_at: '2024-01-02T10:00:00Z' })
      )
      const last = undoState(p).undo!
      // English for logs, the message for the user's language.
      expect(last.summary).toBe('Merged copia.esiti')
      expect(last.message).toEqual({ key: 'merge.op', params: { file: 'copia.esiti' } })
      expect(formatMessage(last.message!, 'it')).toBe('Unito copia.esiti')
      expect(undo(p, 'Giulia').message).toEqual(last.message)
      expect(redo(p, 'Giulia').message).toEqual(last.message)
    } finally {
      p.close()
    }
    // The CLI words the history in --locale; an older operation shows its own text.
    const h = await cli('history', file, '--locale', 'it')
    expect(h.code).toBe(0)
    expect(h.stdout).toMatch(/Giulia\s+fatto\s+Unito copia\.esiti/)
    expect(h.stdout).toMatch(/Giulia\s+fatto\s+Add code "Benefici"/)
  })

  it('names the programme and register operations with messages, in each language and with the right plural', async () => {
    const t = await tempProject('programma.esiti', 'Giulia')
    try {
      addActions(t.ctx, [{ code: 'A1', name: 'Sportello' }])
      addActions(t.ctx, [{ code: 'B1', name: 'Webinar' }, { code: 'B2', name: 'Consulenza' }])
      addAreas(t.ctx, ['Barriera di Milano'])
      addValues(t.ctx, 'ageBand', ['90+'])
      removeAction(t.ctx, 'A1')
      const words = (locale: 'it' | 'en'): string[] => history(t.project).map((o) => formatMessage(o.message!, locale))
      expect(history(t.project).every((o) => o.message !== null)).toBe(true)
      expect(words('it').slice(0, 5)).toEqual([
        'Eliminazione dell’azione A1',
        'Aggiunta della fascia d’età 90+',
        'Aggiunta dell’area Barriera di Milano',
        'Aggiunta delle azioni B1, B2',
        'Aggiunta dell’azione A1'
      ])
      // The English sentence stays in the summary column for logs and older readers.
      expect(history(t.project).slice(0, 5).map((o) => o.summary)).toEqual(words('en').slice(0, 5))
      expect(words('en')[3]).toBe('Add actions B1, B2')
      expect(undo(t.project, 'Giulia').message).toEqual({ key: 'programme.op.deleteAction', params: { code: 'A1' } })
      // The coding operations a coder undoes most.
      const parent = addCode(t.ctx, { name: 'Benefici', parentId: null })
      const child = addCode(t.ctx, { name: 'Tempo', parentId: parent.id })
      updateCode(t.ctx, child.id, { name: 'Tempo ritrovato' })
      moveCode(t.ctx, child.id, null)
      expect(words('it').slice(0, 4)).toEqual([
        'Spostamento del codice «Tempo ritrovato» al primo livello',
        'Codice «Tempo» rinominato «Tempo ritrovato»',
        'Aggiunta del codice «Tempo»',
        'Aggiunta del codice «Benefici»'
      ])
    } finally {
      t.cleanup()
    }
  })

  it('erasing a person masks them in the message of every operation that named them, not only in its summary', async () => {
    const t = await tempProject('cancellare.esiti', 'Giulia')
    try {
      createCase(t.ctx, { name: 'Mario Rossi' })
      addCode(t.ctx, { name: 'Benefici', parentId: null })
      expect(history(t.project)[1].message).toEqual({ key: 'coding.op.addCase', params: { name: 'Mario Rossi' } })
      t.project.sqlite.transaction(() => purgeLog(t.project, ['Mario Rossi'], []))()
      const [code, person] = history(t.project)
      expect(person.message).toEqual({ key: 'coding.op.addCase', params: { name: '…' } })
      expect(formatMessage(person.message!, 'it')).toBe('Aggiunta del caso «…»')
      expect(person.summary).not.toMatch(/Mario|Rossi/)
      expect(JSON.stringify(t.project.sqlite.prepare('SELECT * FROM op_log').all())).not.toMatch(/Rossi/)
      // A later operation that never named the person keeps its message.
      expect(code.message).toEqual({ key: 'coding.op.addCode', params: { name: 'Benefici' } })
    } finally {
      t.cleanup()
    }
  })
})
