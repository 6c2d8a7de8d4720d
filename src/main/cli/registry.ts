import type { CommandSpec } from './command'
import { commands as project } from './commands/project'
import { commands as coding } from './commands/coding'
import { commands as survey } from './commands/survey'
import { commands as indicators } from './commands/indicators'
import { commands as team } from './commands/team'
import { commands as programme } from './commands/programme'
import { commands as register } from './commands/register'
import { commands as privacy } from './commands/privacy'

export const ALL_COMMANDS: CommandSpec[] = [...project, ...coding, ...survey, ...programme, ...register, ...indicators, ...team, ...privacy]
