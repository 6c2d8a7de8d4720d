import { describe, expect, it } from 'vitest'
import { batteryLabels } from '../../../src/main/services/report/table-survey'

describe('labels of a grid question', () => {
  it('moves the shared question to the header and keeps the items as row labels', () => {
    const q = 'Quanto sei d’accordo con le seguenti affermazioni?'
    expect(batteryLabels([`${q} [Il lavoro agile mi aiuta]`, `${q} [Sono più produttivo/a]`])).toEqual({
      stem: q,
      items: ['Il lavoro agile mi aiuta', 'Sono più produttivo/a']
    })
  })

  it('leaves labels alone when the questions differ, a label has no brackets, or there is one item', () => {
    const mixed = ['A [x]', 'B [y]']
    expect(batteryLabels(mixed)).toEqual({ stem: '', items: mixed })
    const plain = ['A [x]', 'Soddisfazione']
    expect(batteryLabels(plain)).toEqual({ stem: '', items: plain })
    expect(batteryLabels(['A [x]'])).toEqual({ stem: '', items: ['A [x]'] })
  })
})
