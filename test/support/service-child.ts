import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { ServiceChild } from '../../src/main/service/protocol'

/** The built service bundle: what Electron's utility process runs. */
export const SERVICE_BUNDLE = path.resolve(__dirname, '../../out/main/service.js')

/**
 * Starts the service bundle as a Node child process, the way Electron's utilityProcess.fork does in
 * the app: same bundle, structured-clone messages. With `parentPort`, a shim gives the child the
 * `process.parentPort` Electron gives utility processes, so the service takes its Electron path.
 */
export function forkService(opts: { entry?: string; parentPort?: boolean; env?: NodeJS.ProcessEnv } = {}): ServiceChild & {
  process: ChildProcess
} {
  const child = fork(opts.entry ?? SERVICE_BUNDLE, [], {
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: opts.parentPort ? ['--require', path.join(__dirname, 'parent-port-shim.cjs')] : [],
    env: opts.env ?? process.env
  })
  return {
    process: child,
    get pid() {
      return child.pid
    },
    post: (m) => {
      if (child.connected) child.send(m)
    },
    onMessage: (listener) => child.on('message', (m) => listener(m as never)),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => void child.kill('SIGKILL')
  }
}
