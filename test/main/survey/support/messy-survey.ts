import { googleStamp } from './platform-exports'
import { writeXlsx, type Cell } from './xlsx-writer'

/**
 * A small Google Forms export with the mess cleaning is for: company name variants, numbers typed as
 * text, a "Non so", a duplicate submission (same e-mail, later timestamp), an impossible age.
 */
export const COMPANY_VARIANTS: [string, string[]][] = [
  ['Meccanica Vigentina S.r.l.', ['Meccanica Vigentina S.r.l.', 'meccanica vigentina s.r.l. ', 'MECCANICA VIGENTINA S.R.L.', 'Meccanica  Vigentina S.r.l.']],
  ['Forno San Siro S.n.c.', ['Forno San Siro S.n.c.', 'forno san siro s.n.c.', 'Forno San Siro S.n.c']],
  ['Logistica Chiaravalle S.p.A.', ['Logistica Chiaravalle S.p.A.', 'Logistica Chiaravalle S.p.A.']]
]

export interface MessyRow {
  email: string
  at: Date
  company: string
  employees: string | number
  days: string | number
  satisfaction: string
  age: number
}

export function messyRows(): MessyRow[] {
  const out: MessyRow[] = []
  const sats = ['Molto soddisfatto', 'Abbastanza soddisfatto', 'Poco soddisfatto', 'Per niente soddisfatto', 'Non so']
  const days: (string | number)[] = ['2', '2,5', 'due', 3, 1, '0']
  const employees: (string | number)[] = [120, '1.200', '45', 9, '250', 49]
  let k = 0
  for (const [, variants] of COMPANY_VARIANTS)
    for (const v of variants) {
      out.push({
        email: `utente${k}@impresa.it`,
        at: new Date(Date.UTC(2023, 2, 1 + k, 9, k, 0)),
        company: v,
        employees: employees[k % employees.length],
        days: days[k % days.length],
        satisfaction: sats[k % sats.length],
        age: 25 + k
      })
      k++
    }
  out[2].age = 150
  // the same person again, a week later, with a different answer
  out.push({ ...out[0], at: new Date(out[0].at.getTime() + 7 * 86_400_000), satisfaction: 'Poco soddisfatto' })
  return out
}

export const MESSY_HEADERS = [
  'Informazioni cronologiche',
  'Indirizzo email',
  'Azienda',
  'Numero di dipendenti',
  'Giorni di lavoro agile a settimana',
  'Quanto è soddisfatto del servizio?',
  'Età'
]

export async function writeMessy(file: string, rows = messyRows(), headers = MESSY_HEADERS): Promise<void> {
  const data: Cell[][] = [headers]
  for (const r of rows) data.push([googleStamp(r.at), r.email, r.company, r.employees, r.days, r.satisfaction, r.age])
  await writeXlsx(file, [{ name: 'Risposte del modulo 1', rows: data }])
}
