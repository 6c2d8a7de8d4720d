import { runCli } from '../../src/main/cli/main'

/** Runs the CLI in-process and captures its streams. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string; json: any }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, (s) => (stdout += s), (s) => (stderr += s))
  let json: unknown = undefined
  if (argv.includes('--json') && code === 0) json = JSON.parse(stdout)
  return { code, stdout, stderr, json }
}
