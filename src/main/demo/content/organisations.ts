import type { DemoOrganisation } from './types'

/** Promoter, 17 partners and 26 companies of MIRE. Names are invented. */

type Row = Omit<DemoOrganisation, 'kind' | 'sizeClass' | 'employees'>

const promoter: DemoOrganisation = {
  name: 'Comune di Milano – Direzione Lavoro e Welfare',
  kind: 'promoter',
  orgType: 'Ente pubblico',
  sector: 'Pubblica amministrazione',
  sizeClass: null,
  employees: null,
  municipio: 1,
  actions: ['SW', 'CW', 'CWF'],
  role: 'Ente promotore e regia del programma'
}

const partnerRows: Row[] = [
  { name: 'Spazio Comune Barona – Impresa sociale', orgType: 'Gestore di coworking', sector: 'Spazi di lavoro condivisi', municipio: 6, actions: ['CW'], role: 'Gestione spazio di coworking' },
  { name: 'Cooperativa Sociale Il Ponte di Gratosoglio', orgType: 'Cooperativa sociale', sector: 'Servizi socio-assistenziali', municipio: 5, actions: ['CWF'], role: 'Coordinamento della Cittadella del welfare' },
  { name: 'Sindacato Lavoratori Uniti Milano', orgType: 'Sindacato', sector: 'Rappresentanza dei lavoratori', municipio: 1, actions: ['SW', 'CWF'], role: 'Contrattazione e tutela' },
  { name: 'Confartigiani Milano Sud', orgType: 'Associazione di categoria', sector: 'Rappresentanza delle imprese', municipio: 5, actions: ['SW', 'CWF'], role: 'Ingaggio delle imprese artigiane' },
  { name: 'Assoimprese Terziario Milano', orgType: 'Associazione di categoria', sector: 'Rappresentanza delle imprese', municipio: 1, actions: ['SW', 'CW'], role: 'Ingaggio delle imprese del terziario' },
  { name: 'Università Ticinese di Milano – Dipartimento di Scienze del Lavoro', orgType: 'Università', sector: 'Ricerca e formazione', municipio: 6, actions: ['SW', 'CW'], role: 'Formazione e supporto alla valutazione' },
  { name: 'Fondazione Naviglio Solidale', orgType: 'Fondazione', sector: 'Filantropia di comunità', municipio: 6, actions: ['CW', 'CWF'], role: 'Cofinanziamento e animazione di comunità' },
  { name: 'Cooperativa Sociale Filo di Quartiere', orgType: 'Cooperativa sociale', sector: 'Servizi educativi e di cura', municipio: 7, actions: ['CWF'], role: 'Sportello Cittadella Municipio 7' },
  { name: 'Officine Baggio Coworking', orgType: 'Gestore di coworking', sector: 'Spazi di lavoro condivisi', municipio: 7, actions: ['CW'], role: 'Gestione spazio di coworking' },
  { name: 'Hub Vigentino – Lavoro condiviso', orgType: 'Gestore di coworking', sector: 'Spazi di lavoro condivisi', municipio: 5, actions: ['CW'], role: 'Gestione spazio di coworking' },
  { name: 'Associazione Genitori al Lavoro APS', orgType: 'Ente del terzo settore', sector: 'Conciliazione e famiglie', municipio: 7, actions: ['SW', 'CWF'], role: 'Ascolto dei lavoratori con carichi di cura' },
  { name: 'Consorzio Welfare Insieme', orgType: 'Consorzio di cooperative sociali', sector: 'Servizi di welfare', municipio: 5, actions: ['CWF'], role: 'Catalogo dei servizi di welfare' },
  { name: 'Associazione Mobilità Dolce Milano ODV', orgType: 'Ente del terzo settore', sector: 'Mobilità sostenibile', municipio: 3, actions: ['SW', 'CW'], role: 'Piani di spostamento casa-lavoro' },
  { name: 'Centro Studi Tempi e Lavoro', orgType: 'Associazione di ricerca', sector: 'Ricerca sociale', municipio: 3, actions: ['SW'], role: 'Consulenza organizzativa sul lavoro agile' },
  { name: 'Rete Donne e Impresa Milano APS', orgType: 'Ente del terzo settore', sector: 'Pari opportunità', municipio: 1, actions: ['SW', 'CWF'], role: 'Prospettiva di genere' },
  { name: 'Cooperativa Sociale Gli Orti di Quinto Romano', orgType: 'Cooperativa sociale', sector: 'Inserimento lavorativo e servizi di prossimità', municipio: 7, actions: ['CW', 'CWF'], role: 'Servizi di prossimità' },
  { name: 'Digitale Solidale ETS', orgType: 'Ente del terzo settore', sector: 'Competenze digitali', municipio: 5, actions: ['SW', 'CW'], role: 'Alfabetizzazione digitale' }
]

type CompanyRow = Omit<DemoOrganisation, 'kind' | 'role'>

