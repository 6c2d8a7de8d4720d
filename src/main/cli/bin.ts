import { runCli } from './main'

// Entry point of the `esiti` command (bin/esiti.mjs loads this through tsx).
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`esiti: ${(e as Error).message}\n`)
    process.exitCode = 70
  }
)
