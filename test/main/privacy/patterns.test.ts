import { describe, expect, it } from 'vitest'
import { codiceFiscaleCheck, isCodiceFiscale, isIban, isPartitaIva } from '../../../src/main/services/privacy/detect/checks'
import { findAddresses, findIbans, findPatterns, findTaxCodes, findVatNumbers, isIpAddress } from '../../../src/main/services/privacy/detect/patterns'
import type { RawHit } from '../../../src/main/services/privacy/detect/types'
import { resolveOverlaps } from '../../../src/main/services/privacy/detect/detect'

const texts = (text: string, hits: RawHit[]): string[] => hits.map((h) => text.slice(h.start, h.end))

describe('identifier patterns with their check digits', () => {
  it('codice fiscale: the check character of DM 12/03/1974, and a wrong one refused', () => {
    expect(codiceFiscaleCheck('RSSMRA85T10A562')).toBe('S')
    expect(isCodiceFiscale('RSSMRA85T10A562S')).toBe(true)
    expect(isCodiceFiscale('RSSMRA85T10A562T')).toBe(false)
    const cf = 'cf: RSSMRA85T10A562T e RSSMRA85T10A562S'
    expect(texts(cf, findTaxCodes(cf))).toEqual(['RSSMRA85T10A562S'])
  })

  it('partita IVA (Luhn-style check digit) and IBAN (mod 97)', () => {
    expect(isPartitaIva('00743110157')).toBe(true)
    expect(isPartitaIva('00743110158')).toBe(false)
    const vat = 'P.IVA 00743110157, non 00743110158'
    expect(texts(vat, findVatNumbers(vat))).toEqual(['00743110157'])
    expect(isIban('IT60X0542811101000000123456')).toBe(true)
    expect(isIban('IT61X0542811101000000123456')).toBe(false)
    expect(findIbans('IBAN IT60 X054 2811 1010 0000 0123 456 grazie').length).toBe(1)
  })

  it('street addresses keep a following preposition out; IP addresses', () => {
    const a1 = 'Abito in Via Garibaldi 12 a Torino.'
    expect(texts(a1, findAddresses(a1))).toEqual(['Via Garibaldi 12'])
    const a2 = 'Sede in piazza San Carlo 4/b, 10121 Torino (TO).'
    expect(texts(a2, findAddresses(a2))).toEqual(['piazza San Carlo 4/b, 10121 Torino (TO)'])
    expect(isIpAddress('192.168.1.20')).toBe(true)
    expect(isIpAddress('300.1.1.1')).toBe(false)
  })

  it('overlapping hits keep one', () => {
    const hits = findPatterns('Scrivete a mario.rossi@example.it o chiamate il 011 5551234.')
    const { kept } = resolveOverlaps([...hits, ...hits])
    expect(kept.map((h) => h.kind).sort()).toEqual(['email', 'phone'])
  })
})
