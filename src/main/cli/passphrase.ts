import path from 'node:path'
import { EsitiError } from '../../shared/errors'
import { setPassphraseProvider } from '../db/encryption'

/**
 * Passphrases never come from the command line (they would stay in the shell history and show in
 * the process list): from an environment variable, or typed at a prompt that does not echo.
 */
export const KEY_PASSPHRASE_ENV = 'ESITI_KEY_PASSPHRASE'
/** The passphrase of encrypted projects (docs/decisions/0026). */
export const PROJECT_PASSPHRASE_ENV = 'ESITI_PASSPHRASE'

export interface PassphraseSource {
  env: string
  prompt: string
  /** Ask twice at a prompt (a new passphrase), with this text the second time. */
  confirm?: boolean
  again?: string
  /** Test hook: where a prompt reads from and writes to. */
  tty?: { input: NodeJS.ReadStream; output: NodeJS.WriteStream }
}

export async function readPassphrase(src: PassphraseSource): Promise<string> {
  const fromEnv = process.env[src.env]
  if (fromEnv) return fromEnv
  const input = src.tty?.input ?? process.stdin
  const output = src.tty?.output ?? process.stderr
  if (!input.isTTY) throw new EsitiError('PASSPHRASE_REQUIRED', 'privacy.passphraseNoTty', { env: src.env })
  const first = await prompt(input, output, src.prompt)
  if (src.confirm) {
    const again = await prompt(input, output, src.again ?? src.prompt.replace(/:\s*$/, '') + ' (again): ')
    if (again !== first) throw new EsitiError('INVALID_INPUT', 'privacy.passphraseMismatch')
  }
  return first
}

/** Reads one line from a terminal without echoing it (raw mode, backspace and Ctrl-C handled). */
function prompt(input: NodeJS.ReadStream, output: NodeJS.WriteStream, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(text)
    let value = ''
    const wasRaw = input.isRaw
    input.setRawMode?.(true)
    input.resume()
    input.setEncoding('utf8')
    const done = (err: Error | null): void => {
      input.removeListener('data', onData)
      input.setRawMode?.(wasRaw)
      input.pause()
      output.write('\n')
      if (err) reject(err)
      else resolve(value)
    }
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(null)
        if (ch === '\u0003') return done(new EsitiError('CANCELLED', 'core.cancelled'))
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1)
        else if (ch >= ' ') value += ch
      }
    }
    input.on('data', onData)
  })
}

/**
 * For this CLI run, every encrypted project opened (the project of the verb, the other copy of a
 * merge, a template) gets its passphrase from ESITI_PASSPHRASE or, at a terminal, a prompt worded in
 * the run's language; one typed passphrase is asked once per file.
 */
export function usePromptedPassphrases(promptText: (file: string) => string): () => void {
  const typed = new Map<string, string>()
  setPassphraseProvider(async (file) => {
    const known = typed.get(file)
    if (known !== undefined) return known
    const p = await readPassphrase({ env: PROJECT_PASSPHRASE_ENV, prompt: promptText(path.basename(file)) })
    typed.set(file, p)
    return p
  })
  return () => setPassphraseProvider(null)
}
