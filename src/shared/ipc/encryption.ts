import { z } from 'zod'
import { channel } from './define'
import type { ProjectSummary } from './project'

/**
 * Encryption at rest (issue 17, decision 0026). A passphrase crosses the contract only as the input
 * of these channels: main never logs inputs, keeps it in the service process's memory while the
 * project is open, and never writes it anywhere.
 */
const passphrase = z.string().min(1).max(1024)

export interface EncryptionResult {
  encrypted: boolean
  /** Plain backups written before earlier upgrades, beside the project: left as they are, named to the user. */
  plainBackups: string[]
}

export const encryptionChannels = {
  /**
   * Opens the encrypted project that the last project:open (or the reopening after a restart) could
   * not open without its passphrase. The renderer never names the file: only the one main picked.
   */
  'project:unlock': channel<ProjectSummary>()(z.object({ passphrase })),
  /**
   * The passphrase of the other encrypted file the last call could not open (a template, a colleague's
   * copy to merge): kept in the service process's memory until the project closes, never written.
   * The renderer then repeats that call with `again`, which uses the files already picked.
   */
  'project:otherPassphrase': channel<boolean>()(z.object({ passphrase })),
  /** Encrypts the open project with a new passphrase (the renderer asks it twice) and reopens it. */
  'project:encrypt': channel<EncryptionResult>()(z.object({ passphrase })),
  /** Decrypts the open project; its current passphrase is asked again as a confirmation. */
  'project:decrypt': channel<EncryptionResult>()(z.object({ passphrase }))
}
