import type { Bridge } from '../shared/ipc'

declare global {
  interface Window {
    api: Bridge
  }
}
export {}
