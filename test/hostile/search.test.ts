import { describe, expect, it } from 'vitest'
import { hostileProject } from './support/project'
import { run } from './support/run-cli'
import { expectRefusal, expectSuccess } from './support/expect-run'
import { emojiTranscript } from './support/generators'

/** Regular-expression searches that used to never return or backtrack for minutes (issue 15). */
const { project } = hostileProject('esiti-hostile-search-', async (d, p) => {
  await run('transcripts', 'import', p, emojiTranscript(d))
})

describe('search', () => {
  it("returns for 'x*' on a text with emoji (it looped forever inside a surrogate pair)", async () => {
    const { json } = await expectSuccess(['search', project, 'x*', '--regex'])
    expect(json.sourcesSearched).toBe(1)
    const { json: smart } = await expectSuccess(['search', project, 'smart\\s+w\\w+', '--regex'])
    expect(smart.hits.map((h: { text: string }) => h.text)).toEqual(['smart working'])
  })

  it.each(['(\\p{L}+\\s?)+#', '(.*.*)*Z'])('stops %s at the 10-second limit instead of backtracking for minutes', async (pattern) => {
    const r = await expectRefusal(['search', project, pattern, '--regex'], /^esiti: The search for ".+" ran for at least 10 seconds; the limit is 10 seconds: simplify the regular expression or search fewer sources\.$/)
    expect(r.seconds).toBeGreaterThan(9)
  })
})
