import { EsitiError } from '../../../../shared/errors'
import type { AgreementDto, AgreementLevel, AgreementUnit, NamedRef } from '../../../../shared/ipc/team'
import type { Ctx } from '../../context'
import { loadCodes, resolveCoders, resolveCodes, resolveSources, type CodeInfo } from '../resolve'
import { characterAgreement } from './character-agreement'
import { agreementExplanations } from './explain'
import type { Span } from './intervals'
import type { AgreementScope, PreparedSource } from './prepared'
import { LEVELS } from './stats'
import { unitAgreement } from './unit-agreement'

export interface AgreementInput {
  /** Names or ids; at least two. A CLI string is split on commas. */
  coders: string[] | string
  /** Default: every code at least one of the coders applied in the chosen sources. */
  codes?: string[] | string
  /** Default: every source at least one of the coders coded. */
  sources?: string[] | string
  unit?: AgreementUnit
  level?: AgreementLevel
  /** Segment overlap threshold as a share of the union (MAXQDA default 0.9). */
  threshold?: number
}

const inList = (col: string): string => `${col} IN (SELECT value FROM json_each(?))`

interface CodingRow {
  source_id: string
  code_id: string
  coder_id: string
  start: number
  end: number
}

/** The paragraphs the source importer recognised (blank lines, speaker turns, headings), if sound. */
function storedParagraphs(structure: string | null, length: number): Span[] | null {
  if (!structure) return null
  try {
    const list = (JSON.parse(structure) as { paragraphs?: unknown }).paragraphs
    if (!Array.isArray(list) || list.length === 0) return null
    const out: Span[] = []
    for (const p of list) {
      if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return null
      const [start, end] = p as [number, number]
      if (start < (out.at(-1)?.end ?? 0) || end <= start || end > length) return null
      out.push({ start, end })
    }
    return out
  } catch {
    return null
  }
}

/** Loads what the statistics need: coders, codes and sources in scope with their codings by code and coder. */
export function prepareScope(ctx: Ctx, input: AgreementInput): AgreementScope {
  const coders = resolveCoders(ctx, input.coders)
  if (coders.length < 2) throw new EsitiError('INVALID_INPUT', 'agreement.twoCoders')
  const threshold = input.threshold ?? 0.9
  if (!(threshold > 0 && threshold <= 1))
    throw new EsitiError('INVALID_INPUT', 'agreement.threshold')
  const db = ctx.project.sqlite
  const coderIds = JSON.stringify(coders.map((c) => c.id))
  const chosenSources: NamedRef[] | null =
    input.sources && input.sources.length ? resolveSources(ctx, input.sources) : null
  const chosenCodes: CodeInfo[] | null = input.codes && input.codes.length ? resolveCodes(ctx, input.codes) : null
  const where = [inList('c.coder_id'), 's.deleted_at IS NULL']
  const params: string[] = [coderIds]
  if (chosenSources) {
    where.push(inList('c.source_id'))
    params.push(JSON.stringify(chosenSources.map((s) => s.id)))
  }
  if (chosenCodes) {
    where.push(inList('c.code_id'))
    params.push(JSON.stringify(chosenCodes.map((c) => c.id)))
  }
  const rows = db
    .prepare(
      `SELECT c.source_id, c.code_id, c.coder_id, c.start, c."end" FROM codings c
       JOIN sources s ON s.id = c.source_id WHERE ${where.join(' AND ')}`
    )
    .all(...params) as CodingRow[]
  const usedCodes = new Set(rows.map((r) => r.code_id))
  const codes = chosenCodes ?? loadCodes(ctx).filter((c) => usedCodes.has(c.id))
  const sourceIds = chosenSources ? chosenSources.map((s) => s.id) : [...new Set(rows.map((r) => r.source_id))]
  const texts = db
    .prepare(`SELECT id, name, text, structure FROM sources WHERE ${inList('id')} AND deleted_at IS NULL ORDER BY name, id`)
    .all(JSON.stringify(sourceIds)) as { id: string; name: string; text: string; structure: string | null }[]
  const coderIndex = new Map(coders.map((c, i) => [c.id, i]))
  const bySource = new Map<string, PreparedSource>(
    texts.map((t) => [t.id, { id: t.id, name: t.name, text: t.text, paragraphs: storedParagraphs(t.structure, t.text.length), segs: new Map<string, Span[][]>() }])
  )
  for (const r of rows) {
    const src = bySource.get(r.source_id)
    const i = coderIndex.get(r.coder_id)
    if (!src || i === undefined) continue
    let perCoder = src.segs.get(r.code_id)
    if (!perCoder) src.segs.set(r.code_id, (perCoder = coders.map(() => [])))
    perCoder[i].push({ start: r.start, end: Math.min(r.end, src.text.length) })
  }
  return { coders, codes, sources: [...bySource.values()], threshold }
}

/** Intercoder agreement over a project: see agreementExplanations for what each figure means. */
export function projectAgreement(ctx: Ctx, input: AgreementInput): AgreementDto {
  const unit = input.unit ?? 'character'
  const level = input.level ?? 'nominal'
  if (!['character', 'paragraph', 'sentence'].includes(unit))
    throw new EsitiError('INVALID_INPUT', 'agreement.unknownUnit', { value: unit })
  if (!LEVELS.includes(level))
    throw new EsitiError('INVALID_INPUT', 'agreement.unknownLevel', { value: level })
  const scope = prepareScope(ctx, input)
  const explanation = agreementExplanations({
    unit,
    level,
    coders: scope.coders.length,
    codes: scope.codes.length,
    threshold: scope.threshold
  })
  const base = {
    unit,
    level,
    coders: scope.coders,
    codes: scope.codes.map(({ id, name, path, color }) => ({ id, name, path, color })),
    sources: scope.sources.map((s) => ({ id: s.id, name: s.name, chars: s.text.length })),
    explanation
  }
  if (unit === 'character') {
    const r = characterAgreement(scope)
    return { ...base, ...r, units: null }
  }
  const r = unitAgreement(scope, unit, level)
  const coded = r.perCode
  return {
    ...base,
    ...r,
    percentCodedOnly: null,
    kappaCodedOnly: null,
    meanSourceKappa: coded.length ? mean(coded.map((c) => c.meanSourceKappa)) : null
  }
}

const mean = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null)
  return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null
}
