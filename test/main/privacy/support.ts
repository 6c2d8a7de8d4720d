import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../../src/main/cli/main'

export interface CliResult {
  code: number
  out: string
  err: string
  json: any
}

/** A temp folder with a new project; `cli` runs a verb in-process with --json. */
export async function tempProject(): Promise<{ dir: string; project: string; cli: (...args: string[]) => Promise<CliResult>; file: (name: string, data: string | Uint8Array) => string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-privacy-'))
  const project = path.join(dir, 'p.esiti')
  const cli = async (...args: string[]): Promise<CliResult> => {
    let out = ''
    let err = ''
    const code = await runCli([...args, '--json'], (s) => (out += s), (s) => (err += s))
    let json: unknown = null
    try {
      json = out ? JSON.parse(out) : null
    } catch {
      json = null
    }
    return { code, out, err, json }
  }
  const file = (name: string, data: string | Uint8Array): string => {
    const p = path.join(dir, name)
    fs.writeFileSync(p, data)
    return p
  }
  const r = await cli('new', project)
  if (r.code !== 0) throw new Error(r.err)
  return { dir, project, cli, file }
}

/** A verb that must succeed: its JSON (a failure fails the test with the verb's own error line). */
export async function okJson(cli: (...args: string[]) => Promise<CliResult>, ...args: string[]): Promise<any> {
  const r = await cli(...args)
  if (r.code !== 0 || r.err !== '') throw new Error(`esiti ${args.join(' ')} → ${r.code}: ${r.err}`)
  return r.json
}

/** The planted strings found in a file's bytes, as UTF-8 and as UTF-16 (either byte order), case ignored. */
export function tracesIn(file: string, needles: string[]): string[] {
  const hay = fs.readFileSync(file)
  const lower = hay.toString('latin1').toLowerCase()
  const found: string[] = []
  for (const n of needles) {
    const forms = [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le'), Buffer.from(n, 'utf16le').swap16()]
    if (forms.some((f) => lower.includes(f.toString('latin1').toLowerCase()))) found.push(n)
  }
  return found
}

/** The project file and what SQLite keeps beside it (WAL, journal). */
export const projectFiles = (project: string): string[] => [project, `${project}-wal`, `${project}-journal`, `${project}-shm`].filter((f) => fs.existsSync(f))

/** An interview with planted identifiers, and names that are also common Italian words. */
export const INTERVIEW = [
  'INT: Buongiorno. Mi racconta del progetto?',
  'R: Sono Giulia Bianchi e lavoro alla Cooperativa Sole Nascente da tre anni. Il mio codice fiscale è RSSMRA85T10A562S, la mail giulia.bianchi@example.it e il telefono 347 123 4567. Abito in Via Garibaldi 12 a Torino.',
  "R: Con me c'era Franco Neri. La rosa dei venti era il nome del laboratorio, e Serena Galli coordinava. Era una giornata serena, e Rosa Esposito ci ha aiutato.",
  ''
].join('\n')

export const PLANTED = [
  'Giulia Bianchi',
  'Bianchi',
  'Cooperativa Sole Nascente',
  'RSSMRA85T10A562S',
  'giulia.bianchi@example.it',
  '347 123 4567',
  'Via Garibaldi 12',
  'Franco Neri',
  'Serena Galli',
  'Rosa Esposito',
  'Esposito'
]
