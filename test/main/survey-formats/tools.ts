import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Runs a PSPP syntax file (GNU PSPP, Debian `pspp`); returns its text output. */
export function pspp(dir: string, syntax: string): string {
  const file = path.join(dir, `s${Date.now()}${Math.random().toString(36).slice(2, 6)}.sps`)
  fs.writeFileSync(file, syntax)
  return execFileSync('pspp', ['-O', 'format=txt', '-O', 'box=ascii', file], { encoding: 'utf8', timeout: 120_000 })
}

/** A .sav as CSV written by PSPP's own converter (values, not labels; system-missing as empty). */
export function psppCsv(sav: string, dir: string): string[][] {
  const out = path.join(dir, `${path.basename(sav)}.${Date.now()}.csv`)
  execFileSync('pspp-convert', [sav, out], { timeout: 120_000 })
  return parseCsv(fs.readFileSync(out, 'utf8'))
}

/** Converts files with LibreOffice (another producer) into `format` in `outDir`, one headless run. */
export function soffice(files: string[], format: 'xls' | 'ods' | 'xlsx', outDir: string, profileDir: string): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], { timeout: 300_000, stdio: 'pipe' })
}

/** RFC 4180 parsing for small test files (quotes, doubled quotes, CRLF or LF). */
export function parseCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const s = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === sep) {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
