import type { Msg } from '../messages'
import { z } from 'zod'
import { channel } from './define'

/*
 * Contract of the Programme workspace: programme details, actions, territorial areas, organisations,
 * report sections, the SDG framework and what the programme adopts, and templates. Every change is
 * one undoable, logged operation in main.
 */

export const ORGANISATION_KINDS = ['promoter', 'partner', 'company', 'other'] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]
/** Size classes as the Italian statistics use them (micro < 10, piccola < 50, media < 250, grande). */
export const SIZE_CLASSES = ['micro', 'piccola', 'media', 'grande'] as const
export type SizeClass = (typeof SIZE_CLASSES)[number]
/** Ready-made lists of territorial units; a programme may also type its own. */
export const AREA_PRESETS = ['milano-municipi', 'roma-municipi'] as const
export type AreaPreset = (typeof AREA_PRESETS)[number]

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'core.zod.isoDate')
const text = (max: number) => z.string().trim().max(max)
const name = z.string().trim().min(1).max(300)
const optionalText = (max: number) => text(max).nullish()

export const programmeInput = z.object({
  name: text(300).optional(),
  fullName: optionalText(1000),
  promoter: optionalText(300),
  periodStart: isoDate.nullish(),
  periodEnd: isoDate.nullish(),
  /** Free text: "Torino, Circoscrizioni 6 e 7". The units themselves are the areas. */
  territory: optionalText(500),
  description: optionalText(10_000),
  /** What one area is called: "Municipio", "Quartiere", "Comune". */
  areaLabel: optionalText(60)
})
export type ProgrammeInput = z.input<typeof programmeInput>

export interface ProgrammeDetailsDto {
  id: string | null
  name: string
  fullName: string | null
  promoter: string | null
  periodStart: string | null
  periodEnd: string | null
  territory: string | null
  description: string | null
  areaLabel: string | null
}

export const actionInput = z.object({
  code: z.string().trim().min(1).max(20),
  name,
  description: optionalText(10_000),
  periodStart: isoDate.nullish(),
  periodEnd: isoDate.nullish(),
  /** Lead partner: an organisation name or id. */
  lead: optionalText(300),
  /** SDG goals ("5") or targets ("5.4") the action works towards. */
  sdgs: z.array(z.string().trim().min(1).max(10)).max(200).optional()
})
export type ActionInput = z.input<typeof actionInput>

export interface ActionDto {
  id: string
  code: string
  name: string
  description: string | null
  periodStart: string | null
  periodEnd: string | null
  leadId: string | null
  lead: string | null
  sdgs: string[]
  organisations: number
  activities: number
  sort: number
}

export interface AreaDto {
  id: string
  name: string
  sort: number
  activities: number
  organisations: number
}

export const organisationInput = z.object({
  name,
  kind: z.enum(ORGANISATION_KINDS),
  /** Legal form or category in the programme's words ("Cooperativa sociale"). */
  orgType: optionalText(200),
  sector: optionalText(200),
  sizeClass: z.enum(SIZE_CLASSES).nullish(),
  employees: z.number().int().min(0).max(10_000_000).nullish(),
  /** Area name or id. */
  area: optionalText(300),
  /** Actions joined (codes or ids), each with its join date. */
  actions: z
    .array(z.object({ action: z.string().trim().min(1).max(200), joinedOn: isoDate.nullish(), role: optionalText(200) }))
    .max(200)
    .optional(),
  notes: optionalText(5000)
})
export type OrganisationInput = z.input<typeof organisationInput>

export interface OrganisationDto {
  id: string
  name: string
  kind: OrganisationKind
  orgType: string | null
  sector: string | null
  sizeClass: SizeClass | null
  employees: number | null
  areaId: string | null
  area: string | null
  /** Codes of the actions joined, in action order. */
  actions: string[]
  joined: { action: string; joinedOn: string | null; role: string | null }[]
  notes: string | null
}

export type { ImportRowError as OrganisationImportRowError } from './indicators'
export interface OrganisationImportResult {
  imported: number
  ids: string[]
  /** Which header each field was read from: shown so that no column is taken silently. */
  columns: { field: string; header: string }[]
  /** What the sheet reader did leniently (a quote left open, mixed encodings…), as messages. */
  warnings: Msg[]
}

