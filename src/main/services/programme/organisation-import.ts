import path from 'node:path'
import { organisationInput, type OrganisationImportResult, type OrganisationKind, type SizeClass } from '../../../shared/ipc/programme'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { cleanName, fieldName, nameKey, type WriteOpts } from './common'
import { OrganisationRefs } from './organisation-refs'
import { checkOrganisation, insertOrganisation, OrganisationContext, type OrganisationRow } from './organisations'
import { cellDate, cellText, foldHeader, readMapped, rowsRefused, type ColumnSpec, type RowErrors, type RowProblem } from './sheet-import'
import { msg, zodIssueMsg } from '../../../shared/messages'

type Field = 'name' | 'kind' | 'orgType' | 'sector' | 'sizeClass' | 'employees' | 'area' | 'actions' | 'joinedOn' | 'notes'

/** Column headers, Italian and English (the first two are the ones an export writes). */
export const ORGANISATION_COLUMNS: ColumnSpec<Field>[] = [
  { field: 'name', headers: ['Nome', 'Name', 'Organizzazione', 'Organisation', 'Organization', 'Ragione sociale', 'Denominazione'], required: true },
  { field: 'kind', headers: ['Tipo', 'Type', 'Ruolo', 'Role', 'Kind'], required: true },
  { field: 'orgType', headers: ['Tipologia', 'Category', 'Forma giuridica', 'Legal form'] },
  { field: 'sector', headers: ['Settore', 'Sector'] },
  { field: 'sizeClass', headers: ['Dimensione', 'Size', 'Classe dimensionale', 'Size class'] },
  { field: 'employees', headers: ['Addetti', 'Employees', 'Dipendenti', 'Staff'] },
  { field: 'area', headers: ['Zona', 'Area', 'Territorio', 'Municipio', 'Quartiere', 'Comune', 'District'] },
  { field: 'actions', headers: ['Azioni', 'Actions', 'Azione', 'Action'] },
  { field: 'joinedOn', headers: ['Data adesione', 'Joined', 'Data di adesione', 'Join date', 'Adesione'] },
  { field: 'notes', headers: ['Note', 'Notes'] }
]

/** Values of "Tipo" as people write them, in Italian or English. */
const KINDS: Record<string, OrganisationKind> = {
  promotore: 'promoter', entepromotore: 'promoter', promoter: 'promoter',
  partner: 'partner', partnerdiprogetto: 'partner', capofila: 'partner', projectpartner: 'partner',
  impresa: 'company', azienda: 'company', impresaaderente: 'company', company: 'company', business: 'company', firm: 'company',
  altro: 'other', altra: 'other', other: 'other'
}
const SIZES: Record<string, SizeClass> = {
  micro: 'micro', microimpresa: 'micro', micro09: 'micro',
  piccola: 'piccola', piccolaimpresa: 'piccola', small: 'piccola',
  media: 'media', mediaimpresa: 'media', medium: 'media',
  grande: 'grande', grandeimpresa: 'grande', large: 'grande'
}

function toFields(get: (f: Field) => unknown, problems: RowProblem[]): Record<string, unknown> {
  const t = (f: Field) => cellText(get(f) as never)
  const kindText = t('kind')
  const kind = kindText ? KINDS[foldHeader(kindText)] : undefined
  if (kindText && !kind) problems.push({ key: 'programme.importBadKind', params: { value: kindText } })
  if (!kindText) problems.push({ key: 'programme.importNoKind' })
  const sizeText = t('sizeClass')
  const size = sizeText ? SIZES[foldHeader(sizeText)] : undefined
  if (sizeText && !size) problems.push({ key: 'programme.importBadSize', params: { value: sizeText } })
  const empText = t('employees')
  let employees: number | null = null
  if (empText) {
    const n = Number(empText.replace(/[\s.]/g, '').replace(',', '.'))
    if (!Number.isInteger(n) || n < 0) problems.push({ key: 'programme.importBadNumber', params: { field: fieldName('employees'), value: empText } })
    else employees = n
  }
  const joinedOn = cellDate(get('joinedOn') as never)
  const actions = (t('actions') ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((action) => ({ action, joinedOn }))
  return {
    name: t('name') ?? '',
    kind,
    orgType: t('orgType'),
    sector: t('sector'),
    sizeClass: size ?? null,
    employees,
    area: t('area'),
    actions,
    notes: t('notes')
  }
}

/**
 * Imports organisations from an .xlsx or .csv, all or nothing. Every row is checked (name, type,
 * size, area defined for the programme, action codes, dates); a name given twice in the file or
 * already in the project is reported with its row. Nothing is written unless every row is right.
 */
export async function importOrganisations(ctx: Ctx, file: string, opts: { sheet?: string } & WriteOpts = {}): Promise<OrganisationImportResult> {
  const sheet = await readMapped(file, ORGANISATION_COLUMNS, { sheet: opts.sheet, signal: ctx.progress.signal })
  const oc = new OrganisationContext(ctx)
  const existing = new OrganisationRefs(ctx)
  const seen = new Map<string, number>()
  const errors: RowErrors[] = []
  const valid: OrganisationRow[] = []
  for (const { row, cells } of sheet.table.rows) {
    const problems: RowProblem[] = []
    const raw = toFields((f) => sheet.get(cells, f), problems)
    const name = cleanName(String(raw.name))
    if (!name) problems.push({ key: 'programme.importNoName' })
    else {
      const key = nameKey(name)
      const other = seen.get(key)
      if (other !== undefined) problems.push({ key: 'programme.importDuplicate', params: { name, row: other } })
      else seen.set(key, row)
      if (existing.find(name)) problems.push({ key: 'programme.importExists', params: { name } })
    }
    const parsed = organisationInput.safeParse(raw)
    if (!parsed.success && problems.length === 0)
      for (const i of parsed.error.issues) problems.push({ key: 'programme.importBadField', params: { field: i.path.join('.'), detail: zodIssueMsg(i) } })
    if (parsed.success) {
      const r = checkOrganisation(parsed.data, oc)
      if ('problems' in r) problems.push(...r.problems)
      else if (!problems.length) valid.push(r.ok)
    }
    if (problems.length) errors.push({ row, problems })
  }
  if (errors.length) throw rowsRefused(file, errors, sheet.table.rows.length)
  const ids = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'organisations.import', summary: msg('programme.op.importOrganisations', { count: valid.length, file: path.basename(file) }) },
    (w) => valid.map((o) => insertOrganisation(w, o)),
    opts
  )
  return { imported: ids.length, ids, columns: sheet.used, warnings: sheet.table.warnings }
}
