import { IDENTIFIER_KINDS, type IdentifierKindDto, type IdentifierVariableDto } from '../../../shared/privacy-results'
import { msg } from '../../../shared/messages'
import { EsitiError } from '../../../shared/errors'
import { newId, nowIso } from '../../db/ids'
import { mutate } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import type { CleanValue, VariableMeta } from '../survey/frame'
import { loadDatasetFrame } from '../survey/storage/store'
import { isCodiceFiscale, isIban, isPartitaIva } from './detect/checks'
import { firstNameGenders } from './detect/lexicon'
import { findAddresses, isIpAddress } from './detect/patterns'
import { tokenize } from './text/tokens'

/**
 * Questionnaire variables that identify people directly (e-mails, names, phone numbers, tax codes,
 * IP addresses…). Exports, the shareable copy and the data views leave them out (or pseudonymise
 * them) unless the user asks; the decision is per variable: found at import from the values and the
 * header, confirmed or corrected by the user.
 */
export type IdentifierKind = IdentifierKindDto
export { IDENTIFIER_KINDS }

const SAMPLE = 400
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
const PHONE = /^\+?[\d\s()./-]{6,20}$/
const NAME_HEADER = /\b(?:nome|cognome|nominativo|name|surname|first\s*name|last\s*name|full\s*name|referente|partecipante|intervistat[oa]|respondent\s*name)\b/i
const EMAIL_HEADER = /\b(?:e-?mail|posta|pec)\b/i
const PHONE_HEADER = /\b(?:telefono|tel\.?|cellulare|cell\.?|phone|mobile|recapito)\b/i
const IP_HEADER = /\b(?:ip|ip\s*address|indirizzo\s*ip|ipaddr|ipaddress)\b/i
const ADDRESS_HEADER = /\b(?:indirizzo|address|residenza|domicilio|via)\b/i
const BIRTH_HEADER = /\b(?:data\s+di\s+nascita|data\s+nascita|nascita|birth|dob|born)\b/i
const TAX_HEADER = /\b(?:codice\s+fiscale|c\.?\s?f\.?|tax\s*code|fiscal\s*code)\b/i

/** What an i12-style import found (meta.identifier), when the survey model carries it. */
function importedKind(v: VariableMeta): IdentifierKind | null {
  const k = (v as VariableMeta & { identifier?: string }).identifier
  if (k === 'email' || k === 'phone' || k === 'taxcode' || k === 'vat') return k
  if (k === 'uuid' || k === 'respondent' || k === 'code') return 'respondent'
  return null
}

const share = (values: string[], test: (s: string) => boolean): number => (values.length ? values.filter(test).length / values.length : 0)

function looksLikeName(s: string): boolean {
  const toks = tokenize(s)
  if (toks.length < 1 || toks.length > 5 || /\d|@/.test(s)) return false
  return toks.some((t) => firstNameGenders().has(t.folded)) && toks.every((t) => t.text.length >= 1)
}

/** The kind of direct identifier a variable holds, or null (from its header and a sample of its values). */
export function classifyVariable(v: VariableMeta, values: CleanValue[]): IdentifierKind | null {
  // "codice_fiscale", "e-mail.1": separators count as spaces for the header words.
  const header = `${v.name} ${v.label ?? ''}`.replace(/[_.]+/g, ' ')
  const imported = importedKind(v)
  if (imported && imported !== 'respondent') return imported
  const sample: string[] = []
  for (const x of values) {
    if (sample.length >= SAMPLE) break
    if (x === null || x === '' || Array.isArray(x) || typeof x === 'boolean') continue
    sample.push(String(x).trim())
  }
  if (v.type === 'date' || v.type === 'datetime') return BIRTH_HEADER.test(header) && sample.length ? 'birthdate' : null
  if (sample.length === 0) return null
  if (share(sample, (s) => EMAIL.test(s)) >= 0.8) return 'email'
  if (share(sample, isCodiceFiscale) >= 0.8) return 'taxcode'
  if (share(sample, isIban) >= 0.8) return 'iban'
  if (share(sample, isIpAddress) >= 0.8) return 'ip'
  if (share(sample, (s) => isPartitaIva(s.replace(/^IT/i, '').replace(/\s/g, ''))) >= 0.8) return 'vat'
  const digits = (s: string): number => s.replace(/\D/g, '').length
  const phoneLike = share(sample, (s) => PHONE.test(s) && digits(s) >= 6 && digits(s) <= 15)
  if (phoneLike >= 0.8 && (PHONE_HEADER.test(header) || share(sample, (s) => /^(?:\+39|0039)?\s?3\d{2}[\s.-]?\d{6,7}$/.test(s)) >= 0.8)) return 'phone'
  if (EMAIL_HEADER.test(header) && share(sample, (s) => s.includes('@')) >= 0.5) return 'email'
  if (IP_HEADER.test(header) && share(sample, isIpAddress) >= 0.5) return 'ip'
  if (TAX_HEADER.test(header) && share(sample, (s) => isCodiceFiscale(s) || isPartitaIva(s)) >= 0.5) return 'taxcode'
  const names = share(sample, looksLikeName)
  if ((NAME_HEADER.test(header) && names >= 0.5) || names >= 0.8) return 'name'
  if (ADDRESS_HEADER.test(header) && share(sample, (s) => findAddresses(s).length > 0) >= 0.5) return 'address'
  if (BIRTH_HEADER.test(header) && share(sample, (s) => /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(s)) >= 0.5) return 'birthdate'
  return imported
}

