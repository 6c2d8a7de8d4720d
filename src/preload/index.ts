import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, EVENT_NAMES_LIST, type Bridge } from './allowlist'

// Bundled into one file (sandbox: true allows only `electron` and relative imports).
const bridge: Bridge = {
  invoke: ((channel: string, input: unknown) =>
    (CHANNELS as string[]).includes(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve({
          ok: false,
          error: { code: 'INVALID_INPUT', message: `Unknown channel ${channel}.`, key: 'core.unknownChannel', params: { channel } }
        })) as Bridge['invoke'],
  on: ((event: string, listener: (payload: unknown) => void) => {
    if (!(EVENT_NAMES_LIST as string[]).includes(event)) return () => undefined
    const wrapped = (_e: unknown, payload: unknown): void => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => ipcRenderer.removeListener(event, wrapped)
  }) as Bridge['on']
}

contextBridge.exposeInMainWorld('api', bridge)
