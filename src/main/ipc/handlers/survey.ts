import type { surveyChannels } from '../../../shared/ipc/survey'
import type { HandlersFor } from '../handler-types'

export const surveyHandlers: HandlersFor<typeof surveyChannels> = {}
