import { companies } from '../content/organisations'
import type { DemoOrganisation } from '../content/types'
import type { Rng } from './prng'

/** Invented first and last names for the respondents' e-mail addresses. */
const WOMEN = [
  'giulia', 'francesca', 'chiara', 'sara', 'elena', 'valentina', 'silvia', 'federica', 'martina', 'laura', 'anna',
  'ilaria', 'monica', 'serena', 'alice', 'beatrice', 'cristina', 'paola', 'noemi', 'rosa', 'aurora', 'fatima', 'mei',
  'ana', 'priya'
]
const MEN = [
  'marco', 'luca', 'andrea', 'matteo', 'paolo', 'davide', 'alessandro', 'stefano', 'simone', 'roberto', 'giorgio',
  'fabio', 'nicola', 'daniele', 'riccardo', 'emanuele', 'lorenzo', 'gabriele', 'michele', 'samuele', 'omar', 'yusuf',
  'ionut'
]
const LAST = [
  'rossi', 'bianchi', 'colombo', 'ferrari', 'brambilla', 'galli', 'fumagalli', 'villa', 'sala', 'cattaneo',
  'lombardi', 'moretti', 'ricci', 'marino', 'greco', 'bruno', 'gallo', 'conti', 'esposito', 'romano', 'riva',
  'longoni', 'mariani', 'pellegrini', 'caputo', 'de luca', 'santoro', 'rinaldi', 'barbieri', 'fontana', 'mancini',
  'sorrentino', 'el amrani', 'chen', 'popescu', 'da silva', 'kumar', 'vitale', 'ferri', 'bassi'
]

/** A company of the demo with what the questionnaires need about it. */
export interface DemoCompany extends DemoOrganisation {
  domain: string
  /** Ways employees type the company name besides the canonical one (abbreviations, no legal form). */
  aliases: string[]
}

const LEGAL_FORM_RE = /\s+(?:S\.r\.l\.|S\.p\.A\.|S\.n\.c\.|S\.a\.s\.|Soc\. Coop\.)$/

/** The demo companies' hand-typed aliases: what clustering cannot find and the analyst recodes by hand. */
const ALIASES: Record<string, string[]> = {
  'Meccanica Vigentina S.r.l.': ['Mecc. Vigentina'],
  'Logistica Chiaravalle S.p.A.': ['Log. Chiaravalle spa'],
  'Servizi Pulizie Ronchetto Soc. Coop.': ['Servizi Pulizie Ronchetto Società Cooperativa', 'Coop Ronchetto'],
  'Energie Sud Milano S.p.A.': ['Energie Sud MI', 'ESM Energie Sud Milano'],
  'Ristorazione Collettiva Ticinese S.r.l.': ['Ristorazione Ticinese'],
  'Contact Center Famagosta S.r.l.': ['CC Famagosta', 'Contact center Famagosta'],
  'Supermercati Quartiere Sud S.p.A.': ['Supermercati Q.re Sud'],
  'Farmacia Vigentina Dott. Bassi': ['Farmacia Bassi'],
  'Ottica Gratosoglio di Ferri & C. S.a.s.': ['Ottica Gratosoglio di Ferri e C. sas']
}

function domainOf(name: string): string {
  const words = name
    .replace(LEGAL_FORM_RE, '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !['di', 'dott', 'soc'].includes(w))
  return `${words.slice(0, 2).join('')}.it`
}

export const demoCompanies: DemoCompany[] = companies.map((c) => ({
  ...c,
  domain: domainOf(c.name),
  aliases: ALIASES[c.name] ?? []
}))

/** Canonical name of an alias (for the demo's manual recode step). */
export function aliasMap(): Map<string, string> {
  const out = new Map<string, string>()
  for (const c of demoCompanies) for (const a of c.aliases) out.set(a, c.name)
  for (const c of demoCompanies) {
    const bare = c.name.replace(LEGAL_FORM_RE, '')
    if (bare !== c.name) out.set(bare, c.name)
  }
  return out
}

/**
 * How a person types the company name: mostly right, otherwise with the slips real exports have
 * (case, trailing spaces, doubled spaces, legal form dropped or spelt differently, an abbreviation).
 */
export function typedCompany(rnd: Rng, c: DemoCompany): string {
  const x = rnd.next()
  const n = c.name
  if (x < 0.5) return n
  if (x < 0.58) return n.toLowerCase()
  if (x < 0.63) return n.toUpperCase()
  if (x < 0.7) return n + rnd.pick([' ', '  '])
  if (x < 0.75) return n.replace(' ', '  ')
  if (x < 0.83) return n.replace('S.r.l.', 'srl').replace('S.p.A.', 'SpA').replace('S.n.c.', 'snc').replace('S.a.s.', 'sas')
  if (x < 0.92 && LEGAL_FORM_RE.test(n)) return n.replace(LEGAL_FORM_RE, '')
  if (c.aliases.length) return rnd.pick(c.aliases)
  return n
}

export function emailOf(rnd: Rng, c: DemoCompany, used: Set<string>, gender: string): string {
  const names = gender === 'Donna' ? WOMEN : gender === 'Uomo' ? MEN : [...WOMEN, ...MEN]
  for (;;) {
    const first = rnd.pick(names)
    const last = rnd.pick(LAST).replace(/ /g, '')
    const sep = rnd.pick(['.', '.', '_'])
    const base = `${first}${sep}${last}`
    let email = `${base}@${c.domain}`
    if (used.has(email)) email = `${base}${rnd.int(2, 99)}@${c.domain}`
    if (!used.has(email)) {
      used.add(email)
      return email
    }
  }
}
