import { describe, expect, it } from 'vitest'
import { proposeMapping } from '../../../src/main/services/survey/import/column-mapping'

type V = Parameters<typeof proposeMapping>[0][number]
const v = (name: string, header: string, type: V['type'] = 'ordinal'): V => ({ name, label: header, type, columns: [header] })

describe('column mapping between waves', () => {
  it('follows the headers when a grid of items is reordered, not the generated names', () => {
    const wave1 = [
      v('accordo', "Quanto sei d'accordo? [Concilio meglio lavoro e famiglia]"),
      v('accordo_2', "Quanto sei d'accordo? [Sono più produttivo]"),
      v('accordo_3', "Quanto sei d'accordo? [Viaggio meno]")
    ]
    const wave2 = [
      v('accordo', "Quanto sei d'accordo? [Viaggio meno]"),
      v('accordo_2', "Quanto sei d'accordo? [Concilio meglio lavoro e famiglia]"),
      v('accordo_3', "Quanto sei d'accordo? [Sono più produttivo]")
    ]
    const m = proposeMapping(wave1, wave2)
    expect(m.map((e) => [e.from, e.to, e.how])).toEqual([
      ['accordo', 'accordo_2', 'label'],
      ['accordo_2', 'accordo_3', 'label'],
      ['accordo_3', 'accordo', 'label']
    ])
  })

  it('keeps a name match when the header was only reworded, and leaves the unrelated unmapped', () => {
    const m = proposeMapping(
      [v('giorni_sw', 'Quanti giorni lavori in smart working?', 'numeric'), v('eta', 'Età', 'numeric')],
      [v('giorni_sw', 'Quanti giorni alla settimana lavori in smart working?', 'numeric'), v('nuova', 'Hai seguito un webinar?', 'nominal')]
    )
    expect(m[0]).toMatchObject({ from: 'giorni_sw', to: 'giorni_sw', how: 'name' })
    expect(m[0].score).toBeGreaterThan(0.7)
    expect(m[1]).toMatchObject({ from: 'eta', to: null, how: 'none' })
  })
})
