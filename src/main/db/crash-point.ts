/**
 * A named place where a test may kill the process outright (kill -9 semantics: no cleanup, no
 * finally), to prove that an interrupted operation loses nothing. Inert unless
 * ESITI_TEST_CRASH_AT names this point.
 */
export function crashPoint(name: string): void {
  if (process.env.ESITI_TEST_CRASH_AT === name) process.kill(process.pid, 'SIGKILL')
}