const companyRows: CompanyRow[] = [
  { name: 'Meccanica Vigentina S.r.l.', orgType: 'Impresa', sector: 'Manifattura', sizeClass: 'media', employees: 120, municipio: 5, actions: ['SW', 'CWF'] },
  { name: 'Logistica Chiaravalle S.p.A.', orgType: 'Impresa', sector: 'Logistica', sizeClass: 'grande', employees: 260, municipio: 5, actions: ['SW'] },
  { name: 'Forno San Siro S.n.c.', orgType: 'Impresa', sector: 'Alimentare', sizeClass: 'micro', employees: 9, municipio: 7, actions: ['CWF'] },
  { name: 'Stampa Ripamonti S.r.l.', orgType: 'Impresa', sector: 'Grafica e stampa', sizeClass: 'piccola', employees: 34, municipio: 5, actions: ['SW', 'CWF'] },
  { name: 'Ottica Gratosoglio di Ferri & C. S.a.s.', orgType: 'Impresa', sector: 'Commercio al dettaglio', sizeClass: 'micro', employees: 5, municipio: 5, actions: ['CWF'] },
  { name: 'Digitale Quinto S.r.l.', orgType: 'Impresa', sector: 'Software e servizi ICT', sizeClass: 'piccola', employees: 28, municipio: 7, actions: ['SW', 'CW'] },
  { name: 'Clinica Dentale Baggio S.r.l.', orgType: 'Impresa', sector: 'Sanità privata', sizeClass: 'piccola', employees: 18, municipio: 7, actions: ['CWF'] },
  { name: 'Edilnova Lorenteggio S.r.l.', orgType: 'Impresa', sector: 'Edilizia', sizeClass: 'media', employees: 75, municipio: 6, actions: ['SW'] },
  { name: 'Servizi Pulizie Ronchetto Soc. Coop.', orgType: 'Cooperativa di produzione e lavoro', sector: 'Servizi di pulizia', sizeClass: 'media', employees: 140, municipio: 5, actions: ['CWF'] },
  { name: 'Farmacia Vigentina Dott. Bassi', orgType: 'Impresa individuale', sector: 'Farmacia', sizeClass: 'micro', employees: 7, municipio: 5, actions: ['CWF'] },
  { name: 'Autotrasporti Corvetto S.r.l.', orgType: 'Impresa', sector: 'Trasporti', sizeClass: 'piccola', employees: 45, municipio: 4, actions: ['SW'] },
  { name: 'Studio Associato Bianchi Moretti', orgType: 'Studio professionale', sector: 'Consulenza del lavoro', sizeClass: 'micro', employees: 8, municipio: 1, actions: ['SW', 'CW'] },
  { name: 'Tessitura Navigli S.r.l.', orgType: 'Impresa', sector: 'Tessile e moda', sizeClass: 'piccola', employees: 41, municipio: 6, actions: ['SW', 'CWF'] },
  { name: 'Energie Sud Milano S.p.A.', orgType: 'Impresa', sector: 'Energia e servizi a rete', sizeClass: 'grande', employees: 410, municipio: 5, actions: ['SW'] },
  { name: 'Ristorazione Collettiva Ticinese S.r.l.', orgType: 'Impresa', sector: 'Ristorazione collettiva', sizeClass: 'media', employees: 190, municipio: 5, actions: ['CWF'] },
  { name: 'Editrice Porta Genova S.r.l.', orgType: 'Impresa', sector: 'Editoria', sizeClass: 'piccola', employees: 22, municipio: 6, actions: ['SW', 'CW'] },
  { name: 'Laboratori Analisi Figino S.r.l.', orgType: 'Impresa', sector: 'Sanità privata', sizeClass: 'piccola', employees: 36, municipio: 7, actions: ['SW', 'CWF'] },
  { name: 'Falegnameria Muggiano S.n.c.', orgType: 'Impresa', sector: 'Artigianato del legno', sizeClass: 'micro', employees: 6, municipio: 7, actions: ['CWF'] },
  { name: 'InfoCasa Servizi Assicurativi S.r.l.', orgType: 'Impresa', sector: 'Servizi assicurativi', sizeClass: 'piccola', employees: 15, municipio: 3, actions: ['SW', 'CW'] },
  { name: 'Supermercati Quartiere Sud S.p.A.', orgType: 'Impresa', sector: 'Grande distribuzione', sizeClass: 'grande', employees: 320, municipio: 5, actions: ['CWF'] },
  { name: 'Studio Architetti Forze Armate', orgType: 'Studio professionale', sector: 'Architettura', sizeClass: 'micro', employees: 4, municipio: 7, actions: ['CW'] },
  { name: 'Officina Ciclistica Selinunte S.r.l.', orgType: 'Impresa', sector: 'Commercio e riparazioni', sizeClass: 'micro', employees: 3, municipio: 7, actions: ['CW', 'CWF'] },
  { name: 'Contact Center Famagosta S.r.l.', orgType: 'Impresa', sector: 'Servizi alle imprese', sizeClass: 'media', employees: 210, municipio: 5, actions: ['SW', 'CWF'] },
  { name: 'Chimica Fine Lambro S.p.A.', orgType: 'Impresa', sector: 'Chimica', sizeClass: 'media', employees: 95, municipio: 5, actions: ['SW'] },
  { name: 'Agenzia Viaggi Bisceglie S.r.l.', orgType: 'Impresa', sector: 'Turismo', sizeClass: 'micro', employees: 6, municipio: 7, actions: ['CW', 'CWF'] },
  { name: 'Comunicazione Isola S.r.l.', orgType: 'Impresa', sector: 'Comunicazione e marketing', sizeClass: 'micro', employees: 9, municipio: 9, actions: ['SW', 'CW'] }
]

export const organisations: DemoOrganisation[] = [
  promoter,
  ...partnerRows.map((p): DemoOrganisation => ({ ...p, kind: 'partner', sizeClass: null, employees: null })),
  ...companyRows.map((c): DemoOrganisation => ({ ...c, kind: 'company' }))
]

export const partners: DemoOrganisation[] = organisations.filter((o) => o.kind === 'partner')
export const companies: DemoOrganisation[] = organisations.filter((o) => o.kind === 'company')
