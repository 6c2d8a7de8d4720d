import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { REFI } from './helpers'

/** Validates with libxml2 against the REFI schema; the error text names the offending element. */
export function xmllint(file: string, xsd: string): void {
  try {
    execFileSync('xmllint', ['--noout', '--schema', path.join(REFI, xsd), file], { stdio: 'pipe' })
  } catch (e) {
    const err = e as { stderr?: Buffer; code?: string }
    if (err.code === 'ENOENT') throw new Error('xmllint is not installed: apt-get install -y libxml2-utils')
    throw new Error(`${path.basename(file)} is not valid against ${xsd}:\n${err.stderr?.toString() ?? String(e)}`)
  }
}
