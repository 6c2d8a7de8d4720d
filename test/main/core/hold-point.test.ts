import { afterEach, describe, expect, it } from 'vitest'
import { holdPoint } from '../../../src/main/db/hold-point'

/* The test point the responsive browser test uses to cancel an import that is certainly running. */

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false
  void p.then(() => (done = true))
  await new Promise((r) => setTimeout(r, 20))
  return done
}

afterEach(() => {
  delete process.env.ESITI_TEST_HOLD_AT
})

describe('holdPoint', () => {
  it('does not hold when no test names the point, or names another one', async () => {
    const c = new AbortController()
    expect(await settled(holdPoint('survey.import.read', c.signal))).toBe(true)
    process.env.ESITI_TEST_HOLD_AT = 'elsewhere'
    expect(await settled(holdPoint('survey.import.read', c.signal))).toBe(true)
  })

  it('holds a job until it is cancelled, and never holds a job that cannot be cancelled', async () => {
    process.env.ESITI_TEST_HOLD_AT = 'survey.import.read'
    expect(await settled(holdPoint('survey.import.read', undefined))).toBe(true)
    const c = new AbortController()
    const held = holdPoint('survey.import.read', c.signal)
    expect(await settled(held)).toBe(false)
    c.abort()
    expect(await settled(held)).toBe(true)
  })

  it('lets go after its longest hold, so a test that forgets to cancel does not hang', async () => {
    process.env.ESITI_TEST_HOLD_AT = 'survey.import.read'
    const c = new AbortController()
    expect(await settled(holdPoint('survey.import.read', c.signal, 5))).toBe(true)
  })
})
