/**
 * A named place where a test may hold a running job until it is cancelled, so that a cancel from the
 * window meets a job that is certainly still running, however fast the machine finishes the work
 * (a 100,000-row import once outran the click that was to cancel it). Inert unless ESITI_TEST_HOLD_AT
 * names this point. The hold is awaited, never spun: the service keeps answering reads and job:cancel
 * meanwhile. It lets go after `maxMs` in any case, so a test that forgets to cancel cannot hang a run.
 */
export async function holdPoint(name: string, signal: AbortSignal | undefined, maxMs = 120_000): Promise<void> {
  if (process.env.ESITI_TEST_HOLD_AT !== name || !signal || signal.aborted) return
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, maxMs)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        resolve()
      },
      { once: true }
    )
  })
}
