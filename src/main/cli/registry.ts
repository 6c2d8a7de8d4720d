import type { CommandSpec } from './command'
import { commands as project } from './commands/project'
import { commands as coding } from './commands/coding'
import { commands as survey } from './commands/survey'
import { commands as indicators } from './commands/indicators'
import { commands as team } from './commands/team'

export const ALL_COMMANDS: CommandSpec[] = [...project, ...coding, ...survey, ...indicators, ...team]
