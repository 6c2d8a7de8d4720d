import { afterEach, describe, expect, it } from 'vitest'
import { history, mutate, redo, undo, undoState } from '../../../src/main/db/op-log'
import { nowIso } from '../../../src/main/db/ids'
import { tempProject } from '../../support/temp-project'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

async function setup() {
  const t = await tempProject()
  cleanups.push(t.cleanup)
  const db = t.project.sqlite
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) n FROM ${table}`).get() as { n: number }).n
  return { ...t, db, count }
}

describe('operation log', () => {
  it('undoes and redoes an insert, an update and a cascading delete as whole actions', async () => {
    const { project, count, db } = await setup()
    const meta = { actor: 'anna', kind: 'test', summary: 'x' }
    const ids = mutate(project, { ...meta, summary: { key: 'legacy.text', params: { text: 'create code and coding' } } }, (w) => {
      const coder = w.insert('coders', { name: 'anna', color: '#123456', created_at: nowIso() })
      const code = w.insert('codes', { name: 'Benessere', color: '#00aa00', sort: 0, created_at: nowIso() })
      const child = w.insert('codes', { name: 'Sonno', parent_id: code, color: '#00aa00', sort: 0, created_at: nowIso() })
      const source = w.insert('sources', {
        name: 'Intervista',
        text: 'Dormo meglio da quando lavoro da casa.',
        text_hash: 'h',
        chars: 38,
        imported_at: nowIso()
      })
      w.insert('codings', { source_id: source, code_id: child, coder_id: coder, start: 0, end: 12, quote: 'Dormo meglio', created_at: nowIso() })
      return { code, child, source }
    })
    expect(count('codes')).toBe(2)
    mutate(project, { ...meta, summary: { key: 'legacy.text', params: { text: 'rename' } } }, (w) => w.update('codes', ids.code, { name: 'Benessere psicofisico' }))
    mutate(project, { ...meta, summary: { key: 'legacy.text', params: { text: 'delete parent' } } }, (w) => w.remove('codes', ids.code))
    expect(count('codes')).toBe(0)
    expect(count('codings')).toBe(0)

    expect(undo(project, 'anna').summary).toBe('delete parent')
    expect(count('codes')).toBe(2)
    expect(count('codings')).toBe(1)
    expect((db.prepare('SELECT name FROM codes WHERE id = ?').get(ids.code) as { name: string }).name).toBe('Benessere psicofisico')

    undo(project, 'anna')
    expect((db.prepare('SELECT name FROM codes WHERE id = ?').get(ids.code) as { name: string }).name).toBe('Benessere')
    expect(undoState(project).redo?.summary).toBe('rename')
    redo(project, 'bruno')
    expect((db.prepare('SELECT name FROM codes WHERE id = ?').get(ids.code) as { name: string }).name).toBe('Benessere psicofisico')

    // Undoing the creation hides the source (soft) and removes the rest.
    undo(project, 'anna')
    undo(project, 'anna')
    expect(count('codes')).toBe(0)
    expect((db.prepare('SELECT deleted_at FROM sources WHERE id = ?').get(ids.source) as { deleted_at: string | null }).deleted_at).not.toBeNull()
    redo(project, 'anna')
    expect(count('codings')).toBe(1)
    expect((db.prepare('SELECT deleted_at FROM sources WHERE id = ?').get(ids.source) as { deleted_at: string | null }).deleted_at).toBeNull()
  })

  it('a new action discards the redo stack, and an empty log says so', async () => {
    const { project } = await setup()
    expect(() => undo(project, 'a')).toThrow(/nothing to undo/i)
    mutate(project, { actor: 'a', kind: 'k', summary: { key: 'legacy.text', params: { text: 'one' } } }, (w) => w.insert('coders', { name: 'x', created_at: nowIso() }))
    undo(project, 'a')
    mutate(project, { actor: 'a', kind: 'k', summary: { key: 'legacy.text', params: { text: 'two' } } }, (w) => w.insert('coders', { name: 'y', created_at: nowIso() }))
    expect(() => redo(project, 'a')).toThrow(/nothing to redo/i)
    // Undo is appended as a compensating operation (it syncs like any other); the action stays,
    // marked, and is no longer redoable once a new action came after it.
    const h = history(project)
    expect(h.map((o) => [o.summary, o.state, o.role])).toEqual([
      ['two', 'done', 'action'],
      ['Undo: one', 'done', 'undo'],
      ['one', 'discarded', 'action']
    ])
    expect(h[1].target).toBe(h[2].id)
    expect(h.every((o) => /^\d{4}-\d\d-\d\dT.*Z-[0-9A-F]{4}-[0-9a-f]{16}$/.test(o.hlc ?? ''))).toBe(true)
    expect(h[0].hlc! > h[1].hlc! && h[1].hlc! > h[2].hlc!).toBe(true)
  })

  it('a deleted row leaves a tombstone; undoing the deletion restores it under the same id', async () => {
    const { project, db } = await setup()
    const id = mutate(project, { actor: 'a', kind: 'k', summary: { key: 'legacy.text', params: { text: 'add' } } }, (w) => w.insert('coders', { name: 'x', created_at: nowIso() }))
    mutate(project, { actor: 'a', kind: 'k', summary: { key: 'legacy.text', params: { text: 'delete' } } }, (w) => w.remove('coders', id))
    const tomb = db.prepare("SELECT row, restored_hlc FROM tombstones WHERE tbl = 'coders' AND row_id = ?").get(id) as { row: string; restored_hlc: string | null }
    expect(JSON.parse(tomb.row).name).toBe('x')
    expect(tomb.restored_hlc).toBeNull()
    undo(project, 'a')
    expect(db.prepare('SELECT name FROM coders WHERE id = ?').get(id)).toEqual({ name: 'x' })
    const restored = db.prepare("SELECT restored_hlc, deleted_hlc FROM tombstones WHERE row_id = ?").get(id) as { restored_hlc: string; deleted_hlc: string }
    expect(restored.restored_hlc > restored.deleted_hlc).toBe(true)
    const last = JSON.parse((db.prepare('SELECT changes FROM op_log ORDER BY seq DESC LIMIT 1').get() as { changes: string }).changes)
    expect(last).toEqual([expect.objectContaining({ t: 'coders', id, b: null, restore: true })])
  })

  it('a failing action writes nothing and logs nothing', async () => {
    const { project, count } = await setup()
    expect(() =>
      mutate(project, { actor: 'a', kind: 'k', summary: { key: 'legacy.text', params: { text: 'bad' } } }, (w) => {
        w.insert('coders', { name: 'dup', created_at: nowIso() })
        w.insert('coders', { name: 'dup', created_at: nowIso() })
      })
    ).toThrow()
    expect(count('coders')).toBe(0)
    expect(count('op_log')).toBe(0)
  })

  it('refuses to change a source text in place', async () => {
    const { project } = await setup()
    const id = mutate(project, { actor: 'a', kind: 'k', summary: { key: 'legacy.text', params: { text: 's' } } }, (w) =>
      w.insert('sources', { name: 's', text: 'abc', text_hash: 'h', chars: 3, imported_at: nowIso() })
    )
    expect(() => mutate(project, { actor: 'a', kind: 'k', summary: { key: 'legacy.text', params: { text: 'edit' } } }, (w) => w.update('sources', id, { text: 'abd' }))).toThrow(
      /immutable/
    )
  })
})
