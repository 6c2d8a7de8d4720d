import { demoCompanies, type DemoCompany } from './people'
import { prng, type Rng } from './prng'
import { COMPANY_ACTION_LABELS, COMPANY_WELFARE_MEASURES } from './variables'
import type { Cell, SheetSpec } from './xlsx-writer'

/**
 * The companies' survey as the evaluation office keeps it: a hand-made sheet with two title rows, a
 * two-row header whose group cells are merged over the welfare measures (marked "X") and the three
 * ratings, a blank row the office left in the middle, a totals row with formulas and a "Fonte:" note.
 */

export const COMPANY_SHEET = 'Imprese 2023'
export const COMPANY_TITLE = 'MIRE – Milano in Rete: rilevazione presso le imprese aderenti (dicembre 2023)'

export const COMPANY_HEADERS = {
  company: 'Azienda',
  sector: 'Settore',
  declaredSizeClass: 'Classe dimensionale',
  employees: 'Numero dipendenti',
  municipio: 'Municipio',
  actions: 'Azioni a cui ha aderito',
  smartWorkers: 'Dipendenti in smart working',
  welfareMeasures: 'Misure di welfare attivate',
  welfareBudget: 'Budget welfare annuo (€)',
  rating: 'Valutazione del programma (da 1 a 5)',
  ratingUsefulness: 'Utilità',
  ratingOrganisation: 'Organizzazione',
  ratingSupport: 'Supporto ricevuto'
} as const

const SIZE_LABEL = { micro: 'Micro', piccola: 'Piccola', media: 'Media', grande: 'Grande' } as const
const has = (c: DemoCompany, a: 'SW' | 'CW' | 'CWF'): boolean => c.actions.includes(a)

/** Some referents add a remark to the number, so the column imports as text and the recipe recodes it. */
function employeesCell(rnd: Rng, n: number, i: number): Cell {
  if (i % 6 === 2) return `${n} (sede di Milano)`
  const x = rnd.next()
  if (x < 0.15) return `${n} dipendenti`
  if (x < 0.25) return `circa ${n}`
  return n
}

/** Budgets as people type them: "12.500", "€ 3.000", 8000, "n.d.". */
function budgetCell(rnd: Rng, c: DemoCompany): { cell: Cell; value: number | null } {
  const per = has(c, 'CWF') ? rnd.int(80, 260) : rnd.int(20, 120)
  const value = Math.round(((c.employees ?? 1) * per) / 100) * 100
  const x = rnd.next()
  if (x < 0.1) return { cell: 'n.d.', value: null }
  const it = value.toLocaleString('it-IT', { useGrouping: 'always' } as Intl.NumberFormatOptions)
  if (x < 0.55) return { cell: it, value }
  if (x < 0.7) return { cell: `€ ${it}`, value }
  return { cell: value, value }
}

function measuresOf(rnd: Rng, c: DemoCompany): boolean[] {
  return COMPANY_WELFARE_MEASURES.map((m) => {
    if (m === 'Lavoro agile') return has(c, 'SW')
    if (m === 'Flessibilità oraria') return rnd.chance(has(c, 'SW') ? 0.8 : 0.4)
    if (m === 'Convenzioni con servizi di cura' || m === 'Piattaforma di welfare aziendale') return rnd.chance(has(c, 'CWF') ? 0.7 : 0.15)
    return rnd.chance(0.35)
  })
}

function companyRow(rnd: Rng, c: DemoCompany, i: number): { row: Cell[]; budget: number | null; smart: number } {
  const employees = c.employees ?? 1
  const smart = has(c, 'SW') ? Math.round(employees * (0.25 + rnd.next() * 0.4)) : 0
  const b = budgetCell(rnd, c)
  const rating = (): number => Math.max(1, Math.min(5, Math.round(3.6 + (rnd.next() - 0.4) * 2.4)))
  const size = SIZE_LABEL[c.sizeClass ?? 'micro']
  return {
    row: [
      i === 9 ? `${c.name} ` : c.name,
      c.sector,
      rnd.chance(0.15) ? size.toLowerCase() : size,
      employeesCell(rnd, employees, i),
      `Municipio ${c.municipio}`,
      c.actions.map((a) => COMPANY_ACTION_LABELS[a]).join('; '),
      has(c, 'SW') ? smart : rnd.chance(0.5) ? 0 : '-',
      ...measuresOf(rnd, c).map((on) => (on ? 'X' : null)),
      b.cell,
      rating(),
      rating(),
      rating()
    ],
    budget: b.value,
    smart
  }
}

const col = (i: number): string => String.fromCharCode(65 + i)

export function companySheet(): SheetSpec {
  const rnd = prng(26)
  const H = COMPANY_HEADERS
  const width = 16
  const blank = (): Cell[] => Array<Cell>(width).fill(null)
  const top: Cell[] = [H.company, H.sector, H.declaredSizeClass, H.employees, H.municipio, H.actions, H.smartWorkers, H.welfareMeasures, null, null, null, null, H.welfareBudget, H.rating, null, null]
  const sub: Cell[] = [null, null, null, null, null, null, null, ...COMPANY_WELFARE_MEASURES, null, H.ratingUsefulness, H.ratingOrganisation, H.ratingSupport]
  const title = blank()
  title[0] = COMPANY_TITLE
  const subtitle = blank()
  subtitle[0] = 'Schede compilate dai referenti aziendali e riportate dal gruppo di valutazione'
  const rows: Cell[][] = [title, subtitle, blank(), top, sub]
  const firstData = rows.length + 1
  let employees = 0
  let smart = 0
  let budget = 0
  demoCompanies.forEach((c, i) => {
    const r = companyRow(rnd, c, i)
    employees += c.employees ?? 0
    smart += r.smart
    budget += r.budget ?? 0
    rows.push(r.row)
    // the office left an empty line between two batches of forms
    if (i === 12) rows.push(blank())
  })
  const lastData = rows.length
  const total = blank()
  total[0] = 'Totale'
  total[3] = { formula: `SUM(D${firstData}:D${lastData})`, result: employees }
  total[6] = { formula: `SUM(G${firstData}:G${lastData})`, result: smart }
  total[12] = { formula: `SUM(M${firstData}:M${lastData})`, result: budget }
  rows.push(total, blank())
  const note = blank()
  note[0] = 'Fonte: elaborazione del gruppo di valutazione MIRE su schede delle imprese, dicembre 2023'
  rows.push(note)
  const merges = [`A1:${col(width - 1)}1`, `A2:${col(width - 1)}2`, 'H4:L4', 'N4:P4']
  for (const i of [0, 1, 2, 3, 4, 5, 6, 12]) merges.push(`${col(i)}4:${col(i)}5`)
  return {
    name: COMPANY_SHEET,
    rows,
    merges,
    widths: [40, 28, 12, 12, 12, 36, 12, 12, 12, 12, 12, 12, 16, 10, 10, 10]
  }
}
