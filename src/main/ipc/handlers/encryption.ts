import type { encryptionChannels, EncryptionResult } from '../../../shared/ipc/encryption'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { decryptProject, encryptProject, type CryptResult } from '../../services/project/encrypt-project'
import type { HandlersFor } from '../handler-types'
import { assertNoJobRunning, summary } from './project'

const result = (r: CryptResult): EncryptionResult => ({ encrypted: r.encrypted, plainBackups: r.plainBackups })

/** Encryption at rest in the window (decision 0026): unlock, encrypt, decrypt the open project. */
export const encryptionHandlers: HandlersFor<typeof encryptionChannels> = {
  async 'project:unlock'({ passphrase }, env) {
    assertNoJobRunning()
    const project = await env.session.unlock(passphrase)
    env.platform.emit('project:changed', { reason: 'open' })
    return summary(project)
  },
  async 'project:otherPassphrase'({ passphrase }, env) {
    env.session.setOtherPassphrase(passphrase)
    return true
  },
  async 'project:encrypt'({ passphrase }, env) {
    assertNoJobRunning()
    env.ctx()
    const r = await env.session.rewrite((p) => encryptProject(p, passphrase), passphrase)
    env.platform.emit('project:changed', { reason: 'encryption' })
    return result(r)
  },
  async 'project:decrypt'({ passphrase }, env) {
    assertNoJobRunning()
    const open = env.ctx().project
    // Typed again as a confirmation: decrypting puts every transcript back on disk in plain text.
    if (open.encrypted && open.cipherPassphrase?.normalize('NFC') !== passphrase.normalize('NFC')) 
      throw new EsitiError('WRONG_PASSPHRASE', 'encryption.wrongPassphraseConfirm', { file: path.basename(open.path) })
    const r = await env.session.rewrite((p) => decryptProject(p), undefined)
    env.platform.emit('project:changed', { reason: 'encryption' })
    return result(r)
  }
}