interface Mark {
  variable_id: string
  kind: string | null
  direct: number
  decided_by: string
}

const CHECKED_TYPES = new Set(['text', 'nominal', 'id', 'metadata', 'date', 'datetime', 'numeric'])

/** Whether the values of a variable of this type are read to find identifiers (classifyVariable). */
export const isCheckedType = (type: string): boolean => CHECKED_TYPES.has(type)

/**
 * Every identifier variable of the live datasets (the stored decision, else what the values say now).
 * `classified`: what classifyVariable already said of some variables from the same values (an import
 * classifies each column while it holds it, instead of decoding the whole dataset again).
 */
export function identifierVariables(ctx: Ctx, dataset?: string, classified?: ReadonlyMap<string, IdentifierKind | null>): IdentifierVariableDto[] {
  const project = ctx.project
  const datasets = project
    .stmt('SELECT id, name FROM datasets WHERE deleted_at IS NULL AND parent_id IS NULL ORDER BY name')
    .all() as { id: string; name: string }[]
  const chosen = dataset ? datasets.filter((d) => d.id === dataset || d.name === dataset) : datasets
  if (dataset && chosen.length === 0) throw new EsitiError('NOT_FOUND', 'privacy.datasetNotFound', { dataset })
  const out: IdentifierVariableDto[] = []
  for (const ds of chosen) {
    const marks = new Map((project.stmt('SELECT variable_id, kind, direct, decided_by FROM privacy_identifiers WHERE dataset_id = ?').all(ds.id) as Mark[]).map((m) => [m.variable_id, m]))
    const frame = loadDatasetFrame(ctx, ds.id)
    for (const v of frame.variables) {
      const mark = marks.get(v.id)
      let kind: IdentifierKind | null
      let decidedBy = 'auto'
      if (mark) {
        kind = mark.direct ? ((mark.kind as IdentifierKind | null) ?? 'name') : null
        decidedBy = mark.decided_by
      } else if (classified?.has(v.id)) kind = classified.get(v.id) ?? null
      else if (CHECKED_TYPES.has(v.type)) {
        kind = classifyVariable(v, frame.column(v.name))
        // One column at a time: holding every decoded column (100,000 e-mails, free texts…) until the
        // last is classified made this pass, run right after an import, the import's peak (issue 12).
        frame.release?.(v.name)
      } else kind = null
      if (!kind && v.type === 'id' && !(mark && mark.decided_by !== 'auto')) kind = 'respondent'
      if (!kind) continue
      out.push({ dataset: ds.name, datasetId: ds.id, variable: v.name, variableId: v.id, label: v.label, kind, direct: kind !== 'respondent', decidedBy })
    }
  }
  return out
}

/** Ids of the dataset's variables that exports must treat as identifiers. */
export function identifierIds(ctx: Ctx, datasetId: string): Set<string> {
  return new Set(identifierVariables(ctx, datasetId).map((v) => v.variableId))
}

/**
 * Stores what the values say (at import), so that the decision is part of the data and shown;
 * `classified` as for identifierVariables.
 */
