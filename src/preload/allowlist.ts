export { CHANNELS, type Bridge } from '../shared/ipc'
export { EVENT_NAMES as EVENT_NAMES_LIST } from '../shared/ipc/events'
