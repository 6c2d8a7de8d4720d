import { expect } from 'vitest'
import { CEILING, describeRun, runCli, type Measured } from './run-cli'

/** The run stayed under the ceilings (not killed, under 60 s and 1 GB). */
export function expectWithinCeilings(r: Measured): void {
  // The figures go to the test output: docs/performance.md quotes them.
  console.info(`esiti ${r.args.join(' ').replace(/\/tmp\/\S+\//g, '')}: ${describeRun(r)}`)
  expect(r.killed, describeRun(r)).toBe(false)
  expect(r.seconds, describeRun(r)).toBeLessThan(CEILING.seconds)
  expect(r.megabytes, describeRun(r)).toBeLessThan(CEILING.megabytes)
}

/**
 * The command refuses the input cleanly: exit 1 (an error Esiti recognised, not 70 for an internal
 * one), one `esiti:` line on stderr matching `message`, within the ceilings.
 */
export async function expectRefusal(args: string[], message: RegExp): Promise<Measured> {
  const r = await runCli(args)
  expectWithinCeilings(r)
  expect(r.code, describeRun(r)).toBe(1)
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('esiti:'))
  expect(lines, describeRun(r)).toHaveLength(1)
  expect(lines[0]).toMatch(message)
  return r
}

/** The command succeeds within the ceilings; returns its JSON output. */
export async function expectSuccess(args: string[]): Promise<{ r: Measured; json: any }> {
  const r = await runCli([...args, '--json'])
  expectWithinCeilings(r)
  expect(r.code, describeRun(r)).toBe(0)
  return { r, json: JSON.parse(r.stdout) }
}

/** A limit refusal: "<file …> has <found> …; the limit is <limit> …". */
export const limitMessage = (subject: string, found: string, limit: string): RegExp =>
  new RegExp(`^esiti: ${subject}.* ${found}.*; the limit is ${limit}`)
