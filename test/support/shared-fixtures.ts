import fs from 'node:fs'
import path from 'node:path'

/**
 * Fixtures from other producers (xlsx-corpus/, qdpx/, refi/) are read from the shared folder beside
 * the repository, never copied into it; ESITI_SHARED_FIXTURES points elsewhere for a clone that
 * does not sit next to it.
 */
export const SHARED_FIXTURES = process.env.ESITI_SHARED_FIXTURES ?? path.resolve(__dirname, '../../../shared/fixtures')

/** A path inside the shared fixtures; a missing folder is named, not left to a bare ENOENT. */
export function sharedFixture(...parts: string[]): string {
  if (!fs.existsSync(SHARED_FIXTURES))
    throw new Error(`Shared fixtures not found at ${SHARED_FIXTURES}: clone next to ../shared or set ESITI_SHARED_FIXTURES`)
  return path.join(SHARED_FIXTURES, ...parts)
}
