import { z } from 'zod'
import type { Msg } from '../messages'
import { channel } from './define'

/**
 * The team server in the window (issue 18): publish, join, sync, members, history by member,
 * conflicts to review. The services live in src/main/services/sync/ and are the same ones the
 * `esiti team …` verbs call. Credentials are never part of these messages: they come from
 * PGPASSWORD, the OS keychain or a pgpass file, looked up by the service process.
 */

export interface TeamMemberDto {
  role: string
  displayName: string | null
  isLead: boolean
  blind: boolean
  removed: boolean
  lastSyncAt: string | null
  copies: number
}

export interface TeamServerStatusDto {
  team: { server: string; project: string; role: string; since: string; how: string; url: string } | null
  replica: string
  /** This copy's operations not on the server yet. */
  pending: number
  /** Open conflicts that need a person. */
  conflicts: number
  /** Changes waiting for a row that has not arrived. */
  waiting: number
  lastSyncAt: string | null
  lastError: Msg | null
  clockOffsetMs: number
  /** null: the server was not asked (not a team project, or a status without `online`). */
  online: boolean | null
  members: TeamMemberDto[]
  /** `team status` shares `team sync`'s fields: nothing moves there (0). */
  pushed: number
  pulled: number
}

export interface TeamSyncResultDto {
  pushed: number
  pulled: number
  /** Open conflicts that need a person (after this sync). */
  conflicts: number
  /** Changes still waiting for a row that has not arrived. */
  waiting: number
  /** The server had lost operations (restored from an older backup): this copy sent them again. */
  repaired: number
  /** This file was a copy of another member's replica (copied by hand): it now has its own id. */
  newReplica: boolean
  clockOffsetMs: number
}

export interface TeamPublishDto {
  project: string
  id: string
  server: string
  /** What members join with (`esiti team join URL --out …`). */
  url: string
  bytes: number
}

export type ConflictResolution = 'restore' | 'discard' | 'keep' | 'use-other'

export interface TeamConflictDto {
  id: string
  kind: 'parent_deleted' | 'edit_of_deleted' | 'field' | 'renamed' | 'joined' | 'unique_aside' | 'duplicate'
  tbl: string
  rowId: string
  /** Needs a person (true) or decided by rule and listed for the record (false). */
  review: boolean
  message: Msg
  detectedAt: string
  resolvedAt: string | null
  resolvedBy: string | null
  resolution: string | null
  setAside: number
  /** What a person may decide on this conflict. */
  actions: ConflictResolution[]
}

export interface TeamHistoryOpDto {
  id: string
  at: string
  /** Who made the change (the member's name as recorded by their copy). */
  actor: string
  /** Made on this copy, pulled from the server, or part of the published baseline. */
  origin: 'local' | 'remote' | 'baseline'
  kind: string
  summary: string
  message: Msg | null
  state: 'done' | 'undone' | 'discarded'
}

export interface TeamHistoryDto {
  /** Every member who changed something, with their count and last change. */
  members: { actor: string; changes: number; last: string }[]
  ops: TeamHistoryOpDto[]
}

const jobId = z.string().max(64).optional()
/** A team URL: postgresql://ROLE@HOST:PORT/DATABASE?project=…; never with a password (refused by the service). */
const teamUrl = z.string().trim().min(1).max(2048)

export const teamServerChannels = {
  'teamServer:status': channel<TeamServerStatusDto>()(z.object({ online: z.boolean().default(false) })),
  'teamServer:publish': channel<TeamPublishDto>()(z.object({ url: teamUrl, jobId })),
  /** Asks where to save the joined copy, joins and opens it; null when the save dialog is cancelled. */
  'teamServer:join': channel<{ project: string; pulled: number } | null>()(z.object({ url: teamUrl, jobId })),
  'teamServer:sync': channel<TeamSyncResultDto>()(z.object({ jobId })),
  'teamServer:history': channel<TeamHistoryDto>()(
    z.object({ limit: z.number().int().min(1).max(2000).default(200), actor: z.string().max(200).nullable().default(null) })
  ),
  'teamServer:conflicts': channel<TeamConflictDto[]>()(z.object({ all: z.boolean().default(false) })),
  'teamServer:resolve': channel<TeamConflictDto>()(
    z.object({ id: z.string().uuid(), action: z.enum(['restore', 'discard', 'keep', 'use-other']) })
  )
}
