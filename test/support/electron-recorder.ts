import { EventEmitter } from 'node:events'
import Module from 'node:module'
import type { ServiceChild } from '../../src/main/service/protocol'
import { forkService } from './service-child'

/*
 * TEST-ONLY: a recording stand-in for the `electron` module, so that the bundled main process
 * (out/main/index.js) can be loaded under plain Node, where no Electron binary exists (CI). It
 * records what main registers (IPC handlers, the protocol handler, window options, event handlers),
 * answers dialogs from queues, and backs utilityProcess.fork with a real Node child process running
 * the built service bundle.
 */

type Listener = (...args: unknown[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn])
    return this
  }
  once(event: string, fn: Listener): this {
    return this.on(event, fn)
  }
  removeListener(event: string, fn: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== fn))
    return this
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((l) => l(...args))
  }
}

export class RecordedWindow extends Emitter {
  static all: RecordedWindow[] = []
  readonly loaded: string[] = []
  readonly sent: { event: string; payload: unknown }[] = []
  readonly webContents = Object.assign(new Emitter(), {
    windowOpenHandler: null as null | ((d: { url: string }) => { action: string }),
    setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => {
      this.webContents.windowOpenHandler = fn
    },
    send: (event: string, payload: unknown) => {
      this.sent.push({ event, payload })
    }
  })
  constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super()
    RecordedWindow.all.push(this)
  }
  static getAllWindows(): RecordedWindow[] {
    return RecordedWindow.all
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url)
    return Promise.resolve()
  }
  show(): void {}
}

/** The utility process stand-in: a Node child running the built service bundle. */
export class RecordedUtilityProcess extends EventEmitter {
  readonly child: ReturnType<typeof forkService>
  constructor(
    readonly entry: string,
    readonly args: string[],
    readonly options: Record<string, unknown>
  ) {
    super()
    this.child = forkService({ entry, parentPort: true })
    this.child.onMessage((m) => this.emit('message', m))
    this.child.onExit((code) => this.emit('exit', code))
  }
  get pid(): number | undefined {
    return this.child.pid
  }
  postMessage(message: unknown): void {
    this.child.post(message as Parameters<ServiceChild['post']>[0])
  }
  kill(): boolean {
    this.child.kill()
    return true
  }
}

export function createElectronRecorder(userData: string) {
  let resolveReady!: () => void
  const ready = new Promise<void>((r) => (resolveReady = r))
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    quitCalls: 0,
    requestSingleInstanceLock: () => true,
    /** Chromium command-line switches set by main before the app is ready (--lang). */
    switches: {} as Record<string, string>,
    commandLine: {
      appendSwitch: (name: string, value = '') => {
        app.switches[name] = value
      }
    },
    whenReady: () => ready,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`getPath(${name}) not expected`)
      return userData
    },
    quit: () => {
      app.quitCalls++
    }
  })
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
  /** Answers of the next open dialogs: file lists, or a promise the test settles (a dialog left open). */
  const openAnswers: (string[] | Promise<string[]>)[] = []
  const saveAnswers: (string | null)[] = []
  const rec = {
    app,
    handlers,
    openAnswers,
    saveAnswers,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionHandler: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    headersHandler: null as null | ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
    external: [] as string[],
    errorBoxes: [] as string[],
    forks: [] as RecordedUtilityProcess[],
    /** Lets app.whenReady() resolve, as Electron does once it has started. */
    start: () => resolveReady()
  }
  const electron = {
    app,
    BrowserWindow: RecordedWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        handlers.set(channel, fn)
      }
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => rec.schemes.push(...schemes),
      handle: (scheme: string, fn: (request: Request) => Promise<Response>) => rec.protocolHandlers.set(scheme, fn)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof rec.permissionHandler) => (rec.permissionHandler = fn),
        webRequest: { onHeadersReceived: (fn: typeof rec.headersHandler) => (rec.headersHandler = fn) }
      }
    },
    dialog: {
      showOpenDialog: async () => {
        const files = await openAnswers.shift()
        return { canceled: !files || files.length === 0, filePaths: files ?? [] }
      },
      showSaveDialog: async () => {
        const file = saveAnswers.shift() ?? null
        return { canceled: file === null, filePath: file ?? undefined }
      },
      showErrorBox: (_title: string, text: string) => rec.errorBoxes.push(text)
    },
    shell: { openExternal: async (url: string) => void rec.external.push(url) },
    utilityProcess: {
      fork: (entry: string, args: string[] = [], options: Record<string, unknown> = {}) => {
        const p = new RecordedUtilityProcess(entry, args, options)
        rec.forks.push(p)
        return p
      }
    }
  }
  return { electron, rec }
}

/** Makes `require('electron')` return `stand` in this process until the returned function is called. */
export function installElectron(stand: unknown): () => void {
  const M = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const original = M._load
  M._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return stand
    return original.call(this, request, ...rest)
  }
  return () => {
    M._load = original
  }
}
