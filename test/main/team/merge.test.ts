import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { mutate, undo } from '../../../src/main/db/op-log'
import { mergePreview, mergeProject } from '../../../src/main/services/team/merge/merge'
import { insertCase, insertCode, insertCoder, insertMemo, insertSource } from '../../../src/main/services/team/rows'
import { code, newProject, reopen, seed, snapshot, tempDir, type Seeded, type TestProject } from './helpers'
import { formatMessage } from '../../../src/shared/messages'

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

/** A master project copied to two coders, who then work apart. Returns both copies (open). */
async function twoCopies(): Promise<{ mine: TestProject; theirs: TestProject; ids: Seeded }> {
  const dir = tempDir()
  const master = await newProject(dir, 'master.esiti')
  const ids = seed(master.ctx, {
    coders: ['Anna'],
    codes: ['Benefici', 'Costi'],
    sources: { S1: 'Il primo testo parla di smart working e di benefici.', S2: 'Il secondo testo parla di costi del welfare.' }
  })
  const [shared] = code(master.ctx, ids, [{ source: 'S1', code: 'Benefici', coder: 'Anna', start: 0, end: 15 }])
  ids.codes.shared = shared
  master.close()
  fs.copyFileSync(master.file, path.join(dir, 'anna.esiti'))
  fs.copyFileSync(master.file, path.join(dir, 'bruno.esiti'))
  const mine = await reopen(path.join(dir, 'anna.esiti'))
  const theirs = await reopen(path.join(dir, 'bruno.esiti'))
  open.push(mine)
  return { mine, theirs, ids }
}

