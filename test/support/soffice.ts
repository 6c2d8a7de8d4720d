import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** True when LibreOffice runs here (./scripts/test.sh installs it; CI has it). */
export const hasSoffice = (): boolean => spawnSync('soffice', ['--version']).status === 0

/**
 * Converts a file with LibreOffice headless (e.g. "pdf", "txt:Text"), in a profile of its own so that
 * parallel runs do not share one; returns the path of the converted file.
 */
export function sofficeConvert(file: string, format: string, outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-soffice-'))): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-lo-profile-'))
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], {
      timeout: 180_000,
      stdio: 'pipe'
    })
  } finally {
    fs.rmSync(profile, { recursive: true, force: true })
  }
  const ext = format.split(':')[0]
  const out = path.join(outDir, path.basename(file, path.extname(file)) + '.' + ext)
  if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${ext} for ${path.basename(file)}`)
  return out
}
