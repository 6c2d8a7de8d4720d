import path from 'node:path'
import { afterEach } from 'vitest'
import { createDispatcher } from '../../src/main/ipc/create-handlers'
import type { Platform } from '../../src/main/platform'
import { Session } from '../../src/main/session'
import type { Result } from '../../src/shared/errors'
import { tempDir } from './temp-project'

/**
 * The main process's IPC face without Electron: a session in a temp folder, the real dispatcher, and
 * a platform whose dialogs answer from queues the test fills (files to open, paths to save to).
 */
export interface IpcSession {
  dir: string
  session: Session
  dispatch: ReturnType<typeof createDispatcher>
  files: string[][]
  saves: (string | null)[]
  events: { event: string; payload: unknown }[]
  close(): void
}

export function ipcSession(files: string[][] = [], saves: (string | null)[] = []): IpcSession {
  const t = tempDir()
  const events: { event: string; payload: unknown }[] = []
  const platform: Platform = {
    userDataDir: t.dir,
    pickFiles: async () => files.shift() ?? [],
    pickSavePath: async () => saves.shift() ?? null,
    emit: (event, payload) => void events.push({ event, payload })
  }
  const session = new Session(t.dir)
  session.providePassphrases()
  return {
    dir: t.dir,
    session,
    dispatch: createDispatcher(session, platform),
    files,
    saves,
    events,
    close() {
      session.close()
      t.cleanup()
    }
  }
}

/** The value of a successful IPC result; a failed one fails the test with its code and message. */
export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

/**
 * A session maker whose sessions are closed after each test of the file that calls this (once, at
 * the top level of the file).
 */
export function ipcSessionsClosedAfterEach(): typeof ipcSession {
  const open: IpcSession[] = []
  afterEach(() => {
    while (open.length) open.pop()!.close()
  })
  return (files, saves) => {
    const s = ipcSession(files, saves)
    open.push(s)
    return s
  }
}

/** Creates an empty project, p.esiti in the session's folder, through the IPC face as `coder`: its path. */
export async function createProjectVia(s: IpcSession, coder = 'Giulia'): Promise<string> {
  s.session.setCoder(coder)
  const file = path.join(s.dir, 'p.esiti')
  s.saves.push(file)
  ok(await s.dispatch('project:create', { demo: false }))
  return file
}