export function markDatasetIdentifiers(ctx: Ctx, datasetId: string, classified?: ReadonlyMap<string, IdentifierKind | null>): IdentifierVariableDto[] {
  const found = identifierVariables(ctx, datasetId, classified).filter((v) => v.decidedBy === 'auto' && v.direct)
  if (found.length === 0) return found
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'privacy.identifiers', summary: msg('privacy.op.markIdentifiers') },
    (w) => {
      for (const v of found)
        if (!ctx.project.stmt('SELECT 1 FROM privacy_identifiers WHERE variable_id = ?').get(v.variableId))
          w.insert('privacy_identifiers', { id: newId(), variable_id: v.variableId, dataset_id: datasetId, kind: v.kind, direct: 1, decided_by: 'auto', decided_at: nowIso() })
    },
    { log: false }
  )
  return found
}

/** The user's decision on a variable: a kind of direct identifier, or 'none' (not an identifier). */
export function setIdentifier(ctx: Ctx, dataset: string, variable: string, kind: IdentifierKind | 'none'): IdentifierVariableDto[] {
  const project = ctx.project
  const ds = project.stmt('SELECT id, name FROM datasets WHERE (id = ? OR name = ?) AND deleted_at IS NULL AND parent_id IS NULL').get(dataset, dataset) as
    | { id: string; name: string }
    | undefined
  if (!ds) throw new EsitiError('NOT_FOUND', 'privacy.datasetNotFound', { dataset })
  const v = project.stmt('SELECT id FROM variables WHERE dataset_id = ? AND (name = ? OR id = ?)').get(ds.id, variable, variable) as { id: string } | undefined
  if (!v) throw new EsitiError('NOT_FOUND', 'privacy.variableNotFound', { variable, dataset: ds.name })
  if (kind !== 'none' && !IDENTIFIER_KINDS.includes(kind)) throw new EsitiError('INVALID_INPUT', 'privacy.badIdentifierKind', { kind, kinds: IDENTIFIER_KINDS.join(', ') })
  mutate(project, { actor: ctx.actor, kind: 'privacy.identifiers', summary: msg(kind === 'none' ? 'privacy.op.markNotIdentifier' : 'privacy.op.markIdentifier', { variable }) }, (w) => {
    const row = { kind: kind === 'none' ? null : kind, direct: kind === 'none' ? 0 : 1, decided_by: ctx.actor, decided_at: nowIso() }
    const existing = project.stmt('SELECT id FROM privacy_identifiers WHERE variable_id = ?').get(v.id) as { id: string } | undefined
    if (existing) w.update('privacy_identifiers', existing.id, row)
    else w.insert('privacy_identifiers', { id: newId(), variable_id: v.id, dataset_id: ds.id, ...row })
  })
  return identifierVariables(ctx, ds.id)
}

const ATTRIBUTE_KINDS = new Set(['email', 'phone', 'taxcode', 'vat', 'iban', 'ip', 'address', 'birthdate', 'name'])

/** Case attributes that hold direct identifiers (e-mails, phones, tax codes…), by name and values. */
export function identifierAttributes(project: ProjectFile): { id: string; name: string; kind: string }[] {
  const out: { id: string; name: string; kind: string }[] = []
  for (const a of project.stmt('SELECT id, name, type FROM attributes').all() as { id: string; name: string; type: string }[]) {
    const values = (project.stmt('SELECT value FROM case_values WHERE attribute_id = ? AND value IS NOT NULL').all(a.id) as { value: string }[]).map((r) => r.value)
    const kind = classifyVariable({ id: a.id, name: a.name, label: null, type: a.type === 'date' ? 'date' : 'text', role: 'question', valueLabels: [], missingCodes: [] }, values)
    if (kind && ATTRIBUTE_KINDS.has(kind)) out.push({ id: a.id, name: a.name, kind })
  }
  return out
}


/**
 * Every row's imported value of a variable (all waves, excluded rows included), found by id: a recipe
 * may have renamed it since.
 */
export function rawValues(ctx: Ctx, datasetId: string, variableId: string): CleanValue[] | null {
  const frame = loadDatasetFrame(ctx, datasetId, { layer: 'raw' })
  const meta = frame.variables.find((m) => m.id === variableId)
  return meta ? frame.column(meta.name) : null
}
