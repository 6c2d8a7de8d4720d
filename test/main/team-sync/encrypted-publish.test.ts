import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { fileKind, readHead, setPassphraseProvider } from '../../../src/main/db/encryption'
import { makeCtx } from '../../../src/main/services/context'
import { encryptProject } from '../../../src/main/services/project/encrypt-project'
import { joinProject, publishProject } from '../../../src/main/services/sync/publish-join'
import { changeMember } from '../../../src/main/services/sync/team-status'
import { newProject, seed, tempDir } from '../team/helpers'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

/**
 * An encrypted project published to the team server (decision 0026): its baseline stays encrypted
 * with the project's passphrase, and a member joins with it; without it the join is refused clearly.
 */
const PASS = 'frase della squadra'

describe.skipIf(SKIP_PG)('team server: an encrypted project', () => {
  let server: TestServer
  let dir: string
  beforeAll(async () => {
    server = await createTestServer(['anna', 'bruno'])
    dir = tempDir()
  }, 60_000)
  afterAll(async () => {
    setPassphraseProvider(null)
    await server?.drop()
  })

  it('publishes an encrypted baseline; a member joins with the passphrase and gets an encrypted copy', async () => {
    const lead = await newProject(dir, 'anna.esiti')
    seed(lead.ctx, { coders: ['Anna'], codes: ['Benefici'], sources: { S1: 'Testo riservato di Giulia Bianchi sul lavoro agile.' } })
    await encryptProject(lead.ctx.project, PASS)
    const anna = makeCtx(await openProjectFile(lead.file, { actor: 'Anna', passphrase: PASS }), 'Anna')
    try {
      await publishProject(anna, server.url('anna'))
      await changeMember(anna, 'add', server.role('bruno'), 'Bruno')
    } finally {
      anna.project.close()
    }
    expect(fs.readdirSync(dir).filter((f) => f.includes('publishing'))).toEqual([])

    const out = path.join(dir, 'bruno.esiti')
    setPassphraseProvider(async () => undefined)
    await expect(joinProject(server.url('bruno'), out, { actor: 'Bruno' })).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' })
    expect(fs.existsSync(out)).toBe(false)
    setPassphraseProvider(async () => PASS)
    const j = await joinProject(server.url('bruno'), out, { actor: 'Bruno' })
    expect(fileKind(readHead(j.project))).toBe('encrypted')
    expect(fs.readFileSync(j.project).includes('Giulia Bianchi')).toBe(false)
    const bruno = await openProjectFile(j.project, { passphrase: PASS })
    expect((bruno.sqlite.prepare('SELECT COUNT(*) n FROM sources').get() as { n: number }).n).toBe(1)
    bruno.close()
  }, 120_000)
})
