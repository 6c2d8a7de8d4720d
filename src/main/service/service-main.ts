import { toErrorInfo } from '../../shared/errors'
import { createDispatcher, type Dispatch } from '../ipc/create-handlers'
import { Session } from '../session'
import type { Channel } from '../../shared/ipc'
import type { HostMessage, MediaReply, ServiceMessage } from './protocol'
import { RemotePlatform } from './remote-platform'
import { mediaResponse } from '../services/transcripts/media'

/*
 * Entry of the service process (out/main/service.js): the dispatcher, the Session, the project lock
 * and better-sqlite3 live here, never on the Electron main thread, so no import, recipe or search can
 * freeze the window. Electron starts it with utilityProcess.fork (messages on process.parentPort);
 * the browser-test bridge and the main-process test start the same bundle with Node's
 * child_process.fork (messages on process.send). It never imports electron.
 */

interface ParentChannel {
  post(message: ServiceMessage): void
  onMessage(listener: (message: HostMessage) => void): void
}

interface ParentPort {
  postMessage(message: unknown): void
  on(event: 'message', listener: (e: { data: unknown }) => void): void
}

function parentChannel(): ParentChannel {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort
  if (parentPort)
    return {
      post: (m) => parentPort.postMessage(m),
      onMessage: (listener) => parentPort.on('message', (e) => listener(e.data as HostMessage))
    }
  if (process.send) {
    // Node's fork: the parent's end of the channel closing means the host is gone.
    process.on('disconnect', () => shutdown())
    return {
      post: (m) => process.send?.(m),
      onMessage: (listener) => process.on('message', (m) => listener(m as HostMessage))
    }
  }
  throw new Error('The Esiti service runs in a process started by the app (no parent channel found).')
}

const parent = parentChannel()
let session: Session | null = null
let platform: RemotePlatform | null = null
let dispatch: Dispatch | null = null

function shutdown(): never {
  try {
    session?.close()
  } finally {
    process.exit(0)
  }
}

async function init(userDataDir: string, reopen: string | null): Promise<void> {
  platform = new RemotePlatform(userDataDir, parent.post)
  session = new Session(userDataDir, { onProjectChange: (path) => parent.post({ type: 'project', path }) })
  dispatch = createDispatcher(session, platform)
  // Another encrypted file opened while a project is open (a merge's other copy, a template) is tried
  // with the passphrase typed for it, else the open project's; the window's prompts ask for either.
  session.providePassphrases()
  let reopened: Extract<ServiceMessage, { type: 'ready' }>['reopened'] = null
  if (reopen) {
    try {
      await session.open(reopen)
      reopened = { path: reopen, error: null }
    } catch (e) {
      reopened = { path: reopen, error: toErrorInfo(e) }
    }
  }
  parent.post({ type: 'ready', reopened })
}

parent.onMessage((message) => {
  switch (message.type) {
    case 'init':
      void init(message.userDataDir, message.reopen)
      return
    case 'call': {
      const { id, channel, input } = message
      // Calls run concurrently, as they did under ipcMain: a long job awaits between chunks, so
      // job:cancel and reads are answered while it runs.
      void dispatch!(channel as Channel, input).then((result) => parent.post({ type: 'reply', id, result }))
      return
    }
    case 'media': {
      const project = session?.current()
      let reply: MediaReply
      try {
        reply = project
          ? mediaResponse(project, message.sourceId, message.range)
          : { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('Not found') }
      } catch {
        // A damaged media row: the player shows an error, the window and the service carry on.
        reply = { status: 500, headers: { 'content-type': 'text/plain' }, body: Buffer.from('Unreadable recording') }
      }
      parent.post({ type: 'reply', id: message.id, result: { ok: true, value: reply } })
      return
    }
    case 'dialog-result':
      platform?.answer(message)
      return
    case 'shutdown':
      shutdown()
  }
})

process.on('SIGTERM', () => shutdown())
parent.post({ type: 'hello', pid: process.pid })
