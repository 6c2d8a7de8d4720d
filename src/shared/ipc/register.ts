import { z } from 'zod'
import type { Msg } from '../messages'
import { channel } from './define'
import { participantInput, type ActivityDto } from './indicators'

/*
 * The register as data collection: participant lists, persons reached, and the programme's own
 * lists (activity kinds, genders, age bands). Participants are personal data: they live in the
 * persons and participations tables, each person with a stable UUID.
 */

export interface ParticipantDto {
  /** The participation's id ('' for a search result). */
  id: string
  personId: string
  name: string
  pseudonym: boolean
  gender: string | null
  ageBand: string | null
  organisationId: string | null
  organisation: string | null
  role: string | null
  /** Activities this person attended in all. */
  activities: number
}

export interface ParticipantListDto {
  activity: ActivityDto
  participants: ParticipantDto[]
}

export interface ParticipantImportResult {
  added: number
  newPersons: number
  /** Rows matched to a person already recorded (same name): counted once in "persons reached". */
  knownPersons: number
  /** Rows whose age in years was put in its age band. */
  agesBanded: number
  columns: { field: string; header: string }[]
  /** What the sheet reader did leniently (a quote left open, mixed encodings…), as messages. */
  warnings: Msg[]
}

export const PERSON_DIMENSIONS = ['gender', 'ageBand', 'organisationType', 'action', 'area', 'kind', 'year'] as const
export type PersonDimension = (typeof PERSON_DIMENSIONS)[number]

export interface PersonsSummaryDto {
  /** Distinct persons on the participant lists of the selected activities. */
  persons: number
  /** Rows of those lists (a person at three activities is three participations). */
  participations: number
  /** Selected activities that have no participant list (their head count is not in these figures). */
  activitiesWithoutList: number
  by: PersonDimension | null
  /** A person is counted once in each group they belong to: in "action", groups may add up to more than `persons`. */
  breakdown: { group: string; label: string; persons: number; participations: number }[]
}

export interface RegisterListsDto {
  kinds: { id: string; name: string; activities: number }[]
  genders: { id: string; code: string; persons: number }[]
  ageBands: { id: string; code: string; persons: number }[]
}

const id = z.string().min(1).max(200)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const valueList = z.enum(['gender', 'ageBand'])

export const registerChannels = {
  'register:participants': channel<ParticipantListDto>()(z.object({ activityId: id })),
  'register:setParticipants': channel<ParticipantListDto>()(
    z.object({ activityId: id, participants: z.array(participantInput).max(10_000) })
  ),
  /** Opens a file dialog (xlsx/csv); null when cancelled. Errors carry details: ImportRowError[]. */
  'register:importParticipants': channel<ParticipantImportResult | null>()(z.object({ activityId: id, sheet: z.string().max(200).optional() })),
  'register:searchPersons': channel<ParticipantDto[]>()(z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) })),
  'register:persons': channel<PersonsSummaryDto>()(
    z.object({
      by: z.enum(PERSON_DIMENSIONS).optional(),
      action: z.string().max(200).optional(),
      kind: z.string().max(100).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      locale: z.enum(['it', 'en']).optional()
    })
  ),
  'register:lists': channel<RegisterListsDto>()(z.object({})),
  'register:addKinds': channel<RegisterListsDto>()(z.object({ names: z.array(z.string().trim().min(1).max(100)).min(1).max(200) })),
  'register:renameKind': channel<RegisterListsDto>()(z.object({ id, name: z.string().trim().min(1).max(100) })),
  'register:deleteKind': channel<RegisterListsDto>()(z.object({ id })),
  'register:addValues': channel<RegisterListsDto>()(z.object({ list: valueList, codes: z.array(z.string().trim().min(1).max(40)).min(1).max(100) })),
  'register:deleteValue': channel<RegisterListsDto>()(z.object({ id }))
}