export const sectionInput = z.object({
  title: z.string().trim().min(1).max(500),
  titleEn: optionalText(500),
  description: optionalText(10_000)
})
export interface SectionDto {
  id: string
  number: number
  title: string
  titleEn: string | null
  description: string | null
  indicators: number
  tables: number
}

export interface SdgFrameworkDto {
  goals: {
    number: number
    color: string
    title: string
    fullTitle: string
    adopted: boolean
    targets: { code: string; text: string; adopted: boolean }[]
  }[]
  /** Adopted goals ("5") and targets ("5.4"), in framework order. */
  adopted: string[]
}

export interface ProgrammeDto {
  programme: ProgrammeDetailsDto | null
  actions: ActionDto[]
  areas: AreaDto[]
  organisations: OrganisationDto[]
  /** Adopted goals with their adopted targets (a goal adopted as a whole lists no target). */
  sdgs: { number: number; color: string; title: string; titleEn: string; targets: { code: string; text: string; textEn: string }[] }[]
  sections: SectionDto[]
  isTemplate: boolean
}

const id = z.string().min(1).max(200)
const locale = z.enum(['it', 'en']).optional()

export const programmeChannels = {
  'programme:get': channel<ProgrammeDto>()(z.object({})),
  'programme:set': channel<ProgrammeDetailsDto>()(programmeInput),
  'actions:create': channel<ActionDto>()(actionInput),
  'actions:update': channel<ActionDto>()(z.object({ id, patch: actionInput.partial() })),
  'actions:delete': channel<{ deleted: number }>()(z.object({ id })),
  'actions:move': channel<ActionDto[]>()(z.object({ id, to: z.number().int().min(0).max(10_000) })),
  'areas:add': channel<AreaDto[]>()(z.object({ names: z.array(name).min(1).max(1000) })),
  'areas:preset': channel<AreaDto[]>()(z.object({ preset: z.enum(AREA_PRESETS) })),
  'areas:rename': channel<AreaDto[]>()(z.object({ id, name })),
  'areas:delete': channel<AreaDto[]>()(z.object({ id })),
  'areas:move': channel<AreaDto[]>()(z.object({ id, to: z.number().int().min(0).max(10_000) })),
  'organisations:create': channel<OrganisationDto>()(organisationInput),
  'organisations:update': channel<OrganisationDto>()(z.object({ id, patch: organisationInput.partial() })),
  'organisations:delete': channel<{ deleted: number }>()(z.object({ ids: z.array(id).min(1).max(10_000) })),
  /** Opens a file dialog (xlsx/csv); null when cancelled. Errors carry details: OrganisationImportRowError[]. */
  'organisations:import': channel<OrganisationImportResult | null>()(z.object({ sheet: z.string().max(200).optional() })),
  /** Asks for the path with a save dialog; null when cancelled. */
  'organisations:export': channel<{ file: string; rows: number } | null>()(z.object({ locale })),
  'sections:create': channel<SectionDto>()(sectionInput),
  'sections:update': channel<SectionDto>()(z.object({ id, patch: sectionInput.partial() })),
  'sections:move': channel<SectionDto[]>()(z.object({ id, to: z.number().int().min(1).max(10_000) })),
  'sections:delete': channel<SectionDto[]>()(z.object({ id })),
  'sdg:framework': channel<SdgFrameworkDto>()(z.object({ locale })),
  'sdg:adopt': channel<{ adopted: string[] }>()(z.object({ codes: z.array(z.string().max(10)).min(1).max(300) })),
  'sdg:unadopt': channel<{ adopted: string[] }>()(z.object({ codes: z.array(z.string().max(10)).min(1).max(300) })),
  /** Save the open project's structure as a template: asks for the path; null when cancelled. */
  'template:save': channel<{ file: string } | null>()(z.object({})),
  /** Cleaning recipes a template brought, by questionnaire name. */
  'template:recipes': channel<SavedRecipeDto[]>()(z.object({})),
  'template:applyRecipe': channel<{ steps: number; skipped: { op: string; message: Msg | null }[] }>()(
    z.object({ name: z.string().min(1).max(300), dataset: z.string().min(1).max(300) })
  )
}

export interface SavedRecipeDto {
  dataset: string
  steps: number
  createdAt: string
}
