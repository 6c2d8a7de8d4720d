import { describe, expect, it } from 'vitest'
import { foldString, foldText, originalRange } from '../../../src/main/services/coding/fold'

const opts = { caseFold: true, accentFold: true }

describe('folding for accent- and case-insensitive search', () => {
  it('folds Italian text position by position, without an offset map', () => {
    const text = 'Perché PIÙ caffè? L’Università è già lì 😀 — Ça va'
    const f = foldText(text, opts)
    expect(f.text).toBe(foldString(text, opts))
    expect(f.text).toBe("perche piu caffe? l'universita e gia li 😀 — ca va")
    expect(f.map).toBeNull()
    const at = f.text.indexOf('universita')
    expect(text.slice(...originalRange(text, f, at, at + 'universita'.length))).toBe('Università')
  })

  it('keeps a map when a character folds to more or fewer code units, and hits land on whole characters', () => {
    const text = 'Città di İstanbul, ﬁne e cafe\u0301'
    const f = foldText(text, opts)
    expect(f.text).toBe(foldString(text, opts))
    expect(f.map).not.toBeNull()
    const at = f.text.indexOf('istanbul')
    expect(text.slice(...originalRange(text, f, at, at + 'istanbul'.length))).toBe('İstanbul')
    const cafe = f.text.lastIndexOf('cafe')
    expect(text.slice(...originalRange(text, f, cafe, cafe + 4))).toBe('cafe\u0301')
  })

  it('folds case only, or accents only, when asked', () => {
    expect(foldText('Perché', { caseFold: true, accentFold: false }).text).toBe('perché')
    expect(foldText('Perché', { caseFold: false, accentFold: true }).text).toBe('Perche')
  })
})
