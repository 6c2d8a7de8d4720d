import { z } from 'zod'
import type { Msg } from '../messages'
import { channel } from './define'

export interface ProjectSummary {
  path: string
  id: string
  name: string | null
  /** Encrypted at rest with a passphrase (decision 0026). */
  encrypted: boolean
  counts: {
    sources: number
    codes: number
    codings: number
    cases: number
    datasets: number
    indicators: number
    coders: number
    memos: number
    organisations: number
    activities: number
  }
}
export interface RecentProject {
  path: string
  name: string | null
  openedAt: string
}
export interface OpSummaryDto {
  id: string
  seq: number
  at: string
  actor: string
  kind: string
  /** English sentence (logs), or the text of an operation logged before summaries were messages. */
  summary: string
  /** The summary to word in the interface language (null for older operations: show `summary`). */
  message: Msg | null
  state: 'done' | 'undone' | 'discarded'
}
export interface UndoStateDto {
  undo: OpSummaryDto | null
  redo: OpSummaryDto | null
}
export interface AppSettingsDto {
  locale: 'it' | 'en'
  coder: string
  recent: RecentProject[]
}

const jobId = z.string().max(64).optional()

export const projectChannels = {
  'app:settings': channel<AppSettingsDto>()(z.object({})),
  'app:setLocale': channel<AppSettingsDto>()(z.object({ locale: z.enum(['it', 'en']) })),
  'app:setCoder': channel<AppSettingsDto>()(z.object({ coder: z.string().trim().min(1).max(80) })),
  'project:current': channel<ProjectSummary | null>()(z.object({})),
  /** Opens a file chosen in the system dialog (or a recent one, by its path from the recent list). */
  'project:open': channel<ProjectSummary | null>()(z.object({ recentPath: z.string().max(4096).optional() })),
  /** A new empty project, the demo, or (template) a new project with a template's structure: dialogs ask for the files. */
  'project:create': channel<ProjectSummary | null>()(
    z.object({
      demo: z.boolean().default(false),
      template: z.boolean().default(false),
      /** With template: the template and the new file picked by the last call (after project:otherPassphrase). */
      again: z.boolean().default(false),
      jobId
    })
  ),
  'project:close': channel<null>()(z.object({})),
  /** "Save a copy as…": asks for a file and writes a consistent copy of the open project there. */
  'project:saveCopy': channel<{ file: string; bytes: number } | null>()(z.object({ jobId })),
  'project:undoState': channel<UndoStateDto>()(z.object({})),
  'project:undo': channel<OpSummaryDto>()(z.object({})),
  'project:redo': channel<OpSummaryDto>()(z.object({})),
  'project:history': channel<OpSummaryDto[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(100) })),
  'job:cancel': channel<boolean>()(z.object({ jobId: z.string().max(64) }))
}
