import { utilityProcess } from 'electron'
import type { HostMessage, ServiceChild, ServiceMessage } from './service/protocol'

/** The service bundle in an Electron utility process (a Node process without windows). */
export function forkUtilityService(entry: string): ServiceChild {
  const child = utilityProcess.fork(entry, [], { serviceName: 'Esiti services', stdio: 'inherit' })
  return {
    get pid() {
      return child.pid
    },
    post: (message: HostMessage) => child.postMessage(message),
    onMessage: (listener: (message: ServiceMessage) => void) => child.on('message', listener),
    onExit: (listener: (code: number | null) => void) => child.once('exit', listener),
    kill: () => void child.kill()
  }
}
