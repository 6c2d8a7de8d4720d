import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../src/shared/messages'
import { DICTIONARIES } from '../../../src/renderer/src/i18n/dictionaries'
import { crossLanguage, rawIdentifiers } from '../../e2e/support/tour'

/** The tour's check itself, on texts whose answer is known (so a passing tour is not a blind one). */
describe('cross-language check of the screenshot tour', () => {
  const italianUi = { own: [DICTIONARIES.it, MESSAGES.it], other: [DICTIONARIES.en, MESSAGES.en] }
  const englishUi = { own: [DICTIONARIES.en, MESSAGES.en], other: [DICTIONARIES.it, MESSAGES.it] }

  it('finds English sentences in the Italian window, with or without parameters', () => {
    const hits = crossLanguage(
      ['Salvato', 'Save a copy as…', 'Merged copia.esiti', 'Non è un progetto Esiti.', 'Project not found: /tmp/x.esiti', 'Undo: x'],
      italianUi,
      new Set()
    )
    // 'Undo: {{what}}' has too few words of its own to tell a language: short templates are not judged.
    expect(hits.map((h) => h.key).sort()).toEqual(['merge.op', 'project.notFound', 'top.saveCopy'])
  })

  it('finds Italian sentences in the English window, and ignores shared words and the project’s own data', () => {
    const hits = crossLanguage(['Salva una copia…', 'Partner', 'Webinar', 'Benefici percepiti', 'SDG 5'], englishUi, new Set(['Benefici percepiti']))
    expect(hits).toEqual([{ text: 'Salva una copia…', key: 'top.saveCopy' }])
  })

  it('takes a figure with the project’s own unit as data, but not a counted noun of the other language', () => {
    // "131 persone" is the demo indicator's unit; "3 codifiche" is the Italian window's plural.
    const hits = crossLanguage(['131 persone', '1.234 persone', '3 codifiche'], englishUi, new Set(['persone']))
    expect(hits.map((h) => h.text)).toEqual(['3 codifiche'])
  })

  it('finds identifiers shown as they are, but not the project’s own names', () => {
    expect(rawIdentifiers(['keep_a', 'codepoints-lf', 'informazioni_cronologiche', 'Tieni A', 'mire-demo.esiti'], new Set(['informazioni_cronologiche']))).toEqual([
      'keep_a',
      'codepoints-lf'
    ])
    // A word the dictionaries give as it is (an identifier kind worded "e-mail" in both languages) is worded.
    expect(rawIdentifiers(['e-mail', 'keep_a'], new Set(), [{ 'sv.identifier.email': 'e-mail' }])).toEqual(['keep_a'])
  })
})
