import { describe, expect, it } from 'vitest'
import { parseLooseDate, type DateOrder } from '../../../src/main/services/survey/infer/parse-date'

/**
 * parseLooseDate reads the commonest timestamp shape ("12/02/2023 19.07.17") without regular
 * expressions (issue 12). A leading space sends the same text down the general path (it is trimmed
 * there), so each text is compared with itself read the general way.
 */
function variants(): string[] {
  const out: string[] = []
  const days = ['1', '01', '9', '12', '13', '28', '29', '30', '31', '32', '0', '00']
  const months = ['1', '02', '2', '12', '13', '0']
  const years = ['2023', '23', '69', '70', '99', '1999', '2024', '1900', '2000', '0999', '999', '3', '20231']
  const times = ['', ' 19.07.17', ' 19:07:17', ' 9.5', ' 9.05', ' 23:59:59', ' 24:00:00', ' 23.60', ' 23.59.60', ' 7.07.1', ' 07.07.17.5', ' 19.07.17 pm', ' 12:00 am', '  19.07', ' 019.07', ' 19.07.', ' 19-07']
  const seps = ['/', '.', '-']
  for (const d of days)
    for (const m of months)
      for (const y of years)
        for (const t of times) out.push(`${d}/${m}/${y}${t}`)
  for (const a of seps) for (const b of seps) out.push(`12${a}02${b}2023 19.07.17`, `2023${a}02${b}12 19:07:17`, `29${a}02${b}24`)
  out.push('12/02/2023 19.07.17', '12/02/2023', '2/3/04', '12/02/2023T19:07', '12/02/2023\t19.07.17', '12/02/2023 19.07.17 ', '1/1/2023 0.00')
  return out
}

describe('parseLooseDate on the common numeric shape', () => {
  for (const order of ['dmy', 'mdy', 'ymd'] as DateOrder[])
    it(`gives what the general path gives (${order})`, () => {
      let parsed = 0
      for (const t of variants()) {
        const fast = parseLooseDate(t, order)
        expect(fast, t).toEqual(parseLooseDate(` ${t}`, order))
        if (fast) parsed++
      }
      expect(parsed).toBeGreaterThan(1000)
    })

  it('reads Google Forms timestamps and refuses impossible days', () => {
    expect(parseLooseDate('12/02/2023 19.07.17')).toEqual({ date: '2023-02-12', time: '19:07:17' })
    expect(parseLooseDate('02/13/2023 9.05', 'mdy')).toEqual({ date: '2023-02-13', time: '09:05:00' })
    expect(parseLooseDate('29/02/2024')).toEqual({ date: '2024-02-29', time: null })
    expect(parseLooseDate('29/02/2023')).toBeNull()
    expect(parseLooseDate('29/02/1900')).toBeNull()
    expect(parseLooseDate('29/02/2000 00.00.00')).toEqual({ date: '2000-02-29', time: '00:00:00' })
    expect(parseLooseDate('31/04/2023 10.00')).toBeNull()
  })
})
