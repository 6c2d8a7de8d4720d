import type { CommandSpec } from './command'

/**
 * The verbs, grouped by the module that implements them. A group is loaded only when the first word
 * of the command line is one of its `first` words, so `esiti info` does not load the questionnaire
 * engine, the report writer or the REFI-QDA reader (startup time is a target: see bench/cli.ts).
 * A test checks that every verb's first word is listed in its group.
 */
export interface CommandGroup {
  name: string
  first: string[]
  load(): Promise<CommandSpec[]>
}

export const COMMAND_GROUPS: CommandGroup[] = [
  {
    name: 'project',
    first: ['new', 'info', 'undo', 'redo', 'history', 'copy'],
    load: async () => (await import('./commands/project')).commands
  },
  {
    name: 'coding',
    first: ['transcripts', 'media', 'codes', 'code', 'uncode', 'segments', 'matrix', 'words', 'cooccurrence', 'search', 'cases', 'memos', 'export', 'anchors'],
    load: async () => (await import('./commands/coding')).commands
  },
  { name: 'survey', first: ['survey'], load: async () => (await import('./commands/survey')).commands },
  {
    name: 'programme',
    first: ['programme', 'actions', 'areas', 'organisations', 'sections', 'sdg', 'template'],
    load: async () => (await import('./commands/programme')).commands
  },
  { name: 'register', first: ['register'], load: async () => (await import('./commands/register')).commands },
  {
    name: 'indicators',
    first: ['indicators', 'tables', 'sdg', 'export'],
    load: async () => (await import('./commands/indicators')).commands
  },
  {
    name: 'team',
    first: ['agreement', 'qdpx', 'qdc', 'merge', 'disagreements', 'decide'],
    load: async () => (await import('./commands/team')).commands
  },
  {
    name: 'privacy',
    first: ['identifiers', 'share', 'erase', 'privacy', 'pseudonymise'],
    load: async () => (await import('./commands/privacy')).commands
  },
  { name: 'team-server', first: ['team'], load: async () => (await import('./commands/team-server')).commands },
  { name: 'encryption', first: ['encrypt', 'decrypt'], load: async () => (await import('./commands/encryption')).commands }
]

/** The verbs that may match a command line starting with `first` (every verb when undefined). */
export async function loadCommands(first?: string): Promise<CommandSpec[]> {
  const groups = first === undefined ? COMMAND_GROUPS : COMMAND_GROUPS.filter((g) => g.first.includes(first))
  return (await Promise.all(groups.map((g) => g.load()))).flat()
}