describe('merge another coder’s copy', () => {
  it('preview writes nothing; merge unions codings, proposes name matches, lists conflicts, one undo', async () => {
    const { mine, theirs, ids } = await twoCopies()
    // Anna, in her copy: a code and a case that Bruno will also create on his own.
    mutate(mine.ctx.project, { actor: 'Anna', kind: 'test', summary: { key: 'legacy.text', params: { text: 'anna' } } }, (w) => {
      insertCode(w, { name: 'Nuovo tema' })
      insertCase(w, { name: 'Maria' })
    })
    // Bruno, in his copy.
    const bruno = mutate(theirs.ctx.project, { actor: 'Bruno', kind: 'test', summary: { key: 'legacy.text', params: { text: 'bruno' } } }, (w) => {
      const coder = insertCoder(w, { name: 'Bruno' })
      const nuovo = insertCode(w, { name: 'Nuovo tema', color: '#ff0000' })
      const solo = insertCode(w, { name: 'Solo di Bruno', parentId: ids.codes.Costi })
      w.update('codes', ids.codes.Costi, { color: '#123456' })
      insertCase(w, { name: 'Maria' })
      const s3 = insertSource(w, { name: 'S3', text: 'Un testo che Anna non ha.' })
      const coding = (source: string, codeId: string, start: number, end: number): string =>
        w.insert('codings', { source_id: source, code_id: codeId, coder_id: coder, start, end, quote: 'x', comment: null, created_at: '2024-01-01T00:00:00Z' })
      const c1 = coding(ids.sources.S1, ids.codes.Benefici, 0, 15)
      coding(ids.sources.S2, solo, 4, 20)
      coding(ids.sources.S2, nuovo, 0, 3)
      coding(s3, ids.codes.Costi, 0, 9)
      insertMemo(w, { targetKind: 'coding', targetId: c1, title: 'Dubbio', body: 'Va bene qui?', author: 'Bruno' })
      return { coder, nuovo, solo, s3 }
    })
    theirs.close()
    const costiColour = mine.ctx.project.sqlite.prepare('SELECT color FROM codes WHERE id = ?').get(ids.codes.Costi)
    const before = snapshot(mine.ctx)
    const preview = await mergePreview(mine.ctx, theirs.file)
    expect(snapshot(mine.ctx)).toEqual(before)
    expect(preview.preview).toBe(true)
    expect(preview.added).toMatchObject({ coders: 1, codes: 2, sources: 1, cases: 1, codings: 4, memos: 1 })
    expect(preview.skippedDuplicates).toBe(1) // the master coding both copies hold
    expect(preview.matched.codings).toBe(1)
    expect(preview.proposals.map((p) => [p.kind, p.otherName, p.localName])).toEqual([
      ['code', 'Nuovo tema', 'Nuovo tema'],
      ['case', 'Maria', 'Maria']
    ])
    const kinds = preview.conflicts.map((c) => c.kind).sort()
    expect(kinds).toEqual(['case_renamed', 'code_differs', 'code_renamed', 'source_added'])
    expect(formatMessage(preview.summary, 'it')).toMatch(/verrebbero aggiunti — codifiche: 4,/)

    // Merge accepting the code proposal only.
    const merged = await mergeProject(mine.ctx, theirs.file, { accept: [bruno.nuovo] })
    expect(merged.accepted).toEqual([bruno.nuovo])
    expect(merged.added).toMatchObject({ codes: 1, codings: 4, cases: 1 })
    const db = mine.ctx.project.sqlite
    const nuovoHere = db.prepare("SELECT id FROM codes WHERE name = 'Nuovo tema'").all() as { id: string }[]
    expect(nuovoHere).toHaveLength(1)
    expect(db.prepare("SELECT COUNT(*) n FROM codings c JOIN coders d ON d.id = c.coder_id WHERE d.name = 'Bruno' AND c.code_id = ?").get(nuovoHere[0].id)).toEqual({ n: 1 })
    expect(db.prepare("SELECT name FROM cases ORDER BY name").all()).toEqual([{ name: 'Maria' }, { name: 'Maria (2)' }])
    expect(db.prepare('SELECT color FROM codes WHERE id = ?').get(ids.codes.Costi)).toEqual(costiColour)
    expect(db.prepare("SELECT COUNT(*) n FROM codings").get()).toEqual({ n: 5 })
    expect(db.prepare("SELECT target_kind FROM memos WHERE title = 'Dubbio'").get()).toEqual({ target_kind: 'coding' })
    // Nothing of Bruno's coding work is lost.
    const theirsAgain = await reopen(theirs.file)
    open.push(theirsAgain)
    const key = (r: Record<string, unknown>) => `${r.text_hash}|${r.coder}|${r.start}|${r.end}`
    const q = 'SELECT s.text_hash, d.name coder, c.start, c."end" FROM codings c JOIN sources s ON s.id = c.source_id JOIN coders d ON d.id = c.coder_id'
    const mineKeys = new Set((db.prepare(q).all() as Record<string, unknown>[]).map(key))
    for (const r of theirsAgain.ctx.project.sqlite.prepare(q).all() as Record<string, unknown>[]) expect(mineKeys.has(key(r))).toBe(true)
    // A second merge adds nothing.
    const again = await mergeProject(mine.ctx, theirs.file, { accept: [bruno.nuovo] })
    expect(again.added).toMatchObject({ codes: 0, codings: 0, sources: 0, memos: 0 })
    // The empty second merge logged nothing: one undo reverts the whole first merge.
    const op = undo(mine.ctx.project, 'test')
    expect(op.kind).toBe('team.merge')
    const after = snapshot(mine.ctx)
    // Undo hides an added source (soft delete) instead of erasing its text.
    expect({ ...after, op_log: 0, sources: 0 }).toEqual({ ...before, op_log: 0, sources: 0 })
    expect(db.prepare('SELECT COUNT(*) n FROM sources WHERE deleted_at IS NULL').get()).toEqual({ n: before.sources })
    // Merging again after the undo works: the hidden source's id is not reused.
    const redone = await mergeProject(mine.ctx, theirs.file, { accept: [bruno.nuovo] })
    expect(redone.added.sources).toBe(1)
    expect(redone.conflicts.some((c) => c.kind === 'source_added')).toBe(true)
  })

  it('accepting every proposal joins cases by name', async () => {
    const { mine, theirs } = await twoCopies()
    const same = 'eeeeeeee-0000-4000-8000-000000000001'
    mutate(mine.ctx.project, { actor: 'Anna', kind: 'test', summary: { key: 'legacy.text', params: { text: 'anna' } } }, (w) => {
      insertCase(w, { name: 'Maria' })
      insertSource(w, { id: same, name: 'Verbale', text: 'Versione di Anna.' })
    })
    mutate(theirs.ctx.project, { actor: 'Bruno', kind: 'test', summary: { key: 'legacy.text', params: { text: 'bruno' } } }, (w) => {
      insertCase(w, { name: 'Maria' })
      insertSource(w, { id: same, name: 'Verbale', text: 'Versione di Bruno.' })
    })
    theirs.close()
    const r = await mergeProject(mine.ctx, theirs.file, { accept: 'all' })
    expect(r.accepted).toHaveLength(1)
    expect(mine.ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM cases').get()).toEqual({ n: 1 })
    expect(r.conflicts.map((c) => c.kind).sort()).toEqual(['source_renamed', 'source_text_differs'])
    expect(mine.ctx.project.sqlite.prepare("SELECT name, text FROM sources WHERE name LIKE 'Verbale%' ORDER BY name").all()).toEqual([
      { name: 'Verbale', text: 'Versione di Anna.' },
      { name: 'Verbale (2)', text: 'Versione di Bruno.' }
    ])
  })

  it('an unaccepted proposal at the same level is added under a new name', async () => {
    const { mine, theirs } = await twoCopies()
    mutate(mine.ctx.project, { actor: 'Anna', kind: 'test', summary: { key: 'legacy.text', params: { text: 'anna' } } }, (w) => void insertCode(w, { name: 'Tema X' }))
    mutate(theirs.ctx.project, { actor: 'Bruno', kind: 'test', summary: { key: 'legacy.text', params: { text: 'bruno' } } }, (w) => void insertCode(w, { name: 'Tema X' }))
    theirs.close()
    const r = await mergeProject(mine.ctx, theirs.file)
    expect(r.proposals).toHaveLength(1)
    expect(r.conflicts.map((c) => c.kind)).toEqual(['code_renamed'])
    const names = mine.ctx.project.sqlite.prepare("SELECT name, sort FROM codes WHERE name LIKE 'Tema X%' ORDER BY sort").all()
    expect(names).toEqual([{ name: 'Tema X', sort: 2 }, { name: 'Tema X (2)', sort: 3 }])
  })

  it('refuses to merge a project with itself or a file that is not a project', async () => {
    const { mine, theirs } = await twoCopies()
    theirs.close()
    await expect(mergePreview(mine.ctx, mine.file)).rejects.toThrow(/with itself/)
    const junk = path.join(tempDir(), 'junk.esiti')
    fs.writeFileSync(junk, 'not sqlite')
    await expect(mergePreview(mine.ctx, junk)).rejects.toMatchObject({ code: 'NOT_A_PROJECT' })
    await expect(mergePreview(mine.ctx, path.join(tempDir(), 'none.esiti'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
