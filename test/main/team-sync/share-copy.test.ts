import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { mutate } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { shareProject } from '../../../src/main/services/privacy/share'
import { newProject, seed } from '../team/helpers'

/** Runs without a team server: what a shareable copy of a team project must not carry. */
describe('a shareable copy of a team project', () => {
  it('leaves out tombstones (deleted content), sync state and team settings, and gets its own replica id', async () => {
    const p = await newProject()
    const ids = seed(p.ctx, { coders: ['Anna'], codes: ['Mario Rossi, sindaco'], sources: { S1: 'Un testo.' } })
    mutate(p.ctx.project, { actor: 'Anna', kind: 'test', summary: { key: 'legacy.text', params: { text: 'delete' } } }, (w) => w.remove('codes', ids.codes['Mario Rossi, sindaco']))
    const db = p.ctx.project.sqlite
    db.prepare("INSERT INTO meta (id, value) VALUES ('team.server', 'postgresql://anna@db/esiti'), ('team.project', ?), ('sync.cursor', '7')").run(p.ctx.project.meta('project_id'))
    expect((db.prepare('SELECT COUNT(*) n FROM tombstones').get() as { n: number }).n).toBeGreaterThan(0)
    const out = path.join(p.dir, 'copia.esiti')
    await shareProject(p.ctx, { out })
    const replica = p.ctx.project.meta('replica_id')
    p.close()
    const copy = await openProjectFile(out, { actor: 'x' })
    try {
      expect((copy.sqlite.prepare('SELECT COUNT(*) n FROM tombstones').get() as { n: number }).n).toBe(0)
      expect(copy.sqlite.prepare("SELECT id FROM meta WHERE id LIKE 'team.%' OR id LIKE 'sync.%'").all()).toEqual([])
      expect(copy.meta('replica_id')).toMatch(/^[0-9a-f]{16}$/)
      expect(copy.meta('replica_id')).not.toBe(replica)
    } finally {
      copy.close()
    }
  })
})
