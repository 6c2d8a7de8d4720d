import type { AnyChannels } from './define'

export const surveyChannels = {} satisfies AnyChannels
