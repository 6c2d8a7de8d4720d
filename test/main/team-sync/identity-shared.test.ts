import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { JOIN_WHEN_SAME, joinsByName, sameNameRule } from '../../../src/main/services/sync/identity'

/**
 * `esiti merge` and team sync decide "the same row" by one set of rules (services/sync/identity.ts),
 * imported by both, not copied: a change there changes both. The rules themselves are what merge's
 * own tests (team/merge.test.ts) and sync's (apply) exercise.
 */
const ROOT = path.resolve(__dirname, '../../..')
const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8')

describe('identity rules shared by merge and sync', () => {
  it('both import them from services/sync/identity.ts', () => {
    expect(read('src/main/services/team/merge/plan.ts')).toMatch(/from '\.\.\/\.\.\/sync\/identity'/)
    expect(read('src/main/services/sync/local/apply.ts')).toMatch(/from '\.\.\/identity'/)
  })
  it('coders and attributes are joined by name; codes and cases are only proposed', () => {
    expect(joinsByName('coders')).toBe(true)
    expect(joinsByName('attributes')).toBe(true)
    expect(joinsByName('codes')).toBe(false)
    expect(sameNameRule('codes')).toEqual({ parent: 'parent_id' })
    expect(sameNameRule('cases')).toEqual({ parent: null })
    expect(sameNameRule('coders')).toBeNull()
    expect([...JOIN_WHEN_SAME]).toContain('case_values')
  })
})
