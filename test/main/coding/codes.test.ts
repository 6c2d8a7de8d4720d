import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { undo } from '../../../src/main/db/op-log'
import { addCodeLink, removeCodeLink, setCodeLinks } from '../../../src/main/services/coding/code-links'
import { mergeCodes } from '../../../src/main/services/coding/code-merge'
import { resolveCode } from '../../../src/main/services/coding/code-tree'
import { addCode, deleteCode, listCodes, moveCode, updateCode } from '../../../src/main/services/coding/codes'
import { codeMatrix } from '../../../src/main/services/coding/matrices'
import { createMemo, listMemos } from '../../../src/main/services/coding/memos'
import { mutate } from '../../../src/main/db/op-log'
import { tempProject, type TempProject } from '../transcripts/support/project'
import { codeQuote, count, seedSmall, TEXT_A, TEXT_B, type Small } from './fixture'

let t: TempProject
let s: Small
beforeEach(async () => {
  t = await tempProject('Giulia')
  s = seedSmall(t.ctx)
})
afterEach(() => t.close())

const fail = (fn: () => unknown): EsitiError => {
  try {
    fn()
  } catch (e) {
    return e as EsitiError
  }
  throw new Error('expected an error')
}

describe('codebook', () => {
  it('builds a tree with paths, colours, definitions and counts', () => {
    const c = addCode(t.ctx, {
      name: 'Orari',
      parentId: s.codes.sw,
      color: '#ABCDEF',
      definition: 'Tempi di lavoro',
      whenToUse: 'Quando si parla di orari',
      whenNotToUse: 'Turni di produzione',
      example: '«dalle 9.30 alle 12.30»',
      shortcut: 'alt + 4'
    })
    // Shortcuts are stored in one canonical spelling, so the reader matches key presses exactly.
    expect(c).toMatchObject({ path: 'Smart working > Orari', depth: 1, color: '#abcdef', shortcut: 'Alt+4', definition: 'Tempi di lavoro' })
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'smart working', s.codes.swBenefits, s.coders.giulia)
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'Lo smart working', s.codes.sw, s.coders.giulia)
    const list = listCodes(t.ctx)
    expect(list.map((x) => x.path)).toEqual([
      'Smart working',
      'Smart working > Benefici',
      'Smart working > Limiti',
      'Smart working > Orari',
      'Coworking',
      'Welfare'
    ])
    const sw = list.find((x) => x.id === s.codes.sw)!
    expect([sw.codings, sw.codingsTotal, sw.sources]).toEqual([1, 2, 1])
    expect(resolveCode(t.ctx, 'Smart working > Orari')).toBe(c.id)
    expect(resolveCode(t.ctx, 'Orari')).toBe(c.id)
  })

  it('refuses duplicate sibling names, bad colours and taken shortcuts', () => {
    expect(fail(() => addCode(t.ctx, { name: 'Benefici', parentId: s.codes.sw })).code).toBe('CONFLICT')
    expect(addCode(t.ctx, { name: 'Benefici', parentId: s.codes.cw }).path).toBe('Coworking > Benefici')
    expect(fail(() => resolveCode(t.ctx, 'Benefici')).message).toMatch(/ambiguous/)
    expect(fail(() => addCode(t.ctx, { name: 'X', color: 'red' })).message).toMatch(/#RRGGBB/)
    addCode(t.ctx, { name: 'Y', shortcut: 'Alt+1' })
    expect(fail(() => addCode(t.ctx, { name: 'Z', shortcut: 'ALT+1' })).message).toMatch(/already used by the code "Y"/)
  })

  it('takes only real shortcuts: one key with Ctrl, Alt or Cmd (or F1–F12), not one Esiti uses itself', () => {
    // The example: "ctrl+shift+zz" was stored as typed and could never be pressed.
    const refused: [string, string][] = [
      ['ctrl+shift+zz', 'coding.shortcut.key'],
      ['1', 'coding.shortcut.modifier'],
      ['Shift+A', 'coding.shortcut.modifier'],
      ['Alt+', 'coding.shortcut.syntax'],
      ['Ctrl+Ctrl+A', 'coding.shortcut.syntax'],
      ['Hyper+A', 'coding.shortcut.syntax'],
      ['Ctrl+Shift', 'coding.shortcut.key'],
      ['Ctrl+K', 'coding.shortcut.reserved'],
      ['ctrl+z', 'coding.shortcut.reserved'],
      ['F12', 'coding.shortcut.reserved']
    ]
    for (const [value, key] of refused) {
      const e = fail(() => addCode(t.ctx, { name: `X ${value}`, shortcut: value }))
      expect([value, e.code, (e as { key?: string }).key]).toEqual([value, 'INVALID_INPUT', key])
    }
    expect(listCodes(t.ctx).some((c) => c.name.startsWith('X '))).toBe(false)
    const accepted: [string, string][] = [
      ['alt+2', 'Alt+2'],
      ['Shift + Ctrl + k', 'Ctrl+Shift+K'],
      ['cmd+option+9', 'Alt+Meta+9'],
      ['F3', 'F3'],
      ['shift+f4', 'Shift+F4']
    ]
    for (const [value, stored] of accepted) expect(addCode(t.ctx, { name: `Ok ${value}`, shortcut: value }).shortcut).toBe(stored)
    // Clearing a shortcut frees it for another code.
    const first = listCodes(t.ctx).find((c) => c.shortcut === 'Alt+2')!
    updateCode(t.ctx, first.id, { shortcut: null })
    expect(updateCode(t.ctx, s.codes.welfare, { shortcut: 'Alt+2' }).shortcut).toBe('Alt+2')
  })

  it('renames and moves codes, never below themselves', () => {
    updateCode(t.ctx, s.codes.swLimits, { name: 'Difficoltà' })
    expect(moveCode(t.ctx, s.codes.swLimits, s.codes.cw).path).toBe('Coworking > Difficoltà')
    expect(fail(() => moveCode(t.ctx, s.codes.sw, s.codes.swBenefits)).message).toMatch(/under itself/)
    expect(fail(() => moveCode(t.ctx, s.codes.sw, s.codes.sw)).code).toBe('INVALID_INPUT')
    expect(moveCode(t.ctx, s.codes.welfare, null, 0).path).toBe('Welfare')
    expect(listCodes(t.ctx).filter((c) => c.depth === 0).map((c) => c.name)).toEqual(['Welfare', 'Smart working', 'Coworking'])
    undo(t.project, 'x')
    undo(t.project, 'x')
    expect(listCodes(t.ctx).find((c) => c.id === s.codes.swLimits)!.path).toBe('Smart working > Difficoltà')
  })

  it('deletes a code with its sub-codes, codings, links and memos, and undo brings all back', () => {
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'smart working', s.codes.swBenefits, s.coders.giulia)
    codeQuote(t.ctx, s.sources.b, TEXT_B, 'smart working', s.codes.swLimits, s.coders.marco)
    // Every project holds the 17 goals (migration 0005).
    const sdg = (t.project.sqlite.prepare('SELECT id FROM sdg_goals WHERE number = 8').get() as { id: string }).id
    addCodeLink(t.ctx, s.codes.swBenefits, 'sdg_goal', '8')
    createMemo(t.ctx, { targetKind: 'code', targetId: s.codes.swBenefits, body: 'nota sul codice' })
    const before = { codings: count(t.ctx, 'SELECT COUNT(*) n FROM codings'), links: count(t.ctx, 'SELECT COUNT(*) n FROM code_links') }
    expect(before).toEqual({ codings: 2, links: 1 })
    expect(deleteCode(t.ctx, s.codes.sw)).toEqual({ codes: 3, codings: 2 })
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codes')).toBe(2)
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(0)
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM code_links')).toBe(0)
    expect(listMemos(t.ctx)).toHaveLength(0)
    undo(t.project, 'x')
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codes')).toBe(5)
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(2)
    expect(listCodes(t.ctx).find((c) => c.id === s.codes.swBenefits)!.links.map((l) => l.targetId)).toEqual([sdg])
    expect(listMemos(t.ctx)).toHaveLength(1)
  })

  it('merges two codes: codings move, exact duplicates collapse, and undo restores the counts', () => {
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'smart working', s.codes.swBenefits, s.coders.giulia)
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'smart working', s.codes.swLimits, s.coders.giulia) // exact duplicate once merged
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'smart working', s.codes.swLimits, s.coders.marco) // other coder: moves
    codeQuote(t.ctx, s.sources.b, TEXT_B, 'produzione', s.codes.swLimits, s.coders.giulia)
    const matrixBefore = codeMatrix(t.ctx, { rows: 'sources' })
    const totalBefore = count(t.ctx, 'SELECT COUNT(*) n FROM codings')
    const r = mergeCodes(t.ctx, s.codes.swLimits, s.codes.swBenefits)
    expect(r).toEqual({ into: s.codes.swBenefits, moved: 2, collapsed: 1, children: 0 })
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(totalBefore - 1)
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings WHERE code_id = ?', s.codes.swBenefits)).toBe(3)
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codes WHERE id = ?', s.codes.swLimits)).toBe(0)
    undo(t.project, 'x')
    expect(codeMatrix(t.ctx, { rows: 'sources' })).toEqual(matrixBefore)
    expect(count(t.ctx, 'SELECT COUNT(*) n FROM codings')).toBe(totalBefore)
  })

  it('merges a parent into its own sub-code without losing anything', () => {
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'smart working', s.codes.sw, s.coders.giulia)
    codeQuote(t.ctx, s.sources.b, TEXT_B, 'smart working', s.codes.swLimits, s.coders.giulia)
    mergeCodes(t.ctx, s.codes.sw, s.codes.swBenefits)
    const list = listCodes(t.ctx)
    expect(list.map((c) => c.path)).toContain('Benefici > Limiti')
    expect(list.find((c) => c.id === s.codes.swBenefits)!.codingsTotal).toBe(2)
  })

  it('sets, adds and removes links to SDGs, actions and indicators', () => {
    mutate(
      t.project,
      { actor: 'x', kind: 'x', summary: { key: 'legacy.text', params: { text: 'x' } } },
      (w) => {
        const p = w.insert('programmes', { name: 'MIRE' })
        w.insert('actions', { programme_id: p, code: 'SW', name: 'Smart working' })
      },
      { log: false }
    )
    const links = setCodeLinks(t.ctx, s.codes.welfare, [
      { kind: 'sdg_goal', target: '5' },
      { kind: 'sdg_target', target: '5.4' },
      { kind: 'action', target: 'SW' }
    ])
    expect(links.map((l) => l.label.slice(0, 45)).sort()).toEqual([
      '5.4 – Riconoscere e valorizzare la cura e il ',
      'SDG 5 – Parità di genere',
      'SW – Smart working'
    ])
    expect(fail(() => addCodeLink(t.ctx, s.codes.welfare, 'indicator', 'IND-9')).code).toBe('NOT_FOUND')
    removeCodeLink(t.ctx, links[0].id)
    expect(listCodes(t.ctx).find((c) => c.id === s.codes.welfare)!.links).toHaveLength(2)
  })
})
