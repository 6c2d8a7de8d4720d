import { runCli } from './main'

// Entry point of the `esiti` command (bin/esiti.mjs runs its bundle, out/main/cli.js, or this file
// through tsx).

/**
 * A reader that stops early (`esiti survey recipe … | head`) closes the pipe: the next write fails
 * with EPIPE. That is the reader's choice, not an error: the rest of the output is dropped and the
 * command finishes normally (so the project is closed and its lock released).
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true
    else throw e
  })
  return (s) => {
    if (!closed) stream.write(s)
  }
}

const out = quietOnClosedPipe(process.stdout)
const err = quietOnClosedPipe(process.stderr)

runCli(process.argv.slice(2), out, err).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    err(`esiti: ${(e as Error).message}\n`)
    process.exitCode = 70
  }
)
